// A payment code from name=value fields: what `stallcast qr` and `stream --payment` build on.
#include "FieldErrorMatch.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "checkout/EmvProfiles.h"
#include "checkout/PaymentCode.h"
#include "checkout/SignedCheckout.h"

#include <fstream>

using namespace stallcast::checkout;
using stallcast::test::requireFieldError;

TEST_CASE("checkout: payment fields build the same payloads as the typed builders", "[checkout][fields]")
{
    const auto pix = paymentCode("pix", {{"key", "123e4567-e12b-12d1-a456-426655440000"},
                                         {"name", "Fulano de Tal"}, {"city", "BRASILIA"},
                                         {"amount", "5"}, {"txid", "123"}, {"info", "Teste"}},
                                 0);
    CHECK(pix.payload
          == "00020126670014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400000205Teste520400005303986"
             "54045.005802BR5913Fulano de Tal6008BRASILIA6207050312363040E95");
    CHECK(pix.levelRule.minimum == QrErrorCorrection::M);
    CHECK(pix.levelRule.maximum == QrErrorCorrection::H);
    CHECK(paymentCode("promptpay", {{"phone", "000-000-0000"}, {"amount", "4.22"}}, 0).payload
          == "00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469");
    CHECK(paymentCode("paynow", {{"uen", "200002150HWCF"}, {"name", "NATIONAL HEALTHCARE GRO"},
                                 {"city", "Singapore"}, {"editable", ""}},
                      0)
              .payload
          == "00020101021126400009SG.PAYNOW010120213200002150HWCF030115204000053037025802SG"
             "5923NATIONAL HEALTHCARE GRO6009Singapore6304DF3F");
    const auto sepa = paymentCode("sepa", {{"name", "Red Cross of Belgium"}, {"iban", "BE72000000001616"},
                                           {"amount", "1.00"}},
                                  0);
    CHECK(sepa.payload == "BCD\n002\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616\nEUR1");
    CHECK(sepa.levelRule.minimum == QrErrorCorrection::M);
    CHECK(sepa.levelRule.maximum == QrErrorCorrection::M);
    CHECK(paymentCode("upi", {{"vpa", "shop@upi"}, {"name", "A B"}, {"amount", "10"}}, 0).payload
          == "upi://pay?pa=shop@upi&pn=A%20B&am=10.00&cu=INR");
}

TEST_CASE("checkout: payment fields are checked by name", "[checkout][fields][limits]")
{
    requireFieldError([] { paymentCode("bitcoin", {}, 0); }, "kind", "expected pix, promptpay");
    requireFieldError([] { paymentCode("pix", {{"name", "N"}, {"city", "C"}}, 0); }, "key", "is required");
    requireFieldError([] { paymentCode("pix", {{"key", "k"}, {"name", "N"}, {"city", "C"}, {"iban", "x"}}, 0); },
                      "iban", "is not a field of pix (its fields: amount, city, info, key, name, txid)");
    requireFieldError([] { paymentCode("pix", {{"key", "k"}, {"name", "N"}, {"city", "C"}, {"amount", "12,5"}}, 0); },
                      "amount", "(a decimal amount in BRL, such as 12.50)");
    requireFieldError([] { paymentCode("upi", {{"vpa", "a@b"}, {"name", "N"}, {"amount", "1.005"}}, 0); },
                      "amount", "INR");
    CHECK(isPaymentKind("url"));
    CHECK_FALSE(isPaymentKind("URL"));
    CHECK(paymentFieldNames("promptpay") == std::set<std::string>{"amount", "national-id", "phone"});
}

TEST_CASE("checkout: a url payment code is a signed link expiring after expires-in", "[checkout][fields]")
{
    stallcast::test::TempDir dir;
    std::ofstream(dir / "secret", std::ios::binary) << "a-long-random-checkout-secret\n";
    const std::string templ = "https://shop.example/buy?sku={sku}&qty={qty}&exp={expires}&sig={sig}";
    PaymentFields fields = {{"template", templ}, {"secret-file", (dir / "secret").string()},
                            {"sku", "TANG-5KG"}, {"qty", "3"}};
    const auto code = paymentCode("url", fields, 1'790'000'000);
    CheckoutParameters read;
    CHECK(verifyCheckoutUrl(CheckoutUrlTemplate(templ), code.payload, "a-long-random-checkout-secret",
                            1'790'000'000, &read)
          == CheckoutVerdict::Valid);
    CHECK(read.expires == 1'790'000'900);
    CHECK(read.qty == 3);
    fields["expires-in"] = "60";
    CHECK(paymentCode("url", fields, 1'790'000'000).payload.find("exp=1790000060&") != std::string::npos);
    fields["expires-in"] = "0";
    requireFieldError([&] { paymentCode("url", fields, 0); }, "expires-in", "from 1 to 2678400");
    fields["expires-in"] = "ten";
    requireFieldError([&] { paymentCode("url", fields, 0); }, "expires-in", "not a whole number");
    fields.erase("expires-in");
    fields["qty"] = "2.5";
    requireFieldError([&] { paymentCode("url", fields, 0); }, "qty", "not a whole number");
    fields["qty"] = "1";
    fields["secret-file"] = (dir / "missing").string();
    requireFieldError([&] { paymentCode("url", fields, 0); }, "secret-file", "cannot read checkout secret file");
}
