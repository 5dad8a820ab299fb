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
