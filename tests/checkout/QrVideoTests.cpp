// The module-size rule against a real encoder: a QR code at minimumModulePixels() overlaid on
// moving test video, encoded by x264 at the stream's bitrate, then re-encoded the way a platform
// makes its low rendition (half size, 600 kbit/s), must scan back exactly from sampled frames.
#include "ExternalProgram.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "checkout/QrMatrix.h"
#include "checkout/QrModuleSize.h"
#include "checkout/SignedCheckout.h"

using namespace stallcast::checkout;
using stallcast::test::runProgram;
using stallcast::test::scanQr;

namespace {

std::string checkoutLink()
{
    CheckoutParameters p;
    p.sku = "TANG-5KG";
    p.qty = 2;
    p.stream = "live-42";
    p.expires = 1'790'000'000;
    const CheckoutUrlTemplate t(
        "https://shop.example/buy?sku={sku}&qty={qty}&src={stream}&exp={expires}&sig={sig}");
    return signedCheckoutUrl(t, p, "a-long-random-checkout-secret");
}

QString q(const std::filesystem::path &p)
{
    return QString::fromStdString(p.string());
}

void encode(const QStringList &inputs, const QString &filter, long long bitsPerSecond,
            const std::filesystem::path &out)
{
    const auto rate = QString::number(bitsPerSecond);
    QStringList args = {"-v", "error", "-y"};
    args << inputs << "-filter_complex" << filter << "-c:v" << "libx264" << "-preset"
         << "veryfast" << "-b:v" << rate << "-maxrate" << rate << "-bufsize" << rate << "-g"
         << "60" << q(out);
    const auto r = runProgram(QStringLiteral("ffmpeg"), args, 120000);
    INFO("ffmpeg: " << r.err);
    REQUIRE(r.exitCode == 0);
}

void requireScans(const std::filesystem::path &video, const std::string &payload,
                  const stallcast::test::TempDir &dir)
{
    for (const char *at : {"0.4", "1.0", "1.6"}) {
        const auto frame = dir / "frame.png";
        const auto r = runProgram(QStringLiteral("ffmpeg"),
                                  {"-v", "error", "-y", "-ss", at, "-i", q(video), "-frames:v", "1",
                                   q(frame)});
        REQUIRE(r.exitCode == 0);
        INFO(video.filename().string() << " at " << at << " s");
        CHECK(scanQr(frame.string()) == payload + "\n");
    }
}

} // namespace

TEST_CASE("checkout: a QR at the minimum module size survives x264 and a platform's low rendition",
          "[checkout][qr][video]")
{
    const auto payload = checkoutLink();
    const auto matrix = QrMatrix::encode(payload, QrLevelRule{});
    for (const StreamPicture picture : {StreamPicture{1280, 720, 30, 2'500'000},
                                        StreamPicture{720, 1280, 30, 2'500'000}}) {
        const auto size = QString("%1x%2").arg(picture.width).arg(picture.height);
        INFO("canvas " << size.toStdString());
        stallcast::test::TempDir dir;
        const int modulePixels = minimumModulePixels(picture);
        CHECK(modulePixels == 4);
        REQUIRE(matrix.toImage(modulePixels).save(q(dir / "qr.png")));
        encode({"-f", "lavfi", "-i", "testsrc2=s=" + size + ":r=30:d=2", "-i", q(dir / "qr.png")},
               "[0][1]overlay=40:40,format=yuv420p", picture.bitsPerSecond, dir / "stream.mkv");
        requireScans(dir / "stream.mkv", payload, dir);
        encode({"-i", q(dir / "stream.mkv")}, "[0]scale=iw/2:ih/2", 600'000, dir / "rendition.mkv");
        requireScans(dir / "rendition.mkv", payload, dir);
    }
}
