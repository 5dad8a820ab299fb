#include "feed/PayloadFormats.h"
#include "feed/PayloadJson.h"

namespace stallcast::feed {

namespace {

orders::Buyer readBuyer(const payload::Object &root)
{
    orders::Buyer buyer;
    const auto billing = payload::optionalObject(root, "billing", "");
    const auto shipping = payload::optionalObject(root, "shipping", "");
    const auto addressOf = [](const payload::Object &object, std::string_view path) {
        return payload::joinStrings(
            object, {"address_1", "address_2", "city", "state", "postcode", "country"}, path, ", ");
    };
    if (billing) {
        buyer.handle = payload::joinStrings(*billing, {"email"}, "billing", "");
        buyer.name = payload::joinStrings(*billing, {"first_name", "last_name"}, "billing", " ");
        buyer.phone = payload::joinStrings(*billing, {"phone"}, "billing", "");
    }
    if (buyer.handle.empty()) {
        const auto customer = payload::field(root, "customer_id");
        const auto id =
            customer ? payload::exactInteger(*customer) : std::nullopt;
        if (id && *id > 0)
            buyer.handle = "woocommerce:" + std::to_string(*id);
    }
    // Both are read (and type-checked); the shipping address wins when it has one.
    const std::string billingAddress = billing ? addressOf(*billing, "billing") : std::string();
    if (shipping)
        buyer.address = addressOf(*shipping, "shipping");
    if (buyer.address.empty())
        buyer.address = billingAddress;
    if (buyer.name.empty() && shipping)
        buyer.name = payload::joinStrings(*shipping, {"first_name", "last_name"}, "shipping", " ");
    return buyer;
}

// "3.3333333333333335" in USD: a plain decimal with more decimals than the currency has.
bool hasTooManyDecimals(std::string_view text, const Currency &currency)
{
    const auto dot = text.find('.');
    if (dot == std::string_view::npos || dot == 0)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i != dot && (text[i] < '0' || text[i] > '9'))
            return false;
    return static_cast<int>(text.size() - dot - 1) > currency.minorDigits;
}

// A line total divided by the quantity, when it divides exactly.
std::optional<std::int64_t> unitFromTotal(const payload::Object &object, const std::string &path,
                                          std::int64_t qty, const Currency &currency)
{
    const auto total = payload::optionalString(object, "total", path);
    if (!total)
        return std::nullopt;
    const std::int64_t minor =
        payload::majorAmount(*total, currency, payload::fieldPath(path, "total"));
    if (minor % qty != 0)
        payload::fail(payload::fieldPath(path, "total"),
                      *total + " " + std::string(currency.code) + " does not divide by quantity "
                          + std::to_string(qty));
    return minor / qty;
}

std::int64_t unitPrice(const payload::Object &object, const std::string &path, std::int64_t qty,
                       const Currency &currency, const payload::BodyNumbers &numbers)
{
    const std::string pricePath = payload::fieldPath(path, "price");
    const auto price = payload::field(object, "price");
    if (!price) {
        if (const auto fromTotal = unitFromTotal(object, path, qty, currency))
            return *fromTotal;
        payload::fail(pricePath, "is missing (and so is total)");
    }
    std::string text;
    if (std::string_view quoted; price->get_string().get(quoted) == simdjson::SUCCESS)
        text = std::string(quoted);
    else if (price->is_int64() || price->is_uint64() || price->is_double())
        text = payload::numberText(*price, numbers, pricePath);
    else
        payload::fail(pricePath, "must be a number or a decimal string");
    // WooCommerce computes price as total / quantity, so 10.00 for 3 arrives as
    // 3.3333333333333335: then the exact line total, when it divides, says what was paid.
    if (hasTooManyDecimals(text, currency))
        if (const auto fromTotal = unitFromTotal(object, path, qty, currency))
            return *fromTotal;
    return payload::majorAmount(text, currency, pricePath);
}

orders::OrderLineRequest readLine(const payload::Value &value, const std::string &path,
                                  const Currency &currency, const payload::BodyNumbers &numbers)
{
    payload::Object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        payload::fail(path, "must be an object");
    orders::OrderLineRequest line = payload::shopLineItem(object, path);
    line.unitPrice = unitPrice(object, path, line.qty, currency, numbers);
    return line;
}

bool paidFromStatus(const std::string &status)
{
    if (status == "processing" || status == "completed")
        return true;
    if (status == "pending" || status == "on-hold")
        return false;
    payload::fail("status", payload::quoted(status)
                                + " is not handled (processing, completed, pending, on-hold)");
}

} // namespace

ParsedDelivery parseWooCommercePayload(std::string_view body)
{
    const auto document = payload::parseDocument(body);
    const payload::Object &root = document.root;
    ParsedDelivery parsed;
    parsed.order.source = std::string(toString(WebhookSource::WooCommerce));
    parsed.order.actor = "webhook:woocommerce";
    parsed.order.externalId = payload::requiredId(root, "id", "");
    parsed.order.paid = paidFromStatus(payload::requiredString(root, "status", ""));
    const Currency currency = payload::requiredCurrency(root, "currency", "");
    parsed.order.currency = std::string(currency.code);
    parsed.order.buyer = readBuyer(root);
    std::size_t i = 0;
    for (const payload::Value line : payload::requiredLines(root, "line_items"))
        parsed.order.lines.push_back(
            readLine(line, payload::indexPath("line_items", i++), currency, document.numbers));
    if (const auto note = payload::optionalString(root, "customer_note", ""))
        parsed.order.note = *note;
    return parsed;
}

} // namespace stallcast::feed
