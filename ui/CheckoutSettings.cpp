#include "CheckoutSettings.h"

#include "checkout/SignedCheckout.h"
#include "common/FieldError.h"

#include <QCoreApplication>
#include <QSettings>

namespace stallcast::ui {

namespace {
const QString kKind = QStringLiteral("checkout/kind");
const QString kLifetime = QStringLiteral("checkout/linkLifetimeSeconds");
const QString kFieldsGroup = QStringLiteral("checkout/fields");
constexpr std::size_t kMinSecretBytes = 16;

std::string translated(const char *text)
{
    return QCoreApplication::translate("CheckoutSettings", text).toStdString();
}
} // namespace

CheckoutSettings CheckoutSettings::load()
{
    QSettings settings;
    CheckoutSettings s;
    s.kind = settings.value(kKind).toString().toStdString();
    s.linkLifetimeSeconds = settings.value(kLifetime, qint64(900)).toLongLong();
    settings.beginGroup(kFieldsGroup);
    for (const auto &name : settings.childKeys())
        s.fields[name.toStdString()] = settings.value(name).toString().toStdString();
    settings.endGroup();
    return s;
}

void CheckoutSettings::save() const
{
    QSettings settings;
    settings.setValue(kKind, QString::fromStdString(kind));
    settings.setValue(kLifetime, qint64(linkLifetimeSeconds));
    settings.remove(kFieldsGroup);
    settings.beginGroup(kFieldsGroup);
    for (const auto &[name, value] : fields)
        settings.setValue(QString::fromStdString(name), QString::fromStdString(value));
    settings.endGroup();
}

overlay::PaymentSource cardPaymentSource(const CheckoutSettings &settings, std::string secret)
{
    if (settings.kind.empty())
        return {};
    if (settings.kind == "url") {
        const auto it = settings.fields.find("template");
        return overlay::signedCheckoutSource(it == settings.fields.end() ? std::string() : it->second,
                                             std::move(secret), settings.linkLifetimeSeconds);
    }
    return overlay::paymentSourceFromFields(settings.kind, settings.fields);
}

CheckoutPreview buildCheckoutPreview(const CheckoutSettings &settings, const std::string &secret,
                                     const std::string &sku, std::int64_t nowUnixSeconds)
{
    if (settings.kind == "url") {
        const auto it = settings.fields.find("template");
        if (it == settings.fields.end() || it->second.empty())
            throw FieldError("template", translated(QT_TRANSLATE_NOOP(
                                 "CheckoutSettings", "is required (e.g. "
                                                     "https://shop.example/buy?sku={sku}&exp={expires}&sig={sig})")));
        const checkout::CheckoutUrlTemplate urlTemplate(it->second);
        if (secret.size() < kMinSecretBytes)
            throw FieldError("secret", translated(QT_TRANSLATE_NOOP(
                                 "CheckoutSettings", "at least 16 characters (a long random string; "
                                                     "keep it the same in your shop)")));
        if (settings.linkLifetimeSeconds < 60 || settings.linkLifetimeSeconds > 31 * 24 * 3600)
            throw FieldError("expires-in", translated(QT_TRANSLATE_NOOP("CheckoutSettings", "from 1 minute to 31 days")));
        checkout::CheckoutParameters p;
        p.sku = sku;
        p.expires = nowUnixSeconds + settings.linkLifetimeSeconds;
        return {checkout::signedCheckoutUrl(urlTemplate, p, secret), {}};
    }
    if (settings.kind.empty())
        throw FieldError("kind", translated(QT_TRANSLATE_NOOP("CheckoutSettings", "choose how viewers pay")));
    const auto code = checkout::paymentCode(settings.kind, settings.fields, nowUnixSeconds);
    return {code.payload, code.levelRule};
}

} // namespace stallcast::ui
