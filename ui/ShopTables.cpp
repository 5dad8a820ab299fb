#include "ShopTables.h"

#include "ModelRoles.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace stallcast::ui {

namespace {
constexpr int kRowsMeasuredForWidth = 100;
}

QSortFilterProxyModel *sortedProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(kSortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QTableView *makeShopTable(QSortFilterProxyModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    // Fitting columns to their contents looks at the first rows only (Qt's default is 1000
    // rows of text layout: tens of milliseconds on the UI thread with a full order book).
    view->horizontalHeader()->setResizeContentsPrecision(kRowsMeasuredForWidth);
    return view;
}

QLabel *styleAsTitle(QLabel *title)
{
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    return title;
}

} // namespace stallcast::ui
