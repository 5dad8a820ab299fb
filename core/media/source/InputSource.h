#pragma once

#include "media/source/AudioSampleFifo.h"
#include "media/source/SourceSpec.h"
#include "media/source/VideoFrameSlot.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace stallcast::media {

// One input on its own thread: opens it, decodes, paces files and generated inputs to their
// timestamps, loops files, and publishes pictures to a VideoFrameSlot and sound to an
// AudioSampleFifo. A failure or a stall (no data for `stallTimeout`) is reported through
// `report` and the input is opened again every `retryInterval` until stop(): the stream never
// stops because a camera was unplugged.
class InputSource {
public:
    enum class State { Starting, Live, Lost, Stopped };

    struct Options {
        std::chrono::milliseconds stallTimeout{3000};
        std::chrono::milliseconds retryInterval{1000};
        std::function<void(const std::string &)> report; // one line, e.g. "camera lost: ..."
    };

    // video or audio may be null (not wanted from this input).
    InputSource(InputSpec spec, std::shared_ptr<VideoFrameSlot> video,
                std::shared_ptr<AudioSampleFifo> audio, Options options);
    InputSource(const InputSource &) = delete;
    InputSource &operator=(const InputSource &) = delete;
    ~InputSource();

    // Opens the input once on the calling thread (so a bad device or file is an error the
    // caller sees), then continues on the source's thread. Throws MediaError.
    void start();
    void stop();

    State state() const { return m_state.load(); }
    std::string lastError() const;
    const InputSpec &spec() const { return m_spec; }
    bool still() const { return m_spec.still; }
    std::int64_t reopenCount() const { return m_reopens.load(); }

private:
    void run(std::unique_ptr<class InputDemuxer> first);
    void readUntilFailure(class InputDemuxer &demuxer);
    std::unique_ptr<class InputDemuxer> open();
    void fail(const std::string &message);
    bool stopping() const { return m_stop.load(); }
    void sleepFor(std::chrono::steady_clock::duration duration);

    InputSpec m_spec;
    std::shared_ptr<VideoFrameSlot> m_video;
    std::shared_ptr<AudioSampleFifo> m_audio;
    Options m_options;
    std::atomic<State> m_state{State::Starting};
    std::atomic<bool> m_stop{false};
    std::atomic<std::int64_t> m_reopens{0};
    std::atomic<std::int64_t> m_lastDataNs{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::string m_lastError;
    std::thread m_thread;
};

const char *toString(InputSource::State state);

} // namespace stallcast::media
