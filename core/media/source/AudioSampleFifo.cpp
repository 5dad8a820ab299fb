#include "media/source/AudioSampleFifo.h"

#include <algorithm>
#include <new>

namespace stallcast::media {

AudioSampleFifo::AudioSampleFifo(int capacity, bool lockStep)
    : m_capacity(capacity)
    , m_lockStep(lockStep)
    , m_fifo(av_audio_fifo_alloc(kFormat, kChannels, capacity))
{
    if (!m_fifo)
        throw std::bad_alloc();
}

bool AudioSampleFifo::write(const std::uint8_t *const *planes, int samples)
{
    std::unique_lock lock(m_mutex);
    if (m_lockStep)
        m_changed.wait(lock, [&] {
            return m_closed || av_audio_fifo_size(m_fifo.get()) + samples <= m_capacity;
        });
    if (m_closed)
        return false;
    const int over = av_audio_fifo_size(m_fifo.get()) + samples - m_capacity;
    if (over > 0) {
        const int drop = std::min(over, av_audio_fifo_size(m_fifo.get()));
        av_audio_fifo_drain(m_fifo.get(), drop);
        m_discarded += drop;
    }
    void *data[kChannels] = {};
    for (int channel = 0; channel < kChannels; ++channel)
        data[channel] = const_cast<std::uint8_t *>(planes[channel]); // FFmpeg only reads them
    if (av_audio_fifo_write(m_fifo.get(), data, samples) < samples)
        throw std::bad_alloc();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool AudioSampleFifo::read(AVFrame &frame, int samples)
{
    std::unique_lock lock(m_mutex);
    if (av_audio_fifo_size(m_fifo.get()) < samples)
        return false;
    av_audio_fifo_read(m_fifo.get(), reinterpret_cast<void **>(frame.data), samples);
    lock.unlock();
    m_changed.notify_all();
    return true;
}

int AudioSampleFifo::waitFor(int samples, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout,
                       [&] { return m_closed || av_audio_fifo_size(m_fifo.get()) >= samples; });
    return av_audio_fifo_size(m_fifo.get());
}

int AudioSampleFifo::size() const
{
    std::lock_guard lock(m_mutex);
    return av_audio_fifo_size(m_fifo.get());
}

std::int64_t AudioSampleFifo::discarded() const
{
    std::lock_guard lock(m_mutex);
    return m_discarded;
}

void AudioSampleFifo::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

void AudioSampleFifo::reopen()
{
    std::lock_guard lock(m_mutex);
    av_audio_fifo_reset(m_fifo.get());
    m_closed = false;
}

} // namespace stallcast::media
