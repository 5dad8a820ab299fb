#include "studio/PreviewFeed.h"

#include "media/av/AvPointers.h"

extern "C" {
#include <libswscale/swscale.h>
}

#include <QSysInfo>

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
    , m_wantedSize(maxSize)
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

void PreviewFeed::setMaxSize(QSize maxSize, double devicePixelRatio)
{
    std::lock_guard lock(m_mutex);
    m_wantedSize = maxSize;
    m_devicePixelRatio = devicePixelRatio;
}

void PreviewFeed::run()
{
    media::SwsContextPtr scaler;
    QSize source, target;
    while (!m_stop) {
        const auto frame = m_tap->takeNext(std::chrono::milliseconds(100));
        if (!frame)
            continue;
        double ratio = 1.0;
        {
            std::lock_guard lock(m_mutex);
            if (m_wantedSize != m_maxSize)
                scaler.reset();
            m_maxSize = m_wantedSize;
            ratio = m_devicePixelRatio;
        }
        const QSize size(frame->width, frame->height);
        if (size != source || !scaler) {
            source = size;
            target = fittedPreviewSize(size, m_maxSize);
            // BGR0 bytes are Qt's RGB32 (0xffRRGGBB) on little-endian machines, RGB0 on big-endian.
            const auto format = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? AV_PIX_FMT_BGR0
                                                                               : AV_PIX_FMT_0RGB;
            scaler.reset(sws_getContext(size.width(), size.height(),
                                        static_cast<AVPixelFormat>(frame->format), target.width(),
                                        target.height(), format, SWS_BILINEAR, nullptr, nullptr,
                                        nullptr));
            if (!scaler)
                continue;
        }
        QImage image(target, QImage::Format_RGB32);
        image.setDevicePixelRatio(ratio);
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
