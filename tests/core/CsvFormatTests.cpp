#include "TestFramework.h"

#include "io/Csv.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

using stallcast::io::formatCsvRecord;
using stallcast::io::parseCsv;

namespace {

using Fields = std::vector<std::string>;

// Formats every record, parses the result, and returns what came back.
std::vector<Fields> roundTrip(const std::vector<Fields> &records)
{
    std::string text;
    for (const auto &r : records)
        text += formatCsvRecord(r);
    std::vector<Fields> out;
    for (const auto &r : parseCsv(text))
        out.push_back(r.fields);
    return out;
}

// The records with control characters and non-ASCII bytes spelled out, for failure messages.
std::string visible(const std::vector<Fields> &records)
{
    std::string out;
    for (const auto &r : records) {
        out += '[';
        for (const auto &f : r) {
            out += '<';
            for (const unsigned char c : f) {
                if (c >= 0x20 && c < 0x7F) {
                    out += static_cast<char>(c);
                } else {
                    constexpr char kHex[] = "0123456789ABCDEF";
                    out += "\\x";
                    out += kHex[c >> 4];
                    out += kHex[c & 0xF];
                }
            }
            out += '>';
        }
        out += ']';
    }
    return out;
}

} // namespace

TEST_CASE("csv: formatCsvRecord quotes only fields that need it and ends with CRLF", "[csv]")
{
    CHECK(formatCsvRecord({"a", "b c", "12.50"}) == "a,b c,12.50\r\n");
    CHECK(formatCsvRecord({"a,b"}) == "\"a,b\"\r\n");
    CHECK(formatCsvRecord({"say \"hi\""}) == "\"say \"\"hi\"\"\"\r\n");
    CHECK(formatCsvRecord({"x\ny", "z"}) == "\"x\ny\",z\r\n");
    CHECK(formatCsvRecord({"", "", ""}) == ",,\r\n");
    CHECK(formatCsvRecord({"감귤", "🍊"}) == "감귤,🍊\r\n");
}

TEST_CASE("csv: nasty fields survive formatCsvRecord then parseCsv", "[csv]")
{
    const std::vector<Fields> records{
        {"comma, inside", "quote \" inside", "\"starts and ends with quotes\"", "\"\"\"\""},
        {"LF\ninside", "CRLF\r\ninside", "lone CR\rinside", "\n"},
        {" leading space", "trailing space ", " ", ""},
        {"", "", "", ""},
        {"제주 감귤", "哈密瓜", "ทุเรียน", "👩‍🌾🍊"},
        {",", "\"", "\r\n", ",\"\r\n\""},
        {"\xEF\xBB\xBF"
         "bom-looking",
         "tab\tinside", "#hash", "=1+1"},
    };
    CHECK(roundTrip(records) == records);
}

TEST_CASE("csv: a record of one empty field survives the round trip", "[csv]")
{
    const std::vector<Fields> records{{"before"}, {""}, {"after"}};
    CHECK(roundTrip(records) == records);
}

TEST_CASE("csv: random records built from awkward pieces survive the round trip", "[csv]")
{
    const std::vector<std::string> pieces{"a",    "Z",  "0",    ",",    "\"", "\r", "\n",
                                          "\r\n", " ",  "\t",   "감",   "🍊",  "ท",  "\xEF\xBB\xBF",
                                          "\"\"", ",,", "\n\n", "x\"y", "é",  ""};
    std::mt19937 random(20240611); // fixed seed: a failure reproduces
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> fieldCount(1, 6);
    std::uniform_int_distribution<int> pieceCount(0, 5);
    for (int round = 0; round < 200; ++round) {
        std::vector<Fields> records;
        for (int r = 0; r < 5; ++r) {
            Fields fields(static_cast<std::size_t>(fieldCount(random)));
            for (auto &f : fields)
                for (int p = pieceCount(random); p > 0; --p)
                    f += pieces[pick(random)];
            records.push_back(std::move(fields));
        }
        const auto back = roundTrip(records);
        INFO("round " << round << ": " << visible(records) << " came back as " << visible(back));
        REQUIRE(back == records);
    }
}

TEST_CASE("csv: a first field that starts with U+FEFF is not lost as a byte-order mark", "[csv]")
{
    const std::vector<Fields> records{{"\xEF\xBB\xBF"
                                       "starts with a BOM",
                                       "x"}};
    CHECK(roundTrip(records) == records);
}
