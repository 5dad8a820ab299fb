#include "PreviewWidget.h"

#include "studio/LiveSession.h"

#include <QPainter>
#include <QPointer>

namespace stallcast::ui {

namespace {
// The preview is a monitor, not the stream: a picture about the widget's size is enough and
// keeps the conversion cheap (a 1080p canvas is scaled down on the feed's thread).
const QSize kLandscapeMax(960, 540);
const QSize kVerticalMax(304, 540);
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
    }
    update();
}

void PreviewWidget::detach()
{
    m_feeds.clear(); // joins the feed threads
    m_taps.clear();
    m_images.clear();
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

void PreviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 28));
    if (m_images.empty()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect(), Qt::AlignCenter, tr("Starting the camera…"));
        return;
    }
    // Side by side, each as large as fits, the landscape canvas getting most of the width.
    const int gap = 8;
    int totalAspectWidth = 0; // widths at the widget's height
    std::vector<QSize> natural;
    for (const auto &image : m_images) {
        const QSize size = image.isNull() ? QSize(16, 9) : image.size();
        natural.push_back(size);
        totalAspectWidth += size.width() * height() / std::max(1, size.height());
    }
    const int available = width() - gap * static_cast<int>(m_images.size() - 1);
    const double scale = std::min(1.0, static_cast<double>(available) / std::max(1, totalAspectWidth));
    int x = 0;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (std::size_t i = 0; i < m_images.size(); ++i) {
        const int h = static_cast<int>(height() * scale);
        const int w = natural[i].width() * h / std::max(1, natural[i].height());
        const QRect target(x, (height() - h) / 2, w, h);
        if (m_images[i].isNull()) {
            painter.setPen(QColor(200, 200, 200));
            painter.drawText(target, Qt::AlignCenter, tr("Starting…"));
        } else {
            painter.drawImage(target, m_images[i]);
        }
        x += w + gap;
    }
}

} // namespace stallcast::ui
