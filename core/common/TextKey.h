#pragma once

#include <string>
#include <string_view>

namespace stallcast {

// The comparison key for identifiers people type (SKUs, on-stream codes, buyer handles):
// Unicode NFKC (so full-width "Ａ１" equals "A1"), case-folded, surrounding spaces trimmed.
std::string foldedKey(std::string_view utf8);

// True when the text is valid UTF-8 with no control characters (tabs and newlines included) and
// no Unicode line or paragraph separators (U+2028, U+2029).
bool isSingleLineText(std::string_view utf8);

} // namespace stallcast
