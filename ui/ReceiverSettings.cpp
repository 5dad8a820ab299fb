#include "ReceiverSettings.h"

#include <QSettings>

namespace stallcast::ui {

namespace {
const QString kEnabled = QStringLiteral("receiver/enabled");
const QString kListen = QStringLiteral("receiver/listen");
const QString kPublicBase = QStringLiteral("receiver/publicBaseUrl");
} // namespace

ReceiverSettings ReceiverSettings::load()
{
    const QSettings settings;
    ReceiverSettings s;
    s.enabled = settings.value(kEnabled, s.enabled).toBool();
    s.listen = settings.value(kListen, s.listen).toString();
    s.publicBaseUrl = settings.value(kPublicBase, s.publicBaseUrl).toString();
    return s;
}

void ReceiverSettings::save() const
{
    QSettings settings;
    settings.setValue(kEnabled, enabled);
    settings.setValue(kListen, listen);
    settings.setValue(kPublicBase, publicBaseUrl);
}

QString receiverSecretKey(feed::WebhookSource source)
{
    return QStringLiteral("receiver/") + QString::fromUtf8(feed::toString(source).data());
}

QString sourceDisplayName(feed::WebhookSource source)
{
    switch (source) {
    case feed::WebhookSource::Stallcast:
        return QStringLiteral("Stallcast");
    case feed::WebhookSource::Shopify:
        return QStringLiteral("Shopify");
    case feed::WebhookSource::WooCommerce:
        return QStringLiteral("WooCommerce");
    case feed::WebhookSource::Stripe:
        return QStringLiteral("Stripe");
    }
    return {};
}

QString webhookUrl(const ReceiverSettings &settings, feed::WebhookSource source,
                   const QString &boundAddress)
{
    QString base = settings.publicBaseUrl.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("http://")
               + (boundAddress.isEmpty() ? settings.listen.trimmed() : boundAddress);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/webhooks/") + QString::fromUtf8(feed::toString(source).data());
}

} // namespace stallcast::ui
