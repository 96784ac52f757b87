#pragma once

#include <QString>

class QStorageInfo;

// Whether the operating system says a mounted volume is on a removable drive: a stick that
// staff brought, not a second disk, a RAM disk or a network share mounted where sticks go.
// One implementation file per platform.
class RemovableDisk
{
public:
    static bool isRemovable(const QStorageInfo &volume);
    // Linux: the block device `device` (as the mount table names it) is attached by USB or
    // marked removable by its driver, as sysfs says. Anything that is not a block device under
    // /dev (tmpfs, an NFS or SMB share, an overlay) is not removable.
    static bool isRemovableDevice(const QString &device);

    // For tests: a folder that stands in for /sys, with class/block/NAME links into devices/
    // as the kernel makes them. Empty restores /sys.
    static void setSysRootForTesting(const QString &root);
};
