#pragma once

#include "feed/JsonNumberText.h"
#include "feed/Webhook.h"
#include "money/Currency.h"

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

// Reading webhook payloads with simdjson's DOM (docs/ARCHITECTURE.md, "Dependencies and why"),
// field by field, strictly typed. Every failure is a PayloadError whose message is one line:
// "<path>: <reason>", e.g. "lines[1].qty: must be a positive integer". Values quoted in messages
// are escaped and shortened.
namespace stallcast::feed::payload {

// A parsed body's values. They point into the PayloadDocument that made them: use them only
// while it lives.
using Value = simdjson::dom::element;
using Object = simdjson::dom::object;
using Array = simdjson::dom::array;

// Throws PayloadError("<path>: <reason>") with control characters escaped and length capped.
[[noreturn]] void fail(std::string_view path, std::string_view reason);

// A payload value quoted for a message: "\"abc\"", control characters escaped, at most 40 chars.
std::string quoted(std::string_view value);

// "buyer" + "name" -> "buyer.name"; "" + "id" -> "id".
std::string fieldPath(std::string_view parent, std::string_view key);
// "lines" + 1 -> "lines[1]".
std::string indexPath(std::string_view parent, std::size_t index);

// The text of every number in a body, as written, by path (JsonNumberText.h), for the one place
// that needs a fraction exactly (WooCommerce's "price": 12.5). Scanned on first use only:
// integers come exactly from the DOM.
class BodyNumbers {
public:
    explicit BodyNumbers(std::string_view body) : m_body(body) {}
    // The texts, or nullptr when the scanner does not accept the body.
    const NumberTexts *texts() const;

private:
    std::string_view m_body;
    mutable std::optional<std::optional<NumberTexts>> m_texts;
};

// A body parsed as a JSON object. `body` must outlive it.
struct PayloadDocument {
    std::unique_ptr<simdjson::dom::parser> parser; // owns what root points into
    Object root;
    BodyNumbers numbers;
};

// The body as a JSON object; "body: not valid JSON (<reason> at offset N)", "body: nests too
// deeply" (more than kMaxDepth arrays and objects) or "body: must be a JSON object".
PayloadDocument parseDocument(std::string_view body);

// The most arrays and objects a body may nest.
inline constexpr std::size_t kMaxDepth = 256;

// The text of the number at path, as written; fails when the DOM and the text disagree about it
// (a key the text scanner cannot address, such as one holding a '.').
std::string numberText(const Value &value, const BodyNumbers &numbers, std::string_view path);

// Absent and null are the same: nothing. When a key is repeated, the last one counts.
std::optional<Value> field(const Object &object, std::string_view key);

std::string requiredString(const Object &object, std::string_view key, std::string_view parent);
std::string requiredNonEmptyString(const Object &object, std::string_view key,
                                   std::string_view parent);
std::optional<std::string> optionalString(const Object &object, std::string_view key,
                                          std::string_view parent);
Object requiredObject(const Object &object, std::string_view key, std::string_view parent);
std::optional<Object> optionalObject(const Object &object, std::string_view key,
                                     std::string_view parent);
Array requiredArray(const Object &object, std::string_view key, std::string_view parent);
bool requiredBool(const Object &object, std::string_view key, std::string_view parent);

// A JSON number written as an integer literal ("2", not "2.0" or "2e0") that fits int64;
// nullopt for anything else.
std::optional<std::int64_t> exactInteger(const Value &value);

// An order line quantity: an integer from 1 to inventory::kMaxQuantity.
std::int64_t quantity(const Value &value, std::string_view path);

// The order's array of lines at `key` on the top level: present, an array, 1 to kMaxLines long.
Array requiredLines(const Object &root, std::string_view key);

// A web shop's line item (Shopify, WooCommerce): an object with an optional "sku" and a
// "quantity". Custom items have no SKU; a paid order for one must still be recorded (the order
// book flags it unknown_sku), so an absent, null or empty SKU gives an empty sku, not an error.
// The caller reads the price, which each shop writes differently.
orders::OrderLineRequest shopLineItem(const Object &object, const std::string &path);
// A string of decimal digits (Stripe metadata "qty": "2") read as a quantity.
std::int64_t quantityFromText(std::string_view text, std::string_view path);

// A known ISO 4217 code, any case; "currency: \"XYZ\" is not a known ISO 4217 currency".
Currency requiredCurrency(const Object &object, std::string_view key, std::string_view parent);

// A decimal amount in major units ("12.50") to minor units, exactly (parseMajorAmount).
std::int64_t majorAmount(std::string_view text, const Currency &currency, std::string_view path);

// An id sent as a positive JSON integer (kept exactly, even above 2^53) or a non-empty string.
std::string requiredId(const Object &object, std::string_view key, std::string_view parent);
// The same, or nothing when absent or null.
std::optional<std::string> optionalId(const Object &object, std::string_view key,
                                      std::string_view parent);

// The optional string fields of object named by keys, trimmed, empty ones skipped, joined.
std::string joinStrings(const Object &object, std::initializer_list<std::string_view> keys,
                        std::string_view parent, std::string_view separator);

// The most lines one order may have.
inline constexpr std::size_t kMaxLines = 1000;

} // namespace stallcast::feed::payload
