#pragma once

#include <boost/asio/io_context.hpp>

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <vector>

namespace stallcast::feed::http {

// Carries the replies of committed orders from the writer's delivery thread to the receiver's
// event loop. The delivery thread completes a whole round of batches at once; posting each
// reply to the event loop on its own woke an event-loop thread that then took turns with the
// delivery thread, reply by reply. The outbox gathers a round's replies and posts them in one
// go when the round ends (db::atDeliveryRoundEnd).
//
// It also counts the replies still owed: each one posts to the io_context, so the receiver
// must not destroy its io_context while any is outstanding. The writer delivers (or fails)
// every job it took, so the count always comes back to zero. Thread-safe.
class ReplyOutbox final {
public:
    // `io` may be constructed after the outbox; it is used only once replies flow.
    explicit ReplyOutbox(boost::asio::io_context &io) : m_io(io) {}
    ReplyOutbox(const ReplyOutbox &) = delete;
    ReplyOutbox &operator=(const ReplyOutbox &) = delete;

    // A reply will come through send() (called before the order is submitted).
    void expect();
    // It will not after all (the request was answered at once).
    void forget();
    // On the delivery thread: `post` hands the reply to its connection (a post to the
    // connection's strand); it runs on an event-loop thread once the delivery round ends.
    void send(std::function<void()> post);
    // Blocks until no reply is owed and no flush is due.
    void waitUntilNoneOwed();

private:
    void flush();

    boost::asio::io_context &m_io;
    std::mutex m_mutex;
    std::condition_variable m_noneOwed;
    std::vector<std::function<void()>> m_gathered;
    std::size_t m_owed = 0;
    bool m_flushScheduled = false; // a flush of m_gathered is due at the end of a delivery round
};

} // namespace stallcast::feed::http
