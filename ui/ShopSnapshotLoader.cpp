#include "ShopSnapshotLoader.h"

#include "db/Database.h"

#include <QTimer>

namespace stallcast::ui {

ShopSnapshotLoader::ShopSnapshotLoader(std::shared_ptr<db::Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ShopSnapshotLoader::poll);
}

void ShopSnapshotLoader::startPolling(std::chrono::milliseconds interval)
{
    m_timer->start(interval);
}

void ShopSnapshotLoader::poll()
{
    start(false);
}

void ShopSnapshotLoader::reload()
{
    start(true);
}

void ShopSnapshotLoader::start(bool force)
{
    if (m_loading) {
        m_pending = true;
        m_pendingForce = m_pendingForce || force;
        return;
    }
    m_loading = true;
    const auto known = force ? std::nullopt : m_knownVersion;
    runInBackground(
        this, [database = m_database, known] { return loadShopSnapshot(*database, known); },
        [this](const TaskResult<ShopSnapshot> &result) { finished(result); });
}

void ShopSnapshotLoader::finished(const TaskResult<ShopSnapshot> &result)
{
    m_loading = false;
    if (!result.ok()) {
        m_knownVersion.reset(); // load everything next time
        emit loadFailed(result.error);
    } else if (!result.value->unchanged) {
        m_knownVersion = result.value->dataVersion;
        emit snapshotLoaded(*result.value);
    }
    if (m_pending) {
        const bool force = m_pendingForce;
        m_pending = m_pendingForce = false;
        start(force);
    }
}

} // namespace stallcast::ui
