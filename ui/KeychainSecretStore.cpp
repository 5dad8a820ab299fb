#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace stallcast::ui {

namespace {

// Marks a QtKeychain error that says the keychain is missing, not that the call failed.
constexpr const char *kNoKeychainPrefix = "no keychain: ";

QString jobError(const QKeychain::Job &job)
{
    const QString text = job.errorString();
    return KeychainSecretStore::meansNoKeychain(job.error())
               ? QString::fromLatin1(kNoKeychainPrefix) + text
               : text;
}

bool isNoKeychain(const QString &error)
{
    return error.startsWith(QLatin1String(kNoKeychainPrefix));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

bool KeychainSecretStore::meansNoKeychain(int keychainError)
{
    // libsecret without a session bus reports OtherError ("... not provided by any .service
    // files" / "cannot autolaunch D-Bus"); a platform without a backend NoBackendAvailable.
    return keychainError == QKeychain::NoBackendAvailable || keychainError == QKeychain::NotImplemented
           || keychainError == QKeychain::OtherError;
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("SecretStore", "macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("SecretStore", "Windows Credential Manager");
#else
    return QCoreApplication::translate("SecretStore", "system keyring (Secret Service)");
#endif
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service); // deletes itself when finished
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : jobError(*j));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            done(readJob->binaryData(), {});
        else if (j->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else
            done(std::nullopt, jobError(*j));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : jobError(*j));
    });
    job->start();
}

KeychainOrMemorySecretStore::KeychainOrMemorySecretStore(
    std::function<void(const QString &)> unavailable)
    : m_unavailable(std::move(unavailable))
{
}

QString KeychainOrMemorySecretStore::backendName() const
{
    return m_usingMemory ? m_memory.backendName() : m_keychain.backendName();
}

void KeychainOrMemorySecretStore::fallBack(const QString &reason)
{
    if (m_usingMemory)
        return;
    m_usingMemory = true;
    if (m_unavailable) // the keychain's own words, without our marker
        m_unavailable(reason.mid(static_cast<int>(qstrlen(kNoKeychainPrefix))));
}

void KeychainOrMemorySecretStore::write(const QString &key, const QByteArray &secret,
                                        WriteDone done)
{
    if (m_usingMemory)
        return m_memory.write(key, secret, std::move(done));
    m_keychain.write(key, secret, [this, alive = m_alive, key, secret, done](const QString &error) {
        if (*alive && isNoKeychain(error)) {
            fallBack(error);
            return m_memory.write(key, secret, done);
        }
        done(error);
    });
}

void KeychainOrMemorySecretStore::read(const QString &key, ReadDone done)
{
    if (m_usingMemory)
        return m_memory.read(key, std::move(done));
    m_keychain.read(key, [this, alive = m_alive, key,
                          done](const std::optional<QByteArray> &secret, const QString &error) {
        if (*alive && isNoKeychain(error)) {
            fallBack(error);
            return m_memory.read(key, done);
        }
        done(secret, error);
    });
}

void KeychainOrMemorySecretStore::remove(const QString &key, WriteDone done)
{
    if (m_usingMemory)
        return m_memory.remove(key, std::move(done));
    m_keychain.remove(key, [this, alive = m_alive, key, done](const QString &error) {
        if (*alive && isNoKeychain(error)) {
            fallBack(error);
            return m_memory.remove(key, done);
        }
        done(error);
    });
}

} // namespace stallcast::ui
