#include "removabledisk.h"

#include <QDir>
#include <QStorageInfo>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

void RemovableDisk::setSysRootForTesting(const QString &) {}

bool RemovableDisk::isRemovable(const QStorageInfo &volume)
{
    // Only what Windows calls removable: a second disk, a card in a fixed slot or a network
    // drive is not a stick that staff brought.
    const QString root = QDir::toNativeSeparators(volume.rootPath());
    return GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOVABLE;
}

bool RemovableDisk::isRemovableDevice(const QString &)
{
    return false;
}
