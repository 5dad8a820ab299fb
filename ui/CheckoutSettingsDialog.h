#pragma once

#include "CheckoutSettings.h"

#include <QDialog>
#include <QImage>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QWidget;

namespace stallcast::ui {

class SecretStore;

// Settings › Checkout: a signed checkout link (URL template + signing secret, the secret kept in
// the SecretStore) or a payment QR profile (Pix, PromptPay, PayNow, SEPA, UPI — the fields of
// `stallcast qr`). A live preview of the QR, built on the thread pool as the merchant types, with
// a "test scan" hint; a refused field is named with its rule and outlined. Saves only what builds.
class CheckoutSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    // `sampleSku`: the product the preview link is made for (a signed link names one).
    CheckoutSettingsDialog(std::shared_ptr<SecretStore> secrets, std::string sampleSku,
                           QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    // The edit of a field as `stallcast qr` names it ("city", "template", "secret"), or null.
    QLineEdit *fieldEdit(const std::string &name) const;
    QImage previewImage() const { return m_previewImage; }
    QString payloadText() const;
    QString errorText() const;
    // Counts finished preview builds (tests wait on it).
    std::uint64_t previewsShown() const { return m_previewsShown; }

public slots:
    void save();

signals:
    void applied();

private:
    void setKind(const std::string &kind);
    void schedulePreview();
    void buildPreview();
    CheckoutSettings current() const;
    std::string secretForPreview() const;

    std::shared_ptr<SecretStore> m_secrets;
    std::string m_sampleSku;
    CheckoutSettings m_loaded;
    std::string m_kindShown;
    std::map<std::string, std::map<std::string, QString>> m_typed; // per kind, kept across switches
    std::optional<QByteArray> m_storedSecret;
    QComboBox *m_kind;
    QWidget *m_fieldsBox = nullptr;
    QFormLayout *m_fieldsLayout = nullptr;
    std::map<std::string, QLineEdit *> m_edits;
    QCheckBox *m_editable = nullptr; // PayNow's "editable" flag
    QSpinBox *m_lifetime = nullptr;  // "url": minutes a link stays valid
    QLabel *m_preview;
    QLabel *m_payload;
    QLabel *m_error;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
    std::uint64_t m_generation = 0;
    std::uint64_t m_previewsShown = 0;
    bool m_valid = false;
    QImage m_previewImage;
};

} // namespace stallcast::ui
