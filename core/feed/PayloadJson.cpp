#include "feed/PayloadJson.h"

#include "inventory/Product.h"
#include "money/Money.h"

#include <QByteArray>

#include <charconv>
#include <string>

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

std::string typeName(const Value &value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return "null";
    case simdjson::dom::element_type::BOOL:
        return "a boolean";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return "a number";
    case simdjson::dom::element_type::STRING:
        return "a string";
    case simdjson::dom::element_type::ARRAY:
        return "an array";
    case simdjson::dom::element_type::OBJECT:
        return "an object";
    }
    return "unknown";
}

// What simdjson found wrong, in a few words.
std::string syntaxProblem(simdjson::error_code error)
{
    switch (error) {
    case simdjson::EMPTY:
        return "empty";
    case simdjson::TAPE_ERROR:
        return "bad structure: a missing or extra comma, brace, bracket or key";
    case simdjson::STRING_ERROR:
        return "bad string: an invalid escape";
    case simdjson::UNCLOSED_STRING:
        return "unterminated string";
    case simdjson::UNESCAPED_CHARS:
        return "a control character inside a string";
    case simdjson::UTF8_ERROR:
        return "not UTF-8";
    case simdjson::NUMBER_ERROR:
        return "bad number, or one beyond 64-bit integers and doubles";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return "bad literal (true, false or null)";
    default:
        return simdjson::error_message(error);
    }
}

// Errors of the grammar itself, which the number scanner (JsonNumberText.h) finds at the same
// place: it says where. It does not check UTF-8, surrogates or number ranges.
bool hasKnownOffset(simdjson::error_code error)
{
    switch (error) {
    case simdjson::EMPTY:
    case simdjson::TAPE_ERROR:
    case simdjson::UNCLOSED_STRING:
    case simdjson::UNESCAPED_CHARS:
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return true;
    default:
        return false;
    }
}

bool isHex4(std::string_view text)
{
    if (text.size() < 4)
        return false;
    for (char c : text.substr(0, 4))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

unsigned hex4(std::string_view text)
{
    unsigned value = 0;
    for (char c : text.substr(0, 4))
        value = value * 16
                + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    return value;
}

// The body with every unpaired surrogate escape inside a string ("\ud83d" left by a sender that
// cut an emoji in half) replaced by "\ufffd", the replacement character, in place: the same
// length, so offsets stay true. nullopt when there is none.
std::optional<std::string> withLoneSurrogatesReplaced(std::string_view body)
{
    std::optional<std::string> fixed;
    bool inString = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
            continue;
        }
        if (c != '\\' || i + 1 >= body.size())
            continue;
        if (body[i + 1] != 'u' || !isHex4(body.substr(i + 2))) {
            ++i; // a two-character escape (or a bad one, which simdjson reports)
            continue;
        }
        const unsigned unit = hex4(body.substr(i + 2));
        const bool high = unit >= 0xd800 && unit <= 0xdbff;
        const bool low = unit >= 0xdc00 && unit <= 0xdfff;
        const bool paired = high && body.substr(i + 6, 2) == "\\u" && isHex4(body.substr(i + 8))
                            && hex4(body.substr(i + 8)) >= 0xdc00 && hex4(body.substr(i + 8)) <= 0xdfff;
        if (paired) {
            i += 11; // both halves
        } else {
            if (high || low) {
                if (!fixed)
                    fixed = std::string(body);
                fixed->replace(i + 2, 4, "fffd");
            }
            i += 5;
        }
    }
    return fixed;
}

// A number's value as a double (rounded for integers above 2^53), for a comparison only.
std::optional<double> approximately(const Value &value)
{
    if (std::int64_t i = 0; value.get_int64().get(i) == simdjson::SUCCESS)
        return static_cast<double>(i);
    if (std::uint64_t u = 0; value.get_uint64().get(u) == simdjson::SUCCESS)
        return static_cast<double>(u);
    if (double d = 0; value.get_double().get(d) == simdjson::SUCCESS)
        return d;
    return std::nullopt;
}

Value requiredValue(const Object &object, std::string_view key, std::string_view parent)
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

std::string indexPath(std::string_view parent, std::size_t index)
{
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

const NumberTexts *BodyNumbers::texts() const
{
    if (!m_texts)
        m_texts = jsonNumberTexts(m_body, static_cast<int>(kMaxDepth));
    return *m_texts ? &**m_texts : nullptr;
}

PayloadDocument parseDocument(std::string_view body)
{
    PayloadDocument document{std::make_unique<simdjson::dom::parser>(), {}, BodyNumbers(body)};
    auto &parser = *document.parser;
    // simdjson fails once the depth reaches its limit: kMaxDepth levels need kMaxDepth + 1.
    if (parser.allocate(body.size(), kMaxDepth + 1) != simdjson::SUCCESS)
        fail("body", "is too large to parse");
    Value root;
    // The body is copied into a padded buffer (simdjson reads up to 64 bytes past the end); the
    // values' strings live in the parser.
    auto error = parser.parse(body.data(), body.size(), true).get(root);
    if (error == simdjson::STRING_ERROR)
        if (const auto fixed = withLoneSurrogatesReplaced(body))
            if (parser.parse(fixed->data(), fixed->size(), true).get(root) == simdjson::SUCCESS)
                error = simdjson::SUCCESS;
    if (error == simdjson::DEPTH_ERROR)
        fail("body", "nests too deeply");
    if (error != simdjson::SUCCESS) {
        std::string reason = "not valid JSON (" + syntaxProblem(error);
        if (hasKnownOffset(error))
            if (const auto at = jsonRejectedAt(body, static_cast<int>(kMaxDepth)))
                reason += " at offset " + std::to_string(*at);
        fail("body", reason + ")");
    }
    if (root.get_object().get(document.root) != simdjson::SUCCESS)
        fail("body", "must be a JSON object");
    return document;
}

std::string numberText(const Value &value, const BodyNumbers &numbers, std::string_view path)
{
    const NumberTexts *texts = numbers.texts();
    const auto found = texts ? texts->find(std::string(path)) : NumberTexts::const_iterator{};
    // Both readers must see the same number (they could differ only under keys the scanner
    // cannot address). The doubles are compared, never used.
    const auto number = approximately(value);
    // QByteArray::toDouble reads in the C locale whatever the process's locale is.
    if (!number || !texts || found == texts->end()
        || QByteArray::fromStdString(found->second).toDouble() != *number)
        fail(path, "is ambiguous (a repeated key?)");
    return found->second;
}

std::optional<Value> field(const Object &object, std::string_view key)
{
    std::optional<Value> last;
    for (const auto member : object)
        if (member.key == key)
            last = member.value;
    if (!last || last->is_null())
        return std::nullopt;
    return last;
}

std::string requiredString(const Object &object, std::string_view key, std::string_view parent)
{
    const Value value = requiredValue(object, key, parent);
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        fail(fieldPath(parent, key), "must be a string, not " + typeName(value));
    return std::string(text);
}

std::string requiredNonEmptyString(const Object &object, std::string_view key,
                                   std::string_view parent)
{
    std::string text = requiredString(object, key, parent);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        fail(fieldPath(parent, key), "must not be empty");
    return text;
}

std::optional<std::string> optionalString(const Object &object, std::string_view key,
                                          std::string_view parent)
{
    const auto value = field(object, key);
    if (!value)
        return std::nullopt;
    std::string_view text;
    if (value->get_string().get(text) != simdjson::SUCCESS)
        fail(fieldPath(parent, key), "must be a string, not " + typeName(*value));
    return std::string(text);
}

Object requiredObject(const Object &object, std::string_view key, std::string_view parent)
{
    const Value value = requiredValue(object, key, parent);
    Object out;
    if (value.get_object().get(out) != simdjson::SUCCESS)
        fail(fieldPath(parent, key), "must be an object, not " + typeName(value));
    return out;
}

std::optional<Object> optionalObject(const Object &object, std::string_view key,
                                     std::string_view parent)
{
    const auto value = field(object, key);
    if (!value)
        return std::nullopt;
    Object out;
    if (value->get_object().get(out) != simdjson::SUCCESS)
        fail(fieldPath(parent, key), "must be an object, not " + typeName(*value));
    return out;
}

Array requiredArray(const Object &object, std::string_view key, std::string_view parent)
{
    const Value value = requiredValue(object, key, parent);
    Array out;
    if (value.get_array().get(out) != simdjson::SUCCESS)
        fail(fieldPath(parent, key), "must be an array, not " + typeName(value));
    return out;
}

bool requiredBool(const Object &object, std::string_view key, std::string_view parent)
{
    const Value value = requiredValue(object, key, parent);
    bool out = false;
    if (value.get_bool().get(out) != simdjson::SUCCESS)
        fail(fieldPath(parent, key), "must be true or false, not " + typeName(value));
    return out;
}

std::optional<std::int64_t> exactInteger(const Value &value)
{
    // simdjson types a literal with a fraction or an exponent as a double, and an integer
    // literal as int64 when it fits (uint64 above that; larger ones are refused as invalid JSON).
    std::int64_t number = 0;
    if (value.type() != simdjson::dom::element_type::INT64
        || value.get_int64().get(number) != simdjson::SUCCESS)
        return std::nullopt;
    return number;
}

std::int64_t quantity(const Value &value, std::string_view path)
{
    const auto number = exactInteger(value);
    if (!number || *number < 1 || *number > inventory::kMaxQuantity)
        fail(path, "must be a positive integer up to " + std::to_string(inventory::kMaxQuantity));
    return *number;
}

std::int64_t quantityFromText(std::string_view text, std::string_view path)
{
    std::int64_t number = 0;
    if (!isDigits(text) || text.size() > 10)
        fail(path, "must be a positive integer up to " + std::to_string(inventory::kMaxQuantity)
                       + ", not " + payload::quoted(text));
    std::from_chars(text.data(), text.data() + text.size(), number);
    if (number < 1 || number > inventory::kMaxQuantity)
        fail(path, "must be a positive integer up to " + std::to_string(inventory::kMaxQuantity)
                       + ", not " + payload::quoted(text));
    return number;
}

Currency requiredCurrency(const Object &object, std::string_view key, std::string_view parent)
{
    const std::string code = requiredString(object, key, parent);
    const auto currency = findCurrency(code);
    if (!currency)
        fail(fieldPath(parent, key), payload::quoted(code) + " is not a known ISO 4217 currency");
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
        fail(path, "must be a decimal amount like \"12.50\", not " + payload::quoted(text));
    try {
        return parseMajorAmount(text, currency);
    } catch (const AmountError &error) {
        fail(path, error.what());
    }
}

std::optional<std::string> optionalId(const Object &object, std::string_view key,
                                      std::string_view parent)
{
    const auto value = field(object, key);
    if (!value)
        return std::nullopt;
    if (std::string_view text; value->get_string().get(text) == simdjson::SUCCESS) {
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            fail(fieldPath(parent, key), "must not be empty");
        return std::string(text);
    }
    const std::string path = fieldPath(parent, key);
    const auto number = exactInteger(*value);
    if (!number || *number < 1)
        fail(path, "must be a positive integer or a string");
    return std::to_string(*number);
}

std::string requiredId(const Object &object, std::string_view key, std::string_view parent)
{
    auto id = optionalId(object, key, parent);
    if (!id)
        fail(fieldPath(parent, key), "is missing");
    return *id;
}

std::string joinStrings(const Object &object, std::initializer_list<std::string_view> keys,
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

Array requiredLines(const Object &root, std::string_view key)
{
    const Array lines = requiredArray(root, key, "");
    if (lines.size() == 0)
        fail(key, "must hold at least one line");
    if (lines.size() > kMaxLines)
        fail(key, "has more than " + std::to_string(kMaxLines) + " lines");
    return lines;
}

orders::OrderLineRequest shopLineItem(const Object &object, const std::string &path)
{
    orders::OrderLineRequest line;
    line.sku = optionalString(object, "sku", path).value_or("");
    const auto qty = field(object, "quantity");
    if (!qty)
        fail(fieldPath(path, "quantity"), "is missing");
    line.qty = quantity(*qty, fieldPath(path, "quantity"));
    return line;
}

} // namespace stallcast::feed::payload
