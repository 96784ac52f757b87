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

    explicit CrashGuard(const QString &dataDir);

    // Returns how many seconds to wait before starting; 0 for a normal start.
    int beginRun(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void endRun();
    int crashesInARow() const;

private:
    std::unique_ptr<QSettings> runs(bool writing) const;
    void saved(QSettings &runs) const;

    DataFolder m_folder;
};
