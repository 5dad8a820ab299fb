#pragma once

#include "SecretStore.h"

#include <functional>
#include <memory>

namespace stallcast::ui {

// Secrets in the operating system's keychain through QtKeychain: libsecret (GNOME Keyring,
// KWallet's Secret Service) on Linux, Keychain on macOS, Credential Manager on Windows. Every
// entry is under the service "Stallcast" and the caller's key. Never falls back to a plain
// file (QtKeychain's insecure fallback stays off).
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Stallcast"));
    void write(const QString &key, const QByteArray &secret, WriteDone done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, WriteDone done) override;
    QString backendName() const override;

    // Whether an error text came from a keychain that is not there at all (no D-Bus session,
    // no Secret Service), as opposed to a refusal or a missing entry.
    static bool meansNoKeychain(int keychainError);

private:
    QString m_service;
};

// The studio's store: the keychain while it answers; if it does not (no keychain service, e.g.
// a machine without a D-Bus session), secrets are kept in memory for this run and
// `unavailable` is called once with the reason, so the studio can say keys will be forgotten.
class KeychainOrMemorySecretStore final : public SecretStore {
public:
    explicit KeychainOrMemorySecretStore(std::function<void(const QString &reason)> unavailable);
    ~KeychainOrMemorySecretStore() override { *m_alive = false; }
    KeychainOrMemorySecretStore(const KeychainOrMemorySecretStore &) = delete;
    KeychainOrMemorySecretStore &operator=(const KeychainOrMemorySecretStore &) = delete;
    void write(const QString &key, const QByteArray &secret, WriteDone done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, WriteDone done) override;
    QString backendName() const override;
    bool usingMemory() const { return m_usingMemory; }

private:
    void fallBack(const QString &reason);

    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    KeychainSecretStore m_keychain;
    MemorySecretStore m_memory;
    bool m_usingMemory = false;
    std::function<void(const QString &)> m_unavailable;
};

} // namespace stallcast::ui
