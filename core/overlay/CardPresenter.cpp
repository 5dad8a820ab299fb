#include "overlay/CardPresenter.h"

#include "common/TextKey.h"

#include <stdexcept>
#include <utility>

namespace stallcast::overlay {

CardPresenter::CardPresenter(CardSource source, std::vector<CardTarget> targets, RenderHook hook)
    : m_source(std::move(source)), m_targets(std::move(targets)), m_hook(std::move(hook))
{
    if (!m_source)
        throw std::invalid_argument("CardPresenter needs a card source");
    for (const auto &target : m_targets) {
        if (target.layer == nullptr)
            throw std::invalid_argument("CardPresenter: a target without an overlay layer");
        m_renderers.emplace_back(target.layout.theme, target.picture);
    }
    if (const auto first = m_source())
        renderAndPush(*first);
    m_thread = std::thread([this] { run(); });
}

CardPresenter::~CardPresenter()
{
    if (m_events != nullptr)
        m_events->unsubscribe(m_subscription);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    takeOff();
}

void CardPresenter::takeOff()
{
    for (const auto &target : m_targets)
        target.layer->remove(kOverlayId);
    m_shown.reset();
}

void CardPresenter::refresh()
{
    {
        std::lock_guard lock(m_mutex);
        m_dirty = true;
    }
    m_wake.notify_all();
}

void CardPresenter::watch(feed::OrderEvents &events, const std::string &sku)
{
    if (m_events != nullptr)
        throw std::logic_error("CardPresenter already watches an order feed");
    m_events = &events;
    m_subscription = events.subscribe([this, key = foldedKey(sku)](const feed::OrderEvent &event) {
        for (const auto &line : event.order.lines)
            if (foldedKey(line.sku) == key) {
                refresh();
                return;
            }
    });
}

std::uint64_t CardPresenter::renderCount() const
{
    std::lock_guard lock(m_mutex);
    return m_renderCount;
}

std::string CardPresenter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void CardPresenter::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            // While a flash sale's countdown runs, look again ten times a second: the card is
            // drawn again only when the shown second changes.
            const bool countdown = m_shown && m_shown->flashState() == FlashState::Running;
            if (countdown)
                m_wake.wait_for(lock, kCountdownPoll, [this] { return m_dirty || m_stopping; });
            else
                m_wake.wait(lock, [this] { return m_dirty || m_stopping; });
            if (m_stopping)
                return;
            m_dirty = false;
        }
        try {
            const std::optional<ProductCard> card = m_source();
            if (!card) {
                if (m_shown)
                    takeOff();
                continue;
            }
            if (m_shown && *card == *m_shown)
                continue; // nothing visible changed
            renderAndPush(*card);
        } catch (const std::exception &e) {
            std::lock_guard lock(m_mutex);
            m_lastError = e.what();
        }
    }
}

void CardPresenter::renderAndPush(const ProductCard &card)
{
    CardRenderReport report;
    report.card = card;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        const auto &target = m_targets[i];
        const QRect place = placeCard(target.layout, target.canvas);
        report.rendered.push_back(m_renderers[i].render(card, place.size()));
        report.placed.push_back(place);
    }
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        report.layerVersions.push_back(m_targets[i].layer->set(kOverlayId, toRgbaImage(report.rendered[i].image),
                                                               report.placed[i].x(), report.placed[i].y(),
                                                               kOverlayZ));
    report.pushedAt = std::chrono::steady_clock::now();
    m_shown = std::make_unique<ProductCard>(card);
    {
        std::lock_guard lock(m_mutex);
        report.renderCount = ++m_renderCount;
        m_lastError.clear();
    }
    if (m_hook)
        m_hook(report);
}

} // namespace stallcast::overlay
