#include "TestFramework.h"

#include "common/TextKey.h"

#include <string>

using stallcast::foldedKey;
using stallcast::isSingleLineText;

TEST_CASE("textkey: foldedKey ignores case", "[textkey]")
{
    CHECK(foldedKey("ABC-12") == "abc-12");
    CHECK(foldedKey("abc-12") == foldedKey("AbC-12"));
    CHECK(foldedKey("ÄÖÜ") == foldedKey("äöü"));
    CHECK(foldedKey("ΣΊΣΥΦΟΣ") == foldedKey("σίσυφοσ"));
    CHECK(foldedKey("A1") != foldedKey("A2"));
}

TEST_CASE("textkey: full-width letters and digits equal their ASCII forms", "[textkey]")
{
    CHECK(foldedKey("Ａ１") == "a1");
    CHECK(foldedKey("Ａ１") == foldedKey("a1"));
    CHECK(foldedKey("ＳＫＵ－００７") == foldedKey("sku-007"));
    // Half-width katakana normalise to full-width ones.
    CHECK(foldedKey("ｶﾀｶﾅ") == foldedKey("カタカナ"));
}

TEST_CASE("textkey: surrounding spaces (ASCII and ideographic) are trimmed, inner ones kept",
          "[textkey]")
{
    CHECK(foldedKey("  A1 ") == "a1");
    CHECK(foldedKey("\tA1\t") == "a1");
    CHECK(foldedKey("\xE3\x80\x80"
                    "A1\xE3\x80\x80")
          == "a1"); // U+3000 IDEOGRAPHIC SPACE
    CHECK(foldedKey("a b") == "a b");
    CHECK(foldedKey("a b") != foldedKey("ab"));
    CHECK(foldedKey("   ").empty());
    CHECK(foldedKey("").empty());
}

TEST_CASE("textkey: scripts without case pass through unchanged", "[textkey]")
{
    CHECK(foldedKey("제주감귤") == "제주감귤");
    CHECK(foldedKey("ทุเรียน") == "ทุเรียน");
    CHECK(foldedKey("哈密瓜") == "哈密瓜");
    // Decomposed Hangul jamo compose to the same key as the precomposed syllable.
    CHECK(foldedKey("\xE1\x84\x80\xE1\x85\xA1") == foldedKey("가"));
}

TEST_CASE("textkey: isSingleLineText accepts printable Unicode", "[textkey]")
{
    CHECK(isSingleLineText(""));
    CHECK(isSingleLineText("Jeju tangerine 5kg"));
    CHECK(isSingleLineText("제주 감귤 🍊"));
    CHECK(
        isSingleLineText("👩‍🌾")); // zero-width joiner is a format character, not a control
    CHECK(isSingleLineText("ทุเรียนหมอนทอง"));
}

TEST_CASE("textkey: isSingleLineText rejects control characters and invalid UTF-8", "[textkey]")
{
    const std::string cases[] = {"a\nb",
                                 "a\rb",
                                 "a\tb",
                                 std::string("a\0b", 3),
                                 "a\x7F"
                                 "b",
                                 "a\xC2\x85"
                                 "b" /* U+0085 NEXT LINE */,
                                 "caf\xE9",
                                 "\xC0\xAF",
                                 "\xED\xA0\x80",
                                 "\xFF",
                                 "a\xE2\x80\xA8"
                                 "b" /* U+2028 */,
                                 "a\xE2\x80\xA9"
                                 "b" /* U+2029 */};
    for (const auto &text : cases) {
        INFO(text);
        CHECK_FALSE(isSingleLineText(text));
    }
}
