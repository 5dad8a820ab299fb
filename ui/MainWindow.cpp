#include "MainWindow.h"

#include "CatalogTableModel.h"
#include "ClaimsPanel.h"
#include "EndOfStreamDialog.h"
#include "ModelRoles.h"
#include "OrdersTableModel.h"
#include "PathText.h"
#include "SalesSummary.h"
#include "ShopFileCommands.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
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

QTableView *makeTable(QSortFilterProxyModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QSortFilterProxyModel *sortedView(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(kSortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QWidget *titledPanel(QLabel *title, QTableView *table, QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 0);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    layout->addWidget(title);
    layout->addWidget(table);
    return panel;
}

QString shelfTitle(const std::vector<inventory::Product> &products)
{
    const auto onSale = std::count_if(products.begin(), products.end(),
                                      [](const auto &p) { return p.active && p.salePrice; });
    const auto soldOut = std::count_if(products.begin(), products.end(),
                                       [](const auto &p) { return p.active && p.available() <= 0; });
    QString title = MainWindow::tr("Shelf · %1 products").arg(products.size());
    if (onSale > 0)
        title += MainWindow::tr(" · %1 on sale").arg(onSale);
    if (soldOut > 0)
        title += MainWindow::tr(" · %1 sold out").arg(soldOut);
    return title;
}

QString ordersTitle(std::size_t orders)
{
    if (orders == 0)
        return MainWindow::tr("Orders · none yet (orders placed from the CLI or a sales channel "
                              "appear here by themselves)");
    return MainWindow::tr("Orders · %1, newest first").arg(orders);
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<db::Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database)),
      m_catalogModel(new CatalogTableModel(this)), m_ordersModel(new OrdersTableModel(this)),
      m_loader(new ShopSnapshotLoader(m_database, this)),
      m_fileCommands(new ShopFileCommands(m_database, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Stallcast"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("shelfOrdersSplitter"));
    m_splitter->addWidget(buildShelf());
    m_splitter->addWidget(buildOrders());
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

    connect(m_loader, &ShopSnapshotLoader::snapshotLoaded, this, &MainWindow::showSnapshot);
    connect(m_loader, &ShopSnapshotLoader::loadFailed, this, &MainWindow::showLoadError);
    connect(m_fileCommands, &ShopFileCommands::shopChanged, this, &MainWindow::refresh);
    connect(m_fileCommands, &ShopFileCommands::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });

    restoreLayout();
    m_loader->reload();
    m_loader->startPolling(kPollInterval);
}

MainWindow::~MainWindow() = default;

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

    QToolBar *tools = addToolBar(tr("Shop"));
    tools->setObjectName(QStringLiteral("shopToolBar"));
    tools->setMovable(false);
    tools->addAction(refreshAction);
    tools->addAction(m_fileCommands->importCatalogAction());
    tools->addAction(m_fileCommands->exportPackingAction());
}

QWidget *MainWindow::buildShelf()
{
    m_catalogSorted = sortedView(m_catalogModel, this);
    m_shelfView = makeTable(m_catalogSorted, QStringLiteral("shelfTable"), this);
    m_shelfView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // catalogue order
    m_shelfView->setSortingEnabled(true);
    m_shelfTitle = new QLabel(tr("Shelf"), this);
    return titledPanel(m_shelfTitle, m_shelfView, this);
}

QWidget *MainWindow::buildOrders()
{
    m_ordersSorted = sortedView(m_ordersModel, this);
    m_ordersView = makeTable(m_ordersSorted, QStringLiteral("ordersTable"), this);
    // The items are what the merchant reads: they get the spare width.
    m_ordersView->horizontalHeader()->setStretchLastSection(false);
    m_ordersView->horizontalHeader()->setSectionResizeMode(OrdersTableModel::Items,
                                                           QHeaderView::Stretch);
    m_ordersView->setSortingEnabled(true);
    m_ordersView->sortByColumn(OrdersTableModel::Id, Qt::DescendingOrder);
    m_ordersTitle = new QLabel(tr("Orders"), this);
    return titledPanel(m_ordersTitle, m_ordersView, this);
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
    const bool firstProducts = m_catalogModel->rowCount() == 0 && !snapshot.products.empty();
    const bool firstOrders = m_ordersModel->rowCount() == 0 && !snapshot.orders.empty();
    m_catalogModel->setProducts(snapshot.products);
    m_ordersModel->setOrders(snapshot.orders);
    m_claimsPanel->setClaims(snapshot.claims);
    if (firstProducts)
        m_shelfView->resizeColumnsToContents();
    if (firstOrders)
        m_ordersView->resizeColumnsToContents();
    m_shelfTitle->setText(shelfTitle(snapshot.products));
    m_ordersTitle->setText(ordersTitle(snapshot.orders.size()));
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
