#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace stallcast::ui {

// Where the studio keeps secrets (stream keys, webhook secrets, the checkout signing secret):
// never in QSettings or any plain file. Keys are short names such as "destination/<id>" or
// "receiver/shopify". Every call is asynchronous (a keychain may ask D-Bus or show a prompt):
// `done` runs later on the thread that made the call, which must run a Qt event loop (the UI
// thread). An empty error string means success.
class SecretStore {
public:
    using WriteDone = std::function<void(const QString &error)>;
    // secret: nullopt when there is none under this key (not an error).
    using ReadDone = std::function<void(const std::optional<QByteArray> &secret, const QString &error)>;

    virtual ~SecretStore() = default;
    virtual void write(const QString &key, const QByteArray &secret, WriteDone done) = 0;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
    // Where secrets go, for the settings dialogs ("GNOME Keyring / KWallet", "test store").
    virtual QString backendName() const = 0;
};

// Secrets in memory only: the test backend, and what the studio falls back to (with a warning
// that keys are forgotten on exit) when the OS has no keychain service.
class MemorySecretStore final : public SecretStore {
public:
    void write(const QString &key, const QByteArray &secret, WriteDone done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, WriteDone done) override;
    QString backendName() const override;

    // Synchronous view for tests.
    std::optional<QByteArray> peek(const QString &key) const;

private:
    std::map<QString, QByteArray> m_secrets;
};

} // namespace stallcast::ui
