#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace stallcast::ui {

class AudioMeter;
class LiveStudio;

// Picks what the camera shows and what the microphone hears: test pattern, a camera, the
// screen, a media file or a still image; test tone, a microphone, the file's own sound or
// none. Devices come from the pipeline's own listing (media::listCaptureDevices), read off the
// UI thread. A change is applied to the running broadcast at once (LiveStudio::switchSources).
// Below: the audio meter.
class SourcesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPanel(LiveStudio &studio, QWidget *parent = nullptr);

    // Lists the devices again (in the background).
    void refreshDevices();
    QComboBox &videoChoice() const { return *m_video; }
    QComboBox &audioChoice() const { return *m_audio; }
    AudioMeter &meter() const { return *m_meter; }
    bool devicesListed() const { return m_listed; }

private:
    void fill(const QList<QPair<QString, QString>> &cameras,
              const QList<QPair<QString, QString>> &microphones);
    void apply();
    QString chooseFile(bool image);
    static void select(QComboBox &box, const QString &value);

    LiveStudio &m_studio;
    QComboBox *m_video;
    QComboBox *m_audio;
    QPushButton *m_refresh;
    QLabel *m_current;
    AudioMeter *m_meter;
    bool m_listed = false;
    bool m_filling = false;
};

} // namespace stallcast::ui
