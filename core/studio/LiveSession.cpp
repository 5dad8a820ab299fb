#include "studio/LiveSession.h"

#include "media/output/OutputFactory.h"
#include "media/pipeline/Broadcast.h"
#include "media/pipeline/LateJoinSink.h"
#include "media/source/DeviceList.h"
#include "media/source/SourceSpec.h"

#include <algorithm>
#include <stdexcept>

namespace stallcast::studio {

namespace {

media::CanvasOptions canvasOptions(const media::CanvasFormat &format, media::ScaleMode scale,
                                   const media::VideoEncoderSettings &encoder,
                                   std::shared_ptr<media::PreviewTap> preview)
{
    media::CanvasOptions options;
    options.format = format;
    options.scale = scale;
    options.encoder = encoder;
    options.preview = std::move(preview);
    return options;
}

struct Sources {
    media::InputSpec video;
    media::AudioChoice audio;
};

Sources parseSources(const std::string &source, const std::string &audio,
                     const media::CanvasFormat &landscape)
{
    Sources sources;
    sources.video = media::parseVideoSource(resolveAutoSource(source),
                                            {landscape.width, landscape.height, landscape.fps});
    sources.audio = media::parseAudioSource(audio, sources.video);
    return sources;
}

} // namespace

std::string resolveAutoSource(const std::string &source)
{
    if (source != "auto")
        return source;
    for (const auto &device : media::listCaptureDevices())
        if (device.kind == "camera")
            return "camera:" + device.name;
    return "test";
}

LiveSession::LiveSession(LiveSessionOptions options)
    : m_options(std::move(options))
{
    m_previews.push_back(std::make_shared<media::PreviewTap>());
    if (m_options.vertical)
        m_previews.push_back(std::make_shared<media::PreviewTap>());
}

LiveSession::~LiveSession()
{
    stop();
}

void LiveSession::start()
{
    std::lock_guard sources(m_sourcesMutex);
    {
        std::lock_guard lock(m_mutex);
        if (m_running)
            return;
    }
    // What was chosen; if that does not open (a camera in use, no sound server), the same
    // picture without sound, then the test pattern: a studio that opens always shows something.
    std::vector<std::pair<std::string, std::string>> choices{{m_options.source, m_options.audio}};
    if (m_options.audio != "none" && m_options.audio != "test")
        choices.emplace_back(m_options.source, "none");
    if (m_options.source != "test")
        choices.emplace_back("test", m_options.audio == "none" ? "none" : "test");
    std::vector<Sources> candidates;
    std::string firstError;
    for (const auto &[source, audio] : choices) {
        try {
            candidates.push_back(parseSources(source, audio, m_options.landscape));
        } catch (const std::exception &e) {
            if (firstError.empty())
                firstError = e.what();
        }
    }
    if (candidates.empty())
        throw std::invalid_argument(firstError);
    media::BroadcastOptions b;
    b.video = candidates.front().video;
    b.audio = candidates.front().audio;
    b.canvases.push_back(canvasOptions(m_options.landscape, media::ScaleMode::Fit,
                                       m_options.encoder, m_previews[0]));
    if (m_options.vertical)
        b.canvases.push_back(canvasOptions(*m_options.vertical, media::ScaleMode::Fill,
                                           m_options.encoder, m_previews[1]));
    b.log = m_options.log;
    auto broadcast = std::make_unique<media::Broadcast>(std::move(b));
    for (std::size_t i = 0; i < broadcast->canvasCount(); ++i)
        broadcast->canvas(i).setEncoding(false); // nobody receives packets yet: no encoding
    for (std::size_t i = 0;; ++i) {
        try {
            if (i > 0)
                broadcast->switchSources(candidates[i].video, candidates[i].audio);
            broadcast->start(); // throws for a device or file that cannot open
            break;
        } catch (const std::exception &e) {
            if (firstError.empty())
                firstError = e.what();
            if (i + 1 >= candidates.size())
                throw;
        }
    }
    std::string warning;
    if (!firstError.empty()) {
        const auto stats = broadcast->stats();
        warning = firstError + "; showing " + stats.sourceLabel + " instead";
        if (m_options.log)
            m_options.log(warning);
    }
    std::vector<media::DynamicBitrate> bitrates(broadcast->canvasCount(),
                                                media::DynamicBitrate(m_options.encoder.bitrate));
    std::lock_guard lock(m_mutex);
    m_broadcast = std::move(broadcast);
    m_bitrates = std::move(bitrates);
    m_startWarning = warning;
    m_running = true;
}

void LiveSession::stop()
{
    std::lock_guard sources(m_sourcesMutex);
    std::map<std::string, Attached> outputs;
    {
        std::lock_guard lock(m_mutex);
        if (!m_running)
            return;
        m_running = false;
        outputs.swap(m_outputs);
    }
    m_broadcast->stop(); // flushes the encoders into the outputs
    for (auto &[id, attached] : outputs)
        attached.output->stop();
    // The stopped broadcast is kept until the session is destroyed: its canvases' overlay layers
    // stay valid for whoever still has something on them (the product card moves its images to
    // the next session before letting this one go).
}

std::string LiveSession::startWarning() const
{
    std::lock_guard lock(m_mutex);
    return m_startWarning;
}

bool LiveSession::running() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

std::size_t LiveSession::canvasCount() const
{
    return m_previews.size();
}

bool LiveSession::hasCanvas(CanvasRole canvas) const
{
    return static_cast<std::size_t>(canvas) < m_previews.size();
}

std::size_t LiveSession::index(CanvasRole canvas) const
{
    if (!hasCanvas(canvas))
        throw std::invalid_argument("there is no vertical canvas: turn dual output on first");
    return static_cast<std::size_t>(canvas);
}

media::CanvasFormat LiveSession::canvasFormat(CanvasRole canvas) const
{
    return index(canvas) == 0 ? m_options.landscape : *m_options.vertical;
}

media::OverlayLayer &LiveSession::overlays(CanvasRole canvas)
{
    std::lock_guard lock(m_mutex);
    if (!m_broadcast)
        throw std::logic_error("the studio's broadcast has not started");
    return m_broadcast->canvas(index(canvas)).overlays();
}

std::shared_ptr<media::PreviewTap> LiveSession::preview(CanvasRole canvas) const
{
    return m_previews.at(index(canvas));
}

void LiveSession::attach(const std::string &id, CanvasRole canvas,
                         const media::OutputTarget &target)
{
    const auto i = index(canvas);
    std::lock_guard lock(m_mutex);
    if (!m_running)
        throw std::logic_error("the studio's broadcast is not running");
    if (m_outputs.count(id))
        throw std::invalid_argument("\"" + id + "\" is already on");
    const auto program = m_broadcast->program(i);
    std::shared_ptr<media::Output> output = media::openOutput(target, program, m_options.outputs);
    output->start(); // its own thread: connecting never blocks us
    auto sink = std::make_shared<media::LateJoinSink>(output, program);
    m_broadcast->addSink(i, sink);
    m_outputs.emplace(id, Attached{canvas, std::move(output), std::move(sink)});
    updateEncoding(i);
    // Also when the encoder was already running for another output: the newcomer starts now,
    // not at the next keyframe up to 2 s later (the others just get a keyframe early).
    m_broadcast->canvas(i).encoder().requestKeyframe();
}

std::optional<OutputStatus> LiveSession::detach(const std::string &id)
{
    Attached attached;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_outputs.find(id);
        if (it == m_outputs.end())
            return std::nullopt;
        attached = std::move(it->second);
        m_outputs.erase(it);
        const auto i = static_cast<std::size_t>(attached.canvas);
        m_broadcast->removeSink(i, attached.sink.get());
        updateEncoding(i);
    }
    attached.output->stop(); // drain, trailer: bounded, outside the lock
    return statusOf(id, attached);
}

OutputStatus LiveSession::statusOf(const std::string &id, const Attached &attached)
{
    OutputStatus status;
    status.id = id;
    status.name = attached.output->target().maskedName();
    status.canvas = attached.canvas;
    status.recording = !attached.output->target().isNetwork();
    status.stats = attached.output->stats();
    return status;
}

bool LiveSession::attached(const std::string &id) const
{
    std::lock_guard lock(m_mutex);
    return m_outputs.count(id) > 0;
}

bool LiveSession::reconnectNow(const std::string &id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_outputs.find(id);
    if (it == m_outputs.end())
        return false;
    it->second.output->reconnectNow();
    return true;
}

void LiveSession::updateEncoding(std::size_t canvas)
{
    m_broadcast->canvas(canvas).setEncoding(m_broadcast->sinkCount(canvas) > 0);
}

void LiveSession::switchSources(const std::string &source, const std::string &audio)
{
    std::lock_guard sources(m_sourcesMutex);
    auto parsed = parseSources(source, audio, m_options.landscape);
    media::Broadcast *broadcast = nullptr;
    {
        std::lock_guard lock(m_mutex);
        broadcast = m_broadcast.get();
    }
    if (broadcast) // m_sourcesMutex keeps stop() from destroying it meanwhile
        broadcast->switchSources(std::move(parsed.video), std::move(parsed.audio));
    m_options.source = source;
    m_options.audio = audio;
}

LiveSnapshot LiveSession::snapshot() const
{
    std::lock_guard lock(m_mutex);
    LiveSnapshot s;
    s.running = m_running;
    for (const auto &preview : m_previews)
        s.preview.push_back(preview->counts());
    if (!m_broadcast)
        return s;
    const auto stats = m_broadcast->stats();
    s.sourceLabel = stats.sourceLabel;
    s.sourceState = stats.sourceState;
    s.sourceError = stats.sourceError;
    for (const auto &canvas : stats.canvases) {
        s.canvasFormats.push_back(canvas.format);
        s.encoderNames.push_back(canvas.encoder);
        s.framesEncoded.push_back(canvas.framesEncoded);
        s.framesIdle.push_back(canvas.framesIdle);
        s.framesSkipped.push_back(canvas.framesSkipped);
        s.framesMissed.push_back(canvas.framesMissed);
    }
    for (const auto &[id, attached] : m_outputs)
        s.outputs.push_back(statusOf(id, attached));
    return s;
}

media::AudioLevels LiveSession::takeAudioLevels()
{
    std::lock_guard lock(m_mutex);
    return m_broadcast ? m_broadcast->takeAudioLevels() : media::AudioLevels{};
}

void LiveSession::adaptBitrates()
{
    std::lock_guard lock(m_mutex);
    if (!m_broadcast || !m_running || !m_options.dynamicBitrate)
        return;
    for (std::size_t i = 0; i < m_broadcast->canvasCount(); ++i) {
        double fill = 0;
        for (const auto &[id, attached] : m_outputs)
            if (static_cast<std::size_t>(attached.canvas) == i
                && attached.output->target().isNetwork())
                fill = std::max(fill, attached.output->stats().queueFill);
        m_broadcast->canvas(i).encoder().requestBitrate(m_bitrates[i].next(fill));
    }
}

} // namespace stallcast::studio
