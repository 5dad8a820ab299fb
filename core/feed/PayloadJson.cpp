#include "feed/PayloadJson.h"

#include "inventory/Product.h"
#include "money/Money.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <charconv>

namespace stallcast::feed::payload {

namespace {

constexpr std::size_t kMaxQuotedBytes = 40;
constexpr std::size_t kMaxMessageBytes = 300;

// Escapes control characters so a message stays on one line.
void appendEscaped(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            out.append("\\x");
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0f]);
        } else {
            out.push_back(c);
        }
    }
}

// Cuts UTF-8 text to at most maxBytes without splitting a character.
std::string_view cutUtf8(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    std::size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80)
        --end;
    return text.substr(0, end);
}

QString keyOf(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

std::string typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "undefined";
}

QJsonValue requiredValue(const QJsonObject &object, std::string_view key, std::string_view parent)
{
    const auto value = field(object, key);
    if (!value)
        fail(fieldPath(parent, key), "is missing");
    return *value;
}

bool isDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

void fail(std::string_view path, std::string_view reason)
{
    std::string message;
    appendEscaped(message, path);
    message.append(": ");
    appendEscaped(message, reason);
    if (message.size() > kMaxMessageBytes)
        message = std::string(cutUtf8(message, kMaxMessageBytes)) + "...";
    throw PayloadError(message);
}

std::string quoted(std::string_view value)
{
    std::string out = "\"";
    const std::string_view shown = cutUtf8(value, kMaxQuotedBytes);
    appendEscaped(out, shown);
    if (shown.size() < value.size())
        out.append("...");
    out.push_back('"');
    return out;
}

std::string fieldPath(std::string_view parent, std::string_view key)
{
    if (parent.empty())
        return std::string(key);
    std::string path(parent);
    path.push_back('.');
    path.append(key);
    return path;
}

std::string indexPath(std::string_view parent, qsizetype index)
{
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

PayloadDocument parseDocument(std::string_view body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(body.data(), static_cast<qsizetype>(body.size())), &error);
    if (error.error != QJsonParseError::NoError)
        fail("body", "not valid JSON (" + error.errorString().toStdString() + " at offset "
                         + std::to_string(error.offset) + ")");
    if (!document.isObject())
        fail("body", "must be a JSON object");
    auto numbers = jsonNumberTexts(body);
    if (!numbers)
        fail("body", "nests too deeply");
    return {document.object(), std::move(*numbers)};
}

std::string numberText(const QJsonValue &value, const NumberTexts &numbers, std::string_view path)
{
    const auto found = numbers.find(std::string(path));
    // Both readers must see the same number (they could differ only with repeated or path-like
    // keys). The double is compared, never used.
    if (!value.isDouble() || found == numbers.end()
        || QByteArray::fromStdString(found->second).toDouble() != value.toDouble())
        fail(path, "is ambiguous (a repeated key?)");
    return found->second;
}

std::optional<QJsonValue> field(const QJsonObject &object, std::string_view key)
{
    const QJsonValue value = object.value(keyOf(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

std::string requiredString(const QJsonObject &object, std::string_view key, std::string_view parent)
{
    const QJsonValue value = requiredValue(object, key, parent);
    if (!value.isString())
        fail(fieldPath(parent, key), "must be a string, not " + typeName(value));
    return value.toString().toStdString();
}

std::string requiredNonEmptyString(const QJsonObject &object, std::string_view key,
                                   std::string_view parent)
{
    std::string text = requiredString(object, key, parent);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        fail(fieldPath(parent, key), "must not be empty");
    return text;
}

std::optional<std::string> optionalString(const QJsonObject &object, std::string_view key,
                                          std::string_view parent)
{
    const auto value = field(object, key);
    if (!value)
        return std::nullopt;
    if (!value->isString())
        fail(fieldPath(parent, key), "must be a string, not " + typeName(*value));
    return value->toString().toStdString();
}

QJsonObject requiredObject(const QJsonObject &object, std::string_view key, std::string_view parent)
{
    const QJsonValue value = requiredValue(object, key, parent);
    if (!value.isObject())
        fail(fieldPath(parent, key), "must be an object, not " + typeName(value));
    return value.toObject();
}

std::optional<QJsonObject> optionalObject(const QJsonObject &object, std::string_view key,
                                          std::string_view parent)
{
    const auto value = field(object, key);
    if (!value)
        return std::nullopt;
    if (!value->isObject())
        fail(fieldPath(parent, key), "must be an object, not " + typeName(*value));
    return value->toObject();
}

QJsonArray requiredArray(const QJsonObject &object, std::string_view key, std::string_view parent)
{
    const QJsonValue value = requiredValue(object, key, parent);
    if (!value.isArray())
        fail(fieldPath(parent, key), "must be an array, not " + typeName(value));
    return value.toArray();
}

bool requiredBool(const QJsonObject &object, std::string_view key, std::string_view parent)
{
    const QJsonValue value = requiredValue(object, key, parent);
    if (!value.isBool())
        fail(fieldPath(parent, key), "must be true or false, not " + typeName(value));
    return value.toBool();
}

std::optional<std::int64_t> exactInteger(const QJsonValue &value, const NumberTexts &numbers,
                                         std::string_view path)
{
    if (!value.isDouble())
        return std::nullopt;
    const std::string text = numberText(value, numbers, path);
    const std::string_view digits =
        std::string_view(text).substr(!text.empty() && text.front() == '-' ? 1 : 0);
    if (!isDigits(digits))
        return std::nullopt;
    std::int64_t number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

std::int64_t quantity(const QJsonValue &value, const NumberTexts &numbers, std::string_view path)
{
    const auto number = exactInteger(value, numbers, path);
    if (!number || *number < 1 || *number > inventory::kMaxQuantity)
        fail(path, "must be a positive integer up to " + std::to_string(inventory::kMaxQuantity));
    return *number;
}

std::int64_t quantityFromText(std::string_view text, std::string_view path)
{
    std::int64_t number = 0;
    if (!isDigits(text) || text.size() > 10)
        fail(path, "must be a positive integer up to " + std::to_string(inventory::kMaxQuantity)
                       + ", not " + quoted(text));
    std::from_chars(text.data(), text.data() + text.size(), number);
    if (number < 1 || number > inventory::kMaxQuantity)
        fail(path, "must be a positive integer up to " + std::to_string(inventory::kMaxQuantity)
                       + ", not " + quoted(text));
    return number;
}

Currency requiredCurrency(const QJsonObject &object, std::string_view key, std::string_view parent)
{
    const std::string code = requiredString(object, key, parent);
    const auto currency = findCurrency(code);
    if (!currency)
        fail(fieldPath(parent, key), quoted(code) + " is not a known ISO 4217 currency");
    return *currency;
}

std::int64_t majorAmount(std::string_view text, const Currency &currency, std::string_view path)
{
    // Plain decimals only ("12.50"): no signs, spaces, exponents or thousands separators.
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (!isDigits(whole) || (dot != std::string_view::npos && !isDigits(fraction)))
        fail(path, "must be a decimal amount like \"12.50\", not " + quoted(text));
    try {
        return parseMajorAmount(text, currency);
    } catch (const AmountError &error) {
        fail(path, error.what());
    }
}

std::optional<std::string> optionalId(const QJsonObject &object, std::string_view key,
                                      std::string_view parent, const NumberTexts &numbers)
{
    const auto value = field(object, key);
    if (!value)
        return std::nullopt;
    if (value->isString()) {
        std::string text = value->toString().toStdString();
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            fail(fieldPath(parent, key), "must not be empty");
        return text;
    }
    const std::string path = fieldPath(parent, key);
    const auto number = exactInteger(*value, numbers, path);
    if (!number || *number < 1)
        fail(path, "must be a positive integer or a string");
    return std::to_string(*number);
}

std::string requiredId(const QJsonObject &object, std::string_view key, std::string_view parent,
                       const NumberTexts &numbers)
{
    auto id = optionalId(object, key, parent, numbers);
    if (!id)
        fail(fieldPath(parent, key), "is missing");
    return *id;
}

std::string joinStrings(const QJsonObject &object, std::initializer_list<std::string_view> keys,
                        std::string_view parent, std::string_view separator)
{
    std::string joined;
    for (const auto key : keys) {
        const auto text = optionalString(object, key, parent);
        if (!text)
            continue;
        const auto first = text->find_first_not_of(" \t\r\n");
        if (first == std::string::npos)
            continue;
        const auto last = text->find_last_not_of(" \t\r\n");
        if (!joined.empty())
            joined.append(separator);
        joined.append(*text, first, last - first + 1);
    }
    return joined;
}

QJsonArray requiredLines(const QJsonObject &root, std::string_view key)
{
    QJsonArray lines = requiredArray(root, key, "");
    if (lines.isEmpty())
        fail(key, "must hold at least one line");
    if (lines.size() > kMaxLines)
        fail(key, "has more than " + std::to_string(kMaxLines) + " lines");
    return lines;
}

orders::OrderLineRequest shopLineItem(const QJsonObject &object, const std::string &path,
                                      const NumberTexts &numbers)
{
    orders::OrderLineRequest line;
    line.sku = optionalString(object, "sku", path).value_or("");
    const auto qty = field(object, "quantity");
    if (!qty)
        fail(fieldPath(path, "quantity"), "is missing");
    line.qty = quantity(*qty, numbers, fieldPath(path, "quantity"));
    return line;
}

} // namespace stallcast::feed::payload
