#include "TestFramework.h"

#include "MarkdownText.h"
#include "TempDir.h"
#include "io/AtomicFile.h"

#include <string>

using stallcast::bench::replaceMarkedSection;

namespace {

constexpr const char *kBegin = "<!-- x: begin -->";
constexpr const char *kEnd = "<!-- x: end -->";

std::string section(const std::string &body)
{
    return std::string(kBegin) + "\n" + body + "\n" + kEnd;
}

} // namespace

TEST_CASE("bench markdown: a marked section is replaced and the text after it keeps its blank line",
          "[bench][markdown]")
{
    stallcast::test::TempDir dir;
    const auto file = dir / "BENCHMARKS.md";
    const std::string before = "# Benchmarks\n\nIntro.\n\n";
    const std::string after = "\n\n## Reading the figures\n\nText.\n";
    stallcast::io::writeFileAtomically(file, before + section("old table") + after);

    replaceMarkedSection(file, kBegin, kEnd, section("new table"));
    CHECK(stallcast::io::readWholeFile(file) == before + section("new table") + after);
    // Again: nothing around the section wears away run after run.
    replaceMarkedSection(file, kBegin, kEnd, section("newer table"));
    CHECK(stallcast::io::readWholeFile(file) == before + section("newer table") + after);
}

TEST_CASE("bench markdown: a section that ends with a newline after its marker adds no blank "
          "line run after run",
          "[bench][markdown]")
{
    stallcast::test::TempDir dir;
    const auto file = dir / "BENCHMARKS.md";
    const std::string after = "\n\n## Reading the figures\n";
    stallcast::io::writeFileAtomically(file, "# B\n\n" + section("old") + after);
    for (int run = 0; run < 3; ++run)
        replaceMarkedSection(file, kBegin, kEnd, section("new") + "\n");
    CHECK(stallcast::io::readWholeFile(file) == "# B\n\n" + section("new") + after);
}

TEST_CASE("bench markdown: a section at the very end of the file, with and without a final newline",
          "[bench][markdown]")
{
    stallcast::test::TempDir dir;
    const auto file = dir / "BENCHMARKS.md";
    stallcast::io::writeFileAtomically(file, "# B\n\n" + section("old") + "\n");
    replaceMarkedSection(file, kBegin, kEnd, section("new"));
    CHECK(stallcast::io::readWholeFile(file) == "# B\n\n" + section("new") + "\n");

    stallcast::io::writeFileAtomically(file, "# B\n\n" + section("old"));
    replaceMarkedSection(file, kBegin, kEnd, section("new"));
    CHECK(stallcast::io::readWholeFile(file) == "# B\n\n" + section("new"));
}

TEST_CASE("bench markdown: without markers the section is appended after a blank line, and a "
          "missing file is created",
          "[bench][markdown]")
{
    stallcast::test::TempDir dir;
    const auto file = dir / "BENCHMARKS.md";
    stallcast::io::writeFileAtomically(file, "# B\n\nOther text.");
    replaceMarkedSection(file, kBegin, kEnd, section("first"));
    CHECK(stallcast::io::readWholeFile(file) == "# B\n\nOther text.\n\n" + section("first") + "\n");

    const auto fresh = dir / "docs" / "NEW.md";
    replaceMarkedSection(fresh, kBegin, kEnd, section("first"));
    CHECK(stallcast::io::readWholeFile(fresh) == "# Benchmarks\n\n" + section("first") + "\n");
}
