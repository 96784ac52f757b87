#pragma once

#include <QString>

// Keeps the screen from blanking and the machine from sleeping while the kiosk runs. Linux:
// org.freedesktop.ScreenSaver.Inhibit on the session bus; Windows: SetThreadExecutionState;
// macOS: an IOKit power assertion. Released when the object is destroyed.
class ScreenSaverInhibitor
{
public:
    ScreenSaverInhibitor();
    ~ScreenSaverInhibitor();
    ScreenSaverInhibitor(const ScreenSaverInhibitor &) = delete;
    ScreenSaverInhibitor &operator=(const ScreenSaverInhibitor &) = delete;

    bool inhibit(const QString &reason);
    void release();
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

private:
    bool m_active = false;
    quint32 m_cookie = 0;
    QString m_error;
};
