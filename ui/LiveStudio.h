#pragma once

#include "Destination.h"
#include "SecretStore.h"
#include "studio/LiveSession.h"
#include "studio/StudioMonitor.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace stallcast::ui {

// The studio's live side behind the widgets: owns the LiveSession (started off the UI thread
// when the studio opens), the destinations (QSettings, keys in the SecretStore) and the
// recording folder; goes live, stops, records. Every slow step — opening devices, draining an
// output, creating the recording folder — runs in the background; the StudioMonitor's figures
// arrive as queued calls. docs/STUDIO.md, "Live".
class LiveStudio final : public QObject {
    Q_OBJECT
public:
    // The session's options from QSettings ("live/..."): source, microphone, dual output, and
    // the landscape canvas ("live/canvas", WxH@FPS, default 1280x720@30; a bad value is logged
    // with the settings file and the default used).
    static studio::LiveSessionOptions optionsFromSettings();

    LiveStudio(studio::LiveSessionOptions options, std::shared_ptr<SecretStore> secrets,
               QObject *parent = nullptr);
    ~LiveStudio() override;

    // Opens the sources and starts the canvases in the background: sessionStarted() or
    // sessionFailed() follows.
    void start();
    std::shared_ptr<studio::LiveSession> session() const { return m_session; }
    bool sessionRunning() const { return m_running; }
    std::shared_ptr<SecretStore> secretStore() const { return m_secrets; }

    QList<Destination> destinations() const { return m_destinations; }
    // Saves the non-secret fields to QSettings.
    void setDestinations(const QList<Destination> &destinations);
    QString destinationName(const QString &outputId) const;

    bool isLive() const { return !m_liveIds.isEmpty(); }
    bool isRecording() const { return !m_recordingIds.isEmpty(); }
    bool busy() const { return m_pending > 0; }
    QString recordingFolder() const { return m_recordingFolder; }
    void setRecordingFolder(const QString &folder);
    bool dualOutput() const { return m_options.vertical.has_value(); }
    // Restarts the session with or without the vertical canvas; refused while live/recording.
    void setDualOutput(bool on);
    QString currentSource() const { return QString::fromStdString(m_options.source); }
    QString currentAudio() const { return QString::fromStdString(m_options.audio); }

public slots:
    void goLive();
    void stopLive();
    void startRecording();
    void stopRecording();
    void reconnectNow(const QString &outputId);
    // Replaces the inputs while running (saved to QSettings when it works).
    void switchSources(const QString &source, const QString &audio);

signals:
    void sessionStarted();
    void sessionFailed(const QString &error);
    void liveChanged(bool live);
    void recordingChanged(bool recording);
    void busyChanged(bool busy);
    void needDestinations();
    void message(const QString &text);
    void recordingSaved(const QString &path);
    void sourcesSwitched(const QString &label);
    void snapshotReady(const stallcast::studio::LiveSnapshot &snapshot);
    void levelsReady(float peak, float rms);
    void healthReady(const stallcast::studio::MachineHealth &health);

private:
    void attachDestination(const Destination &destination, const std::optional<QByteArray> &key,
                           const QString &error);
    void detachInBackground(const QStringList &ids, bool recordings);
    void startMonitor();
    void setPending(int delta);

    studio::LiveSessionOptions m_options;
    std::shared_ptr<SecretStore> m_secrets;
    std::shared_ptr<studio::LiveSession> m_session;
    std::unique_ptr<studio::StudioMonitor> m_monitor;
    bool m_running = false;
    QList<Destination> m_destinations;
    QSet<QString> m_liveIds;
    QSet<QString> m_connecting; // destinations whose key is being read
    int m_liveGeneration = 0;   // bumped by stopLive()
    QSet<QString> m_recordingIds;
    QStringList m_recordingPaths;
    QString m_recordingFolder;
    int m_pending = 0;
};

} // namespace stallcast::ui
