#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stallcast::checkout {

// Number of Unicode code points in UTF-8 text; nullopt when the bytes are not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are invalid). EMVCo lengths count
// characters, not bytes.
std::optional<std::size_t> utf8Length(std::string_view text);

// How many bytes the first `characters` code points of text take; nullopt when text holds fewer
// code points or is not valid UTF-8 up to there.
std::optional<std::size_t> utf8PrefixBytes(std::string_view text, std::size_t characters);

// True when text contains a C0 control character or DEL (a payment field never needs one).
bool hasControlCharacter(std::string_view text);

// A payment text field (name, note, reference): valid UTF-8, no control character, at most
// maxLength characters. Throws FieldError(field, ...) naming the rule; `standard` (e.g.
// "EPC069-12") is quoted in the length message when given.
void checkPaymentText(std::string_view value, const std::string &field, std::size_t maxLength,
                      std::string_view standard = {});

} // namespace stallcast::checkout
