#include "SourcesPanel.h"

#include "AudioMeter.h"
#include "BackgroundTask.h"
#include "LiveStudio.h"
#include "media/source/DeviceList.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stallcast::ui {

namespace {

using DeviceNames = QList<QPair<QString, QString>>; // (what to show, source value)

struct ListedDevices {
    DeviceNames cameras, microphones;
};

ListedDevices listDevices()
{
    ListedDevices listed;
    for (const auto &d : media::listCaptureDevices()) {
        const auto shown = QString::fromStdString(d.description);
        const auto name = QString::fromStdString(d.name);
        if (d.kind == "camera")
            listed.cameras.append({shown, QStringLiteral("camera:") + name});
        else if (d.kind == "microphone")
            // On Linux the sound system is part of the name (pulse:NAME, alsa:NAME).
#if defined(Q_OS_LINUX)
            listed.microphones.append({shown, QString::fromStdString(d.format) + QLatin1Char(':') + name});
#else
            listed.microphones.append({shown, name});
#endif
    }
    return listed;
}

const QString kFilePrefix = QStringLiteral("file:");
const QString kImagePrefix = QStringLiteral("image:");

} // namespace

SourcesPanel::SourcesPanel(LiveStudio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_video(new QComboBox(this))
    , m_audio(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Find devices again"), this))
    , m_current(new QLabel(this))
    , m_meter(new AudioMeter(this))
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_video->setObjectName(QStringLiteral("videoSourceChoice"));
    m_audio->setObjectName(QStringLiteral("audioSourceChoice"));
    m_current->setObjectName(QStringLiteral("currentSourceLabel"));
    m_current->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Picture"), m_video);
    form->addRow(tr("Sound"), m_audio);
    form->addRow(tr("Level"), m_meter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_current);
    layout->addWidget(m_refresh, 0, Qt::AlignLeft);
    layout->addStretch();

    fill({}, {});
    connect(m_refresh, &QPushButton::clicked, this, &SourcesPanel::refreshDevices);
    connect(m_video, &QComboBox::activated, this, [this] { apply(); });
    connect(m_audio, &QComboBox::activated, this, [this] { apply(); });
    connect(&m_studio, &LiveStudio::levelsReady, m_meter, &AudioMeter::setLevels);
    connect(&m_studio, &LiveStudio::sourcesSwitched, this, [this](const QString &label) {
        m_current->setText(tr("Showing: %1").arg(label));
    });
    connect(&m_studio, &LiveStudio::snapshotReady, this, [this](const studio::LiveSnapshot &s) {
        if (s.sourceState == "lost")
            m_current->setText(tr("%1 is lost — trying again every second (%2)")
                                   .arg(QString::fromStdString(s.sourceLabel),
                                        QString::fromStdString(s.sourceError)));
        else if (!s.sourceLabel.empty())
            m_current->setText(tr("Showing: %1").arg(QString::fromStdString(s.sourceLabel)));
    });
    refreshDevices();
}

void SourcesPanel::refreshDevices()
{
    m_refresh->setEnabled(false);
    runInBackground(this, [] { return listDevices(); },
                    [this](const TaskResult<ListedDevices> &result) {
                        m_refresh->setEnabled(true);
                        if (result.ok())
                            fill(result.value->cameras, result.value->microphones);
                        m_listed = true;
                    });
}

void SourcesPanel::select(QComboBox &box, const QString &value)
{
    int index = box.findData(value);
    if (index < 0 && (value.startsWith(kFilePrefix) || value.startsWith(kImagePrefix))) {
        box.insertItem(box.count() - 2, value.mid(value.indexOf(QLatin1Char(':')) + 1), value);
        index = box.findData(value);
    }
    if (index >= 0)
        box.setCurrentIndex(index);
}

void SourcesPanel::fill(const DeviceNames &cameras, const DeviceNames &microphones)
{
    m_filling = true;
    m_video->clear();
    m_video->addItem(tr("First camera, else the test pattern"), QStringLiteral("auto"));
    m_video->addItem(tr("Test pattern"), QStringLiteral("test"));
    for (const auto &[shown, value] : cameras)
        m_video->addItem(tr("Camera: %1").arg(shown), value);
#if defined(Q_OS_LINUX)
    // x11grab captures the display the studio itself is on.
    const QString display = qEnvironmentVariable("DISPLAY");
    m_video->addItem(tr("Screen"), display.isEmpty() ? QStringLiteral("screen")
                                                     : QStringLiteral("screen:") + display);
#else
    m_video->addItem(tr("Screen"), QStringLiteral("screen"));
#endif
    m_video->addItem(tr("Media file…"), kFilePrefix);
    m_video->addItem(tr("Still image…"), kImagePrefix);
    select(*m_video, m_studio.currentSource());

    m_audio->clear();
    m_audio->addItem(tr("Automatic (tone, the file's sound or the microphone)"),
                     QStringLiteral("default"));
    m_audio->addItem(tr("Test tone"), QStringLiteral("test"));
    for (const auto &[shown, value] : microphones)
        m_audio->addItem(tr("Microphone: %1").arg(shown), value);
    m_audio->addItem(tr("No sound"), QStringLiteral("none"));
    select(*m_audio, m_studio.currentAudio());
    m_filling = false;
}

QString SourcesPanel::chooseFile(bool image)
{
    return QFileDialog::getOpenFileName(
        this, image ? tr("Show a still image") : tr("Play a media file"), QString(),
        image ? tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)")
              : tr("Media files (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.flv);;All files (*)"));
}

void SourcesPanel::apply()
{
    if (m_filling)
        return;
    QString video = m_video->currentData().toString();
    if (video == kFilePrefix || video == kImagePrefix) {
        const QString path = chooseFile(video == kImagePrefix);
        if (path.isEmpty()) {
            select(*m_video, m_studio.currentSource());
            return;
        }
        video += path;
        select(*m_video, video);
    }
    m_current->setText(tr("Switching…"));
    m_studio.switchSources(video, m_audio->currentData().toString());
}

} // namespace stallcast::ui
