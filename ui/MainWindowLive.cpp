// The MainWindow's live side (docs/STUDIO.md, "Live"): the preview, Go Live / Record, the
// sources and the destinations, built here so MainWindow.cpp stays about the shop.
#include "MainWindow.h"

#include "KeychainSecretStore.h"
#include "LivePanel.h"
#include "LiveStudio.h"
#include "PreviewWidget.h"
#include "SourcesPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QPointer>
#include <QStatusBar>
#include <QToolBar>

namespace stallcast::ui {

namespace {
constexpr int kLiveMessageMs = 10000;
} // namespace

// The keychain when the desktop has one; otherwise secrets live in memory for this run, and
// the live panel says so.
std::shared_ptr<SecretStore> MainWindow::keychainSecretStore()
{
    QPointer<MainWindow> self(this);
    return std::make_shared<KeychainOrMemorySecretStore>([self](const QString &reason) {
        if (self && self->m_livePanel)
            self->m_livePanel->setStandingWarning(
                tr("No keychain service answered (%1): stream keys and webhook secrets are kept "
                   "in memory and forgotten when Stallcast closes.")
                    .arg(reason));
    });
}

void MainWindow::buildLiveDocks()
{
    m_liveStudio = new LiveStudio(LiveStudio::optionsFromSettings(), m_secrets, this);
    m_livePanel = new LivePanel(*m_liveStudio, this);
    m_preview = new PreviewWidget(this);
    auto *sources = new SourcesPanel(*m_liveStudio, this);

    const auto dock = [this](QWidget *widget, const QString &title, const QString &name,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    auto *previewDock = dock(m_preview, tr("Preview"), QStringLiteral("previewDock"),
                             Qt::LeftDockWidgetArea);
    auto *liveDock = dock(m_livePanel, tr("Live"), QStringLiteral("liveDock"),
                          Qt::LeftDockWidgetArea);
    auto *sourcesDock = dock(sources, tr("Sources"), QStringLiteral("sourcesDock"),
                             Qt::LeftDockWidgetArea);
    splitDockWidget(previewDock, liveDock, Qt::Vertical);
    tabifyDockWidget(liveDock, sourcesDock);
    liveDock->raise();

    connect(m_liveStudio, &LiveStudio::sessionStarted, this,
            [this] { m_preview->attach(m_liveStudio->session()); });
    connect(m_liveStudio, &LiveStudio::sessionFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The camera or test pattern could not start: %1").arg(error),
                                 kLiveMessageMs);
    });
    connect(m_liveStudio, &LiveStudio::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kLiveMessageMs); });
    connect(m_liveStudio, &LiveStudio::recordingSaved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Recording saved: %1").arg(path), kLiveMessageMs);
    });

    QMenu *live = menuBar()->addMenu(tr("&Live"));
    live->addAction(m_livePanel->goLiveAction());
    live->addAction(m_livePanel->recordAction());
    live->addSeparator();
    live->addAction(m_livePanel->destinationsAction());
    auto *dual = live->addAction(tr("&Vertical canvas (9:16) too"));
    dual->setObjectName(QStringLiteral("dualOutputAction"));
    dual->setCheckable(true);
    dual->setChecked(m_liveStudio->dualOutput());
    connect(dual, &QAction::toggled, this, [this, dual](bool on) {
        m_liveStudio->setDualOutput(on); // refused while on air; the preview follows on restart
        dual->setChecked(m_liveStudio->dualOutput());
    });
    live->addSeparator();
    for (auto *d : {previewDock, liveDock, sourcesDock})
        live->addAction(d->toggleViewAction());

    QToolBar *tools = addToolBar(tr("Live"));
    tools->setObjectName(QStringLiteral("liveToolBar"));
    tools->addAction(m_livePanel->goLiveAction());
    tools->addAction(m_livePanel->recordAction());

    m_liveStudio->start();
    // Ask the keychain once now, so a missing one is reported before the merchant types a key.
    m_secrets->read(QStringLiteral("stallcast/probe"), [](const auto &, const QString &) {});
}

bool MainWindow::confirmCloseLive()
{
    return !m_livePanel || m_livePanel->confirmClose();
}

} // namespace stallcast::ui
