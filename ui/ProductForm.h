#pragma once

#include "inventory/Product.h"

#include <QString>
#include <QWidget>

#include <map>
#include <optional>
#include <string>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace stallcast::ui {

class ProductPhotos;

// One product's fields for the catalogue editor. Each field is named as in the catalogue CSV
// ("sku", "price", "sale_price", "harvest_date"...), so a FieldError from the core lands on the
// widget it is about (outlined in red, its message under the form).
class ProductForm final : public QWidget {
    Q_OBJECT
public:
    ProductForm(ProductPhotos *photos, QWidget *parent = nullptr);

    // Shows a product (an existing one: its SKU is fixed) or, with nullopt, an empty new one.
    void setProduct(const std::optional<inventory::Product> &product);
    bool isNew() const { return !m_original.has_value(); }
    const std::optional<inventory::Product> &original() const { return m_original; }

    struct Edited {
        inventory::Product product;
        std::optional<std::int64_t> stockTarget; // set when the stock figure was changed
    };
    // The product as typed. Throws FieldError naming the field that is wrong.
    Edited edited() const;

    // Shows a FieldError on its field; an empty field clears the marks.
    void showError(const std::string &field, const QString &message);
    // Sets the photo (a path relative to the shop folder, or absolute).
    void setImage(const QString &image);

    QLineEdit *field(const std::string &name) const;
    QSpinBox *stockSpin() const { return m_stock; }

signals:
    void choosePhotoRequested();

private:
    void showPhoto();

    ProductPhotos *m_photos;
    std::optional<inventory::Product> m_original;
    std::map<std::string, QLineEdit *> m_fields;
    QPlainTextEdit *m_description;
    QSpinBox *m_stock;
    QSpinBox *m_limit;
    QLabel *m_photo;
    QLabel *m_error;
    QString m_image;
};

} // namespace stallcast::ui
