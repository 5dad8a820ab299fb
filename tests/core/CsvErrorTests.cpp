#include "TestFramework.h"
#include "ThrownMessage.h"

#include "io/Csv.h"

#include <cstddef>
#include <string>

using stallcast::io::CsvError;
using stallcast::io::parseCsv;
using stallcast::test::contains;
using stallcast::test::startsWith;

namespace {

// The CsvError that parsing `text` must throw.
CsvError errorFor(const std::string &text)
{
    try {
        parseCsv(text);
    } catch (const CsvError &e) {
        return e;
    }
    FAIL("parseCsv accepted: " << text);
    return CsvError(0, "");
}

} // namespace

TEST_CASE("csv: an unterminated quote is reported on the line where it opens", "[csv]")
{
    const auto simple = errorFor("a,b\nc,\"never closed\nd,e\n");
    CHECK(simple.line() == 2);
    CHECK(contains(simple.reason(), "never closed"));
    CHECK(startsWith(simple.what(), "line 2: "));

    // The record starts on line 2 with a two-line field; the bad quote opens on line 3.
    const auto later = errorFor("h1,h2\n\"ok\nstill ok\",\"broken\nrest\n");
    CHECK(later.line() == 3);

    const auto crlf = errorFor("a\r\nb\r\n\"c\r\n");
    CHECK(crlf.line() == 3);
}

TEST_CASE("csv: a quote inside an unquoted field is an error with its line", "[csv]")
{
    const auto e = errorFor("a,b\nc,d\"e\n");
    CHECK(e.line() == 2);
    CHECK(contains(e.reason(), "quote"));
    CHECK(errorFor("x\n\n\n 5\" screen,y\n").line() == 4);
}

TEST_CASE("csv: text after a closing quote is an error with its line", "[csv]")
{
    CHECK(errorFor("a\n\"b\"c,d\n").line() == 2);
    CHECK(errorFor("a\n\"b\" ,d\n").line() == 2);
    // The record began on line 2; the stray text is on line 3.
    CHECK(errorFor("a\n\"multi\nline\"x\n").line() == 3);
}

TEST_CASE("csv: invalid UTF-8 is an error naming the line", "[csv]")
{
    struct Case {
        const char *what;
        std::string bytes;
    };
    for (const auto &c :
         {Case{"Latin-1 e-acute", "caf\xE9"}, Case{"lone continuation byte", "\x80"},
          Case{"truncated 3-byte sequence", "\xE2\x82"},
          Case{"truncated at end of text", "\xF0\x9F\x8D"}, Case{"overlong slash", "\xC0\xAF"},
          Case{"overlong 3-byte", "\xE0\x80\xAF"}, Case{"UTF-16 surrogate", "\xED\xA0\x80"},
          Case{"beyond U+10FFFF", "\xF4\x90\x80\x80"}, Case{"invalid lead byte", "\xFF"}}) {
        INFO(c.what);
        const auto e = errorFor("sku,name\nA,ok\nB," + c.bytes);
        CHECK(e.line() == 3);
        CHECK(contains(e.reason(), "UTF-8"));
    }
}

TEST_CASE("csv: invalid UTF-8 inside a multi-line field names its own physical line", "[csv]")
{
    CHECK(errorFor("a,\"one\ntwo\nthr\xE9"
                   "e\"\n")
              .line()
          == 3);
    CHECK(errorFor("a,\"one\r\ntwo\r\n\"\r\nb,\xE9\r\n").line() == 4);
    CHECK(errorFor("a,b\rc,d\r\xE9\r").line() == 3);
}

TEST_CASE("csv: valid multi-byte UTF-8 at every length is accepted", "[csv]")
{
    // U+007F, U+0080, U+07FF, U+0800, U+FFFD, U+10000, U+10FFFF.
    const std::string edge = "\x7F,\xC2\x80,\xDF\xBF,\xE0\xA0\x80,\xEF\xBF\xBD,\xF0\x90\x80\x80,"
                             "\xF4\x8F\xBF\xBF";
    const auto records = parseCsv(edge);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields.size() == 7);
    CHECK(records[0].fields[6] == "\xF4\x8F\xBF\xBF");
}
