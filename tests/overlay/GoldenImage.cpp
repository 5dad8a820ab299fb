#include "GoldenImage.h"

#include "TestFramework.h"

#include <QDir>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace stallcast::test {

void checkGolden(const QImage &rendered, const std::string &name)
{
    const QImage actual = rendered.convertToFormat(QImage::Format_RGBA8888);
    const std::filesystem::path goldenDir = std::filesystem::path(STALLCAST_SOURCE_DIR) / "tests/overlay/golden";
    const std::filesystem::path actualDir = std::filesystem::path(STALLCAST_BINARY_DIR) / "overlay-actual";
    std::filesystem::create_directories(actualDir);
    const auto actualFile = actualDir / (name + ".png");
    REQUIRE(actual.save(QString::fromStdString(actualFile.string())));
    const auto goldenFile = goldenDir / (name + ".png");
    if (const char *update = std::getenv("STALLCAST_UPDATE_GOLDEN"); update && *update == '1') {
        std::filesystem::create_directories(goldenDir);
        REQUIRE(actual.save(QString::fromStdString(goldenFile.string())));
        WARN("rewrote " << goldenFile.string());
        return;
    }
    QImage golden(QString::fromStdString(goldenFile.string()));
    INFO("golden " << goldenFile.string() << ", rendered " << actualFile.string()
                   << " (STALLCAST_UPDATE_GOLDEN=1 rewrites the golden files)");
    REQUIRE(!golden.isNull());
    golden = golden.convertToFormat(QImage::Format_RGBA8888);
    REQUIRE(golden.size() == actual.size());
    long long differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const uchar *a = actual.constScanLine(y);
        const uchar *g = golden.constScanLine(y);
        for (int x = 0; x < actual.width() * 4; x += 4) {
            int worst = 0;
            for (int c = 0; c < 4; ++c)
                worst = std::max(worst, std::abs(int(a[x + c]) - int(g[x + c])));
            differing += worst > 48 ? 1 : 0;
        }
    }
    const long long pixels = static_cast<long long>(actual.width()) * actual.height();
    INFO(differing << " of " << pixels << " pixels differ by more than 48");
    CHECK(differing * 200 <= pixels);
}

} // namespace stallcast::test
