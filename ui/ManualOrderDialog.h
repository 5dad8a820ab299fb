#pragma once

#include "inventory/Product.h"
#include "orders/Order.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace stallcast::ui {

// A phone or direct-message order typed in by the merchant: buyer, lines picked from the shelf,
// paid or not, an optional claim code. The order goes through the same intake as webhooks and
// `stallcast orders add`.
class ManualOrderDialog final : public QDialog {
    Q_OBJECT
public:
    ManualOrderDialog(std::vector<inventory::Product> products, QWidget *parent = nullptr);

    orders::OrderRequest request() const;
    QString claim() const;

    // For tests: pick a product by SKU and quantity and add the line.
    void addLine(const QString &sku, int qty);
    QLineEdit *buyerEdit() const { return m_buyer; }
    QCheckBox *paidBox() const { return m_paid; }

private:
    void addSelectedLine();
    void revalidate();

    std::vector<inventory::Product> m_products; // active ones
    std::vector<orders::OrderLineRequest> m_lines;
    QLineEdit *m_buyer;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QComboBox *m_product;
    QSpinBox *m_qty;
    QListWidget *m_lineList;
    QCheckBox *m_paid;
    QLineEdit *m_claim;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace stallcast::ui
