#pragma once

#include <string>
#include <vector>

namespace stallcast::claims {

// The words that make a comment a claim, per language. Merchants add their own (a shop's
// regulars may write "ORDER" or "찜"); the defaults are what sellers in each market see.
// Matching is after Unicode NFKC and upper-casing, so "sold", "Sold" and "ＳＯＬＤ" are one.
struct ClaimKeywords {
    std::string language; // BCP 47 tag ("en", "ko", ...), for the settings page
    std::vector<std::string> words;
};

// English, Korean, Chinese, Thai, Portuguese, Indonesian.
std::vector<ClaimKeywords> defaultClaimKeywords();

// Quantity units written after the number ("2개", "2 pcs", "2個"), per the same languages.
std::vector<std::string> defaultQuantityUnits();

} // namespace stallcast::claims
