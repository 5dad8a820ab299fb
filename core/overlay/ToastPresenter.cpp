#include "overlay/ToastPresenter.h"

#include "overlay/CardRenderer.h"

#include <chrono>

namespace stallcast::overlay {

ToastPresenter::ToastPresenter(ToastQueue &queue, std::vector<ToastTarget> targets, Hook hook)
    : m_queue(queue), m_targets(std::move(targets)), m_hook(std::move(hook)),
      m_thread(std::chrono::milliseconds(100), std::chrono::milliseconds(0), [this] { look(); })
{
}

ToastPresenter::~ToastPresenter()
{
    m_thread.stop();
    for (const auto &target : m_targets)
        target.layer->remove(kOverlayId);
}

void ToastPresenter::look()
{
    const auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    const auto next = m_queue.current(nowMs);
    if (next == m_shown)
        return;
    m_shown = next;
    show(m_shown);
}

void ToastPresenter::show(const std::optional<ShownToast> &toast)
{
    for (const auto &target : m_targets) {
        if (!toast) {
            target.layer->remove(kOverlayId);
            continue;
        }
        const QRect &box = target.place.box;
        const QImage image = renderToast(toast->text, toast->more, box.height(), box.width(), target.theme);
        const int x = target.place.rightAligned ? box.x() + box.width() - image.width() : box.x();
        target.layer->set(kOverlayId, toRgbaImage(image), x, box.y(), kOverlayZ);
    }
    if (m_hook)
        m_hook(toast);
}

} // namespace stallcast::overlay
