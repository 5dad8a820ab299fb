#include "overlay/ToastQueue.h"

#include <QList>
#include <QString>

namespace stallcast::overlay {

std::string maskHandle(const std::string &utf8Handle)
{
    const QString handle = QString::fromStdString(utf8Handle).trimmed();
    const auto codePoints = handle.toUcs4();
    if (codePoints.isEmpty())
        return "someone";
    QString masked = QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoints.front()), 1) + QStringLiteral("***");
    if (codePoints.size() > 2)
        masked += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoints.back()), 1);
    return masked.toStdString();
}

std::string boughtText(const std::string &handle, std::int64_t qty, const std::string &productName)
{
    return maskHandle(handle) + " bought " + std::to_string(qty) + " \xC3\x97 " + productName;
}

ToastQueue::ToastQueue(Options options) : m_options(options)
{
}

void ToastQueue::push(std::string text)
{
    std::lock_guard lock(m_mutex);
    m_waiting.push_back(std::move(text));
    ++m_pushed;
}

std::optional<ShownToast> ToastQueue::current(std::int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    if (m_current && nowMs < m_currentUntil)
        return m_current;
    m_current.reset();
    if (m_waiting.empty())
        return std::nullopt;
    ShownToast next;
    next.text = std::move(m_waiting.front());
    m_waiting.pop_front();
    if (m_waiting.size() >= m_options.burstAt) {
        next.more = static_cast<std::int64_t>(m_waiting.size());
        m_summarised += m_waiting.size();
        m_waiting.clear();
    }
    next.serial = ++m_serial;
    ++m_shown;
    m_current = next;
    m_currentUntil = nowMs + m_options.showMs;
    return m_current;
}

std::uint64_t ToastQueue::pushed() const
{
    std::lock_guard lock(m_mutex);
    return m_pushed;
}

std::uint64_t ToastQueue::shown() const
{
    std::lock_guard lock(m_mutex);
    return m_shown;
}

std::uint64_t ToastQueue::summarised() const
{
    std::lock_guard lock(m_mutex);
    return m_summarised;
}

} // namespace stallcast::overlay
