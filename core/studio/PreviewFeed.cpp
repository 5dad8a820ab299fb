#include "studio/PreviewFeed.h"

#include "media/av/AvPointers.h"

extern "C" {
#include <libswscale/swscale.h>
}

#include <algorithm>

namespace stallcast::studio {

QSize fittedPreviewSize(QSize picture, QSize maxSize)
{
    if (picture.isEmpty())
        return {2, 2};
    const QSize fitted = picture.scaled(maxSize.boundedTo(picture), Qt::KeepAspectRatio);
    return {std::max(2, fitted.width() & ~1), std::max(2, fitted.height() & ~1)};
}

PreviewFeed::PreviewFeed(std::shared_ptr<media::PreviewTap> tap, QSize maxSize,
                         std::function<void()> ready)
    : m_tap(std::move(tap))
    , m_maxSize(maxSize)
    , m_ready(std::move(ready))
    , m_thread([this] { run(); })
{
}

PreviewFeed::~PreviewFeed()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QImage PreviewFeed::takeLatest()
{
    std::lock_guard lock(m_mutex);
    m_pending = false;
    return m_latest;
}

void PreviewFeed::run()
{
    media::SwsContextPtr scaler;
    QSize source, target;
    while (!m_stop) {
        const auto frame = m_tap->takeNext(std::chrono::milliseconds(100));
        if (!frame)
            continue;
        const QSize size(frame->width, frame->height);
        if (size != source || !scaler) {
            source = size;
            target = fittedPreviewSize(size, m_maxSize);
            scaler.reset(sws_getContext(size.width(), size.height(),
                                        static_cast<AVPixelFormat>(frame->format), target.width(),
                                        target.height(), AV_PIX_FMT_RGB0, SWS_BILINEAR, nullptr,
                                        nullptr, nullptr));
            if (!scaler)
                continue;
        }
        QImage image(target, QImage::Format_RGBX8888);
        std::uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
        int strides[4] = {static_cast<int>(image.bytesPerLine()), 0, 0, 0};
        sws_scale(scaler.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
        ++m_converted;
        bool notify = false;
        {
            std::lock_guard lock(m_mutex);
            if (m_pending)
                ++m_replaced;
            m_latest = std::move(image);
            notify = !m_pending;
            m_pending = true;
        }
        if (notify && m_ready)
            m_ready();
    }
}

} // namespace stallcast::studio
