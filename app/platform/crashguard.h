#pragma once

#include "datafolder.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QSettings;

// Notices a crash loop. Each start is written down before the kiosk runs and each clean stop
// after; starts that follow crashes in quick succession are delayed more and more, so that a
// kiosk that cannot run backs off instead of spinning, and says why in the log.
class CrashGuard
{
public:
    static constexpr int windowSeconds = 600; // crashes further apart do not add up
    static constexpr int maxDelaySeconds = 60;
    // The day's starts, and of them those that found the last run unfinished: a crash, a
    // power cut or a kill, which cannot be told apart afterwards. A crash is known only when
    // the kiosk starts again, and is counted on the day of that start.
    struct Day {
        QDate day;
        int starts = 0;
        int crashes = 0;
    };

    explicit CrashGuard(const QString &dataDir);

    // Returns how many seconds to wait before starting; 0 for a normal start. `today` is the
    // kiosk clock's day the start is counted on (by default the UTC day of `now`).
    int beginRun(const QDateTime &now = QDateTime::currentDateTimeUtc(), const QDate &today = {});
    void endRun();
    int crashesInARow() const;
    // The starts and crashes counted on `day`; none when the record is of another day.
    Day runsOn(const QDate &day) const;

private:
    std::unique_ptr<QSettings> runs(bool writing) const;
    void saved(QSettings &runs) const;

    DataFolder m_folder;
};
