#include "StockWatch.h"

#include "db/Database.h"

#include <chrono>

namespace stallcast::test {

StockWatch::StockWatch(const std::filesystem::path &file)
    : m_thread([this, file] { watch(file); })
{
}

StockWatch::~StockWatch()
{
    stop();
}

StockWatch::Observation StockWatch::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    return m_seen;
}

void StockWatch::watch(const std::filesystem::path &file)
{
    try {
        auto conn = db::Database::openConnection(file, 30000);
        for (bool last = false; !last;) {
            last = m_stop.load();
            {
                auto &stmt = conn->prepare("SELECT sku, on_hand FROM products");
                std::lock_guard lock(m_mutex);
                while (stmt.step()) {
                    const std::string sku = stmt.columnText(0);
                    const auto onHand = stmt.columnInt(1);
                    Seen &seen = m_seen.products[sku];
                    seen.lowest = std::min(seen.lowest, onHand);
                    ++seen.samples;
                    const auto previous = m_last.find(sku);
                    if (previous != m_last.end() && onHand > previous->second)
                        seen.rose = true;
                    m_last[sku] = onHand;
                }
            }
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        }
    } catch (const std::exception &e) {
        std::lock_guard lock(m_mutex);
        m_seen.failure = e.what();
    }
}

} // namespace stallcast::test
