#pragma once

#include "BackgroundTask.h"
#include "ShopSnapshot.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

class QTimer;

namespace stallcast::db {
class Database;
}

namespace stallcast::ui {

// Keeps the window's picture of the shop fresh without ever blocking the UI thread: every load
// runs on Qt's thread pool, one at a time (requests made meanwhile are merged into one follow-up).
// Polling is cheap: it reads SQLite's data version and only reloads when someone committed —
// this process, the CLI, or another studio on the same file.
class ShopSnapshotLoader final : public QObject {
    Q_OBJECT
public:
    explicit ShopSnapshotLoader(std::shared_ptr<db::Database> database, QObject *parent = nullptr);

    void startPolling(std::chrono::milliseconds interval);
    bool isLoading() const { return m_loading; }

public slots:
    // Loads if anything changed since the last load.
    void poll();
    // Loads everything again, changed or not (the Refresh action).
    void reload();

signals:
    void snapshotLoaded(const stallcast::ui::ShopSnapshot &snapshot);
    void loadFailed(const QString &message);

private:
    void start(bool force);
    void finished(const TaskResult<ShopSnapshot> &result);

    std::shared_ptr<db::Database> m_database;
    QTimer *m_timer;
    std::optional<std::int64_t> m_knownVersion;
    bool m_loading = false;
    bool m_pending = false;      // a request came in while loading
    bool m_pendingForce = false; // ...and it asked for a full reload
};

} // namespace stallcast::ui
