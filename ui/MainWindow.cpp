#include "MainWindow.h"

#include "ClaimsPanel.h"
#include "EndOfStreamDialog.h"
#include "OrderFeedPanel.h"
#include "PathText.h"
#include "SalesSummary.h"
#include "SecretStore.h"
#include "ShelfPanel.h"
#include "ShopFileCommands.h"
#include "ShopSide.h"
#include "ShopSnapshot.h"
#include "LanguageMenu.h"
#include "ShopSnapshotLoader.h"
#include "ThemeMenu.h"
#include "claims/ClaimDesk.h"
#include "db/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace stallcast::ui {

namespace {

constexpr auto kPollInterval = std::chrono::seconds(2);
constexpr int kMessageMs = 8000;

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");

} // namespace

MainWindow::MainWindow(std::shared_ptr<db::Database> database,
                       std::shared_ptr<SecretStore> secrets, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database)),
      m_secrets(secrets ? std::move(secrets) : keychainSecretStore()),
      m_loader(new ShopSnapshotLoader(m_database, this)),
      m_fileCommands(new ShopFileCommands(m_database, this)),
      m_shop(new ShopSide(m_database, m_secrets, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Stallcast"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("shelfOrdersSplitter"));
    m_splitter->addWidget(m_shop->shelf());
    m_splitter->addWidget(m_shop->feed());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_totals = new QLabel(tr("Loading…"), this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    statusBar()->addPermanentWidget(m_totals);
    auto *dbLabel = new QLabel(tr("Shop file: %1").arg(toQString(m_database->path().filename())),
                               this);
    dbLabel->setToolTip(tr("Shop database: %1").arg(toQString(m_database->path())));
    statusBar()->addPermanentWidget(dbLabel);

    buildClaimsDock();
    buildMenus();
    buildLiveDocks();
    buildOnStream();

    connect(m_loader, &ShopSnapshotLoader::snapshotLoaded, this, &MainWindow::showSnapshot);
    connect(m_loader, &ShopSnapshotLoader::loadFailed, this, &MainWindow::showLoadError);
    connect(m_fileCommands, &ShopFileCommands::shopChanged, this, &MainWindow::refresh);
    connect(m_fileCommands, &ShopFileCommands::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });
    connect(m_shop, &ShopSide::shopChanged, m_loader, &ShopSnapshotLoader::poll);
    connect(m_shop, &ShopSide::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });

    restoreLayout();
    m_loader->reload();
    m_loader->startPolling(kPollInterval);
}

MainWindow::~MainWindow() = default;

const CatalogTableModel &MainWindow::catalogModel() const
{
    return m_shop->shelf()->model();
}

const OrdersTableModel &MainWindow::ordersModel() const
{
    return m_shop->feed()->model();
}

QString MainWindow::totalsText() const
{
    return m_totals->text();
}

void MainWindow::refresh()
{
    m_loader->reload();
}

void MainWindow::showEndOfStreamSummary(QDateTime started, QDateTime ended)
{
    auto *dialog = new EndOfStreamDialog(m_database, started, ended, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndOfStreamDialog::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });
    dialog->show();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_fileCommands->importCatalogAction());
    file->addAction(m_fileCommands->exportCatalogAction());
    file->addSeparator();
    file->addAction(m_fileCommands->exportSalesAction());
    file->addAction(m_fileCommands->exportPackingAction());
    QAction *today = file->addAction(tr("&Today's summary…"), this, [this] {
        const QDateTime now = QDateTime::currentDateTime();
        showEndOfStreamSummary(now.date().startOfDay(), now);
    });
    today->setObjectName(QStringLiteral("todaySummaryAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh); // F5
    refreshAction->setStatusTip(tr("Reload the shelf and the orders now"));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refreshAction);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("claimsDock")))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addMenu(new ThemeMenu(view));
    auto *language = new LanguageMenu(view);
    connect(language, &LanguageMenu::languageChosen, this,
            [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });
    view->addMenu(language);

    QMenu *shopMenu = menuBar()->addMenu(tr("&Shop"));
    shopMenu->addAction(m_shop->newOrderAction());
    shopMenu->addAction(m_shop->catalogueAction());
    QMenu *settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    settingsMenu->addAction(m_shop->receiverSettingsAction());
    settingsMenu->addAction(m_shop->checkoutSettingsAction());

    QToolBar *tools = addToolBar(tr("Shop"));
    tools->setObjectName(QStringLiteral("shopToolBar"));
    tools->setMovable(false);
    tools->addAction(refreshAction);
    tools->addAction(m_fileCommands->importCatalogAction());
    tools->addAction(m_fileCommands->exportPackingAction());
}

void MainWindow::buildClaimsDock()
{
    m_claimDesk = std::make_shared<claims::ClaimDesk>(*m_database);
    m_claimsPanel = new ClaimsPanel(m_claimDesk, this);
    connect(m_claimsPanel, &ClaimsPanel::claimRecorded, this, [this](const QString &text) {
        statusBar()->showMessage(text, kMessageMs);
        refresh();
    });
    auto *dock = new QDockWidget(tr("Comment claims"), this);
    dock->setObjectName(QStringLiteral("claimsDock"));
    dock->setWidget(m_claimsPanel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::showSnapshot(const ShopSnapshot &snapshot)
{
    m_shop->showSnapshot(snapshot);
    m_claimsPanel->setClaims(snapshot.claims);
    m_totals->setText(salesSummaryText(salesTotals(snapshot.orders)));
}

void MainWindow::showLoadError(const QString &message)
{
    statusBar()->showMessage(tr("Could not read the shop: %1").arg(message), kMessageMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmCloseLive()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First run: most of the screen, centred (the shelf has many columns).
        const QRect screen = this->screen()->availableGeometry();
        resize(std::max(1024, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10));
        move(screen.center() - rect().center());
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

} // namespace stallcast::ui
