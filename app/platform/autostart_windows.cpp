#include "autostart.h"

#include <QDir>
#include <QSettings>

namespace
{
const QString runKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString valueName = QStringLiteral("CareersKiosk");
} // namespace

bool Autostart::enable(const QString &executable, const QStringList &arguments, QString *error)
{
    QStringList words = {QLatin1Char('"') + QDir::toNativeSeparators(executable) +
                         QLatin1Char('"')};
    for (const QString &argument : arguments)
        words << QLatin1Char('"') + argument + QLatin1Char('"');
    QSettings run(runKey, QSettings::NativeFormat);
    run.setValue(valueName, words.join(QLatin1Char(' ')));
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot write the Run key");
        return false;
    }
    return true;
}

bool Autostart::disable(QString *)
{
    QSettings(runKey, QSettings::NativeFormat).remove(valueName);
    return true;
}

bool Autostart::isEnabled()
{
    return QSettings(runKey, QSettings::NativeFormat).contains(valueName);
}

QString Autostart::describe()
{
    return (isEnabled() ? QStringLiteral("present: ") : QStringLiteral("absent: ")) + runKey +
           QLatin1Char('\\') + valueName;
}
