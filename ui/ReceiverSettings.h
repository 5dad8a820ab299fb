#pragma once

#include "feed/Webhook.h"

#include <QString>
#include <QStringList>

#include <array>

namespace stallcast::ui {

// The in-studio order receiver's plain settings (QSettings, group "receiver"). The per-source
// webhook secrets are NOT here: they live in the SecretStore under receiverSecretKey(source).
struct ReceiverSettings {
    bool enabled = true;
    QString listen = QStringLiteral("127.0.0.1:8787"); // HOST:PORT or [IPv6]:PORT
    // The address senders reach the studio at (a tunnel or the LAN address), for the webhook URLs
    // shown to copy; empty: http://<listen>.
    QString publicBaseUrl;

    static ReceiverSettings load();
    void save() const;
};

inline constexpr std::array<feed::WebhookSource, 4> kReceiverSources{
    feed::WebhookSource::Stallcast, feed::WebhookSource::Shopify,
    feed::WebhookSource::WooCommerce, feed::WebhookSource::Stripe};

// "receiver/stallcast", "receiver/shopify", ...
QString receiverSecretKey(feed::WebhookSource source);
// "Stallcast", "Shopify", "WooCommerce", "Stripe".
QString sourceDisplayName(feed::WebhookSource source);
// The URL a sender posts to for `source`: <base>/webhooks/<source>, base being publicBaseUrl or
// http://<listen address> (the bound port when the receiver runs on port 0).
QString webhookUrl(const ReceiverSettings &settings, feed::WebhookSource source,
                   const QString &boundAddress = {});

} // namespace stallcast::ui
