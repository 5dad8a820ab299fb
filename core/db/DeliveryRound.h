#pragma once

#include <functional>
#include <vector>

namespace stallcast::db {

// A TransactionQueue's delivery thread calls the completions of a whole round of committed
// batches one after another. A completion that wakes another thread per job (an event
// dispatcher, say) makes that thread and the delivery thread take turns on the CPUs, job by
// job; deferring the wake-up to the end of the round wakes it once.
//
// atDeliveryRoundEnd(key, action): on a delivery thread inside a round, runs `action` once when
// the round's completions have all been called (one action per key per round: later calls
// with the same key are dropped); anywhere else (a completion called on the submitting thread
// because the queue is closing, say) runs it at once. The action must not throw. Whatever it
// uses must outlive the round: an object that defers a flush of its own should wait, before it
// is destroyed, until that flush has run (feed::OrderEvents and the receiver's ReplyOutbox
// keep a "flush scheduled" flag for this, which also keeps one flush due at a time).
void atDeliveryRoundEnd(const void *key, std::function<void()> action);

// Marks the calling thread as inside a delivery round while it lives; runs the deferred actions
// (in the order they were first deferred) when it ends. For TransactionQueue's delivery thread.
class DeliveryRound final {
public:
    DeliveryRound();
    DeliveryRound(const DeliveryRound &) = delete;
    DeliveryRound &operator=(const DeliveryRound &) = delete;
    ~DeliveryRound();

private:
    friend void atDeliveryRoundEnd(const void *key, std::function<void()> action);
    struct Deferred {
        const void *key;
        std::function<void()> action;
    };
    std::vector<Deferred> m_deferred;
};

} // namespace stallcast::db
