#pragma once

#include "ReceiverSettings.h"

#include <QDialog>

#include <map>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace stallcast::ui {

class SecretStore;

// Settings › Order receiver: on/off, the listen address, the address senders use, one webhook
// secret per source (typed into a masked field, written to the SecretStore — never to QSettings)
// and the webhook URL of each source with a Copy button. Saving writes the secrets, then emits
// applied() so the receiver restarts with them.
class ReceiverSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    ReceiverSettingsDialog(std::shared_ptr<SecretStore> secrets, const QString &boundAddress,
                           QWidget *parent = nullptr);

    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *secretEdit(feed::WebhookSource source) const { return m_rows.at(source).secret; }
    QLineEdit *urlEdit(feed::WebhookSource source) const { return m_rows.at(source).url; }
    // Why the values cannot be saved ("" when they can).
    QString problem() const;

public slots:
    // Saves the settings and writes the secrets; closes the dialog once the store confirms.
    void save();

signals:
    void applied();

private:
    struct SourceRow {
        QLineEdit *secret = nullptr;
        QLabel *state = nullptr;
        QLineEdit *url = nullptr;
        bool remove = false;
    };
    void revalidate();
    void updateUrls();
    ReceiverSettings current() const;

    std::shared_ptr<SecretStore> m_secrets;
    QString m_bound;
    QCheckBox *m_enabled;
    QLineEdit *m_listen;
    QLineEdit *m_publicBase;
    std::map<feed::WebhookSource, SourceRow> m_rows;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace stallcast::ui
