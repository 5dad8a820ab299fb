// `stallcast qr` as a user or script runs it: the payload alone on stdout, the PNG it writes
// scanned by zbarimg, field errors naming the option, --decode's JSON and exit codes.
#include "ExternalProgram.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "checkout/SignedCheckout.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <fstream>

using stallcast::test::ProgramRun;
using stallcast::test::runProgram;
using stallcast::test::scanQr;
using stallcast::test::TempDir;

namespace {

ProgramRun qr(QStringList args)
{
    args.prepend(QStringLiteral("qr"));
    return runProgram(QStringLiteral(STALLCAST_EXE), args);
}

const char *kPixBcb =
    "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
    "5913Fulano de Tal6008BRASILIA62070503***63041D3D";

} // namespace

TEST_CASE("checkout: qr prints each kind's payload alone, and its PNG scans back to it", "[cli][qr]")
{
    TempDir dir;
    std::ofstream(dir / "secret", std::ios::binary) << "a-long-random-checkout-secret\n";
    const std::vector<std::pair<QStringList, std::string>> cases = {
        {{"--kind", "pix", "--key", "123e4567-e12b-12d1-a456-426655440000", "--name",
          "Fulano de Tal", "--city", "BRASILIA"},
         kPixBcb},
        {{"--kind", "promptpay", "--phone", "000-000-0000", "--amount", "4.22"},
         "00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469"},
        {{"--kind", "paynow", "--uen", "200002150HWCF", "--name", "NATIONAL HEALTHCARE GRO",
          "--city", "Singapore", "--editable"},
         "00020101021126400009SG.PAYNOW010120213200002150HWCF030115204000053037025802SG"
         "5923NATIONAL HEALTHCARE GRO6009Singapore6304DF3F"},
        {{"--kind", "sepa", "--name", "Red Cross of Belgium", "--iban", "BE72000000001616",
          "--bic", "BPOTBEB1", "--amount", "1", "--text", "Urgency fund"},
         "BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\n\n\nUrgency fund"},
        {{"--kind", "upi", "--vpa", "nadeem@npci", "--name", "nadeem chinna", "--amount", "10",
          "--note", "Pay to mystar store", "--ref", "4894398cndhcd23"},
         "upi://pay?pa=nadeem@npci&pn=nadeem%20chinna&am=10.00&cu=INR&tn=Pay%20to%20mystar%20store"
         "&tr=4894398cndhcd23"},
    };
    int n = 0;
    for (const auto &[args, expected] : cases) {
        const auto png = (dir / ("code" + std::to_string(n++) + ".png")).string();
        auto withPng = args;
        withPng << "--png" << QString::fromStdString(png) << "--module-px" << "4";
        const auto r = qr(withPng);
        INFO(args.join(' ').toStdString() << "\n" << r.err);
        CHECK(r.exitCode == 0);
        CHECK(r.out == expected + "\n");
        CHECK(r.err.find("wrote ") != std::string::npos);
        CHECK(scanQr(png) == expected + "\n");
    }
}

TEST_CASE("checkout: qr --kind url signs a link that verifies with the secret and expires", "[cli][qr]")
{
    TempDir dir;
    const std::string secret = "a-long-random-checkout-secret";
    std::ofstream(dir / "secret", std::ios::binary) << secret << "\n";
    const std::string templ =
        "https://shop.example/buy?sku={sku}&qty={qty}&src={stream}&exp={expires}&sig={sig}";
    const auto before = stallcast::systemNowMs() / 1000;
    const auto r = qr({"--kind", "url", "--template", QString::fromStdString(templ), "--secret-file",
                       QString::fromStdString((dir / "secret").string()), "--sku", "TANG-5KG",
                       "--qty", "2", "--stream", "live-42", "--expires-in", "600"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.back() == '\n');
    const auto url = r.out.substr(0, r.out.size() - 1);
    const stallcast::checkout::CheckoutUrlTemplate t(templ);
    stallcast::checkout::CheckoutParameters read;
    CHECK(verifyCheckoutUrl(t, url, secret, before, &read) == stallcast::checkout::CheckoutVerdict::Valid);
    CHECK(read.sku == "TANG-5KG");
    CHECK(read.qty == 2);
    CHECK(read.stream == "live-42");
    CHECK(read.expires >= before + 600);
    CHECK(read.expires <= stallcast::systemNowMs() / 1000 + 600);
    CHECK(verifyCheckoutUrl(t, url, secret, read.expires) == stallcast::checkout::CheckoutVerdict::Expired);
    CHECK(r.out.find(secret) == std::string::npos);

    const auto bad = qr({"--kind", "url", "--template", "https://shop.example/buy?sku={sku}&exp={expires}",
                         "--secret-file", QString::fromStdString((dir / "secret").string()), "--sku", "X"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("--template: must contain {sig}") != std::string::npos);
}

TEST_CASE("checkout: qr refuses bad fields with the option's name and the rule", "[cli][qr]")
{
    const std::vector<std::pair<QStringList, std::string>> cases = {
        {{"--kind", "pix", "--key", "k", "--name", "N", "--city", "Sao Paulo do Norte"},
         "stallcast: --city: at most 15 characters (EMVCo field 60), got 18"},
        {{"--kind", "pix", "--key", "k", "--name", "N", "--city", "C", "--amount", "1.234"},
         "stallcast: --amount: \"1.234\" has more than 2 decimals"},
        {{"--kind", "pix", "--key", "k", "--name", "N", "--city", "C", "--amount", "0"},
         "stallcast: --amount: must be more than zero"},
        {{"--kind", "pix", "--name", "N", "--city", "C"}, "stallcast: --key: is required"},
        {{"--kind", "pix", "--key", "k", "--name", "N", "--city", "C", "--iban", "x"},
         "stallcast: --iban: is not a field of pix (its fields: amount, city, info, key, name, txid)"},
        {{"--kind", "promptpay", "--phone", "12"}, "stallcast: --phone: a Thai number"},
        {{"--kind", "paynow", "--uen", "201403121W", "--name", "N", "--city", "C", "--expiry", "2026-12-31"},
         "stallcast: --expiry: a calendar date written YYYYMMDD"},
        {{"--kind", "sepa", "--name", "N", "--iban", "DE89370400440532013001"},
         "stallcast: --iban: check digits do not match"},
        {{"--kind", "upi", "--vpa", "nobody", "--name", "N"}, "stallcast: --vpa: a UPI address"},
        {{"--kind", "bitcoin"}, "stallcast: --kind: \"bitcoin\": expected pix, promptpay"},
        {{"--kind", "pix", "--kind", "upi"}, "stallcast: --kind is given twice"},
        {{"--kind", "pix", "--key", "k", "--name", "N", "--city", "C", "--png", "/x.png", "--module-px", "0"},
         "stallcast: --module-px: pixels per module from 1 to 100"},
    };
    for (const auto &[args, message] : cases) {
        const auto r = qr(args);
        INFO(args.join(' ').toStdString() << "\nstderr: " << r.err);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK(r.err.rfind(message, 0) == 0);
    }
}

TEST_CASE("checkout: qr --decode prints the fields as JSON and fails on a bad CRC or structure", "[cli][qr]")
{
    auto r = qr({"--decode", kPixBcb});
    REQUIRE(r.exitCode == 0);
    auto json = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();
    CHECK(json["valid"].toBool());
    CHECK(json["scheme"].toString() == "pix");
    CHECK(json["crc"].toObject()["stated"].toString() == "1D3D");
    CHECK(json["crc"].toObject()["computed"].toString() == "1D3D");
    const auto fields = json["fields"].toArray();
    REQUIRE(fields.size() == 9);
    CHECK(fields[1].toObject()["id"].toString() == "26");
    CHECK(fields[1].toObject()["fields"].toArray()[1].toObject()["value"].toString()
          == "123e4567-e12b-12d1-a456-426655440000");
    CHECK(fields[5].toObject()["name"].toString() == "merchant name");
    CHECK(fields[5].toObject()["value"].toString() == "Fulano de Tal");

    std::string badCrc = kPixBcb;
    badCrc.back() = 'E';
    r = qr({"--decode", QString::fromStdString(badCrc)});
    CHECK(r.exitCode == 1);
    json = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();
    CHECK_FALSE(json["valid"].toBool());
    CHECK_FALSE(json["crc"].toObject()["valid"].toBool());
    CHECK(json["crc"].toObject()["computed"].toString() == "1D3D");

    r = qr({"--decode", "000201" "5920short"});
    CHECK(r.exitCode == 1);
    json = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();
    CHECK(json["error"].toString().toStdString().find("says 20 characters") != std::string::npos);

    r = qr({"--decode", kPixBcb, "--kind", "pix"});
    CHECK(r.exitCode == 2);
}
