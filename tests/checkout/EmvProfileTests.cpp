// Pix, PromptPay and PayNow payloads, byte for byte against published examples (CRC included),
// and through the parser and back.
#include "FieldErrorMatch.h"
#include "TestFramework.h"
#include "checkout/EmvParser.h"
#include "checkout/EmvProfiles.h"

using namespace stallcast::checkout;
using stallcast::test::requireFieldError;

namespace {

// Parses a payload the builder made and checks it is sound, of the right scheme.
EmvParseResult roundTrip(const std::string &payload, const std::string &scheme)
{
    auto parsed = parseEmvPayload(payload);
    INFO(payload << "\n" << parsed.structureError);
    CHECK(parsed.valid());
    CHECK(emvScheme(parsed) == scheme);
    return parsed;
}

} // namespace

TEST_CASE("checkout: Pix: the central bank's static example, byte for byte", "[checkout][pix]")
{
    // Banco Central do Brasil, Manual de Padrões para Iniciação do Pix (DOMAIN.md).
    PixRequest r;
    r.key = "123e4567-e12b-12d1-a456-426655440000";
    r.name = "Fulano de Tal";
    r.city = "BRASILIA";
    const auto payload = pixPayload(r);
    CHECK(payload
          == "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
             "5913Fulano de Tal6008BRASILIA62070503***63041D3D");
    const auto parsed = roundTrip(payload, "pix");
    CHECK(parsed.find("01") == nullptr); // no point of initiation: a static Pix may be paid again
}

TEST_CASE("checkout: Pix: published examples with an amount, a txid and payer info", "[checkout][pix]")
{
    // Published in open-source Pix libraries' test suites (docs/CHECKOUT.md lists them).
    PixRequest r;
    r.key = "123e4567-e12b-12d1-a456-426655440000";
    r.name = "Fulano de Tal";
    r.city = "BRASILIA";
    r.info = "Teste";
    r.amount = 500;
    r.txid = "123";
    CHECK(pixPayload(r)
          == "00020126670014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400000205Teste520400005303986"
             "54045.005802BR5913Fulano de Tal6008BRASILIA6207050312363040E95");

    PixRequest d;
    d.key = "123e4567-e12b-12d1-a456-426655440000";
    d.name = "Fulano de Tal";
    d.city = "BRASILIA";
    d.info = "Description";
    CHECK(pixPayload(d)
          == "00020126730014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400000211Description520400005303986"
             "5802BR5913Fulano de Tal6008BRASILIA62070503***63043428");

    const auto parsed = roundTrip(pixPayload(r), "pix");
    CHECK(parsed.find("54")->value == "5.00");
    CHECK(parsed.find("26")->children.at(2).value == "Teste");
    CHECK(parsed.find("62")->children.at(0).value == "123");
}

TEST_CASE("checkout: Pix: every field limit is enforced with the field's name", "[checkout][pix][limits]")
{
    PixRequest ok;
    ok.key = "+5511999999999";
    ok.name = std::string(25, 'N');
    ok.city = std::string(15, 'C');
    ok.txid = std::string(25, 'T');
    ok.amount = 99'999'999'999;
    roundTrip(pixPayload(ok), "pix");

    auto r = ok;
    r.name += "N";
    requireFieldError([&] { pixPayload(r); }, "name", "at most 25 characters");
    r = ok;
    r.city += "C";
    requireFieldError([&] { pixPayload(r); }, "city", "at most 15 characters");
    r = ok;
    r.txid += "T";
    requireFieldError([&] { pixPayload(r); }, "txid", "at most 25 characters");
    r = ok;
    r.txid = "pedido-12";
    requireFieldError([&] { pixPayload(r); }, "txid", "only letters");
    r = ok;
    r.key = std::string(78, 'k');
    requireFieldError([&] { pixPayload(r); }, "key", "at most 77 characters");
    r = ok;
    r.key = std::string(77, 'k');
    CHECK_NOTHROW(pixPayload(r)); // 26 = 4+14 + 4+77 = 99
    r.info = "x";
    requireFieldError([&] { pixPayload(r); }, "info", "at most 99");
    r = ok;
    r.key = "";
    requireFieldError([&] { pixPayload(r); }, "key", "is required");
    r = ok;
    r.key = "a b";
    requireFieldError([&] { pixPayload(r); }, "key", "spaces");
    r = ok;
    r.amount = 0;
    requireFieldError([&] { pixPayload(r); }, "amount", "more than zero");
    r = ok;
    r.amount = 1'000'000'000'000;
    requireFieldError([&] { pixPayload(r); }, "amount", "13 characters");
    r = ok;
    r.name = "";
    requireFieldError([&] { pixPayload(r); }, "name", "must not be empty");
}

TEST_CASE("checkout: PromptPay: promptpay-qr's published test vectors", "[checkout][promptpay]")
{
    // dtinth/promptpay-qr index.test.js, the reference JavaScript implementation.
    const auto phone = [](const std::string &number, std::optional<std::int64_t> amount = {}) {
        PromptPayRequest r;
        r.phone = number;
        r.amount = amount;
        return promptPayPayload(r);
    };
    const auto id = [](const std::string &number) {
        PromptPayRequest r;
        r.nationalId = number;
        return promptPayPayload(r);
    };
    CHECK(phone("0801234567") == "00020101021129370016A000000677010111011300668012345675802TH530376463046197");
    CHECK(phone("080-123-4567") == "00020101021129370016A000000677010111011300668012345675802TH530376463046197");
    CHECK(phone("+66-89-123-4567") == "00020101021129370016A000000677010111011300668912345675802TH5303764630429C1");
    CHECK(id("1111111111111") == "00020101021129370016A000000677010111021311111111111115802TH530376463047B5A");
    CHECK(id("1-1111-11111-11-1") == "00020101021129370016A000000677010111021311111111111115802TH530376463047B5A");
    CHECK(id("0123456789012") == "00020101021129370016A000000677010111021301234567890125802TH530376463040CBD");
    CHECK(phone("000-000-0000", 422)
          == "00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469");

    const auto parsed = roundTrip(phone("0801234567", 422), "promptpay");
    CHECK(parsed.find("01")->value == "12");
    CHECK(parsed.find("54")->value == "4.22");
    CHECK(roundTrip(phone("0801234567"), "promptpay").find("01")->value == "11");
}

TEST_CASE("checkout: PromptPay: numbers are checked", "[checkout][promptpay][limits]")
{
    CHECK(promptPayPhoneProxy("0801234567") == "0066801234567");
    CHECK(promptPayPhoneProxy("021234567") == "0006621234567"); // a Bangkok landline
    PromptPayRequest r;
    requireFieldError([&] { promptPayPayload(r); }, "phone", "exactly one of --phone and --national-id");
    r.phone = "0801234567";
    r.nationalId = "1111111111111";
    requireFieldError([&] { promptPayPayload(r); }, "national-id", "exactly one");
    r.nationalId.clear();
    r.phone = "08012345";
    requireFieldError([&] { promptPayPayload(r); }, "phone", "a Thai number");
    r.phone = "0801234567x";
    requireFieldError([&] { promptPayPayload(r); }, "phone", "only digits");
    r.phone.clear();
    r.nationalId = "111111111111";
    requireFieldError([&] { promptPayPayload(r); }, "national-id", "13 digits, got 12");
    r.nationalId = "1111111111111";
    r.amount = -1;
    requireFieldError([&] { promptPayPayload(r); }, "amount", "more than zero");
}

TEST_CASE("checkout: PayNow: a published static UEN code, byte for byte", "[checkout][paynow]")
{
    // daffodilistic/pyPayNowSg tests: the code the charity fund shows on its website.
    PayNowRequest r;
    r.uen = "200002150HWCF";
    r.name = "NATIONAL HEALTHCARE GRO";
    r.city = "Singapore";
    r.editable = true;
    CHECK(payNowPayload(r)
          == "00020101021126400009SG.PAYNOW010120213200002150HWCF030115204000053037025802SG"
             "5923NATIONAL HEALTHCARE GRO6009Singapore6304DF3F");
    roundTrip(payNowPayload(r), "paynow");
}

TEST_CASE("checkout: PayNow: dynamic codes with amount, expiry, reference and a mobile proxy",
          "[checkout][paynow]")
{
    PayNowRequest r;
    r.mobile = "+65 9123 4567";
    r.name = "Jurong Fruit Stall";
    r.city = "Singapore";
    r.amount = 1250;
    r.expiry = "20261231";
    r.reference = "A1-ORDER-77";
    const auto parsed = roundTrip(payNowPayload(r), "paynow");
    CHECK(parsed.find("01")->value == "12");
    const auto &account = parsed.find("26")->children;
    REQUIRE(account.size() == 5);
    CHECK(account[1].value == "0");
    CHECK(account[2].value == "+6591234567");
    CHECK(account[3].value == "0"); // amount fixed
    CHECK(account[4].value == "20261231");
    CHECK(parsed.find("54")->value == "12.50");
    CHECK(parsed.find("53")->value == "702");
    CHECK(parsed.find("62")->children.at(0).id == "01");
    CHECK(parsed.find("62")->children.at(0).value == "A1-ORDER-77");
    r.editable = true;
    CHECK(parseEmvPayload(payNowPayload(r)).find("26")->children[3].value == "1");
}

TEST_CASE("checkout: PayNow: every field limit is enforced with the field's name", "[checkout][paynow][limits]")
{
    PayNowRequest ok;
    ok.uen = "201403121W";
    ok.name = std::string(25, 'N');
    ok.city = std::string(15, 'C');
    ok.reference = std::string(25, 'R');
    roundTrip(payNowPayload(ok), "paynow");
    auto r = ok;
    r.name += "N";
    requireFieldError([&] { payNowPayload(r); }, "name", "at most 25");
    r = ok;
    r.city += "C";
    requireFieldError([&] { payNowPayload(r); }, "city", "at most 15");
    r = ok;
    r.reference += "R";
    requireFieldError([&] { payNowPayload(r); }, "reference", "at most 25");
    r = ok;
    r.uen = "2014-0312";
    requireFieldError([&] { payNowPayload(r); }, "uen", "9 to 13 letters and digits");
    r = ok;
    r.uen.clear();
    requireFieldError([&] { payNowPayload(r); }, "uen", "exactly one of --uen and --mobile");
    r.mobile = "61234567";
    requireFieldError([&] { payNowPayload(r); }, "mobile", "8 digits starting with 8 or 9");
    r = ok;
    r.expiry = "20260230";
    requireFieldError([&] { payNowPayload(r); }, "expiry", "YYYYMMDD");
    r.expiry = "2026-12-31";
    requireFieldError([&] { payNowPayload(r); }, "expiry", "YYYYMMDD");
}
