#include "crashguard.h"

#include <QSettings>

CrashGuard::CrashGuard(const QString &dataDir) : m_folder(dataDir) {}

std::unique_ptr<QSettings> CrashGuard::runs(bool writing) const
{
    // runs.ini keeps QSettings's format, which opens the file itself: whatever stands in its
    // place that is not a plain file is set aside first, so that it is neither followed nor
    // waited on, and a new one is made private before QSettings writes it.
    if (!m_folder.prepareFile(DataFolder::File::Runs, nullptr, writing))
        return nullptr;
    return std::make_unique<QSettings>(m_folder.filePath(DataFolder::File::Runs),
                                       QSettings::IniFormat);
}

void CrashGuard::saved(QSettings &runs) const
{
    runs.sync();
    m_folder.keepPrivate(DataFolder::name(DataFolder::File::Runs));
}

int CrashGuard::crashesInARow() const
{
    const auto runs = this->runs(false);
    return runs ? runs->value(QStringLiteral("crashes")).toInt() : 0;
}

namespace
{

CrashGuard::Day dayIn(const QSettings &runs, const QDate &day)
{
    if (runs.value(QStringLiteral("day")).toDate() != day)
        return {day, 0, 0};
    return {day, runs.value(QStringLiteral("starts_today")).toInt(),
            runs.value(QStringLiteral("crashes_today")).toInt()};
}

} // namespace

CrashGuard::Day CrashGuard::runsOn(const QDate &day) const
{
    const auto runs = this->runs(false);
    return runs ? dayIn(*runs, day) : Day{day, 0, 0};
}

int CrashGuard::beginRun(const QDateTime &now, const QDate &today)
{
    const auto runs = this->runs(true);
    if (!runs)
        return 0; // nothing can be recorded: no back-off either
    const bool crashed = runs->value(QStringLiteral("running")).toBool();
    const QDateTime last = runs->value(QStringLiteral("started")).toDateTime();
    const bool recent = last.isValid() && last.secsTo(now) < windowSeconds;
    const int crashes = crashed && recent ? crashesInARow() + 1 : (crashed ? 1 : 0);
    runs->setValue(QStringLiteral("crashes"), crashes);
    const QDate day = today.isValid() ? today : now.toUTC().date();
    const Day before = dayIn(*runs, day);
    runs->setValue(QStringLiteral("day"), day);
    runs->setValue(QStringLiteral("starts_today"), before.starts + 1);
    runs->setValue(QStringLiteral("crashes_today"), before.crashes + (crashed ? 1 : 0));
    runs->setValue(QStringLiteral("running"), true);
    runs->setValue(QStringLiteral("started"), now);
    saved(*runs);
    // The first two restarts are immediate, so that one crash costs only seconds.
    return crashes < 3 ? 0 : qMin(maxDelaySeconds, 1 << (crashes - 2));
}

void CrashGuard::endRun()
{
    const auto runs = this->runs(true);
    if (!runs)
        return;
    runs->setValue(QStringLiteral("running"), false);
    runs->setValue(QStringLiteral("crashes"), 0);
    saved(*runs);
}
