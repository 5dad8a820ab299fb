#include "FlashSaleDialog.h"

#include "MoneyText.h"
#include "money/Money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <optional>

namespace stallcast::ui {

namespace {

std::optional<std::int64_t> parsePrice(const QString &text, const std::string &currencyCode,
                                       QString *error)
{
    const auto currency = findCurrency(currencyCode);
    if (!currency) {
        *error = FlashSaleDialog::tr("the product's currency %1 is unknown")
                     .arg(QString::fromStdString(currencyCode));
        return std::nullopt;
    }
    try {
        return parseMajorAmount(text.toStdString(), *currency);
    } catch (const AmountError &e) {
        *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

} // namespace

FlashSaleDialog::FlashSaleDialog(const inventory::Product &product, QWidget *parent)
    : QDialog(parent), m_product(product), m_price(new QLineEdit(this)),
      m_minutes(new QSpinBox(this)), m_quantity(new QSpinBox(this)), m_cap(new QSpinBox(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("flashSaleDialog"));
    setWindowTitle(tr("Flash sale: %1").arg(QString::fromStdString(product.name)));
    m_price->setObjectName(QStringLiteral("salePrice"));
    m_price->setPlaceholderText(tr("below %1").arg(moneyText(product.price, product.currency)));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    const int available = static_cast<int>(std::clamp<std::int64_t>(product.available(), 0, 1'000'000));
    m_quantity->setRange(1, std::max(1, available));
    m_quantity->setValue(std::max(1, available));
    m_cap->setRange(0, 1'000'000);
    m_cap->setSpecialValueText(tr("no cap"));
    m_problem->setObjectName(QStringLiteral("flashSaleProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start sale"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Sale price (%1):").arg(QString::fromStdString(product.currency)), m_price);
    form->addRow(tr("Runs for:"), m_minutes);
    form->addRow(tr("Units at this price:"), m_quantity);
    form->addRow(tr("Per buyer:"), m_cap);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_price, &QLineEdit::textChanged, this, &FlashSaleDialog::revalidate);
    connect(m_quantity, &QSpinBox::valueChanged, this, &FlashSaleDialog::revalidate);
    connect(m_cap, &QSpinBox::valueChanged, this, &FlashSaleDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QString FlashSaleDialog::problem() const
{
    if (m_price->text().trimmed().isEmpty())
        return tr("Sale price: enter the price buyers pay during the sale.");
    QString error;
    const auto price = parsePrice(m_price->text(), m_product.currency, &error);
    if (!price)
        return tr("Sale price: %1").arg(error);
    if (*price <= 0 || *price >= m_product.price)
        return tr("Sale price: must be above zero and below the list price %1.")
            .arg(moneyText(m_product.price, m_product.currency));
    if (m_product.available() <= 0)
        return tr("Units: the product is sold out.");
    if (m_cap->value() > m_quantity->value())
        return tr("Per buyer: the cap cannot be above the units on sale.");
    return {};
}

void FlashSaleDialog::revalidate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

FlashSale FlashSaleDialog::sale() const
{
    FlashSale s;
    s.sku = QString::fromStdString(m_product.sku);
    QString error;
    s.price = parsePrice(m_price->text(), m_product.currency, &error).value_or(0);
    s.currency = QString::fromStdString(m_product.currency);
    s.minutes = m_minutes->value();
    s.quantity = m_quantity->value();
    s.perBuyerCap = m_cap->value();
    return s;
}

} // namespace stallcast::ui
