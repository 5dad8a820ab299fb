#include "io/Csv.h"

#include <cstdint>

namespace stallcast::io {

namespace {

// True when s[i] ends a physical line: "\n", or a "\r" not followed by "\n" (so "\r\n", "\n" and
// an old-Mac "\r" each count once).
bool endsLine(std::string_view s, std::size_t i)
{
    return s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'));
}

// Returns the byte length of the UTF-8 sequence at s[i], or 0 if it is malformed.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800)
                          || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

void checkUtf8(std::string_view text)
{
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto len = utf8SequenceLength(text, i);
        if (len == 0)
            throw CsvError(line, "invalid UTF-8 (save the file as UTF-8)");
        if (endsLine(text, i))
            ++line;
        i += len;
    }
}

} // namespace

std::vector<CsvRecord> parseCsv(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    checkUtf8(text);

    std::vector<CsvRecord> records;
    CsvRecord record{1, {}};
    std::string field;
    std::size_t line = 1;
    bool quoted = false;      // inside a quoted field
    bool afterQuote = false;  // a quoted field just closed: only , or a line end may follow
    bool fieldStarted = false;
    bool recordQuoted = false; // the record has a quoted field: `""` alone is not a blank line
    std::size_t quoteLine = 0; // where the open quoted field began

    auto endField = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields[0].empty() && !recordQuoted;
        if (!blank)
            records.push_back(std::move(record));
        record = CsvRecord{line, {}};
        recordQuoted = false;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (endsLine(text, i))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            ++line;
            endRecord();
        } else if (afterQuote) {
            throw CsvError(line, "unexpected character after a closing quote (a quote inside a "
                                 "quoted field must be doubled: \"\")");
        } else if (c == '"') {
            if (fieldStarted)
                throw CsvError(line, "a quote in the middle of an unquoted field (quote the whole "
                                     "field and double the quote)");
            quoted = true;
            fieldStarted = true;
            recordQuoted = true;
            quoteLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw CsvError(quoteLine, "a quoted field is never closed");
    if (fieldStarted || afterQuote || !record.fields.empty())
        endRecord();
    return records;
}

std::string formatCsvRecord(const std::vector<std::string> &fields)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        const auto &f = fields[i];
        // A lone empty field is written "" so that the record does not read back as a blank line;
        // a leading U+FEFF is quoted so that it is not taken for a byte-order mark.
        const bool needsQuotes = f.find_first_of(",\"\r\n") != std::string::npos
                                 || (!f.empty() && (f.front() == ' ' || f.back() == ' '))
                                 || (f.empty() && fields.size() == 1)
                                 || f.rfind("\xEF\xBB\xBF", 0) == 0;
        if (!needsQuotes) {
            out += f;
            continue;
        }
        out += '"';
        for (char c : f) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
    return out;
}

} // namespace stallcast::io
