#include "AudioMeter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stallcast::ui {

namespace {
constexpr float kFloorDb = -60;
constexpr float kPeakFallDb = 3; // per update (about 10 a second)
} // namespace

float levelToDb(float level)
{
    if (level <= 0)
        return kFloorDb;
    return std::max(kFloorDb, 20.0f * std::log10(level));
}

AudioMeter::AudioMeter(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("audioMeter"));
    setMinimumHeight(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AudioMeter::setLevels(float peak, float rms)
{
    m_peakDb = std::max(levelToDb(peak), m_peakDb - kPeakFallDb);
    m_rmsDb = levelToDb(rms);
    setToolTip(tr("Sound: %1 dB peak, %2 dB average").arg(std::lround(levelToDb(peak))).arg(std::lround(m_rmsDb)));
    update();
}

void AudioMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(40, 40, 44));
    const auto xFor = [this](float db) {
        return static_cast<int>(width() * (db - kFloorDb) / -kFloorDb);
    };
    const int bar = xFor(m_rmsDb);
    const int amber = xFor(-12), red = xFor(-3);
    painter.fillRect(QRect(0, 0, std::min(bar, amber), height()), QColor(60, 180, 75));
    if (bar > amber)
        painter.fillRect(QRect(amber, 0, std::min(bar, red) - amber, height()), QColor(230, 170, 30));
    if (bar > red)
        painter.fillRect(QRect(red, 0, bar - red, height()), QColor(220, 50, 47));
    painter.fillRect(QRect(std::max(0, xFor(m_peakDb) - 2), 0, 2, height()), Qt::white);
}

} // namespace stallcast::ui
