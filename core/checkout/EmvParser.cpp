#include "checkout/EmvParser.h"

#include "checkout/Crc16.h"
#include "checkout/Utf8Text.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

namespace stallcast::checkout {

namespace {

// A structure problem: what, at which character offset of the whole payload.
class StructureError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

bool twoDigits(std::string_view s)
{
    return s.size() == 2 && std::isdigit(static_cast<unsigned char>(s[0]))
           && std::isdigit(static_cast<unsigned char>(s[1]));
}

// Input quoted in a message: control characters and other bytes under 0x20 or 0x7F as \xNN, so
// an error stays one printable line.
std::string quoted(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            out.append("\\x").append(1, kHex[u >> 4]).append(1, kHex[u & 0xF]);
        else
            out += c;
    }
    return out + "\"";
}

std::string at(std::size_t offset)
{
    return "at character " + std::to_string(offset) + ": ";
}

// Parses data (which starts `base` characters into the payload) into fields; `context` names
// the enclosing template for messages ("" at the top level).
std::vector<EmvField> parseFields(std::string_view data, std::size_t base,
                                  const std::string &context)
{
    std::vector<EmvField> fields;
    std::set<std::string> seen;
    std::size_t pos = 0;       // bytes into data
    std::size_t character = 0; // characters into data
    while (pos < data.size()) {
        const std::size_t where = base + character;
        if (data.size() - pos < 4)
            throw StructureError(at(where) + context + "a field needs at least 4 characters (ID, "
                                 "length), only " + std::to_string(data.size() - pos) + " remain");
        const auto id = data.substr(pos, 2);
        const auto lengthText = data.substr(pos + 2, 2);
        if (!twoDigits(id))
            throw StructureError(at(where) + context + "field ID " + quoted(id)
                                 + " is not two digits");
        if (!twoDigits(lengthText))
            throw StructureError(at(where + 2) + context + "field " + std::string(id)
                                 + ": length " + quoted(lengthText)
                                 + " is not two digits");
        const auto length = static_cast<std::size_t>(std::stoi(std::string(lengthText)));
        const auto bytes = utf8PrefixBytes(data.substr(pos + 4), length);
        if (!bytes)
            throw StructureError(at(where + 4) + context + "field " + std::string(id) + " says "
                                 + std::to_string(length) + " characters but fewer remain");
        if (length == 0)
            throw StructureError(at(where + 2) + context + "field " + std::string(id)
                                 + " is empty (length 00)");
        if (!seen.insert(std::string(id)).second)
            throw StructureError(at(where) + context + "field " + std::string(id)
                                 + " appears twice");
        EmvField field{std::string(id), std::string(data.substr(pos + 4, *bytes)), {}};
        if (context.empty() && isEmvTemplateId(std::stoi(field.id)))
            field.children =
                parseFields(field.value, where + 4, "in template " + field.id + ": ");
        fields.push_back(std::move(field));
        pos += 4 + *bytes;
        character += 4 + length;
    }
    return fields;
}

void checkTopLevel(const std::vector<EmvField> &fields, std::size_t totalCharacters)
{
    if (fields.empty() || fields.front().id != "00")
        throw StructureError(at(0) + "the payload must start with field 00 (payload format "
                                     "indicator)");
    if (fields.front().value != "01")
        throw StructureError(at(4) + "field 00 (payload format indicator) must be \"01\", got "
                             + quoted(fields.front().value));
    const auto crc = std::find_if(fields.begin(), fields.end(),
                                  [](const EmvField &f) { return f.id == "63"; });
    if (crc == fields.end())
        throw StructureError(at(totalCharacters) + "no CRC field (63)");
    if (crc + 1 != fields.end())
        throw StructureError("field 63 (CRC) must be the last field");
}

} // namespace

const EmvField *EmvParseResult::find(std::string_view id) const
{
    for (const auto &f : fields)
        if (f.id == id)
            return &f;
    return nullptr;
}

EmvParseResult parseEmvPayload(std::string_view payload)
{
    EmvParseResult result;
    const auto characters = utf8Length(payload);
    try {
        if (!characters)
            throw StructureError("the payload is not valid UTF-8");
        result.fields = parseFields(payload, 0, "");
        checkTopLevel(result.fields, *characters);
    } catch (const StructureError &e) {
        result.structureError = e.what();
    }
    // The CRC verdict does not need a sound structure: a payload ending in "6304XXXX" has a CRC.
    if (payload.size() >= 8 && payload.substr(payload.size() - 8, 4) == "6304") {
        result.statedCrc = std::string(payload.substr(payload.size() - 4));
        result.computedCrc = crc16Hex(crc16CcittFalse(payload.substr(0, payload.size() - 4)));
        std::string upper = result.statedCrc;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        result.crcValid = upper == result.computedCrc;
        if (result.structureError.empty()
            && !std::all_of(result.statedCrc.begin(), result.statedCrc.end(),
                            [](unsigned char c) { return std::isxdigit(c) != 0; }))
            result.structureError = "field 63 (CRC) must be four hexadecimal digits, got "
                                    + quoted(result.statedCrc);
    } else if (result.structureError.empty()) {
        result.structureError = "field 63 (CRC) must have length 04";
    }
    return result;
}

std::string emvScheme(const EmvParseResult &parsed)
{
    for (const auto &f : parsed.fields) {
        if (f.children.empty() || f.id == "62" || f.id == "64")
            continue;
        const auto &gui = f.children.front();
        if (gui.id != "00")
            continue;
        std::string lower = gui.value;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower == "br.gov.bcb.pix")
            return "pix";
        if (lower == "a000000677010111" || lower == "a000000677010112")
            return "promptpay";
        if (lower == "sg.paynow")
            return "paynow";
    }
    return "";
}

} // namespace stallcast::checkout
