// SEPA credit transfer (EPC069-12) and UPI payloads.
#include "FieldErrorMatch.h"
#include "TestFramework.h"
#include "checkout/SepaTransfer.h"
#include "checkout/UpiLink.h"

using namespace stallcast::checkout;
using stallcast::test::requireFieldError;

TEST_CASE("checkout: SEPA: the EPC's own sample code, byte for byte", "[checkout][sepa]")
{
    // EPC069-12 "Quick Response Code: Guidelines to Enable Data Capture for the Initiation of a
    // SEPA Credit Transfer", the Belgian Red Cross sample.
    SepaTransferRequest r;
    r.version = 1;
    r.bic = "BPOTBEB1";
    r.name = "Red Cross of Belgium";
    r.iban = "BE72000000001616";
    r.amount = 100;
    r.purpose = "CHAR";
    r.text = "Urgency fund";
    r.information = "Sample EPC QR code";
    CHECK(sepaTransferPayload(r)
          == "BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n\n"
             "Urgency fund\nSample EPC QR code");
}

TEST_CASE("checkout: SEPA: version 002 without BIC, structured reference, trailing lines dropped",
          "[checkout][sepa]")
{
    SepaTransferRequest r;
    r.name = "Franz Mustermänn";
    r.iban = "DE71 1102 2033 0123 4567 89";
    r.amount = 1230;
    r.reference = "RF18539007547034";
    CHECK(sepaTransferPayload(r)
          == "BCD\n002\n1\nSCT\n\nFranz Mustermänn\nDE71110220330123456789\nEUR12.3\n\nRF18539007547034");
    r.reference.clear();
    r.amount.reset();
    CHECK(sepaTransferPayload(r) == "BCD\n002\n1\nSCT\n\nFranz Mustermänn\nDE71110220330123456789");
    r.amount = 12345;
    CHECK(sepaTransferPayload(r).substr(sepaTransferPayload(r).rfind('\n') + 1) == "EUR123.45");
}

TEST_CASE("checkout: SEPA: every rule is enforced with the field's name", "[checkout][sepa][limits]")
{
    SepaTransferRequest ok;
    ok.name = std::string(70, 'N');
    ok.iban = "DE89370400440532013000";
    ok.bic = "COBADEFFXXX";
    ok.amount = 99'999'999'999;
    ok.purpose = "GDDS";
    ok.text = std::string(140, 't');
    CHECK(sepaTransferPayload(ok).size() == 282);

    auto r = ok;
    r.name += "N";
    requireFieldError([&] { sepaTransferPayload(r); }, "name", "at most 70 characters");
    r = ok;
    r.name.clear();
    requireFieldError([&] { sepaTransferPayload(r); }, "name", "is required");
    r = ok;
    r.text += "t";
    requireFieldError([&] { sepaTransferPayload(r); }, "text", "at most 140 characters");
    r = ok;
    r.information = std::string(71, 'i');
    requireFieldError([&] { sepaTransferPayload(r); }, "information", "at most 70");
    r = ok;
    r.text.clear();
    r.reference = std::string(36, '1');
    requireFieldError([&] { sepaTransferPayload(r); }, "reference", "at most 35");
    r = ok;
    r.reference = "RF18539007547034";
    requireFieldError([&] { sepaTransferPayload(r); }, "reference", "not both");
    r = ok;
    r.iban = "DE89370400440532013001";
    requireFieldError([&] { sepaTransferPayload(r); }, "iban", "check digits do not match");
    r.iban = "DE8937";
    requireFieldError([&] { sepaTransferPayload(r); }, "iban", "an IBAN");
    r = ok;
    r.bic = "COBADEFFX";
    requireFieldError([&] { sepaTransferPayload(r); }, "bic", "8 or 11");
    r = ok;
    r.version = 1;
    r.bic.clear();
    requireFieldError([&] { sepaTransferPayload(r); }, "bic", "required by EPC069-12 version 001");
    r = ok;
    r.amount = 0;
    requireFieldError([&] { sepaTransferPayload(r); }, "amount", "from 0.01 to 999999999.99");
    r.amount = 100'000'000'000;
    requireFieldError([&] { sepaTransferPayload(r); }, "amount", "from 0.01 to 999999999.99");
    r = ok;
    r.purpose = "GOODS";
    requireFieldError([&] { sepaTransferPayload(r); }, "purpose", "up to 4");
    r = ok;
    r.information = std::string(48, 'i');
    CHECK(sepaTransferPayload(r).size() == 331); // the most EPC069-12 allows
    r.information = std::string(47, 'i') + "ü";  // 48 characters, 49 bytes
    requireFieldError([&] { sepaTransferPayload(r); }, "text", "would be 332 bytes, at most 331");
    r = ok;
    r.text = "two\nlines";
    requireFieldError([&] { sepaTransferPayload(r); }, "text", "control characters");
}

TEST_CASE("checkout: UPI: the link carries the parameters percent-encoded", "[checkout][upi]")
{
    UpiRequest r;
    r.vpa = "nadeem@npci";
    r.name = "nadeem chinna";
    r.amount = 1000;
    r.note = "Pay to mystar store";
    r.reference = "4894398cndhcd23";
    CHECK(upiLink(r)
          == "upi://pay?pa=nadeem@npci&pn=nadeem%20chinna&am=10.00&cu=INR"
             "&tn=Pay%20to%20mystar%20store&tr=4894398cndhcd23");
    UpiRequest s;
    s.vpa = "farm.coop@okaxis";
    s.name = "Nashik Grapes & Co";
    CHECK(upiLink(s) == "upi://pay?pa=farm.coop@okaxis&pn=Nashik%20Grapes%20%26%20Co&cu=INR");
}

TEST_CASE("checkout: UPI: every rule is enforced with the field's name", "[checkout][upi][limits]")
{
    UpiRequest ok;
    ok.vpa = "shop@upi";
    ok.name = std::string(99, 'n');
    ok.note = std::string(80, 'x');
    ok.reference = std::string(35, 'r');
    CHECK_NOTHROW(upiLink(ok));
    auto r = ok;
    r.vpa = "shop";
    requireFieldError([&] { upiLink(r); }, "vpa", "handle@bank");
    r.vpa = "shop@up@i";
    requireFieldError([&] { upiLink(r); }, "vpa", "handle@bank");
    r.vpa = "sh op@upi";
    requireFieldError([&] { upiLink(r); }, "vpa", "handle@bank");
    r = ok;
    r.name += "n";
    requireFieldError([&] { upiLink(r); }, "name", "at most 99");
    r = ok;
    r.note += "x";
    requireFieldError([&] { upiLink(r); }, "note", "at most 80");
    r = ok;
    r.reference += "r";
    requireFieldError([&] { upiLink(r); }, "ref", "up to 35");
    r = ok;
    r.reference = "a&b";
    requireFieldError([&] { upiLink(r); }, "ref", "up to 35");
    r = ok;
    r.amount = 0;
    requireFieldError([&] { upiLink(r); }, "amount", "more than zero");
}
