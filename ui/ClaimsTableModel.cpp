#include "ClaimsTableModel.h"

#include "ModelRoles.h"
#include "TableColors.h"

namespace stallcast::ui {

namespace {

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

QString outcomeText(const claims::ClaimRecord &c)
{
    switch (c.outcome) {
    case claims::ClaimOutcome::Held:
        if (c.hold && c.hold->status != orders::HoldStatus::Active)
            return ClaimsTableModel::tr("held → %1").arg(text(std::string(toString(c.hold->status))));
        return ClaimsTableModel::tr("held");
    case claims::ClaimOutcome::Waitlisted:
        if (c.hold && c.hold->status != orders::HoldStatus::Waiting)
            return ClaimsTableModel::tr("waitlist → %1").arg(text(std::string(toString(c.hold->status))));
        return ClaimsTableModel::tr("waitlist");
    case claims::ClaimOutcome::Interest:
        return ClaimsTableModel::tr("interest");
    case claims::ClaimOutcome::Refused:
        return ClaimsTableModel::tr("refused");
    }
    return {};
}

} // namespace

ClaimsTableModel::ClaimsTableModel(QObject *parent) : RowListModel(parent) {}

void ClaimsTableModel::setClaims(std::vector<claims::ClaimRecord> claims)
{
    replaceRows(std::move(claims));
}

int ClaimsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto &c = rowAt(index.row());
    if (role == Qt::DisplayRole || role == kSortRole) {
        switch (index.column()) {
        case Id:
            return role == kSortRole ? QVariant(static_cast<qint64>(c.id)) : QVariant(QString::number(c.id));
        case Source:
            return text(c.source);
        case Buyer:
            return text(c.buyer);
        case Claim: {
            auto claim = QStringLiteral("%1 × %2").arg(text(c.code)).arg(c.qty);
            if (!c.variant.empty())
                claim += QStringLiteral(" (%1)").arg(text(c.variant));
            return claim;
        }
        case Outcome:
            return outcomeText(c);
        case Code:
            return text(c.claimRef);
        case Comment:
            return text(c.comment);
        }
    }
    if (role == Qt::ToolTipRole && !c.reason.empty())
        return text(c.reason);
    if (role == Qt::ForegroundRole) {
        if (c.outcome == claims::ClaimOutcome::Refused)
            return colors::alertText();
        if (c.outcome == claims::ClaimOutcome::Waitlisted)
            return colors::mutedText();
    }
    return {};
}

QVariant ClaimsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Source:
        return tr("Chat");
    case Buyer:
        return tr("Buyer");
    case Claim:
        return tr("Claim");
    case Outcome:
        return tr("Status");
    case Code:
        return tr("Pay code");
    case Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace stallcast::ui
