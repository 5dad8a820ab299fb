#include "ReceiverSettingsDialog.h"

#include "SecretStore.h"
#include "feed/ListenAddress.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace stallcast::ui {

namespace {
constexpr int kMinSecretBytes = 16;
}

ReceiverSettingsDialog::ReceiverSettingsDialog(std::shared_ptr<SecretStore> secrets,
                                               const QString &boundAddress, QWidget *parent)
    : QDialog(parent), m_secrets(std::move(secrets)), m_bound(boundAddress),
      m_enabled(new QCheckBox(tr("Receive orders from web shops while the studio is open"), this)),
      m_listen(new QLineEdit(this)), m_publicBase(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("receiverSettingsDialog"));
    setWindowTitle(tr("Order receiver"));
    const auto settings = ReceiverSettings::load();
    m_enabled->setChecked(settings.enabled);
    m_listen->setObjectName(QStringLiteral("listenAddress"));
    m_listen->setText(settings.listen);
    m_listen->setToolTip(tr("HOST:PORT to listen on; 127.0.0.1 accepts only this computer (use a "
                            "tunnel), 0.0.0.0 the whole network"));
    m_publicBase->setText(settings.publicBaseUrl);
    m_publicBase->setPlaceholderText(tr("e.g. https://my-tunnel.example.com (optional)"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->setWordWrap(true);

    auto *general = new QFormLayout;
    general->addRow(m_enabled);
    general->addRow(tr("Listen on:"), m_listen);
    general->addRow(tr("Senders reach it at:"), m_publicBase);

    auto *sourcesBox = new QGroupBox(tr("Webhook secrets (kept in %1)").arg(m_secrets->backendName()),
                                     this);
    auto *grid = new QGridLayout(sourcesBox);
    int row = 0;
    QPointer<ReceiverSettingsDialog> self(this);
    for (const auto source : kReceiverSources) {
        SourceRow r;
        r.secret = new QLineEdit(sourcesBox);
        r.secret->setObjectName(QStringLiteral("secret_%1").arg(
            QString::fromUtf8(feed::toString(source).data())));
        r.secret->setEchoMode(QLineEdit::Password);
        r.secret->setPlaceholderText(tr("paste the signing secret"));
        r.state = new QLabel(tr("…"), sourcesBox);
        r.url = new QLineEdit(sourcesBox);
        r.url->setReadOnly(true);
        auto *copy = new QPushButton(tr("Copy URL"), sourcesBox);
        copy->setObjectName(QStringLiteral("copy_%1").arg(
            QString::fromUtf8(feed::toString(source).data())));
        auto *remove = new QPushButton(tr("Remove"), sourcesBox);
        grid->addWidget(new QLabel(sourceDisplayName(source), sourcesBox), row, 0);
        grid->addWidget(r.secret, row, 1);
        grid->addWidget(r.state, row, 2);
        grid->addWidget(remove, row, 3);
        grid->addWidget(r.url, row + 1, 1, 1, 2);
        grid->addWidget(copy, row + 1, 3);
        row += 2;
        connect(copy, &QPushButton::clicked, this, [this, source] {
            QApplication::clipboard()->setText(m_rows.at(source).url->text());
        });
        connect(remove, &QPushButton::clicked, this, [this, source] {
            auto &r = m_rows.at(source);
            r.remove = true;
            r.secret->clear();
            r.state->setText(tr("removed on save"));
        });
        connect(r.secret, &QLineEdit::textEdited, this, [this, source] {
            m_rows.at(source).remove = false;
            revalidate();
        });
        m_rows.emplace(source, r);
        m_secrets->read(receiverSecretKey(source),
                        [self, source](const std::optional<QByteArray> &secret, const QString &error) {
                            if (!self)
                                return;
                            auto &r = self->m_rows.at(source);
                            if (!error.isEmpty())
                                r.state->setText(tr("cannot read: %1").arg(error));
                            else if (!r.remove)
                                r.state->setText(secret ? tr("set") : tr("not set"));
                        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(sourcesBox);
    layout->addWidget(new QLabel(tr("Give each shop its URL and secret; orders are accepted only "
                                    "with a valid signature."),
                                 this));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_listen, &QLineEdit::textChanged, this, &ReceiverSettingsDialog::revalidate);
    connect(m_publicBase, &QLineEdit::textChanged, this, &ReceiverSettingsDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReceiverSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

ReceiverSettings ReceiverSettingsDialog::current() const
{
    ReceiverSettings s;
    s.enabled = m_enabled->isChecked();
    s.listen = m_listen->text().trimmed();
    s.publicBaseUrl = m_publicBase->text().trimmed();
    return s;
}

QString ReceiverSettingsDialog::problem() const
{
    try {
        feed::parseListenAddress(m_listen->text().trimmed().toStdString());
    } catch (const std::invalid_argument &e) {
        return tr("Listen on: %1").arg(QString::fromUtf8(e.what()));
    }
    const QString base = m_publicBase->text().trimmed();
    if (!base.isEmpty()) {
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https")
                               && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return tr("Senders reach it at: an http:// or https:// address, such as "
                      "https://my-tunnel.example.com");
    }
    for (const auto &[source, r] : m_rows) {
        const auto typed = r.secret->text().trimmed().toUtf8();
        if (!typed.isEmpty() && typed.size() < kMinSecretBytes)
            return tr("%1 secret: at least %2 characters (got %3)")
                .arg(sourceDisplayName(source))
                .arg(kMinSecretBytes)
                .arg(typed.size());
    }
    return {};
}

void ReceiverSettingsDialog::revalidate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
    updateUrls();
}

void ReceiverSettingsDialog::updateUrls()
{
    const auto s = current();
    const bool sameListen = s.listen == ReceiverSettings::load().listen;
    for (auto &[source, r] : m_rows)
        r.url->setText(webhookUrl(s, source, sameListen ? m_bound : QString()));
}

void ReceiverSettingsDialog::save()
{
    if (!problem().isEmpty())
        return;
    current().save();
    m_buttons->setEnabled(false);
    auto waiting = std::make_shared<int>(1);
    auto failure = std::make_shared<QString>();
    QPointer<ReceiverSettingsDialog> self(this);
    auto finishOne = [self, waiting, failure](const QString &error) {
        if (!error.isEmpty())
            *failure = error;
        if (--*waiting > 0 || !self)
            return;
        self->m_buttons->setEnabled(true);
        emit self->applied();
        if (failure->isEmpty())
            self->accept();
        else
            self->m_problem->setText(tr("Could not store a secret: %1").arg(*failure));
    };
    for (auto &[source, r] : m_rows) {
        const auto typed = r.secret->text().trimmed().toUtf8();
        if (!typed.isEmpty()) {
            ++*waiting;
            m_secrets->write(receiverSecretKey(source), typed, finishOne);
        } else if (r.remove) {
            ++*waiting;
            m_secrets->remove(receiverSecretKey(source), finishOne);
        }
    }
    finishOne({}); // the settings themselves
}

} // namespace stallcast::ui
