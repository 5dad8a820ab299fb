#include "feed/JsonNumberText.h"

#include <algorithm>
#include <cstdint>

namespace stallcast::feed {

namespace {

constexpr std::string_view kHidden = "\x01";

class NumberTextScanner {
public:
    NumberTextScanner(std::string_view json, int maxDepth) : m_json(json), m_maxDepth(maxDepth) {}

    bool scanDocument()
    {
        skipSpace();
        if (!scanValue("", 0))
            return false;
        skipSpace();
        return m_pos == m_json.size();
    }

    std::map<std::string, std::string> takeNumbers() { return std::move(m_numbers); }
    std::size_t position() const { return m_pos; }

private:
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return m_json[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool consume(char c)
    {
        if (atEnd() || peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    bool scanLiteral(std::string_view word)
    {
        if (m_json.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool scanValue(const std::string &path, int depth)
    {
        if (atEnd())
            return false;
        switch (peek()) {
        case '{':
            return scanObject(path, depth + 1);
        case '[':
            return scanArray(path, depth + 1);
        case '"': {
            std::string ignored;
            return scanString(ignored);
        }
        case 't':
            return scanLiteral("true");
        case 'f':
            return scanLiteral("false");
        case 'n':
            return scanLiteral("null");
        default:
            return scanNumber(path);
        }
    }

    bool scanObject(const std::string &path, int depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_pos; // '{'
        skipSpace();
        if (consume('}'))
            return true;
        while (true) {
            skipSpace();
            std::string key;
            if (!scanString(key))
                return false;
            skipSpace();
            if (!consume(':'))
                return false;
            skipSpace();
            // A key that looks like a path ("a.b", "x[0]") would make paths ambiguous: nothing
            // under it is recorded.
            const bool plainKey = key.find_first_of(".[]") == std::string::npos && path != kHidden;
            if (!scanValue(!plainKey ? std::string(kHidden) : path.empty() ? key : path + "." + key,
                           depth))
                return false;
            skipSpace();
            if (consume('}'))
                return true;
            if (!consume(','))
                return false;
        }
    }

    bool scanArray(const std::string &path, int depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_pos; // '['
        skipSpace();
        if (consume(']'))
            return true;
        for (std::size_t index = 0;; ++index) {
            skipSpace();
            if (!scanValue(path == kHidden ? path : path + "[" + std::to_string(index) + "]", depth))
                return false;
            skipSpace();
            if (consume(']'))
                return true;
            if (!consume(','))
                return false;
        }
    }

    bool scanDigits()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool scanNumber(const std::string &path)
    {
        const std::size_t start = m_pos;
        consume('-');
        if (consume('0')) {
            // no further integer digits after a leading zero
        } else if (!scanDigits()) {
            return false;
        }
        if (consume('.') && !scanDigits())
            return false;
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!consume('+'))
                consume('-');
            if (!scanDigits())
                return false;
        }
        if (path != kHidden)
            m_numbers[path] = std::string(m_json.substr(start, m_pos - start));
        return true;
    }

    std::optional<std::uint32_t> scanHex4()
    {
        if (m_json.size() - m_pos < 4)
            return std::nullopt;
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_json[m_pos++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return std::nullopt;
        }
        return value;
    }

    static void appendUtf8(std::string &out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        } else {
            out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
        }
    }

    bool scanEscape(std::string &out)
    {
        if (atEnd())
            return false;
        const char c = m_json[m_pos++];
        switch (c) {
        case '"': out.push_back('"'); return true;
        case '\\': out.push_back('\\'); return true;
        case '/': out.push_back('/'); return true;
        case 'b': out.push_back('\b'); return true;
        case 'f': out.push_back('\f'); return true;
        case 'n': out.push_back('\n'); return true;
        case 'r': out.push_back('\r'); return true;
        case 't': out.push_back('\t'); return true;
        case 'u': break;
        default: return false;
        }
        auto cp = scanHex4();
        if (!cp)
            return false;
        if (*cp >= 0xd800 && *cp <= 0xdbff && m_json.substr(m_pos, 2) == "\\u") {
            const std::size_t save = m_pos;
            m_pos += 2;
            const auto low = scanHex4();
            if (low && *low >= 0xdc00 && *low <= 0xdfff) {
                appendUtf8(out, 0x10000 + ((*cp - 0xd800) << 10) + (*low - 0xdc00));
                return true;
            }
            m_pos = save;
        }
        appendUtf8(out, *cp); // a lone surrogate: kept as is; it only makes a key not match
        return true;
    }

    bool scanString(std::string &out)
    {
        if (!consume('"'))
            return false;
        while (!atEnd()) {
            const char c = m_json[m_pos++];
            if (c == '"')
                return true;
            if (c == '\\') {
                if (!scanEscape(out))
                    return false;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return false;
            } else {
                out.push_back(c);
            }
        }
        return false;
    }

    std::string_view m_json;
    int m_maxDepth;
    std::size_t m_pos = 0;
    std::map<std::string, std::string> m_numbers;
};

} // namespace

std::optional<std::map<std::string, std::string>> jsonNumberTexts(std::string_view json,
                                                                  int maxDepth)
{
    NumberTextScanner scanner(json, maxDepth);
    if (!scanner.scanDocument())
        return std::nullopt;
    return scanner.takeNumbers();
}

std::optional<std::size_t> jsonRejectedAt(std::string_view json, int maxDepth)
{
    NumberTextScanner scanner(json, maxDepth);
    if (scanner.scanDocument())
        return std::nullopt;
    return std::min(scanner.position(), json.size());
}

} // namespace stallcast::feed
