#include "LiveStudio.h"

#include "BackgroundTask.h"
#include "media/canvas/CanvasFormat.h"
#include "media/output/OutputTarget.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <stdexcept>

namespace stallcast::ui {

namespace {

const QString kSourceKey = QStringLiteral("live/source");
const QString kAudioKey = QStringLiteral("live/audio");
const QString kDualKey = QStringLiteral("live/dualOutput");
const QString kCanvasKey = QStringLiteral("live/canvas");
const QString kFolderKey = QStringLiteral("live/recordingFolder");
const QString kRecordingId = QStringLiteral("recording");
const QString kVerticalRecordingId = QStringLiteral("recording-vertical");

void logLine(std::string_view line)
{
    std::fprintf(stderr, "stallcast: %.*s\n", static_cast<int>(line.size()), line.data());
}

QString defaultRecordingFolder()
{
    QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (movies.isEmpty())
        movies = QDir::homePath();
    return QDir(movies).filePath(QStringLiteral("Stallcast"));
}

} // namespace

studio::LiveSessionOptions LiveStudio::optionsFromSettings()
{
    const QSettings settings;
    studio::LiveSessionOptions options;
    options.source = settings.value(kSourceKey, QStringLiteral("auto")).toString().toStdString();
    options.audio = settings.value(kAudioKey, QStringLiteral("default")).toString().toStdString();
    if (const QString canvas = settings.value(kCanvasKey).toString(); !canvas.isEmpty()) {
        try {
            options.landscape = media::parseCanvasFormat(canvas.toStdString(), "live/canvas");
        } catch (const std::invalid_argument &e) {
            logLine("settings " + settings.fileName().toStdString() + ": " + e.what()
                    + "; using " + options.landscape.toString());
        }
    }
    if (settings.value(kDualKey, false).toBool())
        options.vertical = media::CanvasFormat{720, 1280, 30};
    options.log = [](const std::string &line) { logLine(line); };
    options.outputs.log = [](std::string_view line) { logLine(line); };
    return options;
}

LiveStudio::LiveStudio(studio::LiveSessionOptions options, std::shared_ptr<SecretStore> secrets,
                       QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(std::move(secrets))
    , m_session(std::make_shared<studio::LiveSession>(m_options))
{
    QSettings settings;
    m_destinations = loadDestinations(settings);
    m_recordingFolder = settings.value(kFolderKey, defaultRecordingFolder()).toString();
}

LiveStudio::~LiveStudio()
{
    m_monitor.reset();
    // Closing while recording: the recordings are finished (trailer written), bounded by the
    // outputs' drain time. The window asked first (confirmClose).
    m_session->stop();
}

void LiveStudio::setPending(int delta)
{
    const bool was = busy();
    m_pending += delta;
    if (was != busy())
        emit busyChanged(busy());
}

void LiveStudio::start()
{
    auto session = m_session;
    setPending(+1);
    runInBackground(
        this, [session] { session->start(); return true; },
        [this, session](const TaskResult<bool> &result) {
            setPending(-1);
            if (session != m_session)
                return; // replaced meanwhile (dual output switched)
            if (!result.ok()) {
                emit sessionFailed(result.error);
                return;
            }
            m_running = true;
            startMonitor();
            emit sessionStarted();
            if (const auto warning = session->startWarning(); !warning.empty())
                emit message(tr("The chosen source could not start: %1")
                                 .arg(QString::fromStdString(warning)));
        });
}

void LiveStudio::startMonitor()
{
    studio::StudioMonitor::Callbacks callbacks;
    callbacks.levels = [this](const media::AudioLevels &levels) {
        QMetaObject::invokeMethod(this, [this, levels] { emit levelsReady(levels.peak, levels.rms); },
                                  Qt::QueuedConnection);
    };
    callbacks.snapshot = [this](const studio::LiveSnapshot &snapshot) {
        QMetaObject::invokeMethod(this, [this, snapshot] { emit snapshotReady(snapshot); },
                                  Qt::QueuedConnection);
    };
    callbacks.health = [this](const studio::MachineHealth &health) {
        QMetaObject::invokeMethod(this, [this, health] { emit healthReady(health); },
                                  Qt::QueuedConnection);
    };
    m_monitor = std::make_unique<studio::StudioMonitor>(m_session, std::move(callbacks));
    m_monitor->setRecordingFolder(m_recordingFolder.toStdString());
}

void LiveStudio::setDestinations(const QList<Destination> &destinations)
{
    m_destinations = destinations;
    QSettings settings;
    saveDestinations(settings, m_destinations);
}

QString LiveStudio::destinationName(const QString &outputId) const
{
    if (outputId == kRecordingId)
        return tr("Recording");
    if (outputId == kVerticalRecordingId)
        return tr("Recording (vertical)");
    for (const auto &d : m_destinations)
        if (d.id == outputId)
            return d.name;
    return outputId;
}

void LiveStudio::setRecordingFolder(const QString &folder)
{
    m_recordingFolder = folder;
    QSettings settings;
    settings.setValue(kFolderKey, folder);
    if (m_monitor)
        m_monitor->setRecordingFolder(folder.toStdString());
}

void LiveStudio::goLive()
{
    if (!m_running) {
        emit message(tr("The studio is still starting its camera; try again in a moment."));
        return;
    }
    QList<Destination> chosen;
    for (const auto &d : m_destinations)
        if (d.enabled && !m_liveIds.contains(d.id) && !m_connecting.contains(d.id))
            chosen.append(d);
    if (chosen.isEmpty()) {
        if (m_liveIds.isEmpty() && m_connecting.isEmpty())
            emit needDestinations();
        return;
    }
    const int generation = m_liveGeneration;
    for (const auto &d : chosen) {
        setPending(+1);
        m_connecting.insert(d.id);
        QPointer<LiveStudio> self(this);
        m_secrets->read(d.secretKey(), [self, d, generation](const std::optional<QByteArray> &key,
                                                             const QString &error) {
            if (!self)
                return;
            self->setPending(-1);
            self->m_connecting.remove(d.id);
            if (generation == self->m_liveGeneration) // not stopped meanwhile
                self->attachDestination(d, key, error);
        });
    }
}

void LiveStudio::attachDestination(const Destination &d, const std::optional<QByteArray> &key,
                                   const QString &error)
{
    if (!error.isEmpty()) {
        emit message(tr("%1: cannot read the stream key (%2)").arg(d.name, error));
        return;
    }
    const bool srt = d.server.trimmed().startsWith(QStringLiteral("srt://"), Qt::CaseInsensitive);
    if ((!key || key->isEmpty()) && !srt) { // SRT may run without a stream id
        emit message(tr("%1 has no stream key yet: add it in Live › Destinations…").arg(d.name));
        return;
    }
    if (!m_session->hasCanvas(d.canvas)) {
        emit message(tr("%1 takes the vertical canvas: turn on Live › Vertical canvas first.")
                         .arg(d.name));
        return;
    }
    try {
        const auto url = destinationUrl(d, key ? QString::fromUtf8(*key) : QString());
        const auto target = media::OutputTarget::parse(url.toStdString());
        m_session->attach(d.id.toStdString(), d.canvas, target);
    } catch (const std::exception &e) { // the message masks the key
        emit message(tr("%1: %2").arg(d.name, QString::fromUtf8(e.what())));
        return;
    }
    const bool was = isLive();
    m_liveIds.insert(d.id);
    if (!was)
        emit liveChanged(true);
}

void LiveStudio::detachInBackground(const QStringList &ids, bool recordings)
{
    auto session = m_session;
    std::vector<std::string> names;
    for (const auto &id : ids)
        names.push_back(id.toStdString());
    setPending(+1);
    runInBackground(
        this,
        [session, names] {
            std::vector<studio::OutputStatus> finished;
            for (const auto &name : names)
                if (auto status = session->detach(name))
                    finished.push_back(*status);
            return finished;
        },
        [this, recordings](const TaskResult<std::vector<studio::OutputStatus>> &result) {
            setPending(-1);
            if (!result.ok()) {
                emit message(result.error);
                return;
            }
            for (const auto &status : *result.value) {
                const auto name = destinationName(QString::fromStdString(status.id));
                const bool failed = status.stats.state == media::OutputState::Failed;
                if (recordings && !failed)
                    emit recordingSaved(QString::fromStdString(status.name));
                else if (failed)
                    emit message(tr("%1 failed: %2")
                                     .arg(name, QString::fromStdString(status.stats.lastError)));
            }
            if (!recordings)
                emit message(tr("The stream has ended."));
        });
}

void LiveStudio::stopLive()
{
    ++m_liveGeneration; // keys still being read are not attached any more
    m_connecting.clear();
    if (m_liveIds.isEmpty())
        return;
    const QStringList ids(m_liveIds.begin(), m_liveIds.end());
    m_liveIds.clear();
    emit liveChanged(false);
    detachInBackground(ids, false);
}

void LiveStudio::startRecording()
{
    if (!m_running || isRecording()) {
        if (!m_running)
            emit message(tr("The studio is still starting its camera; try again in a moment."));
        return;
    }
    const QString folder = m_recordingFolder;
    const QString stem = QStringLiteral("Stallcast %1")
                             .arg(QDateTime::currentDateTime().toString(
                                 QStringLiteral("yyyy-MM-dd HH-mm-ss")));
    QStringList paths{QDir(folder).filePath(stem + QStringLiteral(".mkv"))};
    if (m_session->hasCanvas(studio::CanvasRole::Vertical))
        paths.append(QDir(folder).filePath(stem + QStringLiteral(" vertical.mkv")));
    m_recordingIds.insert(kRecordingId); // the button shows "recording" at once
    emit recordingChanged(true);
    setPending(+1);
    runInBackground(
        this, [folder] { return QDir().mkpath(folder); },
        [this, folder, paths](const TaskResult<bool> &made) {
            setPending(-1);
            if (!made.ok() || !*made.value) {
                m_recordingIds.clear();
                emit recordingChanged(false);
                emit message(tr("Cannot create the recording folder %1").arg(folder));
                return;
            }
            if (m_recordingIds.isEmpty())
                return; // stopped before the folder was there
            try {
                m_session->attach(kRecordingId.toStdString(), studio::CanvasRole::Landscape,
                                  media::OutputTarget::parse(paths[0].toStdString()));
                if (paths.size() > 1) {
                    m_session->attach(kVerticalRecordingId.toStdString(),
                                      studio::CanvasRole::Vertical,
                                      media::OutputTarget::parse(paths[1].toStdString()));
                    m_recordingIds.insert(kVerticalRecordingId);
                }
                m_recordingPaths = paths;
            } catch (const std::exception &e) {
                emit message(tr("Cannot record: %1").arg(QString::fromUtf8(e.what())));
                stopRecording();
            }
        });
}

void LiveStudio::stopRecording()
{
    if (m_recordingIds.isEmpty())
        return;
    const QStringList ids(m_recordingIds.begin(), m_recordingIds.end());
    m_recordingIds.clear();
    emit recordingChanged(false);
    detachInBackground(ids, true);
}

void LiveStudio::reconnectNow(const QString &outputId)
{
    m_session->reconnectNow(outputId.toStdString());
}

void LiveStudio::switchSources(const QString &source, const QString &audio)
{
    auto session = m_session;
    setPending(+1);
    runInBackground(
        this,
        [session, source, audio] {
            session->switchSources(source.toStdString(), audio.toStdString());
            return session->snapshot().sourceLabel;
        },
        [this, source, audio](const TaskResult<std::string> &result) {
            setPending(-1);
            if (!result.ok()) {
                emit message(tr("Cannot switch the source: %1").arg(result.error));
                return;
            }
            m_options.source = source.toStdString();
            m_options.audio = audio.toStdString();
            QSettings settings;
            settings.setValue(kSourceKey, source);
            settings.setValue(kAudioKey, audio);
            emit sourcesSwitched(QString::fromStdString(*result.value));
        });
}

void LiveStudio::setDualOutput(bool on)
{
    if (on == dualOutput())
        return;
    if (isLive() || isRecording()) {
        emit message(tr("Stop the stream and the recording before changing the canvases."));
        return;
    }
    QSettings settings;
    settings.setValue(kDualKey, on);
    if (on)
        m_options.vertical = media::CanvasFormat{720, 1280, 30};
    else
        m_options.vertical.reset();
    m_monitor.reset();
    m_running = false;
    auto old = m_session;
    m_session = std::make_shared<studio::LiveSession>(m_options);
    setPending(+1);
    runInBackground(
        this, [old] { old->stop(); return true; },
        [this](const TaskResult<bool> &) {
            setPending(-1);
            start();
        });
}

} // namespace stallcast::ui
