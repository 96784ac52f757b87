#include "autostart.h"

#include <QDir>
#include <QSaveFile>

namespace
{

QString agentFile()
{
    return QDir::homePath() +
           QStringLiteral("/Library/LaunchAgents/uk.police.serocu.careers-kiosk.plist");
}

QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

} // namespace

bool Autostart::enable(const QString &executable, const QStringList &arguments, QString *error)
{
    QString program = QStringLiteral("    <string>%1</string>\n").arg(escaped(executable));
    for (const QString &argument : arguments)
        program += QStringLiteral("    <string>%1</string>\n").arg(escaped(argument));
    // KeepAlive restarts the kiosk whenever it stops other than by staff (exit status 0);
    // ThrottleInterval keeps a crash loop from spinning.
    const QString plist =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                       "<plist version=\"1.0\">\n<dict>\n"
                       "  <key>Label</key><string>uk.police.serocu.careers-kiosk</string>\n"
                       "  <key>ProgramArguments</key>\n  <array>\n%1  </array>\n"
                       "  <key>RunAtLoad</key><true/>\n"
                       "  <key>KeepAlive</key><dict><key>SuccessfulExit</key><false/></dict>\n"
                       "  <key>ThrottleInterval</key><integer>10</integer>\n"
                       "</dict>\n</plist>\n")
            .arg(program);
    QDir().mkpath(QFileInfo(agentFile()).absolutePath());
    QSaveFile file(agentFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(plist.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(agentFile(), file.errorString());
        return false;
    }
    return true;
}

bool Autostart::disable(QString *error)
{
    if (QFile::exists(agentFile()) && !QFile::remove(agentFile())) {
        *error = QStringLiteral("cannot remove %1").arg(agentFile());
        return false;
    }
    return true;
}

bool Autostart::isEnabled()
{
    return QFile::exists(agentFile());
}

QString Autostart::describe()
{
    return (isEnabled() ? QStringLiteral("present: ") : QStringLiteral("absent: ")) + agentFile();
}
