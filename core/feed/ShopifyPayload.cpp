#include "feed/PayloadFormats.h"
#include "feed/PayloadJson.h"

namespace stallcast::feed {

namespace {

orders::Buyer readBuyer(const payload::Object &root)
{
    orders::Buyer buyer;
    const auto customer = payload::optionalObject(root, "customer", "");
    const auto shipping = payload::optionalObject(root, "shipping_address", "");
    if (customer) {
        buyer.handle = payload::joinStrings(*customer, {"email"}, "customer", "");
        if (buyer.handle.empty())
            buyer.handle = payload::optionalId(*customer, "id", "customer").value_or("");
        buyer.name = payload::joinStrings(*customer, {"first_name", "last_name"}, "customer", " ");
        buyer.phone = payload::joinStrings(*customer, {"phone"}, "customer", "");
    }
    if (buyer.handle.empty())
        buyer.handle = payload::joinStrings(root, {"email"}, "", "");
    if (buyer.phone.empty())
        buyer.phone = payload::joinStrings(root, {"phone"}, "", "");
    if (shipping) {
        if (buyer.name.empty())
            buyer.name = payload::joinStrings(*shipping, {"name"}, "shipping_address", "");
        if (buyer.name.empty())
            buyer.name = payload::joinStrings(*shipping, {"first_name", "last_name"},
                                              "shipping_address", " ");
        if (buyer.phone.empty())
            buyer.phone = payload::joinStrings(*shipping, {"phone"}, "shipping_address", "");
        buyer.address = payload::joinStrings(
            *shipping, {"address1", "address2", "city", "province", "zip", "country"},
            "shipping_address", ", ");
    }
    return buyer;
}

orders::OrderLineRequest readLine(const payload::Value &value, const std::string &path,
                                  const Currency &currency)
{
    payload::Object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        payload::fail(path, "must be an object");
    orders::OrderLineRequest line = payload::shopLineItem(object, path);
    const std::string price = payload::requiredString(object, "price", path);
    line.unitPrice = payload::majorAmount(price, currency, payload::fieldPath(path, "price"));
    return line;
}

} // namespace

ParsedDelivery parseShopifyPayload(std::string_view body)
{
    const auto document = payload::parseDocument(body);
    const payload::Object &root = document.root;
    ParsedDelivery parsed;
    parsed.order.source = std::string(toString(WebhookSource::Shopify));
    parsed.order.actor = "webhook:shopify";
    parsed.order.externalId = payload::requiredId(root, "id", "");
    const Currency currency = payload::requiredCurrency(root, "currency", "");
    parsed.order.currency = std::string(currency.code);
    parsed.order.paid = payload::requiredString(root, "financial_status", "") == "paid";
    parsed.order.buyer = readBuyer(root);
    std::size_t i = 0;
    for (const payload::Value line : payload::requiredLines(root, "line_items"))
        parsed.order.lines.push_back(
            readLine(line, payload::indexPath("line_items", i++), currency));
    if (const auto name = payload::optionalString(root, "name", ""))
        parsed.order.note = "Shopify order " + *name;
    // deliveryId stays empty: Shopify sends it in X-Shopify-Webhook-Id, which the receiver reads.
    return parsed;
}

} // namespace stallcast::feed
