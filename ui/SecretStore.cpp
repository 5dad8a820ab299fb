#include "SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace stallcast::ui {

namespace {

// Calls back from the event loop, as a real keychain would, so callers cannot come to rely on
// the callback running before the call returns.
template <typename F>
void later(F f)
{
    QTimer::singleShot(0, QCoreApplication::instance(), std::move(f));
}

} // namespace

void MemorySecretStore::write(const QString &key, const QByteArray &secret, WriteDone done)
{
    m_secrets[key] = secret;
    later([done = std::move(done)] { done({}); });
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    later([secret = peek(key), done = std::move(done)] { done(secret, {}); });
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    m_secrets.erase(key);
    later([done = std::move(done)] { done({}); });
}

QString MemorySecretStore::backendName() const
{
    return QCoreApplication::translate("stallcast::ui::MemorySecretStore", "memory (forgotten on exit)");
}

std::optional<QByteArray> MemorySecretStore::peek(const QString &key) const
{
    const auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return std::nullopt;
    return it->second;
}

} // namespace stallcast::ui
