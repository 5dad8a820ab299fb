#include "feed/PayloadFormats.h"
#include "feed/PayloadJson.h"

namespace stallcast::feed {

namespace {

orders::Buyer readBuyer(const payload::Object &root)
{
    orders::Buyer buyer;
    const auto object = payload::optionalObject(root, "buyer", "");
    if (!object)
        return buyer;
    buyer.handle = payload::optionalString(*object, "handle", "buyer").value_or("");
    buyer.name = payload::optionalString(*object, "name", "buyer").value_or("");
    buyer.phone = payload::optionalString(*object, "phone", "buyer").value_or("");
    buyer.address = payload::optionalString(*object, "address", "buyer").value_or("");
    return buyer;
}

orders::OrderLineRequest readLine(const payload::Value &value, const std::string &path)
{
    payload::Object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        payload::fail(path, "must be an object");
    orders::OrderLineRequest line;
    line.sku = payload::requiredNonEmptyString(object, "sku", path);
    const auto qty = payload::field(object, "qty");
    if (!qty)
        payload::fail(payload::fieldPath(path, "qty"), "is missing");
    line.qty = payload::quantity(*qty, payload::fieldPath(path, "qty"));
    const auto price = payload::field(object, "unit_price");
    if (!price)
        payload::fail(payload::fieldPath(path, "unit_price"), "is missing");
    const std::string pricePath = payload::fieldPath(path, "unit_price");
    const auto minor = payload::exactInteger(*price);
    if (!minor || *minor < 0)
        payload::fail(pricePath,
                      "must be a non-negative integer in minor units");
    line.unitPrice = *minor;
    return line;
}

} // namespace

ParsedDelivery parseStallcastPayload(std::string_view body)
{
    const auto document = payload::parseDocument(body);
    const payload::Object &root = document.root;
    ParsedDelivery parsed;
    parsed.deliveryId = payload::requiredNonEmptyString(root, "id", "");
    parsed.order.source = std::string(toString(WebhookSource::Stallcast));
    parsed.order.actor = "webhook:stallcast";
    parsed.order.externalId = payload::requiredNonEmptyString(root, "order_id", "");
    parsed.order.buyer = readBuyer(root);
    parsed.order.currency = std::string(payload::requiredCurrency(root, "currency", "").code);
    std::size_t i = 0;
    for (const payload::Value line : payload::requiredLines(root, "lines"))
        parsed.order.lines.push_back(readLine(line, payload::indexPath("lines", i++)));
    parsed.order.paid = payload::requiredBool(root, "paid", "");
    parsed.claim = payload::optionalString(root, "claim", "");
    if (parsed.claim && parsed.claim->empty())
        parsed.claim.reset();
    if (const auto note = payload::optionalString(root, "note", ""))
        parsed.order.note = *note;
    return parsed;
}

} // namespace stallcast::feed
