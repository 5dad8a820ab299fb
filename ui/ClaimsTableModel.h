#pragma once

#include "RowListModel.h"
#include "claims/ClaimRecord.h"

#include <vector>

namespace stallcast::ui {

// Comment claims in arrival order (the view shows the newest first): who claimed what, from
// which chat, and what became of it. Refused claims stand out; waitlisted ones are greyed.
class ClaimsTableModel final : public RowListModel<claims::ClaimRecord> {
    Q_OBJECT
public:
    enum Column { Id, Source, Buyer, Claim, Outcome, Code, Comment, ColumnCount };

    explicit ClaimsTableModel(QObject *parent = nullptr);

    void setClaims(std::vector<claims::ClaimRecord> claims);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    std::int64_t rowId(const claims::ClaimRecord &claim) const override { return claim.id; }
};

} // namespace stallcast::ui
