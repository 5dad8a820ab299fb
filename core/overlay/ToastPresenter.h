#pragma once

#include "media/overlay/OverlayLayer.h"
#include "overlay/CardTemplate.h"
#include "overlay/PollingThread.h"
#include "overlay/ToastQueue.h"

#include <QRect>

#include <functional>
#include <optional>
#include <vector>

namespace stallcast::overlay {

// Where toasts go on one canvas (placeToast: the template's "toast" block, or just above the
// card).
struct ToastTarget {
    media::OverlayLayer *layer = nullptr; // outlives the presenter
    ToastPlace place;
    CardTheme theme;
};

// Shows a ToastQueue's toasts on the canvases, on a thread of its own that looks at the queue
// ten times a second and draws only when the toast shown changes (a new one, or none).
class ToastPresenter final {
public:
    using Hook = std::function<void(const std::optional<ShownToast> &)>;
    static constexpr const char *kOverlayId = "toast";
    static constexpr int kOverlayZ = 11;

    ToastPresenter(ToastQueue &queue, std::vector<ToastTarget> targets, Hook hook = {});
    ToastPresenter(const ToastPresenter &) = delete;
    ToastPresenter &operator=(const ToastPresenter &) = delete;
    ~ToastPresenter(); // joins the thread, takes the toast off the layers

private:
    void look();
    void show(const std::optional<ShownToast> &toast);

    ToastQueue &m_queue;
    std::vector<ToastTarget> m_targets;
    Hook m_hook;
    std::optional<ShownToast> m_shown; // the thread's
    PollingThread m_thread;            // last: starts once the rest is ready
};

} // namespace stallcast::overlay
