#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace stallcast::claims {
class ClaimDesk;
struct ClaimRecord;
}

namespace stallcast::ui {

class ClaimsTableModel;

// Comment selling: the claims from every chat (newest first) and the assistant's entry box,
// "@handle A1 2" + Enter, which claims through the same desk as the chats. The claim mode
// (holds, or first paid first served) switches here. Claims are written by the desk's
// group-committing writer; the box waits for the record on a worker thread, never the UI's.
class ClaimsPanel final : public QWidget {
    Q_OBJECT
public:
    ClaimsPanel(std::shared_ptr<claims::ClaimDesk> desk, QWidget *parent = nullptr);

    void setClaims(std::vector<claims::ClaimRecord> claims);
    const ClaimsTableModel &model() const { return *m_model; }

signals:
    void claimRecorded(const QString &summary);

private:
    void submitEntry();

    std::shared_ptr<claims::ClaimDesk> m_desk;
    ClaimsTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QLineEdit *m_entry;
    QComboBox *m_mode;
    QLabel *m_feedback;
};

} // namespace stallcast::ui
