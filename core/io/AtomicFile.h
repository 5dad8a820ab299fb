#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace stallcast::io {

// Reads a whole file; throws std::runtime_error naming the file when it cannot.
std::string readWholeFile(const std::filesystem::path &file);

// Writes a file so that readers see either the old or the complete new content: the data goes to
// a temporary file beside it, is flushed to disk, and is renamed over the target.
void writeFileAtomically(const std::filesystem::path &file, std::string_view content);

} // namespace stallcast::io
