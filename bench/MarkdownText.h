#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace stallcast::bench {

// Text for the generated sections of docs/BENCHMARKS.md.
std::string format(const char *pattern, double value); // printf with one double
std::string withThousands(double value);               // 12345.6 -> "12,346"
std::string utcNow();                                  // "2026-11-22 11:30 UTC"

// Replaces the part of the file from `begin` to `end` (markers included, nothing after them)
// with `section`, or appends it after a blank line when the markers are missing; creates the
// file when missing. Atomic.
void replaceMarkedSection(const std::filesystem::path &file, std::string_view begin,
                          std::string_view end, const std::string &section);

} // namespace stallcast::bench
