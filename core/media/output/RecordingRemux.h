#pragma once

// After a show: the Matroska recording (crash-safe while recording) remuxed into an MP4 that
// phones and marketplaces accept. Packets are copied, not re-encoded.

#include <filesystem>

namespace stallcast::media {

// Writes `mp4` from `recording` (written to a temporary name beside it, then renamed, so a
// failure never leaves a half file under the final name; "faststart": the index goes first).
// Throws std::runtime_error saying which file and what failed.
void remuxToMp4(const std::filesystem::path &recording, const std::filesystem::path &mp4);

} // namespace stallcast::media
