#include "TestFramework.h"

#include "io/Csv.h"

#include <cstddef>
#include <string>
#include <vector>

using stallcast::io::CsvRecord;
using stallcast::io::parseCsv;

namespace {

using Fields = std::vector<std::string>;

std::vector<Fields> fieldsOf(const std::vector<CsvRecord> &records)
{
    std::vector<Fields> out;
    for (const auto &r : records)
        out.push_back(r.fields);
    return out;
}

std::vector<std::size_t> linesOf(const std::vector<CsvRecord> &records)
{
    std::vector<std::size_t> out;
    for (const auto &r : records)
        out.push_back(r.line);
    return out;
}

} // namespace

TEST_CASE("csv: plain records with LF or CRLF line ends", "[csv]")
{
    const std::vector<Fields> expected{{"sku", "name", "price"}, {"A-1", "Apple", "1000"}};
    for (const char *text :
         {"sku,name,price\nA-1,Apple,1000\n", "sku,name,price\r\nA-1,Apple,1000\r\n",
          "sku,name,price\nA-1,Apple,1000", "sku,name,price\r\nA-1,Apple,1000"}) {
        INFO(text);
        const auto records = parseCsv(text);
        CHECK(fieldsOf(records) == expected);
        CHECK(linesOf(records) == std::vector<std::size_t>{1, 2});
    }
}

TEST_CASE("csv: an empty text or a lone BOM has no records", "[csv]")
{
    CHECK(parseCsv("").empty());
    CHECK(parseCsv("\xEF\xBB\xBF").empty());
    CHECK(parseCsv("\n\r\n\n").empty());
}

TEST_CASE("csv: quoted fields may hold commas and doubled quotes", "[csv]")
{
    const auto records = parseCsv("a,\"b,c\",\"say \"\"hi\"\"\",\"\"\"\"\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{"a", "b,c", "say \"hi\"", "\""});
}

TEST_CASE("csv: quoted LF newlines stay in the field and later lines are numbered right", "[csv]")
{
    const auto records = parseCsv("sku,description\n"
                                  "A,\"line one\nline two\nline three\"\n"
                                  "B,plain\n"
                                  "C,\"x\ny\"\n"
                                  "D,end\n");
    REQUIRE(records.size() == 5);
    CHECK(records[1].fields == Fields{"A", "line one\nline two\nline three"});
    CHECK(records[3].fields == Fields{"C", "x\ny"});
    CHECK(linesOf(records) == std::vector<std::size_t>{1, 2, 5, 6, 8});
}

TEST_CASE("csv: quoted CRLF newlines stay in the field and later lines are numbered right", "[csv]")
{
    const auto records = parseCsv("sku,description\r\n"
                                  "A,\"line one\r\nline two\"\r\n"
                                  "B,plain\r\n"
                                  "C,\"\r\n\r\n\"\r\n"
                                  "D,end");
    REQUIRE(records.size() == 5);
    CHECK(records[1].fields == Fields{"A", "line one\r\nline two"});
    CHECK(records[3].fields == Fields{"C", "\r\n\r\n"});
    CHECK(linesOf(records) == std::vector<std::size_t>{1, 2, 4, 5, 8});
}

TEST_CASE("csv: old Mac CR-only line ends are line ends, inside quotes too", "[csv]")
{
    const auto records = parseCsv("a,b\rc,\"d\re\"\rf,g\r");
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields == Fields{"c", "d\re"});
    CHECK(linesOf(records) == std::vector<std::size_t>{1, 2, 4});
}

TEST_CASE("csv: a UTF-8 byte-order mark is skipped", "[csv]")
{
    const auto records = parseCsv("\xEF\xBB\xBFsku,name\r\nA,B\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"sku", "name"});
    CHECK(records[0].line == 1);
    // Only at the very start: elsewhere it is part of the text.
    const auto inner = parseCsv("a,\xEF\xBB\xBF"
                                "b\n");
    REQUIRE(inner.size() == 1);
    CHECK(inner[0].fields[1]
          == "\xEF\xBB\xBF"
             "b");
}

TEST_CASE("csv: Korean, Chinese, Thai and emoji fields come through byte for byte", "[csv]")
{
    const std::string korean = "제주 감귤 5kg";
    const std::string chinese = "新疆哈密瓜，甜";
    const std::string thai = "ทุเรียนหมอนทอง";
    const std::string emoji = "🍊🍉 👩‍🌾 🇰🇷";
    const auto records = parseCsv(korean + "," + chinese + ",\"" + thai + "\"," + emoji + "\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{korean, chinese, thai, emoji});
}

TEST_CASE("csv: blank lines are skipped and do not shift line numbers", "[csv]")
{
    const auto lf = parseCsv("\na,b\n\n\nc,d\n\n");
    CHECK(fieldsOf(lf) == std::vector<Fields>{{"a", "b"}, {"c", "d"}});
    CHECK(linesOf(lf) == std::vector<std::size_t>{2, 5});

    const auto crlf = parseCsv("a,b\r\n\r\n\r\nc,d\r\n");
    CHECK(fieldsOf(crlf) == std::vector<Fields>{{"a", "b"}, {"c", "d"}});
    CHECK(linesOf(crlf) == std::vector<std::size_t>{1, 4});
}

TEST_CASE("csv: empty fields are kept, including a row of only commas", "[csv]")
{
    const auto records = parseCsv("a,,b\n,,\n,x,\n\"\",\"\"\n");
    CHECK(fieldsOf(records)
          == std::vector<Fields>{{"a", "", "b"}, {"", "", ""}, {"", "x", ""}, {"", ""}});
}

TEST_CASE("csv: a trailing comma at the end of the text is a last empty field", "[csv]")
{
    CHECK(fieldsOf(parseCsv("a,b,")) == std::vector<Fields>{{"a", "b", ""}});
    CHECK(fieldsOf(parseCsv("a,b,\n")) == std::vector<Fields>{{"a", "b", ""}});
}

TEST_CASE("csv: a line holding only an empty quoted field is a record, not a blank line", "[csv]")
{
    const auto records = parseCsv("\"\"\r\nx\r\n");
    CHECK(fieldsOf(records) == std::vector<Fields>{{""}, {"x"}});
    CHECK(fieldsOf(parseCsv("\"\"")) == std::vector<Fields>{{""}});
}

TEST_CASE("csv: spaces around fields are kept", "[csv]")
{
    CHECK(fieldsOf(parseCsv(" a , b ,\" c \"\n")) == std::vector<Fields>{{" a ", " b ", " c "}});
}
