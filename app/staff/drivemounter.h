#pragma once

#include "udisksdrives.h"

#include <QMap>
#include <QSet>
#include <QStringList>

// Mounts the filesystems of USB sticks that nobody has mounted, where no desktop does it, and
// unmounts what it mounted when staff are done: never a drive that a desktop or a person
// mounted. A drive it released is not mounted again while it stays plugged in, so the staff
// screen looking for bundles every two seconds does not take back a stick that staff were
// told to remove; unplugged and plugged in again, it is mounted anew. Without UDisks2 it does
// nothing and the mounted volumes are used as they are. What it mounts and unmounts, and why
// it could not (polkit refused, say), goes to the event log, each failure once rather than at
// every look. Not thread-safe: one owner thread.
class DriveMounter
{
public:
    // Mounts what is unmounted and was not released. Returns the objects it mounted now.
    QStringList mountNew();
    // Mounts again what it released and is still plugged in, for a task that staff asked for
    // (saving the counts). Returns the objects it mounted.
    QStringList mountReleased();
    // Unmounts the given objects among those it mounted; true if at least one was released
    // and none failed.
    bool release(const QStringList &objects);
    bool releaseAll();
    QStringList mounted() const { return m_mounted.keys(); }

private:
    // The removable filesystems now, with what is gone forgotten; empty without UDisks2.
    QList<UDisksDrives::Filesystem> present();
    QStringList mount(const QList<UDisksDrives::Filesystem> &filesystems);
    void logFailure(const QString &what, const QString &object);

    UDisksDrives m_udisks;
    QMap<QString, QString> m_mounted; // object path → the mount point it got
    QSet<QString> m_released;
    QMap<QString, QString> m_failed; // object path → the failure last logged for it
};
