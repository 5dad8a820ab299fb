#pragma once

#include <QAbstractTableModel>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <limits>
#include <vector>

namespace stallcast::ui {

// A table model over a list of rows that each carry a database id. replaceRows() applies a fresh
// list with the smallest change it can find, so periodic reloads keep the selection and scroll
// position: same ids in the same order -> the cells are updated in place; new rows appended at
// the end (new orders, new products) -> rows inserted; anything else -> a model reset. Only the
// span of kept rows that really changed (sameContent) is reported as changed, so a reload that
// adds one order does not make views and sorting proxies look at every row again.
template <typename Row>
class RowListModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const std::vector<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

protected:
    virtual std::int64_t rowId(const Row &row) const = 0;
    // Whether a kept row shows the same as before; by default every kept row counts as changed.
    virtual bool sameContent(const Row &before, const Row &after) const
    {
        (void)before;
        (void)after;
        return false;
    }

    void replaceRows(std::vector<Row> next)
    {
        const std::size_t kept = commonPrefix(next);
        if (kept < m_rows.size()) {
            beginResetModel();
            m_rows = std::move(next);
            endResetModel();
            return;
        }
        const std::size_t added = next.size() - kept;
        // The first and one past the last kept row whose content changed.
        std::size_t firstChanged = kept;
        std::size_t endChanged = 0;
        for (std::size_t i = 0; i < kept; ++i) {
            if (sameContent(m_rows[i], next[i]))
                continue;
            firstChanged = std::min(firstChanged, i);
            endChanged = i + 1;
        }
        if (added > 0)
            beginInsertRows({}, static_cast<int>(kept), static_cast<int>(next.size() - 1));
        m_rows = std::move(next);
        if (added > 0)
            endInsertRows();
        if (firstChanged < endChanged && columnCount() > 0)
            emit dataChanged(index(static_cast<int>(firstChanged), 0),
                             index(static_cast<int>(endChanged) - 1, columnCount() - 1));
    }

    // The same change as replaceRows(), but only the rows that are new or whose content changed
    // are copied: a reload of thousands of orders that adds a few copies a few, not all.
    // Rows past the end of `next` (orders shown live, not in this reload yet) are removed
    // rather than the model reset.
    void updateRows(const std::vector<Row> &next)
    {
        const std::size_t kept = commonPrefix(next);
        if (kept < m_rows.size() && kept < next.size()) {
            replaceRows(next);
            return;
        }
        if (kept < m_rows.size()) {
            beginRemoveRows({}, static_cast<int>(kept), static_cast<int>(m_rows.size() - 1));
            m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(kept), m_rows.end());
            endRemoveRows();
        }
        std::size_t firstChanged = kept;
        std::size_t endChanged = 0;
        for (std::size_t i = 0; i < kept; ++i) {
            if (sameContent(m_rows[i], next[i]))
                continue;
            m_rows[i] = next[i];
            firstChanged = std::min(firstChanged, i);
            endChanged = i + 1;
        }
        if (next.size() > kept) {
            beginInsertRows({}, static_cast<int>(kept), static_cast<int>(next.size() - 1));
            m_rows.insert(m_rows.end(), next.begin() + static_cast<std::ptrdiff_t>(kept), next.end());
            endInsertRows();
        }
        if (firstChanged < endChanged && columnCount() > 0)
            emit dataChanged(index(static_cast<int>(firstChanged), 0),
                             index(static_cast<int>(endChanged) - 1, columnCount() - 1));
    }

    // Adds rows whose ids are all above the last row's, in order (new orders): only they are
    // copied. False, with nothing changed, when they are not.
    bool appendRows(const std::vector<Row> &rows)
    {
        if (rows.empty())
            return true;
        std::int64_t last = m_rows.empty() ? std::numeric_limits<std::int64_t>::min()
                                           : rowId(m_rows.back());
        for (const auto &row : rows) {
            if (rowId(row) <= last)
                return false;
            last = rowId(row);
        }
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows.insert(m_rows.end(), rows.begin(), rows.end());
        endInsertRows();
        return true;
    }

private:
    // How many leading rows of `next` have the same ids as the current rows.
    std::size_t commonPrefix(const std::vector<Row> &next) const
    {
        std::size_t n = 0;
        while (n < m_rows.size() && n < next.size() && rowId(m_rows[n]) == rowId(next[n]))
            ++n;
        return n;
    }

    std::vector<Row> m_rows;
};

} // namespace stallcast::ui
