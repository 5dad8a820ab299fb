#include "orders/ClaimRun.h"

#include "common/TextKey.h"
#include "inventory/ProductTable.h"
#include "inventory/StockLedger.h"
#include "orders/FlashPricing.h"
#include "orders/FlashSaleTable.h"
#include "orders/HoldBook.h"
#include "orders/HoldRows.h"
#include "orders/Order.h"
#include "orders/OrderTable.h"
#include "orders/Waitlist.h"

#include "db/SqliteConnection.h"

#include <stdexcept>

namespace stallcast::orders {

using inventory::ProductTable;
using inventory::StockLedger;
using inventory::StockReason;

ClaimRun::Known *ClaimRun::lookUp(const std::string &codeOrSku)
{
    auto key = foldedKey(codeOrSku);
    if (const auto id = m_idByKey.find(key); id != m_idByKey.end())
        return id->second == 0 ? nullptr : &m_products.at(id->second);
    auto product = ProductTable::findByCode(m_conn, codeOrSku);
    if (!product)
        product = ProductTable::findBySku(m_conn, codeOrSku);
    if (!product) {
        m_idByKey.emplace(std::move(key), 0);
        return nullptr;
    }
    const auto id = product->id;
    m_idByKey.emplace(std::move(key), id);
    // Asked for before under another name: keep that entry (it has this run's holds in it).
    return &m_products.try_emplace(id, Known{std::move(*product), false, std::nullopt}).first->second;
}

ClaimResult ClaimRun::claim(const ClaimRequest &req, std::int64_t now)
{
    using R = OrderRejected::Reason;
    if (req.qty <= 0 || req.qty > inventory::kMaxQuantity)
        throw OrderRejected(R::Invalid, "qty: must be between 1 and "
                                            + std::to_string(inventory::kMaxQuantity));
    if (req.ttlMs <= 0 || req.ttlMs > kMaxHoldTtlMs)
        throw OrderRejected(R::Invalid, "ttl: must be more than 0 and at most 7 days");
    const std::string buyerKey = foldedKey(req.buyer);
    if (buyerKey.empty())
        throw OrderRejected(R::Invalid, "buyer: a claim needs a buyer handle");
    Known *known = lookUp(req.product);
    if (!known)
        throw OrderRejected(R::UnknownProduct, "product: no product with code or SKU \""
                                                   + req.product + "\"");
    inventory::Product &product = known->product;
    if (!product.active)
        throw OrderRejected(R::Inactive, "product: " + product.sku + " is archived");
    if (product.perBuyerLimit) {
        const auto already = OrderTable::unitsForBuyer(m_conn, product.id, buyerKey);
        if (already + req.qty > *product.perBuyerLimit)
            throw OrderRejected(R::OverLimit,
                                "qty: " + product.sku + " is limited to "
                                    + std::to_string(*product.perBuyerLimit) + " per buyer; "
                                    + req.buyer + " already has " + std::to_string(already));
    }
    // Stock may have come back since the last sweep: serve the people already waiting
    // first. Whoever is still waiting after that wants more than is available, so this
    // claim gets the stock if it fits (the same rule the waitlist follows). Once per run: see
    // the class comment.
    if (!known->waitlistServed) {
        known->waitlistServed = true;
        if (!Waitlist::promote(m_conn, product, now).empty())
            if (auto reread = ProductTable::findById(m_conn, product.id)) // waiters took stock
                product = std::move(*reread);
    }
    // Decided from the product row read in this transaction (it holds the write lock, so the
    // row is current): a refusal writes nothing, and a hold is written once, in its state.
    const bool fits = product.available() >= req.qty;
    if (!fits && !req.waitlist)
        throw OrderRejected(R::OutOfStock, "qty: " + product.sku + " has "
                                               + std::to_string(product.available())
                                               + " available, " + std::to_string(req.qty)
                                               + " wanted");
    Hold hold;
    hold.productId = product.id;
    hold.sku = product.sku;
    hold.buyer = req.buyer;
    hold.qty = req.qty;
    hold.status = fits ? HoldStatus::Active : HoldStatus::Waiting;
    hold.claimRef = req.claimRef;
    hold.ttlMs = req.ttlMs;
    hold.createdMs = now;
    // Claimed during a flash sale: the units the sale has left (within the buyer's cap) are the
    // flash price's, waiting or not: claims are served in arrival order.
    FlashPricing::Allotment flash;
    if (!known->noSaleSince || now < *known->noSaleSince) {
        if (FlashSaleTable::live(m_conn, product.id, now))
            flash = FlashPricing(m_conn, buyerKey, now).allot(product, req.qty);
        else
            known->noSaleSince = now;
    }
    if (flash.saleId) {
        hold.flashSaleId = flash.saleId;
        hold.flashUnits = flash.units;
        hold.flashPrice = flash.price;
    }
    if (fits) {
        hold.activatedMs = now;
        hold.expiresMs = now + req.ttlMs;
    }
    m_conn
        .prepare("INSERT INTO holds (product_id, buyer_handle, buyer_key, qty, status, "
                 "claim_ref, ttl_ms, created_ms, activated_ms, expires_ms, flash_sale_id, "
                 "flash_units, flash_price) VALUES "
                 "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        .bind(1, hold.productId)
        .bind(2, hold.buyer)
        .bind(3, buyerKey)
        .bind(4, hold.qty)
        .bind(5, toString(hold.status))
        .bind(6, hold.claimRef)
        .bind(7, hold.ttlMs)
        .bind(8, now)
        .bind(9, hold.activatedMs)
        .bind(10, hold.expiresMs)
        .bind(11, hold.flashSaleId)
        .bind(12, hold.flashUnits)
        .bind(13, hold.flashPrice)
        .run();
    hold.id = m_conn.lastInsertRowId();
    if (hold.flashSaleId)
        FlashSaleTable::addCounted(m_conn, *hold.flashSaleId, hold.flashUnits);
    if (fits) {
        // `fits` was decided from the held count this run keeps: the bound holds.
        m_ledger.add({product.id, StockReason::Hold, 0, req.qty, req.buyer,
                      holdrows::reference(hold.id), now});
        product.held += req.qty;
    }
    return ClaimResult{std::move(hold), !fits};
}

void ClaimRun::finish()
{
    m_ledger.flush();
}

} // namespace stallcast::orders
