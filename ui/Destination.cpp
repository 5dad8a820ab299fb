#include "Destination.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QUrl>

namespace stallcast::ui {

namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() inside namespace stallcast::ui under the context "stallcast::ui",
    // so that is where the translations are looked up.
    return QCoreApplication::translate("stallcast::ui", text);
}

const QString kGroup = QStringLiteral("destinations");

} // namespace

const QList<DestinationPreset> &destinationPresets()
{
    using studio::CanvasRole;
    static const QList<DestinationPreset> presets = [] {
        QList<DestinationPreset> list;
        list.append({QStringLiteral("youtube"), tr("YouTube"),
                     QStringLiteral("rtmp://a.rtmp.youtube.com/live2"),
                     tr("YouTube Studio › Go live › Stream: copy the stream key."),
                     CanvasRole::Landscape});
        list.append({QStringLiteral("facebook"), tr("Facebook (RTMPS)"),
                     QStringLiteral("rtmps://live-api-s.facebook.com:443/rtmp"),
                     tr("Facebook Live Producer › Streaming software: copy the stream key. "
                        "Facebook accepts RTMPS only."),
                     CanvasRole::Landscape});
        list.append({QStringLiteral("twitch"), tr("Twitch"),
                     QStringLiteral("rtmp://live.twitch.tv/app"),
                     tr("Twitch Creator Dashboard › Settings › Stream: copy the primary stream key."),
                     CanvasRole::Landscape});
        list.append({QStringLiteral("tiktok"), tr("TikTok"), QString(),
                     tr("TikTok LIVE Center: paste the Server URL and the Stream key it shows "
                        "(only some accounts get them). TikTok is vertical (9:16)."),
                     CanvasRole::Vertical});
        list.append({QStringLiteral("naver"), tr("Naver"),
                     QStringLiteral("rtmp://global-rtmp.lip2.navercorp.com:8080/relay"),
                     tr("Naver (CHZZK / Shopping Live) studio › stream settings: check the "
                        "server URL shown there and copy the stream key."),
                     CanvasRole::Landscape});
        list.append({QStringLiteral("custom"), tr("Custom RTMP / RTMPS / SRT"), QString(),
                     tr("rtmp://host/app, rtmps://host:443/app or srt://host:port; the key is "
                        "added at the end (SRT: as streamid)."),
                     CanvasRole::Landscape});
        return list;
    }();
    return presets;
}

const DestinationPreset &destinationPreset(const QString &id)
{
    for (const auto &preset : destinationPresets())
        if (preset.id == id)
            return preset;
    return destinationPresets().constLast();
}

QString destinationUrl(const Destination &destination, const QString &streamKey)
{
    QString server = destination.server.trimmed();
    if (streamKey.isEmpty())
        return server;
    if (server.startsWith(QStringLiteral("srt://"), Qt::CaseInsensitive))
        return server + (server.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
               + QStringLiteral("streamid=") + QString::fromUtf8(QUrl::toPercentEncoding(streamKey));
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    return server + QLatin1Char('/') + streamKey;
}

QString destinationProblem(const Destination &destination)
{
    if (destination.name.trimmed().isEmpty())
        return tr("Give the destination a name.");
    const QString server = destination.server.trimmed();
    if (server.isEmpty())
        return tr("Paste the server URL (rtmp://, rtmps:// or srt://).");
    const QUrl url(server);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("rtmp") && scheme != QLatin1String("rtmps")
        && scheme != QLatin1String("srt"))
        return tr("The server must start with rtmp://, rtmps:// or srt://.");
    if (url.host().isEmpty())
        return tr("The server URL has no host name.");
    // The server is kept in the plain settings file: a key pasted into it would end up there.
    if (scheme == QLatin1String("srt")) {
        const QString query = url.query().toLower();
        for (const char *secret : {"streamid", "passphrase", "key", "token"})
            if (query.contains(QLatin1String(secret) + QLatin1Char('=')))
                return tr("Put the stream id or passphrase in the stream key field, not in the "
                          "server URL (the server is saved in plain settings).");
    } else if (url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts).size() > 1
               || url.hasQuery()) {
        return tr("The server URL looks like it contains the stream key: paste only "
                  "rtmp://host/app here and the key in the stream key field.");
    }
    return {};
}

QList<Destination> loadDestinations(QSettings &settings)
{
    QList<Destination> list;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Destination d;
        d.id = settings.value(QStringLiteral("id")).toString();
        d.name = settings.value(QStringLiteral("name")).toString();
        d.preset = settings.value(QStringLiteral("preset"), d.preset).toString();
        d.server = settings.value(QStringLiteral("server")).toString();
        d.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        d.canvas = settings.value(QStringLiteral("canvas")).toString() == QLatin1String("vertical")
                       ? studio::CanvasRole::Vertical
                       : studio::CanvasRole::Landscape;
        if (!d.id.isEmpty())
            list.append(d);
    }
    settings.endArray();
    return list;
}

void saveDestinations(QSettings &settings, const QList<Destination> &destinations)
{
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, static_cast<int>(destinations.size()));
    for (int i = 0; i < destinations.size(); ++i) {
        const auto &d = destinations[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), d.id);
        settings.setValue(QStringLiteral("name"), d.name);
        settings.setValue(QStringLiteral("preset"), d.preset);
        settings.setValue(QStringLiteral("server"), d.server);
        settings.setValue(QStringLiteral("enabled"), d.enabled);
        settings.setValue(QStringLiteral("canvas"), d.canvas == studio::CanvasRole::Vertical
                                                        ? QStringLiteral("vertical")
                                                        : QStringLiteral("landscape"));
    }
    settings.endArray();
}

QString newDestinationId()
{
    static int counter = 0;
    return QStringLiteral("d-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++counter);
}

} // namespace stallcast::ui
