#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace stallcast::feed {

using NumberTexts = std::map<std::string, std::string>;

// Every number in a JSON document as it was written, by path ("line_items[0].price"), so that
// money sent as a JSON number (WooCommerce's "price": 12.5) can be read from its text exactly
// instead of through QJsonValue's double. Keys are unescaped; for a repeated key the last one
// wins. nullopt when the text is not well-formed JSON or nests deeper than maxDepth. Meant to
// run after QJsonDocument accepted the same text; callers cross-check the two.
std::optional<std::map<std::string, std::string>> jsonNumberTexts(std::string_view json,
                                                                  int maxDepth = 256);

// Where the same scanner stops in text it does not accept: the offset of the byte it could not
// take (json.size() when the text ends too early); nullopt when it accepts the text. For error
// messages only: it does not check UTF-8.
std::optional<std::size_t> jsonRejectedAt(std::string_view json, int maxDepth = 256);

} // namespace stallcast::feed
