#include "LivePanel.h"

#include "DestinationsDialog.h"
#include "LiveStudio.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace stallcast::ui {

namespace {

enum Column { Light, Name, State, Bitrate, Dropped, Reconnect, ColumnCount };

constexpr double kCpuWarnAbove = 0.85;
constexpr int kCpuWarnAfterSamples = 3;          // seconds in a row
constexpr std::uintmax_t kDiskWarnBelow = 2ull << 30; // 2 GiB: ~1 h at 4.5 Mbit/s

QColor lightColour(media::OutputState state)
{
    switch (state) {
    case media::OutputState::Live: return QColor(46, 204, 64);
    case media::OutputState::Connecting:
    case media::OutputState::Reconnecting: return QColor(255, 176, 0);
    case media::OutputState::Failed: return QColor(220, 50, 47);
    case media::OutputState::Stopped: break;
    }
    return QColor(140, 140, 140);
}

QIcon lightIcon(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(140));
    painter.drawEllipse(1, 1, 12, 12);
    return QIcon(pixmap);
}

QString stateText(media::OutputState state)
{
    switch (state) {
    case media::OutputState::Connecting: return LivePanel::tr("connecting");
    case media::OutputState::Live: return LivePanel::tr("live");
    case media::OutputState::Reconnecting: return LivePanel::tr("reconnecting");
    case media::OutputState::Stopped: return LivePanel::tr("stopped");
    case media::OutputState::Failed: return LivePanel::tr("failed");
    }
    return {};
}

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LivePanel::LivePanel(LiveStudio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_goLive(new QAction(tr("Go &Live"), this))
    , m_record(new QAction(tr("&Record"), this))
    , m_destinations(new QAction(tr("&Destinations…"), this))
    , m_goLiveButton(new QPushButton(this))
    , m_recordButton(new QPushButton(this))
    , m_clock(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("livePanel"));
    m_goLive->setObjectName(QStringLiteral("goLiveAction"));
    m_record->setObjectName(QStringLiteral("recordAction"));
    m_goLive->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_record->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    m_goLiveButton->setObjectName(QStringLiteral("goLiveButton"));
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_table->setObjectName(QStringLiteral("outputStatusTable"));
    m_warnings->setObjectName(QStringLiteral("liveWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold"));
    m_clock->setObjectName(QStringLiteral("liveClock"));
    for (auto *button : {m_goLiveButton, m_recordButton}) {
        button->setMinimumHeight(36);
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
    }
    m_table->setHorizontalHeaderLabels(
        {QString(), tr("Destination"), tr("State"), tr("Bitrate"), tr("Dropped"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c : {Light, State, Bitrate, Dropped, Reconnect})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_goLiveButton, 2);
    buttons->addWidget(m_recordButton, 1);
    auto *destinations = new QPushButton(tr("Destinations…"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_clock);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(destinations, 0, Qt::AlignLeft);

    connect(m_goLive, &QAction::triggered, this, &LivePanel::toggleLive);
    connect(m_record, &QAction::triggered, this, &LivePanel::toggleRecording);
    connect(m_destinations, &QAction::triggered, this, &LivePanel::openDestinations);
    connect(m_goLiveButton, &QPushButton::clicked, m_goLive, &QAction::trigger);
    connect(m_recordButton, &QPushButton::clicked, m_record, &QAction::trigger);
    connect(destinations, &QPushButton::clicked, m_destinations, &QAction::trigger);
    connect(&m_studio, &LiveStudio::liveChanged, this, [this](bool live) {
        if (live)
            m_liveSince.start();
        updateButtons();
    });
    connect(&m_studio, &LiveStudio::recordingChanged, this, [this] { updateButtons(); });
    connect(&m_studio, &LiveStudio::busyChanged, this, [this] { updateButtons(); });
    connect(&m_studio, &LiveStudio::sessionStarted, this, [this] { updateButtons(); });
    connect(&m_studio, &LiveStudio::needDestinations, this, &LivePanel::openDestinations);
    connect(&m_studio, &LiveStudio::snapshotReady, this, &LivePanel::showSnapshot);
    connect(&m_studio, &LiveStudio::healthReady, this, &LivePanel::showHealth);
    updateButtons();
    updateWarnings();
}

void LivePanel::updateButtons()
{
    const bool live = m_studio.isLive();
    const bool recording = m_studio.isRecording();
    const bool ready = m_studio.sessionRunning();
    m_goLive->setText(live ? tr("■ Stop stream") : tr("● Go Live"));
    m_record->setText(recording ? tr("■ Stop recording") : tr("● Record"));
    m_goLiveButton->setText(m_goLive->text().remove(QLatin1Char('&')));
    m_recordButton->setText(m_record->text().remove(QLatin1Char('&')));
    m_goLiveButton->setStyleSheet(live ? QStringLiteral("background: #c0392b; color: white")
                                       : QString());
    m_recordButton->setStyleSheet(recording ? QStringLiteral("background: #8e44ad; color: white")
                                            : QString());
    m_goLive->setEnabled(ready || live);
    m_record->setEnabled(ready || recording);
    m_goLiveButton->setEnabled(m_goLive->isEnabled());
    m_recordButton->setEnabled(m_record->isEnabled());
    if (!live)
        m_clock->setText(ready ? tr("Off air") : tr("Starting the camera…"));
}

void LivePanel::toggleLive()
{
    if (!m_studio.isLive()) {
        m_studio.goLive();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Stop the stream?"),
        tr("Your viewers will see the stream end. The recording, if any, goes on."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_studio.stopLive();
}

void LivePanel::toggleRecording()
{
    if (m_studio.isRecording())
        m_studio.stopRecording();
    else
        m_studio.startRecording();
}

void LivePanel::openDestinations()
{
    auto *dialog = new DestinationsDialog(m_studio.destinations(),
                                          m_studio.secretStore(),
                                          m_studio.dualOutput(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<LiveStudio> studio(&m_studio);
    dialog->onSecretError([studio](const QString &error) {
        if (studio)
            emit studio->message(error);
    });
    connect(dialog, &DestinationsDialog::destinationsSaved, &m_studio,
            &LiveStudio::setDestinations);
    dialog->open();
}

int LivePanel::rowOf(const QString &outputId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name) && m_table->item(row, Name)->data(Qt::UserRole) == outputId)
            return row;
    return -1;
}

QString LivePanel::lightState(const QString &outputId) const
{
    const int row = rowOf(outputId);
    return row < 0 ? QString() : m_table->item(row, Light)->data(Qt::UserRole).toString();
}

QPushButton *LivePanel::reconnectButton(const QString &outputId) const
{
    const int row = rowOf(outputId);
    return row < 0 ? nullptr : qobject_cast<QPushButton *>(m_table->cellWidget(row, Reconnect));
}

void LivePanel::showSnapshot(const studio::LiveSnapshot &snapshot)
{
    m_table->setRowCount(static_cast<int>(snapshot.outputs.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto &output = snapshot.outputs[static_cast<std::size_t>(row)];
        const auto id = QString::fromStdString(output.id);
        const auto &s = output.stats;
        auto set = [&](int column, const QString &text) {
            auto *item = m_table->item(row, column);
            if (!item)
                m_table->setItem(row, column, item = new QTableWidgetItem);
            item->setText(text);
            return item;
        };
        auto *light = set(Light, QString());
        light->setIcon(lightIcon(lightColour(s.state)));
        light->setData(Qt::UserRole, QString::fromLatin1(media::outputStateName(s.state).data(),
                                                         static_cast<int>(media::outputStateName(s.state).size())));
        auto *name = set(Name, m_studio.destinationName(id));
        name->setData(Qt::UserRole, id);
        name->setToolTip(QString::fromStdString(output.name)); // masked
        QString state = stateText(s.state);
        if (s.state == media::OutputState::Reconnecting && s.msUntilReconnect > 0)
            state = tr("reconnecting in %1 s").arg((s.msUntilReconnect + 999) / 1000);
        auto *stateItem = set(State, state);
        stateItem->setToolTip(QString::fromStdString(s.lastError)); // masked by the output
        set(Bitrate, tr("%1 kbit/s").arg(s.bitrateBitsPerSecond / 1000));
        set(Dropped, QString::number(s.framesDropped));
        auto *button = qobject_cast<QPushButton *>(m_table->cellWidget(row, Reconnect));
        if (!button || button->property("outputId").toString() != id) {
            button = new QPushButton(tr("Reconnect now"), m_table);
            button->setProperty("outputId", id);
            connect(button, &QPushButton::clicked, this, [this, id] { m_studio.reconnectNow(id); });
            m_table->setCellWidget(row, Reconnect, button);
        }
        button->setEnabled(s.state == media::OutputState::Reconnecting);
    }
    if (m_studio.isLive())
        m_clock->setText(tr("LIVE %1").arg(clockText(m_liveSince.elapsed())));
    else if (m_studio.isRecording())
        m_clock->setText(tr("Recording (off air)"));
}

void LivePanel::showHealth(const studio::MachineHealth &health)
{
    if (health.cpuLoad && *health.cpuLoad > kCpuWarnAbove)
        ++m_busyCpuSamples;
    else
        m_busyCpuSamples = 0;
    m_cpuWarning = m_busyCpuSamples >= kCpuWarnAfterSamples
                       ? tr("CPU at %1%: the stream may stutter. Close other programs or lower "
                            "the canvas size.")
                             .arg(std::lround(*health.cpuLoad * 100))
                       : QString();
    if (!health.diskError.empty())
        m_diskWarning = tr("Cannot check the recording disk: %1")
                            .arg(QString::fromStdString(health.diskError));
    else if (health.freeBytes && *health.freeBytes < kDiskWarnBelow)
        m_diskWarning = tr("Only %1 MB free for recordings in %2")
                            .arg(*health.freeBytes / (1024 * 1024))
                            .arg(m_studio.recordingFolder());
    else
        m_diskWarning.clear();
    updateWarnings();
}

void LivePanel::setStandingWarning(const QString &text)
{
    m_standing = text;
    updateWarnings();
}

void LivePanel::updateWarnings()
{
    QStringList lines;
    for (const auto &line : {m_standing, m_cpuWarning, m_diskWarning})
        if (!line.isEmpty())
            lines.append(QStringLiteral("⚠ ") + line);
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
}

QString LivePanel::warningText() const
{
    return m_warnings->text();
}

bool LivePanel::confirmClose()
{
    if (!m_studio.isLive() && !m_studio.isRecording())
        return true;
    return QMessageBox::question(this, tr("Quit while on air?"),
                                 tr("Quitting ends the stream and finishes the recording."),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Yes;
}

} // namespace stallcast::ui
