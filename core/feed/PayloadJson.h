#pragma once

#include "feed/JsonNumberText.h"
#include "feed/Webhook.h"
#include "money/Currency.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

// Reading webhook payloads with QJsonDocument, field by field, strictly typed. Every failure is
// a PayloadError whose message is one line: "<path>: <reason>", e.g. "lines[1].qty: must be a
// positive integer". Values quoted in messages are escaped and shortened.
namespace stallcast::feed::payload {

// Throws PayloadError("<path>: <reason>") with control characters escaped and length capped.
[[noreturn]] void fail(std::string_view path, std::string_view reason);

// A payload value quoted for a message: "\"abc\"", control characters escaped, at most 40 chars.
std::string quoted(std::string_view value);

// "buyer" + "name" -> "buyer.name"; "" + "id" -> "id".
std::string fieldPath(std::string_view parent, std::string_view key);
// "lines" + 1 -> "lines[1]".
std::string indexPath(std::string_view parent, qsizetype index);

// A body parsed by QJsonDocument, with the text of each number as written (JsonNumberText.h):
// Qt keeps numbers as double or integer by value ("2.0" and "2" look the same), so integers and
// money are judged by their text.
struct PayloadDocument {
    QJsonObject root;
    NumberTexts numbers;
};

// The body as a JSON object; "body: not valid JSON (<reason> at offset N)" or "body: must be a
// JSON object".
PayloadDocument parseDocument(std::string_view body);

// The text of the number at path, as written; fails when the two readers disagree about it.
std::string numberText(const QJsonValue &value, const NumberTexts &numbers, std::string_view path);

// Absent and null are the same: nothing.
std::optional<QJsonValue> field(const QJsonObject &object, std::string_view key);

std::string requiredString(const QJsonObject &object, std::string_view key, std::string_view parent);
std::string requiredNonEmptyString(const QJsonObject &object, std::string_view key,
                                   std::string_view parent);
std::optional<std::string> optionalString(const QJsonObject &object, std::string_view key,
                                          std::string_view parent);
QJsonObject requiredObject(const QJsonObject &object, std::string_view key, std::string_view parent);
std::optional<QJsonObject> optionalObject(const QJsonObject &object, std::string_view key,
                                          std::string_view parent);
QJsonArray requiredArray(const QJsonObject &object, std::string_view key, std::string_view parent);
bool requiredBool(const QJsonObject &object, std::string_view key, std::string_view parent);

// A JSON number written as an integer literal ("2", not "2.0" or "2e0") that fits int64, read
// from its text; nullopt for anything else.
std::optional<std::int64_t> exactInteger(const QJsonValue &value, const NumberTexts &numbers,
                                         std::string_view path);

// An order line quantity: an integer from 1 to inventory::kMaxQuantity.
std::int64_t quantity(const QJsonValue &value, const NumberTexts &numbers, std::string_view path);

// The order's array of lines at `key` on the top level: present, an array, 1 to kMaxLines long.
QJsonArray requiredLines(const QJsonObject &root, std::string_view key);

// A web shop's line item (Shopify, WooCommerce): an object with an optional "sku" and a
// "quantity". Custom items have no SKU; a paid order for one must still be recorded (the order
// book flags it unknown_sku), so an absent, null or empty SKU gives an empty sku, not an error.
// The caller reads the price, which each shop writes differently.
orders::OrderLineRequest shopLineItem(const QJsonObject &object, const std::string &path,
                                      const NumberTexts &numbers);
// A string of decimal digits (Stripe metadata "qty": "2") read as a quantity.
std::int64_t quantityFromText(std::string_view text, std::string_view path);

// A known ISO 4217 code, any case; "currency: \"XYZ\" is not a known ISO 4217 currency".
Currency requiredCurrency(const QJsonObject &object, std::string_view key, std::string_view parent);

// A decimal amount in major units ("12.50") to minor units, exactly (parseMajorAmount).
std::int64_t majorAmount(std::string_view text, const Currency &currency, std::string_view path);

// An id sent as a positive JSON integer (kept exactly, even above 2^53) or a non-empty string.
std::string requiredId(const QJsonObject &object, std::string_view key, std::string_view parent,
                       const NumberTexts &numbers);
// The same, or nothing when absent or null.
std::optional<std::string> optionalId(const QJsonObject &object, std::string_view key,
                                      std::string_view parent, const NumberTexts &numbers);

// The optional string fields of object named by keys, trimmed, empty ones skipped, joined.
std::string joinStrings(const QJsonObject &object, std::initializer_list<std::string_view> keys,
                        std::string_view parent, std::string_view separator);

// The most lines one order may have.
inline constexpr qsizetype kMaxLines = 1000;

} // namespace stallcast::feed::payload
