#include "removabledisk.h"

#include <QStorageInfo>

void RemovableDisk::setSysRootForTesting(const QString &) {}

bool RemovableDisk::isRemovable(const QStorageInfo &volume)
{
    // Finder mounts external volumes under /Volumes; the startup disk is not there.
    return volume.rootPath().startsWith(QLatin1String("/Volumes/")) && !volume.isRoot();
}

bool RemovableDisk::isRemovableDevice(const QString &)
{
    return false;
}
