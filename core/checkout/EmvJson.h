#pragma once

#include "checkout/EmvParser.h"

#include <string>

namespace stallcast::checkout {

// The parse of an EMVCo payload as indented JSON, for `stallcast qr --decode`:
// {"valid", "scheme", "crc": {"stated", "computed", "valid"}, "error" (when the structure is
// broken), "fields": [{"id", "name", "value", "fields" (templates)}]}.
std::string emvParseToJson(const EmvParseResult &parsed);

} // namespace stallcast::checkout
