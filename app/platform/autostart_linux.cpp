#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

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

QString shellQuoted(const QString &word)
{
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

// One argument of a desktop entry's Exec key, as the Desktop Entry Specification has it: with
// a reserved character it is quoted, with " ` $ and \ escaped by a backslash inside the quotes;
// the key's own string escaping then doubles every backslash. systemd's autostart generator
// refuses anything else.
QString desktopArgument(const QString &word)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString text = QString(word).replace(QLatin1Char('%'), QStringLiteral("%%"));
    const bool plain = !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return reserved.contains(c);
    });
    if (plain)
        return text;
    QString inner;
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            inner += QLatin1Char('\\');
        inner += c;
    }
    QString quotedWord = QLatin1Char('"') + inner + QLatin1Char('"');
    return quotedWord.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
}

// The unit a package installs, if it runs this very program.
bool hasPackagedUnit(const QString &executable)
{
    for (const char *dir : {"/usr/lib/systemd/user", "/usr/local/lib/systemd/user"}) {
        QFile unit(QLatin1String(dir) + QStringLiteral("/careers-kiosk.service"));
        if (unit.open(QIODevice::ReadOnly) &&
            unit.readAll().contains(
                (QStringLiteral("ExecStart=") + executable + QLatin1Char(' ')).toUtf8()))
            return true;
    }
    return false;
}

QString unitText(const QString &command)
{
    // Restart=always brings the kiosk back after a crash or a kill; the watchdog after a hang.
    // Exit status 0 means staff exited it on purpose. Starts that keep failing are slowed by
    // the kiosk itself (see CrashGuard), and systemd gives up after 10 starts in 5 minutes.
    return QStringLiteral("[Unit]\n"
                          "Description=Careers Kiosk\n"
                          "PartOf=graphical-session.target\n"
                          "After=graphical-session.target\n"
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
                          "TimeoutStartSec=120\n\n"
                          "[Install]\n"
                          "WantedBy=graphical-session.target\n")
        .arg(command);
}

// Sessions without systemd run the kiosk itself; with systemd the entry starts the unit, so
// the kiosk runs once, under the unit's watchdog, whichever starts first. TryExec makes every
// session skip the entry once the program is gone.
QString entryText(const QString &executable, const QStringList &arguments)
{
    QStringList direct = {shellQuoted(executable)};
    for (const QString &argument : arguments)
        direct << shellQuoted(argument);
    const QString start =
        QStringLiteral("systemctl --user import-environment DISPLAY XAUTHORITY WAYLAND_DISPLAY "
                       "XDG_RUNTIME_DIR; systemctl --user start careers-kiosk.service || exec %1")
            .arg(direct.join(QLatin1Char(' ')));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Careers Kiosk\n"
                          "Comment=Starts the careers kiosk at login\n"
                          "TryExec=%1\n"
                          "Exec=sh -c %2\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(desktopArgument(executable), desktopArgument(start));
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

// Enabling the unit is best effort: without a user manager (a root shell, a machine without
// systemd) the autostart entry alone starts the kiosk.
void systemctlUser(const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty())
        return;
    QProcess systemctl;
    systemctl.setStandardOutputFile(QProcess::nullDevice());
    systemctl.setStandardErrorFile(QProcess::nullDevice());
    systemctl.start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + arguments);
    systemctl.waitForFinished(10000);
}

} // namespace

bool Autostart::enable(const QString &executable, const QStringList &arguments, QString *error)
{
    // Quoted once for the shell and twice for the desktop entry, a quote or a backslash is
    // read back differently by systemd's generator than by other sessions: refused.
    const QStringList words = QStringList(arguments) << executable;
    for (const QString &word : words) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) {
                return c == QLatin1Char('\'') || c == QLatin1Char('\\') ||
                       c.category() == QChar::Other_Control;
            })) {
            *error =
                QStringLiteral("start at login cannot use a path with ' or \\ in it: %1").arg(word);
            return false;
        }
    }
    // The package's own unit serves unless the kiosk needs arguments of its own; a unit in the
    // user's folder takes precedence over it.
    const bool packaged =
        hasPackagedUnit(executable) &&
        (arguments.isEmpty() || arguments == QStringList{QStringLiteral("--hide-pointer")});
    if (packaged)
        QFile::remove(unitFile());
    else if (!writeFile(unitFile(), unitText(commandLine(executable, arguments)), error))
        return false;
    if (!writeFile(desktopFile(), entryText(executable, arguments), error))
        return false;
    systemctlUser({QStringLiteral("daemon-reload")});
    systemctlUser({QStringLiteral("enable"), QStringLiteral("careers-kiosk.service")});
    return true;
}

bool Autostart::disable(QString *error)
{
    systemctlUser({QStringLiteral("disable"), QStringLiteral("careers-kiosk.service")});
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
    if (!QFile::exists(unitFile()) &&
        hasPackagedUnit(QStandardPaths::findExecutable(QStringLiteral("careers-kiosk"))))
        lines << QStringLiteral("the package's unit serves: careers-kiosk.service");
    return lines.join(QLatin1Char('\n'));
}
