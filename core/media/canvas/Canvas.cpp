#include "media/canvas/Canvas.h"

#include "media/av/AvError.h"
#include "media/canvas/Slate.h"

#include <algorithm>
#include <optional>

namespace stallcast::media {

namespace {

using Clock = std::chrono::steady_clock;

double micros(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

} // namespace

Canvas::Canvas(CanvasOptions options, std::shared_ptr<VideoFrameSlot> pictures,
               std::shared_ptr<const InputSource> source, PacketSink &sink, VideoEncoder::Log log)
    : m_options(std::move(options))
    , m_pictures(std::move(pictures))
    , m_source(std::move(source))
    , m_sink(sink)
    , m_log(log)
    , m_encoder(m_options.format, m_options.encoder, log)
    , m_scaler(m_options.format.width, m_options.format.height, m_options.scale)
    , m_pool(m_options.format.width, m_options.format.height, AV_PIX_FMT_YUV420P)
    , m_slate(renderSlate(m_options.format.width, m_options.format.height, m_options.slateText))
{
    m_stats.format = m_options.format.toString();
    m_stats.encoder = m_encoder.encoderName();
}

Canvas::~Canvas()
{
    stop();
}

void Canvas::start(Clock::time_point start, std::int64_t frames, bool lockStep)
{
    m_start = start;
    m_frames = frames;
    m_lockStep = lockStep;
    m_encode = std::thread([this] { encodeLoop(); });
    m_render = std::thread([this] { renderLoop(); });
}

void Canvas::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_render.joinable())
        m_render.join();
    if (m_encode.joinable())
        m_encode.join();
}

bool Canvas::sourceLost(const VideoFrameSlot::Picture &picture, Clock::time_point now) const
{
    if (m_source && m_source->state() == InputSource::State::Lost)
        return true;
    if (m_source && m_source->still() && picture.frame)
        return false; // a still image never gets newer
    const auto since = picture.frame ? picture.arrived : m_start;
    return now - since > m_options.lostAfter;
}

void Canvas::renderLoop()
{
    const auto period = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1.0 / m_options.format.fps));
    std::int64_t tick = 0;
    while (m_frames == 0 || tick < m_frames) {
        VideoFrameSlot::Picture picture;
        if (m_lockStep) {
            picture = m_pictures->takeNewer(m_lastSequence, std::chrono::milliseconds(2000));
        } else {
            std::unique_lock lock(m_mutex);
            const auto due = m_start + tick * period;
            if (m_wake.wait_until(lock, due, [&] { return m_stop; }))
                break;
            lock.unlock();
            // Late by one period or more: those ticks are gone. Count them, never hide them.
            const auto late = (Clock::now() - due) / period;
            if (late >= 1) {
                const auto skip = m_frames ? std::min<std::int64_t>(late, m_frames - tick) : late;
                std::lock_guard statsLock(m_mutex);
                m_stats.framesMissed += skip;
                m_stats.ticks += skip;
                m_ticksDone += skip;
                tick += skip;
                if (m_frames && tick >= m_frames)
                    break;
            }
            picture = m_pictures->latest();
        }
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
        }
        renderTick(tick, picture);
        ++tick;
    }
    {
        std::lock_guard lock(m_mutex);
        m_renderDone = true;
    }
    m_wake.notify_all();
}

void Canvas::renderTick(std::int64_t tick, const VideoFrameSlot::Picture &picture)
{
    const auto began = Clock::now();
    auto frame = m_pool.acquire();
    const bool lost = sourceLost(picture, began);
    if (lost != m_wasLost && m_log)
        m_log("canvas " + m_stats.format + (lost ? ": source lost, showing the slate"
                                                 : ": source back"));
    m_wasLost = lost;
    bool newPicture = false;
    if (lost)
        checkAv(av_frame_copy(frame.get(), m_slate.get()), "drawing the slate");
    else if (picture.frame)
        m_scaler.draw(*picture.frame, *frame);
    else
        paintBlack(*frame);
    if (!lost && picture.sequence != m_lastSequence)
        newPicture = true;
    m_lastSequence = picture.sequence;

    const auto blendBegan = Clock::now();
    const auto overlays = m_overlays.versionedSnapshot();
    OverlayLayer::blend(overlays.overlays, *frame);
    const auto done = Clock::now();
    frame->pts = tick;

    {
        std::lock_guard lock(m_mutex);
        if (m_options.onFrameEncoded)
            m_composed.push_back({tick, overlays.version, done, {}});
        ++m_stats.ticks;
        ++m_ticksDone;
        ++m_stats.framesRendered;
        m_stats.slateFrames += lost ? 1 : 0;
        if (newPicture) {
            ++m_stats.sourcePictures;
            m_recentPictures.push_back(done);
        }
        while (!m_recentPictures.empty() && done - m_recentPictures.front() > std::chrono::seconds(1))
            m_recentPictures.pop_front();
        m_overlayMicros += micros(done - blendBegan);
        m_renderMicros += micros(done - began);
    }
    enqueue(std::move(frame));
}

void Canvas::enqueue(FramePtr frame)
{
    std::unique_lock lock(m_mutex);
    if (m_lockStep) // no clock to keep: two pictures ahead keep the encoder busy, memory low
        m_wake.wait(lock, [&] {
            return m_stop || m_queue.size() < std::min<std::size_t>(2, m_options.encodeQueue);
        });
    if (m_queue.size() >= m_options.encodeQueue) {
        ++m_stats.framesSkipped; // the encoder is behind: this picture is not encoded, counted
        return;
    }
    m_queue.push_back(std::move(frame));
    lock.unlock();
    m_wake.notify_all();
}

void Canvas::encodeLoop()
{
    const auto deliver = [this](const EncodedPacket &packet) {
        m_sink.push(packet);
        if (m_options.onFrameEncoded && packet.packet->stream_index == ProgramDescription::kVideoIndex)
            reportEncoded(packet.packet->pts);
    };
    for (;;) {
        FramePtr frame;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return !m_queue.empty() || m_renderDone; });
            if (m_queue.empty())
                break; // rendering has ended and everything queued is encoded
            frame = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_wake.notify_all();
        try {
            m_encoder.encode(frame.get(), deliver);
        } catch (const std::exception &e) {
            if (m_log)
                m_log("canvas " + m_stats.format + ": " + e.what());
        }
        std::lock_guard lock(m_mutex);
        ++m_stats.framesEncoded;
    }
    try {
        m_encoder.encode(nullptr, deliver);
    } catch (const std::exception &e) {
        if (m_log)
            m_log("canvas " + m_stats.format + ": " + e.what());
    }
    m_finished = true;
}

// The packet's pts is the tick (time base 1/fps). Packets may come out of presentation order
// (B-frames); ticks never encoded (skipped) are dropped once far behind.
void Canvas::reportEncoded(std::int64_t tick)
{
    std::optional<EncodedFrameInfo> info;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_composed.begin(); it != m_composed.end(); ++it)
            if (it->tick == tick) {
                info = *it;
                info->encodedAt = Clock::now();
                m_composed.erase(it);
                break;
            }
        while (!m_composed.empty() && m_composed.front().tick < tick - 64)
            m_composed.pop_front();
    }
    if (info)
        m_options.onFrameEncoded(*info);
}

CanvasStats Canvas::stats() const
{
    std::lock_guard lock(m_mutex);
    CanvasStats s = m_stats;
    s.captureFps = static_cast<double>(m_recentPictures.size());
    if (s.framesRendered > 0) {
        s.overlayMicrosPerFrame = m_overlayMicros / s.framesRendered;
        s.renderMicrosPerFrame = m_renderMicros / s.framesRendered;
    }
    s.bitrate = m_encoder.bitrate();
    return s;
}

} // namespace stallcast::media
