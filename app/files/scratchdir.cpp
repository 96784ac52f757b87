#include "scratchdir.h"

#include "datafolder.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace
{

const QString holdName = QStringLiteral(".held");
const QString prefix = QStringLiteral("work-");

// Only the kiosk's user may look in: the copies are of bundles that may not be public yet.
QString preparedParent(const QString &dataDir)
{
    const DataFolder folder(dataDir);
    const QString path = folder.filePath(DataFolder::File::Scratch);
    return folder.prepareFolder(DataFolder::File::Scratch) ? path
                                                           : path + QStringLiteral(".unusable");
}

} // namespace

// Where the folder cannot be made private, the template names a folder that is not there, so
// that the task fails with a reason rather than falling back on /tmp.
ScratchDir::ScratchDir(const QString &dataDir)
    : QTemporaryDir(preparedParent(dataDir) + QLatin1Char('/') + prefix + QStringLiteral("XXXXXX")),
      m_hold(QTemporaryDir::path() + QLatin1Char('/') + holdName)
{
    m_hold.setStaleLockTime(0); // stale only when the process that holds it has gone
    if (isValid())
        m_hold.tryLock(0);
}

ScratchDir::~ScratchDir()
{
    m_hold.unlock(); // before the folder goes, with the lock file in it
}

int ScratchDir::clearLeftovers(const QString &dataDir)
{
    const QString parent = DataFolder(dataDir).filePath(DataFolder::File::Scratch);
    const QFileInfo top(parent);
    if (top.isSymLink() || !top.isDir())
        return 0; // prepareFolder() sets an odd one aside when a task next needs it
    QDir dir(parent);
    int removed = 0;
    const QFileInfoList entries =
        dir.entryInfoList({prefix + QLatin1Char('*')},
                          QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || !entry.isDir()) {
            removed += dir.remove(entry.fileName()) ? 1 : 0;
            continue;
        }
        // A folder made a moment ago may not hold its lock yet: it is left for next time.
        const QString hold = entry.filePath() + QLatin1Char('/') + holdName;
        const bool young = entry.birthTime().isValid()
                               ? entry.birthTime().secsTo(QDateTime::currentDateTime()) < 10
                               : false;
        if (!QFileInfo::exists(hold) && young)
            continue;
        QLockFile lock(hold);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running task holds it
        lock.unlock();
        removed += QDir(entry.filePath()).removeRecursively() ? 1 : 0;
    }
    return removed;
}
