#include "crashguard.h"

#include <QDir>
#include <QSettings>

CrashGuard::CrashGuard(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("runs.ini")))
{
}

int CrashGuard::crashesInARow() const
{
    return QSettings(m_path, QSettings::IniFormat).value(QStringLiteral("crashes")).toInt();
}

int CrashGuard::beginRun(const QDateTime &now)
{
    QSettings runs(m_path, QSettings::IniFormat);
    const bool crashed = runs.value(QStringLiteral("running")).toBool();
    const QDateTime last = runs.value(QStringLiteral("started")).toDateTime();
    const bool recent = last.isValid() && last.secsTo(now) < windowSeconds;
    const int crashes = crashed && recent ? crashesInARow() + 1 : (crashed ? 1 : 0);
    runs.setValue(QStringLiteral("crashes"), crashes);
    runs.setValue(QStringLiteral("running"), true);
    runs.setValue(QStringLiteral("started"), now);
    runs.sync();
    // The first two restarts are immediate, so that one crash costs only seconds.
    return crashes < 3 ? 0 : qMin(maxDelaySeconds, 1 << (crashes - 2));
}

void CrashGuard::endRun()
{
    QSettings runs(m_path, QSettings::IniFormat);
    runs.setValue(QStringLiteral("running"), false);
    runs.setValue(QStringLiteral("crashes"), 0);
}
