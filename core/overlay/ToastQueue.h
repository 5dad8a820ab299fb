#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>

namespace stallcast::overlay {

// "kimchi_mom" -> "k***m": the first and last character (not byte) of a buyer's handle around
// three stars, so a viewer sees someone bought without learning who. One character: "k***".
std::string maskHandle(const std::string &utf8Handle);

// "k***m bought 2 × Jeju tangerines".
std::string boughtText(const std::string &handle, std::int64_t qty, const std::string &productName);

struct ShownToast {
    std::string text;
    std::int64_t more = 0;    // orders summarised into this one ("+14 more")
    std::uint64_t serial = 0; // changes with every new toast shown
    bool operator==(const ShownToast &) const = default;
};

// "Just bought" toasts in arrival order. Each is shown for `showMs`; when more than `burstAt`
// are waiting as one ends, the next is shown with the rest summarised ("+N more") instead of
// keeping viewers waiting minutes. None is lost: every toast pushed is either shown or counted
// in a summary. Thread-safe (orders arrive on the event dispatcher, the overlay reads it).
class ToastQueue final {
public:
    struct Options {
        std::int64_t showMs = 3000;
        std::size_t burstAt = 3;
    };
    ToastQueue() : ToastQueue(Options{}) {}
    explicit ToastQueue(Options options);

    void push(std::string text);
    // The toast to show at nowMs (ms on any steady clock), nullopt when there is none.
    std::optional<ShownToast> current(std::int64_t nowMs);

    std::uint64_t pushed() const;
    std::uint64_t shown() const;
    std::uint64_t summarised() const;

private:
    Options m_options;
    mutable std::mutex m_mutex;
    std::deque<std::string> m_waiting;
    std::optional<ShownToast> m_current;
    std::int64_t m_currentUntil = 0;
    std::uint64_t m_pushed = 0, m_shown = 0, m_summarised = 0, m_serial = 0;
};

} // namespace stallcast::overlay
