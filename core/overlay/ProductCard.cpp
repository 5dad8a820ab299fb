#include "overlay/ProductCard.h"

#include <utility>

namespace stallcast::overlay {

ProductCard cardFromProduct(const inventory::Product &product, std::string qrPayload)
{
    ProductCard card;
    card.code = product.code;
    card.name = product.name;
    card.unit = product.unit;
    card.origin = product.origin;
    card.farm = product.farm;
    card.harvestDate = product.harvestDate;
    card.photoPath = product.image;
    card.price = product.price;
    card.salePrice = product.salePrice;
    card.currency = product.currency;
    card.available = product.available();
    card.qrPayload = std::move(qrPayload);
    return card;
}

std::string stockText(const ProductCard &card)
{
    if (card.soldOut())
        return "SOLD OUT";
    return std::to_string(card.available) + " left";
}

std::string flashText(const ProductCard &card)
{
    switch (card.flashState()) {
    case FlashState::None:
        return {};
    case FlashState::Ended:
        return "FLASH SALE ENDED";
    case FlashState::SoldOut:
        return "FLASH SALE SOLD OUT";
    case FlashState::Running:
        break;
    }
    const auto &f = *card.flashSale;
    const auto two = [](std::int64_t v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    std::string text = "FLASH " + (f.secondsLeft >= 3600 ? std::to_string(f.secondsLeft / 3600) + ":" : "")
                       + two(f.secondsLeft / 60 % 60) + ":" + two(f.secondsLeft % 60) + " \xC2\xB7 "
                       + std::to_string(f.sold) + "/" + std::to_string(f.quantity) + " sold";
    if (f.perBuyerCap > 0)
        text += " \xC2\xB7 max " + std::to_string(f.perBuyerCap) + " each";
    return text;
}

std::string provenanceText(const ProductCard &card)
{
    std::string text;
    const auto add = [&text](const std::string &part) {
        if (part.empty())
            return;
        if (!text.empty())
            text += ", ";
        text += part;
    };
    add(card.origin);
    add(card.farm);
    if (card.harvestDate)
        add("harvested " + *card.harvestDate);
    return text;
}

} // namespace stallcast::overlay
