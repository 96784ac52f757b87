#include "autostart.h"

#include <QDir>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace
{

QString configHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString desktopFile()
{
    return configHome() + QStringLiteral("/autostart/careers-kiosk.desktop");
}

QString unitFile()
{
    return configHome() + QStringLiteral("/systemd/user/careers-kiosk.service");
}

QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString commandLine(const QString &executable, const QStringList &arguments)
{
    QStringList words = {quoted(executable)};
    for (const QString &argument : arguments)
        words << quoted(argument);
    return words.join(QLatin1Char(' '));
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool Autostart::enable(const QString &executable, const QStringList &arguments, QString *error)
{
    const QString command = commandLine(executable, arguments);
    // Restart=always brings the kiosk back after a crash or a kill; the watchdog after a hang.
    // Exit status 0 means staff exited it on purpose. Starts that keep failing are slowed by
    // the kiosk itself (see CrashGuard), and systemd gives up after 10 starts in 5 minutes.
    const QString unit = QStringLiteral("[Unit]\n"
                                        "Description=Careers Kiosk\n"
                                        "StartLimitIntervalSec=300\n"
                                        "StartLimitBurst=10\n\n"
                                        "[Service]\n"
                                        "Type=notify\n"
                                        "NotifyAccess=main\n"
                                        "ExecStart=%1\n"
                                        "Restart=always\n"
                                        "RestartSec=2\n"
                                        "RestartPreventExitStatus=0\n"
                                        "WatchdogSec=30\n"
                                        "TimeoutStartSec=120\n")
                             .arg(command);
    // The session's display must reach the user manager before the unit can open a window.
    const QString start =
        QStringLiteral("systemctl --user import-environment DISPLAY XAUTHORITY WAYLAND_DISPLAY "
                       "XDG_RUNTIME_DIR; systemctl --user start careers-kiosk.service || exec %1")
            .arg(command);
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Careers Kiosk\n"
                                         "Comment=Starts the careers kiosk at login\n"
                                         "Exec=sh -c %1\n"
                                         "X-GNOME-Autostart-enabled=true\n"
                                         "NoDisplay=true\n")
                              .arg(quoted(start));
    if (!writeFile(unitFile(), unit, error) || !writeFile(desktopFile(), entry, error))
        return false;
    if (!QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty())
        QProcess::execute(QStringLiteral("systemctl"),
                          {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
    return true;
}

bool Autostart::disable(QString *error)
{
    for (const QString &path : {desktopFile(), unitFile()}) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = QStringLiteral("cannot remove %1").arg(path);
            return false;
        }
    }
    return true;
}

bool Autostart::isEnabled()
{
    return QFile::exists(desktopFile());
}

QString Autostart::describe()
{
    QStringList lines;
    for (const QString &path : {desktopFile(), unitFile()})
        lines << (QFile::exists(path) ? QStringLiteral("present: ") : QStringLiteral("absent: ")) +
                     path;
    return lines.join(QLatin1Char('\n'));
}
