#pragma once

#include "inventory/Product.h"

#include <QDialog>

#include <cstdint>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stallcast::ui {

// A flash sale as the merchant asks for it: plain data for whoever runs sales (the order book).
struct FlashSale {
    QString sku;
    std::int64_t price = 0; // minor units of the product's currency, below its list price
    QString currency;
    int minutes = 10;
    int quantity = 1;    // units offered at the sale price
    int perBuyerCap = 0; // 0: no cap
};

// Asks for a flash sale's price, length, quantity and per-buyer cap; OK only when they are valid
// (the reason is shown under the fields).
class FlashSaleDialog final : public QDialog {
    Q_OBJECT
public:
    FlashSaleDialog(const inventory::Product &product, QWidget *parent = nullptr);

    FlashSale sale() const;
    // Why the current values cannot be used, or "" when they can.
    QString problem() const;

    QLineEdit *priceEdit() const { return m_price; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QSpinBox *quantitySpin() const { return m_quantity; }
    QSpinBox *capSpin() const { return m_cap; }

private:
    void revalidate();

    inventory::Product m_product;
    QLineEdit *m_price;
    QSpinBox *m_minutes;
    QSpinBox *m_quantity;
    QSpinBox *m_cap;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace stallcast::ui
