#include "media/pipeline/BroadcastStatsJson.h"

#include <QJsonArray>
#include <QString>

namespace stallcast::media {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject canvasToJson(const CanvasStats &c, const PacketFanout::Counts &p)
{
    QJsonObject o;
    o["format"] = text(c.format);
    o["encoder"] = text(c.encoder);
    o["ticks"] = static_cast<double>(c.ticks);
    o["framesRendered"] = static_cast<double>(c.framesRendered);
    o["framesMissed"] = static_cast<double>(c.framesMissed);
    o["framesSkipped"] = static_cast<double>(c.framesSkipped);
    o["framesEncoded"] = static_cast<double>(c.framesEncoded);
    o["sourcePictures"] = static_cast<double>(c.sourcePictures);
    o["slateFrames"] = static_cast<double>(c.slateFrames);
    o["captureFps"] = c.captureFps;
    o["overlayMicrosPerFrame"] = c.overlayMicrosPerFrame;
    o["renderMicrosPerFrame"] = c.renderMicrosPerFrame;
    o["videoBitrate"] = static_cast<double>(c.bitrate);
    o["videoPackets"] = static_cast<double>(p.videoPackets);
    o["videoBytes"] = static_cast<double>(p.videoBytes);
    o["keyframes"] = static_cast<double>(p.keyframes);
    o["disposableFrames"] = static_cast<double>(p.disposable);
    o["audioPackets"] = static_cast<double>(p.audioPackets);
    o["audioBytes"] = static_cast<double>(p.audioBytes);
    return o;
}

} // namespace

QJsonObject broadcastStatsToJson(const BroadcastStats &stats)
{
    QJsonObject source;
    source["label"] = text(stats.sourceLabel);
    source["state"] = text(stats.sourceState);
    source["lastError"] = text(stats.sourceError);
    source["reopens"] = static_cast<double>(stats.sourceReopens);
    QJsonArray canvases;
    for (std::size_t i = 0; i < stats.canvases.size(); ++i)
        canvases.append(canvasToJson(stats.canvases[i], stats.packets.at(i)));
    QJsonObject audio;
    audio["samplesEncoded"] = static_cast<double>(stats.audio.samplesEncoded);
    audio["silenceSamples"] = static_cast<double>(stats.audio.silenceSamples);
    audio["discardedSamples"] = static_cast<double>(stats.audio.discardedSamples);
    QJsonObject o;
    o["source"] = source;
    o["canvases"] = canvases;
    o["audio"] = audio;
    o["secondsToFirstPacket"] = stats.secondsToFirstPacket;
    return o;
}

} // namespace stallcast::media
