#include "feed/PayloadFormats.h"
#include "feed/PayloadJson.h"

namespace stallcast::feed {

namespace {

constexpr std::string_view kSession = "data.object";
constexpr std::string_view kMetadata = "data.object.metadata";

std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// metadata.lines: "SKU1:2,SKU2:1" (spaces around items allowed; a SKU may itself hold ':').
std::vector<orders::OrderLineRequest> linesFromList(std::string_view list)
{
    const std::string path = payload::fieldPath(kMetadata, "lines");
    std::vector<orders::OrderLineRequest> lines;
    std::size_t itemNo = 1;
    while (true) {
        const auto comma = list.find(',');
        const std::string_view item = trimBlanks(list.substr(0, comma));
        const auto colon = item.rfind(':');
        if (colon == std::string_view::npos || trimBlanks(item.substr(0, colon)).empty())
            payload::fail(path, "item " + std::to_string(itemNo) + " " + payload::quoted(item)
                                    + " must be SKU:QTY");
        if (lines.size() >= static_cast<std::size_t>(payload::kMaxLines))
            payload::fail(path, "has more than " + std::to_string(payload::kMaxLines) + " items");
        orders::OrderLineRequest line;
        line.sku = std::string(trimBlanks(item.substr(0, colon)));
        line.qty = payload::quantityFromText(trimBlanks(item.substr(colon + 1)),
                                             path + " item " + std::to_string(itemNo) + " qty");
        lines.push_back(std::move(line));
        if (comma == std::string_view::npos)
            break;
        list.remove_prefix(comma + 1);
        ++itemNo;
    }
    return lines;
}

std::vector<orders::OrderLineRequest> readLines(const payload::Object &session)
{
    const auto metadata = payload::optionalObject(session, "metadata", kSession);
    if (!metadata)
        payload::fail(payload::fieldPath(kSession, "metadata"), "is missing (lines or sku)");
    if (const auto list = payload::optionalString(*metadata, "lines", kMetadata))
        return linesFromList(*list);
    const auto sku = payload::optionalString(*metadata, "sku", kMetadata);
    if (!sku)
        payload::fail(payload::fieldPath(kMetadata, "sku"), "is missing (and so is lines)");
    orders::OrderLineRequest line;
    line.sku = std::string(trimBlanks(*sku));
    if (line.sku.empty())
        payload::fail(payload::fieldPath(kMetadata, "sku"), "must not be empty");
    if (const auto qty = payload::optionalString(*metadata, "qty", kMetadata))
        line.qty = payload::quantityFromText(trimBlanks(*qty), payload::fieldPath(kMetadata, "qty"));
    return {line};
}

std::int64_t amount(const payload::Object &session, std::string_view key)
{
    const auto value = payload::field(session, key);
    if (!value)
        payload::fail(payload::fieldPath(kSession, key), "is missing");
    const std::string path = payload::fieldPath(kSession, key);
    const auto minor = payload::exactInteger(*value);
    if (!minor || *minor < 0)
        payload::fail(path,
                      "must be a non-negative integer in minor units");
    return *minor;
}

orders::Buyer readBuyer(const payload::Object &session)
{
    orders::Buyer buyer;
    const std::string detailsPath = payload::fieldPath(kSession, "customer_details");
    const auto details = payload::optionalObject(session, "customer_details", kSession);
    const std::string shippingPath = payload::fieldPath(kSession, "shipping_details");
    const auto shipping = payload::optionalObject(session, "shipping_details", kSession);
    const auto addressOf = [](const payload::Object &parent, const std::string &parentPath) {
        const auto address = payload::optionalObject(parent, "address", parentPath);
        if (!address)
            return std::string();
        return payload::joinStrings(*address,
                                    {"line1", "line2", "city", "state", "postal_code", "country"},
                                    payload::fieldPath(parentPath, "address"), ", ");
    };
    if (details) {
        buyer.handle = payload::joinStrings(*details, {"email"}, detailsPath, "");
        buyer.name = payload::joinStrings(*details, {"name"}, detailsPath, "");
        buyer.phone = payload::joinStrings(*details, {"phone"}, detailsPath, "");
    }
    if (shipping)
        buyer.address = addressOf(*shipping, shippingPath);
    if (buyer.address.empty() && details)
        buyer.address = addressOf(*details, detailsPath);
    if (buyer.name.empty() && shipping)
        buyer.name = payload::joinStrings(*shipping, {"name"}, shippingPath, "");
    if (buyer.handle.empty())
        buyer.handle = payload::joinStrings(session, {"customer"}, kSession, "");
    return buyer;
}

bool paidFromStatus(const std::string &status)
{
    if (status == "paid" || status == "no_payment_required")
        return true;
    if (status == "unpaid")
        return false;
    payload::fail(payload::fieldPath(kSession, "payment_status"),
                  payload::quoted(status) + " is not handled (paid, unpaid, no_payment_required)");
}

} // namespace

ParsedDelivery parseStripePayload(std::string_view body)
{
    const auto document = payload::parseDocument(body);
    const payload::Object &root = document.root;
    ParsedDelivery parsed;
    parsed.deliveryId = payload::requiredNonEmptyString(root, "id", "");
    const std::string type = payload::requiredString(root, "type", "");
    if (type != "checkout.session.completed")
        payload::fail("type", payload::quoted(type) + " is not handled");
    const payload::Object data = payload::requiredObject(root, "data", "");
    const payload::Object session = payload::requiredObject(data, "object", "data");
    parsed.order.source = std::string(toString(WebhookSource::Stripe));
    parsed.order.actor = "webhook:stripe";
    parsed.order.externalId = payload::requiredNonEmptyString(session, "id", kSession);
    // Stripe writes codes in lower case ("krw"); amounts are already in ISO minor units.
    parsed.order.currency =
        std::string(payload::requiredCurrency(session, "currency", kSession).code);
    parsed.order.paid =
        paidFromStatus(payload::requiredString(session, "payment_status", kSession));
    parsed.order.lines = readLines(session);
    const std::int64_t total = amount(session, "amount_total");
    // One line: its unit price is the subtotal (before tax and shipping; else the total) over
    // the quantity, when that divides exactly. Several lines: each takes the product's price.
    if (parsed.order.lines.size() == 1) {
        auto &line = parsed.order.lines.front();
        const std::int64_t paidFor =
            payload::field(session, "amount_subtotal") ? amount(session, "amount_subtotal") : total;
        if (paidFor % line.qty == 0)
            line.unitPrice = paidFor / line.qty;
    }
    parsed.order.buyer = readBuyer(session);
    if (const auto metadata = payload::optionalObject(session, "metadata", kSession))
        parsed.claim = payload::optionalString(*metadata, "claim", kMetadata);
    if (parsed.claim && parsed.claim->empty())
        parsed.claim.reset();
    return parsed;
}

} // namespace stallcast::feed
