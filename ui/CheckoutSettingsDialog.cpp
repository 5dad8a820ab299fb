#include "CheckoutSettingsDialog.h"

#include "BackgroundTask.h"
#include "SecretStore.h"
#include "checkout/QrMatrix.h"
#include "common/FieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace stallcast::ui {

namespace {

constexpr int kModulePixels = 5;
constexpr int kDebounceMs = 150;
const QString kErrorStyle = QStringLiteral("border: 2px solid #b01c1c;");

struct Built {
    std::string payload;
    QImage image;
    std::string errorField; // set when it failed
    std::string error;
};

// The schemes' own field names, in the order people fill them in.
const std::map<std::string, std::vector<std::string>> kFieldOrder = {
    {"pix", {"key", "name", "city", "amount", "txid", "info"}},
    {"promptpay", {"phone", "national-id", "amount"}},
    {"paynow", {"uen", "mobile", "name", "city", "amount", "reference", "expiry"}},
    {"sepa", {"name", "iban", "bic", "amount", "reference", "text", "purpose", "information"}},
    {"upi", {"vpa", "name", "amount", "note", "ref"}},
    {"url", {"template", "secret"}},
};

} // namespace

CheckoutSettingsDialog::CheckoutSettingsDialog(std::shared_ptr<SecretStore> secrets,
                                               std::string sampleSku, QWidget *parent)
    : QDialog(parent), m_secrets(std::move(secrets)), m_sampleSku(std::move(sampleSku)),
      m_loaded(CheckoutSettings::load()), m_kind(new QComboBox(this)), m_preview(new QLabel(this)),
      m_payload(new QLabel(this)), m_error(new QLabel(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("checkoutSettingsDialog"));
    setWindowTitle(tr("Checkout"));
    if (m_sampleSku.empty())
        m_sampleSku = "SAMPLE";
    m_kind->setObjectName(QStringLiteral("checkoutKind"));
    m_kind->addItem(tr("Signed link to my checkout page"), QStringLiteral("url"));
    m_kind->addItem(tr("Pix (Brazil)"), QStringLiteral("pix"));
    m_kind->addItem(tr("PromptPay (Thailand)"), QStringLiteral("promptpay"));
    m_kind->addItem(tr("PayNow (Singapore)"), QStringLiteral("paynow"));
    m_kind->addItem(tr("SEPA credit transfer (EU)"), QStringLiteral("sepa"));
    m_kind->addItem(tr("UPI (India)"), QStringLiteral("upi"));
    for (const auto &[name, value] : m_loaded.fields)
        m_typed[m_loaded.kind][name] = QString::fromStdString(value);

    m_preview->setObjectName(QStringLiteral("checkoutPreview"));
    m_preview->setMinimumSize(220, 220);
    m_preview->setAlignment(Qt::AlignCenter);
    m_payload->setObjectName(QStringLiteral("checkoutPayload"));
    m_payload->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_payload->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("checkoutError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CheckoutSettingsDialog::buildPreview);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("Viewers pay with:"), m_kind);
    layout->addLayout(top);
    m_fieldsBox = new QWidget(this);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_payload);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { setKind(m_kind->currentData().toString().toStdString()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CheckoutSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int index = m_kind->findData(QString::fromStdString(m_loaded.kind));
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
    setKind(m_kind->currentData().toString().toStdString());

    QPointer<CheckoutSettingsDialog> self(this);
    m_secrets->read(kCheckoutSecretKey,
                    [self](const std::optional<QByteArray> &secret, const QString &error) {
                        if (!self)
                            return;
                        if (!error.isEmpty())
                            self->m_hint->setText(tr("Could not read the checkout secret: %1").arg(error));
                        self->m_storedSecret = secret;
                        if (auto *edit = self->fieldEdit("secret"); edit && secret)
                            edit->setPlaceholderText(tr("stored in %1 (type to replace)")
                                                         .arg(self->m_secrets->backendName()));
                        self->schedulePreview();
                    });
}

QLineEdit *CheckoutSettingsDialog::fieldEdit(const std::string &name) const
{
    const auto it = m_edits.find(name);
    return it == m_edits.end() ? nullptr : it->second;
}

QString CheckoutSettingsDialog::payloadText() const
{
    return m_payload->text();
}

QString CheckoutSettingsDialog::errorText() const
{
    return m_error->text();
}

void CheckoutSettingsDialog::setKind(const std::string &kind)
{
    if (kind == m_kindShown)
        return;
    // Keep what was typed for the kind being left (never the secret: it is not kept in memory
    // longer than the dialog needs it).
    for (const auto &[name, edit] : m_edits)
        if (name != "secret")
            m_typed[m_kindShown][name] = edit->text();
    m_kindShown = kind;
    delete m_fieldsBox->layout();
    for (auto *child : m_fieldsBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        delete child;
    m_edits.clear();
    m_editable = nullptr;
    m_lifetime = nullptr;

    m_fieldsLayout = new QFormLayout(m_fieldsBox);
    for (const auto &name : kFieldOrder.at(kind)) {
        auto *edit = new QLineEdit(m_fieldsBox);
        edit->setObjectName(QString::fromStdString("checkout_" + name));
        edit->setText(m_typed[kind][name]);
        if (name == "secret") {
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("at least 16 characters, the same as in your shop"));
        } else if (name == "template") {
            edit->setPlaceholderText(
                QStringLiteral("https://shop.example/buy?sku={sku}&qty={qty}&exp={expires}&sig={sig}"));
        } else if (name == "amount") {
            edit->setPlaceholderText(tr("optional: empty lets the buyer type it"));
        }
        m_fieldsLayout->addRow(QString::fromStdString(name) + QLatin1Char(':'), edit);
        m_edits[name] = edit;
        connect(edit, &QLineEdit::textChanged, this, &CheckoutSettingsDialog::schedulePreview);
    }
    if (kind == "paynow") {
        m_editable = new QCheckBox(tr("the buyer may change the amount"), m_fieldsBox);
        m_editable->setChecked(m_loaded.kind == "paynow" && m_loaded.fields.count("editable"));
        m_fieldsLayout->addRow(QStringLiteral("editable:"), m_editable);
        connect(m_editable, &QCheckBox::toggled, this, &CheckoutSettingsDialog::schedulePreview);
    }
    if (kind == "url") {
        m_lifetime = new QSpinBox(m_fieldsBox);
        m_lifetime->setRange(1, 31 * 24 * 60);
        m_lifetime->setSuffix(tr(" min"));
        m_lifetime->setValue(static_cast<int>(m_loaded.linkLifetimeSeconds / 60));
        m_fieldsLayout->addRow(tr("Links valid for:"), m_lifetime);
        connect(m_lifetime, &QSpinBox::valueChanged, this, &CheckoutSettingsDialog::schedulePreview);
        m_hint->setText(tr("Test scan: open the phone's camera on the preview; it should offer a "
                           "link to your checkout page for %1 that your shop accepts.")
                            .arg(QString::fromStdString(m_sampleSku)));
    } else {
        m_hint->setText(tr("Test scan: open your banking or payment app's scanner on the preview "
                           "before going live; it should show your name and the amount, and "
                           "stop before paying."));
    }
    schedulePreview();
}

CheckoutSettings CheckoutSettingsDialog::current() const
{
    CheckoutSettings s;
    s.kind = m_kindShown;
    for (const auto &[name, edit] : m_edits) {
        const auto value = edit->text().trimmed().toStdString();
        if (name != "secret" && !value.empty())
            s.fields[name] = value;
    }
    if (m_editable && m_editable->isChecked())
        s.fields["editable"] = "";
    if (m_lifetime)
        s.linkLifetimeSeconds = std::int64_t{m_lifetime->value()} * 60;
    return s;
}

std::string CheckoutSettingsDialog::secretForPreview() const
{
    if (const auto *edit = fieldEdit("secret"); edit && !edit->text().trimmed().isEmpty())
        return edit->text().trimmed().toStdString();
    return m_storedSecret ? m_storedSecret->toStdString() : std::string();
}

void CheckoutSettingsDialog::schedulePreview()
{
    m_valid = false;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_debounce->start();
}

void CheckoutSettingsDialog::buildPreview()
{
    const std::uint64_t generation = ++m_generation;
    const auto now = QDateTime::currentSecsSinceEpoch();
    runInBackground(
        this,
        [settings = current(), secret = secretForPreview(), sku = m_sampleSku, now] {
            Built built;
            try {
                const auto preview = buildCheckoutPreview(settings, secret, sku, now);
                built.payload = preview.payload;
                built.image = checkout::QrMatrix::encode(preview.payload, preview.levelRule)
                                  .toImage(kModulePixels);
            } catch (const FieldError &e) {
                built.errorField = e.field();
                built.error = e.what();
            } catch (const std::invalid_argument &e) {
                built.error = e.what();
            }
            return built;
        },
        [this, generation](const TaskResult<Built> &result) {
            if (generation != m_generation)
                return; // typed on since: a newer preview is coming
            const Built built = result.ok() ? *result.value : Built{{}, {}, {}, result.error.toStdString()};
            for (const auto &[name, edit] : m_edits)
                edit->setStyleSheet(name == built.errorField ? kErrorStyle : QString());
            m_valid = built.error.empty();
            m_error->setText(QString::fromStdString(built.error));
            m_previewImage = built.image;
            m_preview->setPixmap(m_valid ? QPixmap::fromImage(built.image) : QPixmap());
            if (!m_valid)
                m_preview->setText(tr("no preview until the fields are right"));
            m_payload->setText(QString::fromStdString(built.payload));
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid);
            ++m_previewsShown;
        });
}

void CheckoutSettingsDialog::save()
{
    if (!m_valid || m_debounce->isActive())
        return;
    current().save();
    const auto *edit = fieldEdit("secret");
    const QByteArray typed = edit ? edit->text().trimmed().toUtf8() : QByteArray();
    if (typed.isEmpty()) {
        emit applied();
        accept();
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<CheckoutSettingsDialog> self(this);
    m_secrets->write(kCheckoutSecretKey, typed, [self](const QString &error) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (!error.isEmpty()) {
            self->m_error->setText(tr("Could not store the secret: %1").arg(error));
            return;
        }
        emit self->applied();
        self->accept();
    });
}

} // namespace stallcast::ui
