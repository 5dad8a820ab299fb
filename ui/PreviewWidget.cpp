#include "PreviewWidget.h"

#include "studio/LiveSession.h"

#include <QPainter>
#include <QRegion>
#include <QPointer>

namespace stallcast::ui {

namespace {
// The preview is a monitor, not the stream: a picture about the widget's size is enough and
// keeps the conversion cheap (a 1080p canvas is scaled down on the feed's thread).
const QSize kLandscapeMax(960, 540);
const QSize kVerticalMax(304, 540);
const QColor kBackground(24, 24, 28);
} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("livePreview"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("What your viewers see (the product card included)"));
}

PreviewWidget::~PreviewWidget()
{
    detach();
}

void PreviewWidget::attach(const std::shared_ptr<studio::LiveSession> &session)
{
    detach();
    m_session = session;
    for (const auto role : {studio::CanvasRole::Landscape, studio::CanvasRole::Vertical}) {
        if (!session->hasCanvas(role))
            continue;
        auto tap = session->preview(role);
        QPointer<PreviewWidget> self(this);
        m_feeds.push_back(std::make_unique<studio::PreviewFeed>(
            tap, role == studio::CanvasRole::Vertical ? kVerticalMax : kLandscapeMax, [self] {
                // The feed's thread: only post; the UI thread takes the newest image.
                QMetaObject::invokeMethod(self, [self] { if (self) self->takeImages(); },
                                          Qt::QueuedConnection);
            }));
        m_taps.push_back(std::move(tap));
        m_images.emplace_back();
        const auto format = session->canvasFormat(role);
        m_canvasSizes.emplace_back(format.width, format.height);
    }
    fitFeeds();
    update();
}

void PreviewWidget::detach()
{
    m_feeds.clear(); // joins the feed threads
    m_taps.clear();
    m_images.clear();
    m_canvasSizes.clear();
    m_session.reset();
}

std::int64_t PreviewWidget::framesDropped() const
{
    std::int64_t dropped = 0;
    for (const auto &tap : m_taps)
        dropped += tap->counts().dropped;
    for (const auto &feed : m_feeds)
        dropped += feed->replaced();
    return dropped;
}

QImage PreviewWidget::latestImage(std::size_t canvas) const
{
    return canvas < m_images.size() ? m_images[canvas] : QImage();
}

void PreviewWidget::takeImages()
{
    bool changed = false;
    for (std::size_t i = 0; i < m_feeds.size(); ++i) {
        QImage image = m_feeds[i]->takeLatest();
        if (!image.isNull()) {
            m_images[i] = std::move(image);
            changed = true;
        }
    }
    if (changed) {
        ++m_shown;
        update();
        if (m_shown % 30 == 0) // about once a second
            setToolTip(tr("What your viewers see (the product card included). Preview frames "
                          "skipped so far: %1 — the stream itself loses none.")
                           .arg(framesDropped()));
    }
}

std::vector<QRect> PreviewWidget::placements() const
{
    // Side by side, each as large as fits, the landscape canvas getting most of the width.
    const int gap = 8;
    int totalAspectWidth = 0; // widths at the widget's height
    for (const auto &size : m_canvasSizes)
        totalAspectWidth += size.width() * height() / std::max(1, size.height());
    const int available = width() - gap * static_cast<int>(m_canvasSizes.size() - 1);
    const double scale = std::min(1.0, static_cast<double>(available) / std::max(1, totalAspectWidth));
    std::vector<QRect> rects;
    int x = 0;
    for (const auto &size : m_canvasSizes) {
        const int h = static_cast<int>(height() * scale);
        const int w = size.width() * h / std::max(1, size.height());
        rects.emplace_back(x, (height() - h) / 2, w, h);
        x += w + gap;
    }
    return rects;
}

void PreviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFeeds();
}

void PreviewWidget::fitFeeds()
{
    // The feeds scale to exactly what is painted, on their threads: painting is then a copy.
    // (Scaling here would run Qt's image scaling on the UI thread, which waits for its helper
    // threads — behind the encoder's on a busy machine.)
    const auto rects = placements();
    const double ratio = devicePixelRatioF();
    for (std::size_t i = 0; i < m_feeds.size() && i < rects.size(); ++i)
        m_feeds[i]->setMaxSize(rects[i].size() * ratio, ratio);
}

void PreviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_images.empty()) {
        painter.fillRect(rect(), kBackground);
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect(), Qt::AlignCenter, tr("Starting the camera…"));
        return;
    }
    const auto rects = placements();
    QRegion background(rect());
    for (std::size_t i = 0; i < m_images.size() && i < rects.size(); ++i) {
        const QImage &image = m_images[i];
        const QSize shown = image.isNull() ? QSize() : image.deviceIndependentSize().toSize();
        if (image.isNull()) {
            continue;
        } else if (shown.width() <= rects[i].width() && shown.height() <= rects[i].height()) {
            // The usual case: the feed made it this size; centred, unscaled.
            QRect at(QPoint(), shown);
            at.moveCenter(rects[i].center());
            painter.drawImage(at.topLeft(), image);
            background -= at;
        } else {
            // Just after a resize, until the feed's next picture: a plain (not smooth) scale.
            painter.drawImage(rects[i], image);
            background -= rects[i];
        }
    }
    for (const QRect &r : background)
        painter.fillRect(r, kBackground);
    painter.setPen(QColor(200, 200, 200));
    for (std::size_t i = 0; i < m_images.size() && i < rects.size(); ++i)
        if (m_images[i].isNull())
            painter.drawText(rects[i], Qt::AlignCenter, tr("Starting…"));
}

} // namespace stallcast::ui
