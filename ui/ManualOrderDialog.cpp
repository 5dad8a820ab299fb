#include "ManualOrderDialog.h"

#include "MoneyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace stallcast::ui {

ManualOrderDialog::ManualOrderDialog(std::vector<inventory::Product> products, QWidget *parent)
    : QDialog(parent), m_buyer(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_address(new QLineEdit(this)), m_product(new QComboBox(this)),
      m_qty(new QSpinBox(this)), m_lineList(new QListWidget(this)), m_paid(new QCheckBox(this)),
      m_claim(new QLineEdit(this)), m_note(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("manualOrderDialog"));
    setWindowTitle(tr("New order"));
    std::copy_if(products.begin(), products.end(), std::back_inserter(m_products),
                 [](const auto &p) { return p.active; });
    for (const auto &p : m_products)
        m_product->addItem(tr("%1 %2 · %3 · %4 left")
                               .arg(QString::fromStdString(p.code), QString::fromStdString(p.name),
                                    moneyText(p.effectivePrice(), p.currency))
                               .arg(p.available())
                               .trimmed(),
                           QString::fromStdString(p.sku));
    m_qty->setRange(1, 9999);
    m_buyer->setObjectName(QStringLiteral("buyerHandle"));
    m_buyer->setPlaceholderText(tr("chat handle or phone: per-buyer limits count by it"));
    m_paid->setText(tr("Paid already (otherwise the stock is reserved until it is paid)"));
    m_claim->setPlaceholderText(tr("optional: the claim code this order pays"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Place order"));

    auto *add = new QPushButton(tr("Add"), this);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_product, 1);
    pick->addWidget(m_qty);
    pick->addWidget(add);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Buyer:"), m_buyer);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Product:"), pick);
    form->addRow(tr("Lines:"), m_lineList);
    form->addRow(QString(), m_paid);
    form->addRow(tr("Claim code:"), m_claim);
    form->addRow(tr("Note:"), m_note);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(add, &QPushButton::clicked, this, &ManualOrderDialog::addSelectedLine);
    connect(m_buyer, &QLineEdit::textChanged, this, &ManualOrderDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void ManualOrderDialog::addLine(const QString &sku, int qty)
{
    const int index = m_product->findData(sku);
    if (index < 0)
        return;
    m_product->setCurrentIndex(index);
    m_qty->setValue(qty);
    addSelectedLine();
}

void ManualOrderDialog::addSelectedLine()
{
    const int index = m_product->currentIndex();
    if (index < 0)
        return;
    const std::string sku = m_product->currentData().toString().toStdString();
    const auto qty = static_cast<std::int64_t>(m_qty->value());
    const auto it = std::find_if(m_lines.begin(), m_lines.end(),
                                 [&](const auto &l) { return l.sku == sku; });
    if (it != m_lines.end())
        it->qty += qty;
    else
        m_lines.push_back({sku, qty, std::nullopt});
    m_lineList->clear();
    for (const auto &line : m_lines) {
        const auto product = std::find_if(m_products.begin(), m_products.end(),
                                          [&](const auto &p) { return p.sku == line.sku; });
        m_lineList->addItem(QStringLiteral("%1 × %2")
                                .arg(QString::fromStdString(product->name))
                                .arg(line.qty));
    }
    revalidate();
}

void ManualOrderDialog::revalidate()
{
    QString why;
    if (m_lines.empty())
        why = tr("Add at least one product.");
    else if (m_buyer->text().trimmed().isEmpty())
        why = tr("Buyer: enter who ordered (their handle or phone).");
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

orders::OrderRequest ManualOrderDialog::request() const
{
    orders::OrderRequest r;
    r.source = "manual";
    r.actor = "studio";
    r.buyer = {m_buyer->text().trimmed().toStdString(), m_name->text().trimmed().toStdString(),
               m_phone->text().trimmed().toStdString(), m_address->text().trimmed().toStdString()};
    r.lines = m_lines;
    r.paid = m_paid->isChecked();
    r.note = m_note->text().trimmed().toStdString();
    return r;
}

QString ManualOrderDialog::claim() const
{
    return m_claim->text().trimmed();
}

} // namespace stallcast::ui
