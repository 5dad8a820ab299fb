#pragma once

#include "claims/ClaimKeywords.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::claims {

// A comment that is a claim (docs/CLAIMS.md, "Grammar").
struct ParsedClaim {
    std::string code;       // the on-stream product code, upper case ("A1")
    std::int64_t qty = 1;   // 1..kMaxClaimQuantity
    std::string variant;    // the words after the quantity, lower case, single-spaced ("large")
    std::string mention;    // "@handle" at the start (manual entry names the buyer), without '@'
};

inline constexpr std::int64_t kMaxClaimQuantity = 999;

// Recognises claims in chat comments: "SOLD A1 2", "구매 A1 2개", "买A1 2", "CF A1", "+1 A1",
// "A1 2 구매", "SOLD A1 2 large", with case, full-width characters and extra spaces tolerated.
// Everything else is not a claim: questions ("is A1 sold out?"), chatter, a keyword without a
// product code, more than three words after the code. Immutable after construction:
// thread-safe.
class ClaimParser final {
public:
    explicit ClaimParser(const std::vector<ClaimKeywords> &keywords = defaultClaimKeywords(),
                         const std::vector<std::string> &units = defaultQuantityUnits());

    std::optional<ParsedClaim> parse(std::string_view comment) const;

private:
    struct Keyword {
        QString text;
        bool needsSpace; // Latin keywords need a space before the code; CJK and Thai do not
        QStringList words; // text split at spaces, once ("ADD TO CART" is three tokens)
    };
    std::optional<ParsedClaim> parseTokens(const QStringList &tokens, QString mention) const;
    // Splits a keyword glued to what follows ("买A1") when the keyword allows it.
    QStringList splitGluedKeyword(const QStringList &tokens) const;
    bool isKeyword(const QStringList &tokens, qsizetype at, qsizetype &length) const;
    std::optional<std::int64_t> quantity(const QStringList &tokens, qsizetype &at) const;

    std::vector<Keyword> m_keywords; // longest first
    std::vector<QString> m_units;    // longest first
};

} // namespace stallcast::claims
