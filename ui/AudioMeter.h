#pragma once

#include <QWidget>

namespace stallcast::ui {

// A horizontal level meter: RMS as the bar, peak as a line that falls back slowly, on a dB
// scale from -60 to 0 dBFS (green, amber above -12, red above -3).
class AudioMeter final : public QWidget {
    Q_OBJECT
public:
    explicit AudioMeter(QWidget *parent = nullptr);

    float peakDb() const { return m_peakDb; }
    float rmsDb() const { return m_rmsDb; }
    QSize sizeHint() const override { return {200, 14}; }

public slots:
    // Linear levels, full scale 1.0.
    void setLevels(float peak, float rms);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    float m_peakDb = -60;
    float m_rmsDb = -60;
};

// Linear (1.0 = full scale) to dBFS, floored at -60.
float levelToDb(float level);

} // namespace stallcast::ui
