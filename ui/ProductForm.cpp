#include "ProductForm.h"

#include "ProductPhotos.h"
#include "common/FieldError.h"
#include "money/Money.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace stallcast::ui {

namespace {

constexpr int kPhotoPixels = 96;
const QString kErrorStyle = QStringLiteral("border: 2px solid #b01c1c;");

std::string utf8(const QLineEdit *edit)
{
    return edit->text().trimmed().toStdString();
}

std::int64_t amount(const QLineEdit *edit, const std::string &field, const Currency &currency)
{
    try {
        return parseMajorAmount(utf8(edit), currency);
    } catch (const AmountError &e) {
        throw FieldError(field, e.what());
    }
}

QString majorText(std::int64_t minor, const std::string &currencyCode)
{
    const auto currency = findCurrency(currencyCode);
    return currency ? QString::fromStdString(formatMajorAmount(minor, *currency))
                    : QString::number(minor);
}

} // namespace

ProductForm::ProductForm(ProductPhotos *photos, QWidget *parent)
    : QWidget(parent), m_photos(photos), m_description(new QPlainTextEdit(this)),
      m_stock(new QSpinBox(this)), m_limit(new QSpinBox(this)), m_photo(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("productForm"));
    auto *form = new QFormLayout(this);
    const auto addField = [&](const std::string &name, const QString &label,
                              const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromStdString("field_" + name));
        edit->setPlaceholderText(placeholder);
        m_fields[name] = edit;
        form->addRow(label, edit);
    };
    addField("sku", tr("SKU:"), tr("unique, e.g. JEJU-TANGERINE-3KG"));
    addField("code", tr("Code:"), tr("what viewers type, e.g. A1"));
    addField("name", tr("Name:"), QString());
    form->addRow(tr("Description:"), m_description);
    m_description->setMaximumHeight(70);
    addField("currency", tr("Currency:"), tr("ISO 4217, e.g. KRW"));
    addField("price", tr("Price:"), tr("e.g. 25000 or 12.50"));
    addField("sale_price", tr("Sale price:"), tr("optional, below the price"));
    addField("unit", tr("Unit:"), tr("e.g. 3 kg box"));
    m_stock->setRange(0, static_cast<int>(inventory::kMaxQuantity));
    m_stock->setObjectName(QStringLiteral("field_stock"));
    form->addRow(tr("Stock on hand:"), m_stock);
    m_limit->setRange(0, 1'000'000);
    m_limit->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Per buyer:"), m_limit);
    addField("origin", tr("Origin:"), QString());
    addField("farm", tr("Farm:"), QString());
    addField("harvest_date", tr("Harvested:"), tr("YYYY-MM-DD"));

    auto *choose = new QPushButton(tr("Choose photo…"), this);
    choose->setObjectName(QStringLiteral("choosePhotoButton"));
    auto *clear = new QPushButton(tr("No photo"), this);
    m_photo->setFixedSize(kPhotoPixels, kPhotoPixels);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addWidget(choose);
    photoRow->addWidget(clear);
    photoRow->addStretch(1);
    form->addRow(tr("Photo:"), photoRow);
    m_error->setObjectName(QStringLiteral("productError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->setWordWrap(true);
    form->addRow(m_error);

    connect(choose, &QPushButton::clicked, this, &ProductForm::choosePhotoRequested);
    connect(clear, &QPushButton::clicked, this, [this] { setImage({}); });
    if (m_photos)
        connect(m_photos, &ProductPhotos::thumbnailReady, this, [this](const QString &image) {
            if (image == m_image)
                showPhoto();
        });
    setProduct(std::nullopt);
}

QLineEdit *ProductForm::field(const std::string &name) const
{
    const auto it = m_fields.find(name);
    return it == m_fields.end() ? nullptr : it->second;
}

void ProductForm::setProduct(const std::optional<inventory::Product> &product)
{
    m_original = product;
    const inventory::Product p = product.value_or(inventory::Product{});
    const auto set = [&](const std::string &name, const std::string &value) {
        m_fields.at(name)->setText(QString::fromStdString(value));
    };
    set("sku", p.sku);
    m_fields.at("sku")->setReadOnly(product.has_value());
    set("code", p.code);
    set("name", p.name);
    m_description->setPlainText(QString::fromStdString(p.description));
    set("currency", product ? p.currency : std::string());
    m_fields.at("price")->setText(product ? majorText(p.price, p.currency) : QString());
    m_fields.at("sale_price")->setText(p.salePrice ? majorText(*p.salePrice, p.currency)
                                                   : QString());
    set("unit", p.unit);
    m_stock->setValue(static_cast<int>(p.onHand));
    m_limit->setValue(static_cast<int>(p.perBuyerLimit.value_or(0)));
    set("origin", p.origin);
    set("farm", p.farm);
    set("harvest_date", p.harvestDate.value_or(""));
    setImage(QString::fromStdString(p.image));
    showError({}, {});
}

ProductForm::Edited ProductForm::edited() const
{
    Edited e;
    inventory::Product &p = e.product;
    if (m_original)
        p = *m_original;
    p.sku = utf8(m_fields.at("sku"));
    p.code = utf8(m_fields.at("code"));
    p.name = utf8(m_fields.at("name"));
    p.description = m_description->toPlainText().trimmed().toStdString();
    p.currency = QString::fromStdString(utf8(m_fields.at("currency"))).toUpper().toStdString();
    const auto currency = findCurrency(p.currency);
    if (!currency)
        throw FieldError("currency", p.currency.empty()
                                         ? std::string("is empty")
                                         : "\"" + p.currency + "\" is not an ISO 4217 currency code");
    p.price = amount(m_fields.at("price"), "price", *currency);
    if (utf8(m_fields.at("sale_price")).empty())
        p.salePrice.reset();
    else
        p.salePrice = amount(m_fields.at("sale_price"), "sale_price", *currency);
    p.unit = utf8(m_fields.at("unit"));
    p.origin = utf8(m_fields.at("origin"));
    p.farm = utf8(m_fields.at("farm"));
    const auto harvest = utf8(m_fields.at("harvest_date"));
    p.harvestDate = harvest.empty() ? std::nullopt : std::optional<std::string>(harvest);
    p.perBuyerLimit = m_limit->value() > 0 ? std::optional<std::int64_t>(m_limit->value())
                                           : std::nullopt;
    p.image = m_image.toStdString();
    if (!m_original || m_stock->value() != m_original->onHand)
        e.stockTarget = m_stock->value();
    inventory::validateProduct(p);
    return e;
}

void ProductForm::showError(const std::string &fieldName, const QString &message)
{
    for (auto &[name, edit] : m_fields)
        edit->setStyleSheet(name == fieldName ? kErrorStyle : QString());
    m_stock->setStyleSheet(fieldName == "stock" ? kErrorStyle : QString());
    m_error->setText(message);
}

void ProductForm::setImage(const QString &image)
{
    m_image = image;
    showPhoto();
}

void ProductForm::showPhoto()
{
    const QPixmap pixmap = m_photos && !m_image.isEmpty() ? m_photos->thumbnail(m_image) : QPixmap();
    if (pixmap.isNull()) {
        m_photo->setPixmap({});
        m_photo->setText(m_image.isEmpty() ? tr("no photo") : tr("loading…"));
    } else {
        m_photo->setPixmap(pixmap.scaled(kPhotoPixels, kPhotoPixels, Qt::KeepAspectRatio,
                                         Qt::SmoothTransformation));
    }
}

} // namespace stallcast::ui
