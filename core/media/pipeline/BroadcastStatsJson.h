#pragma once

#include "media/pipeline/Broadcast.h"

#include <QJsonObject>

namespace stallcast::media {

// The canvases' and the source's figures as JSON for --stats-json (docs/MEDIA.md):
// {"source": {...}, "canvases": [{"format", "encoder", "framesRendered", "framesMissed",
// "framesSkipped", "captureFps", ...}], "audio": {...}, "secondsToFirstPacket"}.
QJsonObject broadcastStatsToJson(const BroadcastStats &stats);

} // namespace stallcast::media
