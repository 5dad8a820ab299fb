// The EMVCo TLV layer: CRC-16/CCITT-FALSE, the builder's limits, the parser's verdicts.
#include "FieldErrorMatch.h"
#include "TestFramework.h"
#include "checkout/Crc16.h"
#include "checkout/EmvParser.h"
#include "checkout/EmvPayloadBuilder.h"
#include "money/Currency.h"

using namespace stallcast::checkout;
using stallcast::test::requireFieldError;

namespace {
const std::string kPixBcb =
    "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
    "5913Fulano de Tal6008BRASILIA62070503***63041D3D";
}

TEST_CASE("checkout: CRC-16/CCITT-FALSE matches its catalogue check value and the Pix example", "[checkout][crc]")
{
    CHECK(crc16CcittFalse("123456789") == 0x29B1);
    CHECK(crc16CcittFalse("") == 0xFFFF);
    CHECK(crc16Hex(0x29B1) == "29B1");
    CHECK(crc16Hex(0x0A0F) == "0A0F"); // zero-padded, upper case
    CHECK(crc16Hex(crc16CcittFalse(kPixBcb.substr(0, kPixBcb.size() - 4))) == "1D3D");
}

TEST_CASE("checkout: the builder writes ID, two-digit length in characters, value, and the CRC last",
          "[checkout][emv]")
{
    EmvPayloadBuilder b;
    b.add("00", "01", "format").add("59", "Café Ñandú", "name", 25);
    CHECK(b.encoded() == "0002015910Café Ñandú"); // 10 characters, 12 bytes
    const auto payload = b.finish();
    CHECK(payload.substr(0, payload.size() - 4) == b.encoded() + "6304");
    CHECK(payload.substr(payload.size() - 4)
          == crc16Hex(crc16CcittFalse(payload.substr(0, payload.size() - 4))));
    const auto parsed = parseEmvPayload(payload);
    CHECK(parsed.valid());
    REQUIRE(parsed.find("59") != nullptr);
    CHECK(parsed.find("59")->value == "Café Ñandú");
}

TEST_CASE("checkout: the builder refuses values that break a limit, naming the field", "[checkout][emv][limits]")
{
    EmvPayloadBuilder b;
    requireFieldError([&] { b.add("59", std::string(26, 'x'), "name", 25); }, "name",
                      "at most 25 characters (EMVCo field 59), got 26");
    requireFieldError([&] { b.add("60", "", "city", 15); }, "city", "must not be empty");
    requireFieldError([&] { b.add("60", "Line\nbreak", "city", 15); }, "city", "control characters");
    requireFieldError([&] { b.add("60", "\xC3\x28", "city", 15); }, "city", "not valid UTF-8");
    requireFieldError([&] { b.add("80", std::string(100, 'x'), "info"); }, "info",
                      "at most 99 characters");
    CHECK_NOTHROW(b.add("59", std::string(25, 'x'), "name", 25));
    EmvPayloadBuilder big;
    big.add("01", std::string(99, 'k'), "key");
    requireFieldError([&] { EmvPayloadBuilder().addTemplate("26", big, "key"); }, "key",
                      "template 26 it goes in would be 103 characters, at most 99");
}

TEST_CASE("checkout: amounts come from minor units in the currency's decimals", "[checkout][emv]")
{
    CHECK(emvAmount(12500, *stallcast::findCurrency("BRL")) == "125.00");
    CHECK(emvAmount(422, *stallcast::findCurrency("THB")) == "4.22");
    CHECK(emvAmount(25000, *stallcast::findCurrency("KRW")) == "25000");
    requireFieldError([] { emvAmount(0, *stallcast::findCurrency("BRL")); }, "amount",
                      "more than zero");
    requireFieldError([] { emvAmount(-5, *stallcast::findCurrency("BRL")); }, "amount",
                      "more than zero");
    requireFieldError([] { emvAmount(1'000'000'000'000, *stallcast::findCurrency("BRL")); },
                      "amount", "at most 13 characters");
    CHECK(emvAmount(99'999'999'999, *stallcast::findCurrency("BRL")) == "999999999.99");
}

TEST_CASE("checkout: the parser reads the central bank's Pix example field by field", "[checkout][emv][parse]")
{
    const auto parsed = parseEmvPayload(kPixBcb);
    CHECK(parsed.structureError.empty());
    CHECK(parsed.crcValid);
    CHECK(parsed.statedCrc == "1D3D");
    CHECK(emvScheme(parsed) == "pix");
    REQUIRE(parsed.fields.size() == 9);
    CHECK(parsed.fields[1].id == "26");
    REQUIRE(parsed.fields[1].children.size() == 2);
    CHECK(parsed.fields[1].children[0].value == "br.gov.bcb.pix");
    CHECK(parsed.fields[1].children[1].value == "123e4567-e12b-12d1-a456-426655440000");
    CHECK(parsed.find("62")->children.at(0).id == "05");
    CHECK(parsed.find("62")->children.at(0).value == "***");
    CHECK(parsed.find("59")->value == "Fulano de Tal");
}

TEST_CASE("checkout: the parser gives a CRC verdict and says what is wrong with a broken structure",
          "[checkout][emv][parse]")
{
    auto tampered = kPixBcb;
    tampered.replace(tampered.find("BRASILIA"), 8, "BRASILIO");
    auto parsed = parseEmvPayload(tampered);
    CHECK(parsed.structureError.empty());
    CHECK_FALSE(parsed.crcValid);
    CHECK_FALSE(parsed.valid());
    CHECK(parsed.statedCrc == "1D3D");
    CHECK(parsed.computedCrc != "1D3D");

    // lower-case CRC digits are the same number
    auto lower = kPixBcb;
    lower.replace(lower.size() - 4, 4, "1d3d");
    CHECK(parseEmvPayload(lower).valid());

    struct Case {
        std::string payload;
        std::string error;
    };
    const Case cases[] = {
        {"", "must start with field 00"},
        {"0102115802BR6304ABCD", "must start with field 00"},
        {"000202" + kPixBcb.substr(6), "must be \"01\""},
        {"000201" "5920short", "says 20 characters but fewer remain"},
        {"000201" "5X03abc", "field ID \"5X\" is not two digits"},
        {"000201" "59A3abc", "length \"A3\" is not two digits"},
        {"000201" "5903abc" "5903abc" "63041234", "field 59 appears twice"},
        {"000201" "6304ABCD" "5903abc", "must be the last field"},
        {"000201" "5903abc", "no CRC field (63)"},
        {"000201" "2604abcd" "6304ABCD", "in template 26: field ID \"ab\""},
        {"000201" "59030\xC3" "63041234", "not valid UTF-8"},
        {"000201" "5900" "63041234", "is empty"},
        {"000201" "6303123", "field 63 (CRC) must have length 04"},
        {"000201" "6304XYZW", "four hexadecimal digits"},
        {"00", "at least 4 characters"},
    };
    for (const auto &c : cases) {
        INFO("payload: " << c.payload);
        parsed = parseEmvPayload(c.payload);
        CHECK_FALSE(parsed.valid());
        CHECK(parsed.structureError.find(c.error) != std::string::npos);
    }
    // input quoted in an error is escaped: the message stays one printable line
    parsed = parseEmvPayload(std::string("000201" "5\x01" "03abc"));
    CHECK(parsed.structureError.find("field ID \"5\\x01\" is not two digits") != std::string::npos);
    // where: the character offset of the problem
    parsed = parseEmvPayload("000201" "5920short");
    CHECK(parsed.structureError.rfind("at character 10: ", 0) == 0);
}

TEST_CASE("checkout: lengths count characters, not bytes, when parsing", "[checkout][emv][parse]")
{
    EmvPayloadBuilder b;
    b.add("00", "01", "format").add("59", "제주 감귤 농장", "name", 25).add("60", "Jeju", "city", 15);
    const auto payload = b.finish();
    CHECK(payload.find("5908제주 감귤 농장") != std::string::npos);
    const auto parsed = parseEmvPayload(payload);
    CHECK(parsed.valid());
    CHECK(parsed.find("60")->value == "Jeju");
}
