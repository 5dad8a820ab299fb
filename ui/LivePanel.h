#pragma once

#include "studio/LiveSession.h"
#include "studio/StudioMonitor.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace stallcast::ui {

class LiveStudio;

// Go Live / Stop and Record, one row per output with its status light, bitrate, dropped
// frames and reconnect countdown ("Reconnect now"), and the warnings a merchant must see:
// CPU overloaded, the recording disk filling up, keys kept only in memory. Everything shown
// comes from LiveStudio's queued snapshots; the buttons never wait for the network or disk.
class LivePanel final : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(LiveStudio &studio, QWidget *parent = nullptr);

    QAction *goLiveAction() const { return m_goLive; }
    QAction *recordAction() const { return m_record; }
    QAction *destinationsAction() const { return m_destinations; }

    // The state an output's light shows ("live", "connecting", "reconnecting", "failed",
    // "stopped"), or "" when it has no row.
    QString lightState(const QString &outputId) const;
    QPushButton *reconnectButton(const QString &outputId) const;
    QString warningText() const;

    // Shows a warning next to the CPU and disk ones (e.g. "keys are kept in memory only").
    void setStandingWarning(const QString &text);
    // Asks before closing the studio while live or recording. True: go ahead.
    bool confirmClose();

public slots:
    void openDestinations();

private:
    void toggleLive();
    void toggleRecording();
    void showSnapshot(const studio::LiveSnapshot &snapshot);
    void showHealth(const studio::MachineHealth &health);
    void updateButtons();
    void updateWarnings();
    int rowOf(const QString &outputId) const;

    LiveStudio &m_studio;
    QAction *m_goLive;
    QAction *m_record;
    QAction *m_destinations;
    QPushButton *m_goLiveButton;
    QPushButton *m_recordButton;
    QLabel *m_clock;
    QTableWidget *m_table;
    QLabel *m_warnings;
    QString m_standing, m_cpuWarning, m_diskWarning;
    int m_busyCpuSamples = 0;
    QElapsedTimer m_liveSince;
};

} // namespace stallcast::ui
