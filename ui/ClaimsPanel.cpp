#include "ClaimsPanel.h"

#include "BackgroundTask.h"
#include "ClaimsTableModel.h"
#include "ModelRoles.h"
#include "claims/ClaimDesk.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace stallcast::ui {

namespace {

QString summary(const claims::ClaimRecord &r)
{
    const auto who = QString::fromStdString(r.buyer);
    const auto what = QStringLiteral("%1 × %2").arg(QString::fromStdString(r.code)).arg(r.qty);
    switch (r.outcome) {
    case claims::ClaimOutcome::Held:
        return ClaimsPanel::tr("%1 holds %2 (pay code %3)")
            .arg(who, what, QString::fromStdString(r.claimRef));
    case claims::ClaimOutcome::Waitlisted:
        return ClaimsPanel::tr("%1 is on the waitlist for %2").arg(who, what);
    case claims::ClaimOutcome::Interest:
        return ClaimsPanel::tr("%1 wants %2 (first paid first served)").arg(who, what);
    case claims::ClaimOutcome::Refused:
        return ClaimsPanel::tr("%1: %2 refused: %3")
            .arg(who, what, QString::fromStdString(r.reason));
    }
    return {};
}

} // namespace

ClaimsPanel::ClaimsPanel(std::shared_ptr<claims::ClaimDesk> desk, QWidget *parent)
    : QWidget(parent), m_desk(std::move(desk)), m_model(new ClaimsTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_entry(new QLineEdit(this)), m_mode(new QComboBox(this)), m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("claimsPanel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(kSortRole);
    m_view->setObjectName(QStringLiteral("claimsTable"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClaimsTableModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_entry->setObjectName(QStringLiteral("claimEntry"));
    m_entry->setPlaceholderText(tr("@handle A1 2  — a claim from the phone or a DM, then Enter"));
    m_entry->setClearButtonEnabled(true);
    connect(m_entry, &QLineEdit::returnPressed, this, &ClaimsPanel::submitEntry);

    m_mode->setObjectName(QStringLiteral("claimMode"));
    m_mode->addItem(tr("Holds (first claims win)"), static_cast<int>(claims::ClaimMode::Holds));
    m_mode->addItem(tr("First paid first served"), static_cast<int>(claims::ClaimMode::FirstPaid));
    m_mode->setCurrentIndex(m_desk->mode() == claims::ClaimMode::Holds ? 0 : 1);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int) {
        m_desk->setMode(static_cast<claims::ClaimMode>(m_mode->currentData().toInt()));
    });

    m_feedback->setObjectName(QStringLiteral("claimFeedback"));
    m_feedback->setWordWrap(true);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(entryRow);
    layout->addWidget(m_feedback);
    layout->addWidget(m_view, 1);
}

void ClaimsPanel::setClaims(std::vector<claims::ClaimRecord> claims)
{
    const bool first = m_model->rowCount() == 0 && !claims.empty();
    m_model->setClaims(std::move(claims));
    if (first)
        m_view->resizeColumnsToContents();
}

void ClaimsPanel::submitEntry()
{
    const auto line = m_entry->text().trimmed().toStdString();
    if (line.empty())
        return;
    std::future<claims::ClaimRecord> pending;
    try {
        pending = m_desk->submitManual(line); // parses here; the writer does the rest
    } catch (const std::invalid_argument &e) {
        m_feedback->setText(QString::fromUtf8(e.what()));
        return;
    }
    m_entry->clear();
    auto shared = std::make_shared<std::future<claims::ClaimRecord>>(std::move(pending));
    runInBackground(
        this, [shared] { return shared->get(); },
        [this](const TaskResult<claims::ClaimRecord> &result) {
            const auto text = result.ok() ? summary(*result.value)
                                          : tr("The claim could not be recorded: %1").arg(result.error);
            m_feedback->setText(text);
            emit claimRecorded(text);
        });
}

} // namespace stallcast::ui
