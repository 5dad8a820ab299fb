#pragma once

#include "studio/PreviewFeed.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

namespace stallcast::studio {
class LiveSession;
}

namespace stallcast::ui {

// The live preview: the composed picture of each canvas (overlays included, as viewers see
// it), landscape and — with dual output — vertical side by side. Pictures are scaled to the
// size they are shown at and converted on each canvas's PreviewFeed thread; this widget only
// takes the newest image and copies it onto the screen (no scaling on the UI thread). Frames
// the UI could not show in time are dropped (counted), never the stream's.
class PreviewWidget final : public QWidget {
    Q_OBJECT
public:
    explicit PreviewWidget(QWidget *parent = nullptr);
    ~PreviewWidget() override;

    // Shows the session's canvases (call again after the session was replaced).
    void attach(const std::shared_ptr<studio::LiveSession> &session);
    void detach();

    std::int64_t framesShown() const { return m_shown; }
    // Preview frames left out: replaced in the canvas's tap or in the feed before painting.
    std::int64_t framesDropped() const;
    QImage latestImage(std::size_t canvas) const;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {240, 135}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void takeImages();
    // Where each canvas is shown in the widget.
    std::vector<QRect> placements() const;
    // Tells each feed the size its canvas is shown at.
    void fitFeeds();

    std::shared_ptr<studio::LiveSession> m_session;
    std::vector<std::unique_ptr<studio::PreviewFeed>> m_feeds;
    std::vector<std::shared_ptr<media::PreviewTap>> m_taps;
    std::vector<QImage> m_images;
    std::vector<QSize> m_canvasSizes;
    std::int64_t m_shown = 0;
};

} // namespace stallcast::ui
