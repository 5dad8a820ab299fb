#pragma once

#include "media/av/AvPointers.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace stallcast::media {

// Audio on its way from a source to the encoder, already in the encoder's format: 48 kHz,
// stereo, planar float. Bounded: when the reader falls behind by more than `capacity` samples
// the oldest are discarded and counted (a live source never waits for the encoder).
class AudioSampleFifo {
public:
    static constexpr int kSampleRate = 48000;
    static constexpr int kChannels = 2;
    static constexpr AVSampleFormat kFormat = AV_SAMPLE_FMT_FLTP;

    // lockStep: write() waits for room instead of discarding (benchmarks, offline renders).
    explicit AudioSampleFifo(int capacity = kSampleRate, bool lockStep = false);

    // Appends samples (planar float, kChannels planes). Returns false once closed.
    bool write(const std::uint8_t *const *planes, int samples);

    // Moves exactly `samples` samples into `frame` (allocated by the caller for that many) if
    // there are that many, and returns true; otherwise leaves everything as is and returns false.
    bool read(AVFrame &frame, int samples);

    // Waits until at least `samples` are there (or closed / timeout). Returns what is there.
    int waitFor(int samples, std::chrono::milliseconds timeout);

    int size() const;
    std::int64_t discarded() const;
    bool lockStep() const { return m_lockStep; }
    void close();
    // Takes samples again after close(), empty (a new source replaces the old one).
    void reopen();

private:
    const int m_capacity;
    const bool m_lockStep;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    AudioFifoPtr m_fifo;
    std::int64_t m_discarded = 0;
    bool m_closed = false;
};

} // namespace stallcast::media
