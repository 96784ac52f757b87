#pragma once

#include <QString>
#include <QStringList>

// Starting the kiosk at login, for the current user. Linux: an XDG autostart entry that starts
// a systemd user unit (Restart=always, a watchdog), or the kiosk itself where there is no
// systemd; Windows: the Run key; macOS: a LaunchAgent with KeepAlive.
class Autostart
{
public:
    static bool enable(const QString &executable, const QStringList &arguments, QString *error);
    static bool disable(QString *error);
    static bool isEnabled();
    // The files or keys involved, one per line, for `--autostart status`.
    static QString describe();
};
