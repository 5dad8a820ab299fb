#include "inventory/Product.h"

#include "common/FieldError.h"
#include "common/TextKey.h"
#include "money/Currency.h"

#include <chrono>

namespace stallcast::inventory {

namespace {

bool validIsoDate(const std::string &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return false;
    const int y = std::stoi(text.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
    return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m},
                                       std::chrono::day{d}}
        .ok();
}

bool validCode(const std::string &code)
{
    if (code.size() > 16)
        return false;
    for (char c : code) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                        || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

void validateProduct(const Product &p)
{
    if (foldedKey(p.sku).empty())
        throw FieldError("sku", "is empty");
    if (!isSingleLineText(p.sku))
        throw FieldError("sku", "contains control characters or invalid UTF-8");
    if (p.sku.size() > 64)
        throw FieldError("sku", "is longer than 64 bytes");
    if (!validCode(p.code))
        throw FieldError("code", "\"" + p.code
                                     + "\" must be up to 16 letters, digits, '-' or '_' (e.g. A1)");
    if (foldedKey(p.name).empty())
        throw FieldError("name", "is empty");
    if (!isSingleLineText(p.name))
        throw FieldError("name", "contains control characters or invalid UTF-8");
    if (!findCurrency(p.currency))
        throw FieldError("currency", "\"" + p.currency + "\" is not an ISO 4217 currency code");
    if (p.price < 0)
        throw FieldError("price", "is negative");
    if (p.salePrice) {
        if (*p.salePrice < 0)
            throw FieldError("sale_price", "is negative");
        if (*p.salePrice >= p.price)
            throw FieldError("sale_price", "must be lower than price");
    }
    if (p.harvestDate && !validIsoDate(*p.harvestDate))
        throw FieldError("harvest_date", "\"" + *p.harvestDate
                                             + "\" is not a date in the form YYYY-MM-DD");
    if (p.perBuyerLimit && *p.perBuyerLimit <= 0)
        throw FieldError("per_buyer_limit", "must be a positive whole number");
    for (const auto *field : {&p.unit, &p.origin, &p.farm, &p.image})
        if (!isSingleLineText(*field))
            throw FieldError(field == &p.unit     ? "unit"
                             : field == &p.origin ? "origin"
                             : field == &p.farm   ? "farm"
                                                  : "image",
                             "contains control characters or invalid UTF-8");
    if (p.onHand < 0)
        throw FieldError("stock", "is negative");
}

} // namespace stallcast::inventory
