#pragma once

// Where the studio streams to: a platform preset (YouTube, Facebook, Twitch, TikTok, Naver) or
// a custom RTMP/RTMPS/SRT server, with a name, an on/off switch and the canvas it takes. The
// stream key is NOT here: it lives in the SecretStore under secretKey(); QSettings keeps only
// these fields (docs/STUDIO.md, "Destinations").

#include "studio/LiveSession.h"

#include <QList>
#include <QString>

class QSettings;

namespace stallcast::ui {

struct DestinationPreset {
    QString id;     // "youtube", "facebook", ..., "custom"
    QString label;  // shown in the dialog
    QString server; // the ingest server without the key ("" : the merchant pastes it)
    QString hint;   // where to find the server and key
    studio::CanvasRole canvas = studio::CanvasRole::Landscape;
};

// The presets, "custom" last.
const QList<DestinationPreset> &destinationPresets();
const DestinationPreset &destinationPreset(const QString &id);

struct Destination {
    QString id; // stable, e.g. "d-1700000000000"; names the secret
    QString name;
    QString preset = QStringLiteral("custom");
    QString server;
    bool enabled = true;
    studio::CanvasRole canvas = studio::CanvasRole::Landscape;

    // The SecretStore key of this destination's stream key.
    QString secretKey() const { return QStringLiteral("destination/") + id; }
};

// The URL an output opens: rtmp(s)://server/app + "/" + key; srt://...?streamid=key (or
// &streamid=). An empty key leaves the server as it is (a key already in the URL).
QString destinationUrl(const Destination &destination, const QString &streamKey);

// Checks what the merchant typed: a name, and a server FFmpeg can take (rtmp://, rtmps://,
// srt://). Returns the problem in words, or an empty string.
QString destinationProblem(const Destination &destination);

// The destinations in QSettings (group "destinations"): non-secret fields only.
QList<Destination> loadDestinations(QSettings &settings);
void saveDestinations(QSettings &settings, const QList<Destination> &destinations);

QString newDestinationId();

} // namespace stallcast::ui
