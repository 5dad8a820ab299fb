#include "db/DeliveryRound.h"

#include <stdexcept>
#include <utility>

namespace stallcast::db {

namespace {

// The calling thread's open round: null outside one.
thread_local DeliveryRound *t_round = nullptr;

} // namespace

void atDeliveryRoundEnd(const void *key, std::function<void()> action)
{
    if (!t_round) {
        action();
        return;
    }
    for (const auto &d : t_round->m_deferred)
        if (d.key == key)
            return; // already deferred this round
    t_round->m_deferred.push_back({key, std::move(action)});
}

DeliveryRound::DeliveryRound()
{
    if (t_round)
        throw std::logic_error("a delivery round is already open on this thread");
    t_round = this;
}

DeliveryRound::~DeliveryRound()
{
    // An action may defer another (it completes something that defers its own wake-up): run
    // until none is left.
    std::vector<Deferred> deferred;
    while (!m_deferred.empty()) {
        deferred.swap(m_deferred);
        for (auto &d : deferred)
            d.action();
        deferred.clear();
    }
    t_round = nullptr;
}

} // namespace stallcast::db
