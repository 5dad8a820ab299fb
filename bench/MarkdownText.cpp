#include "MarkdownText.h"

#include "io/AtomicFile.h"

#include <cstdio>
#include <ctime>

namespace stallcast::bench {

std::string format(const char *pattern, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string withThousands(double value)
{
    std::string digits = std::to_string(static_cast<long long>(value + 0.5));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &parts);
    return text;
}

void replaceMarkedSection(const std::filesystem::path &file, std::string_view begin,
                          std::string_view end, const std::string &section)
{
    std::string content;
    if (std::filesystem::exists(file))
        content = io::readWholeFile(file);
    else
        content = "# Benchmarks\n\n";
    const auto from = content.find(begin);
    const auto to = from == std::string::npos ? std::string::npos : content.find(end, from);
    if (from != std::string::npos && to != std::string::npos) {
        // Only the markers and what is between them: the text after the end marker (its
        // newline, the blank line before the next heading) stays as it was. A section that
        // brings its own newline after the marker would add one more on every run.
        std::string_view replacement = section;
        if (replacement.ends_with('\n') && replacement.substr(0, replacement.size() - 1).ends_with(end))
            replacement.remove_suffix(1);
        content.replace(from, to + end.size() - from, replacement);
    } else {
        // One blank line before the appended section, and a newline at the end of the file.
        while (!content.empty() && !content.ends_with("\n\n"))
            content += "\n";
        content += section + "\n";
    }
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path());
    io::writeFileAtomically(file, content);
}

} // namespace stallcast::bench
