#pragma once

#include "orders/Order.h"

#include <QObject>
#include <QString>

#include <vector>

class QLabel;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace stallcast::ui {

// Tells the merchant about new orders without stopping anything: a short sound and a
// notification. The sound is QApplication::beep() (the desktop's bell): QtMultimedia is not a
// dependency of the studio and one system sound is enough to look up from the camera. The
// notification is the system tray's message where a tray exists, else a toast in the window's
// corner that fades by itself. Bursts are merged: one sound and one message per second at most
// ("5 new orders · 98,500 KRW").
class OrderAlert final : public QObject {
    Q_OBJECT
public:
    explicit OrderAlert(QWidget *window);

    bool soundEnabled() const { return m_sound; }

    // The last message shown (tray or toast), for tests and the status bar.
    QString lastMessage() const { return m_lastMessage; }
    int soundsPlayed() const { return m_soundsPlayed; }

public slots:
    void announce(const stallcast::orders::Order &order);
    void setSoundEnabled(bool on) { m_sound = on; }

private:
    void flush();
    void showToast(const QString &title, const QString &text);

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_toast = nullptr;
    QTimer *m_toastTimer;
    QTimer *m_batchTimer;
    std::vector<orders::Order> m_batch;
    bool m_sound = true;
    int m_soundsPlayed = 0;
    QString m_lastMessage;
};

} // namespace stallcast::ui
