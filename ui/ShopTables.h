#pragma once

class QAbstractItemModel;
class QLabel;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace stallcast::ui {

// The studio's read-only tables: whole-row selection, alternating rows, no editing, sorted by
// kSortRole through a proxy.
QSortFilterProxyModel *sortedProxy(QAbstractItemModel *source, QObject *parent);
QTableView *makeShopTable(QSortFilterProxyModel *model, QWidget *parent);
// A panel's heading: bold, a little larger. Returns the label.
QLabel *styleAsTitle(QLabel *title);

} // namespace stallcast::ui
