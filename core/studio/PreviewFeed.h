#pragma once

#include "media/canvas/PreviewTap.h"

#include <QImage>
#include <QSize>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace stallcast::studio {

// Turns a canvas's PreviewTap into pictures the studio can paint, on a thread of its own: each
// composed frame is scaled down (libswscale, bilinear) into a QImage no larger than `maxSize`
// (Format_RGB32, the widgets' own format, so painting it unscaled is a plain copy), kept in a
// one-image slot, and `ready` is called — at most once until the image is taken, so a busy UI
// thread never gets a queue of stale pictures (the newest one wins and the ones it replaced are
// counted). The UI thread's only work is takeLatest() and painting.
class PreviewFeed {
public:
    // `ready` runs on the feed's thread: it should only post a queued call to the UI thread.
    PreviewFeed(std::shared_ptr<media::PreviewTap> tap, QSize maxSize, std::function<void()> ready);
    PreviewFeed(const PreviewFeed &) = delete;
    PreviewFeed &operator=(const PreviewFeed &) = delete;
    ~PreviewFeed();

    // Any thread: the newest picture (null before the first one); allows the next `ready`.
    QImage takeLatest();
    // Any thread: the size the next pictures fit in (device pixels; the preview widget's size,
    // so it paints them without scaling) and the device pixel ratio they are tagged with.
    void setMaxSize(QSize maxSize, double devicePixelRatio = 1.0);
    std::int64_t converted() const { return m_converted.load(); }
    // Pictures converted but replaced before the UI took them.
    std::int64_t replaced() const { return m_replaced.load(); }

private:
    void run();

    std::shared_ptr<media::PreviewTap> m_tap;
    QSize m_maxSize;
    std::function<void()> m_ready;
    std::mutex m_mutex;
    QSize m_wantedSize;       // guarded by m_mutex: setMaxSize() for the feed's thread
    double m_devicePixelRatio = 1.0;
    QImage m_latest;
    bool m_pending = false; // a `ready` was sent and the image not taken yet
    std::atomic<bool> m_stop{false};
    std::atomic<std::int64_t> m_converted{0};
    std::atomic<std::int64_t> m_replaced{0};
    std::thread m_thread;
};

// The size of a WxH picture scaled to fit within maxSize (aspect kept, even, at least 2x2).
QSize fittedPreviewSize(QSize picture, QSize maxSize);

} // namespace stallcast::studio
