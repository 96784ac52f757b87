#include "removabledisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace
{

QString sysRoot = QStringLiteral("/sys");

bool says(const QString &flagPath)
{
    QFile flag(flagPath);
    return flag.open(QIODevice::ReadOnly) && flag.read(4).trimmed() == "1";
}

} // namespace

void RemovableDisk::setSysRootForTesting(const QString &root)
{
    sysRoot = root.isEmpty() ? QStringLiteral("/sys") : root;
}

bool RemovableDisk::isRemovable(const QStorageInfo &volume)
{
    return isRemovableDevice(QString::fromLocal8Bit(volume.device()));
}

bool RemovableDisk::isRemovableDevice(const QString &device)
{
    if (!QDir::cleanPath(device).startsWith(QLatin1String("/dev/")))
        return false;
    // /dev/disk/by-label/NAME and the like are links to the device node itself.
    const QString node = QFileInfo::exists(device) ? QFileInfo(device).canonicalFilePath() : device;
    const QString name = QFileInfo(node).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        return false;
    const QFileInfo entry(QDir(sysRoot).filePath(QStringLiteral("class/block/") + name));
    const QString devicePath = entry.symLinkTarget();
    if (devicePath.isEmpty())
        return false;
    // A USB mass-storage device sits below a USB controller's port in the device tree; a
    // card reader's or an old stick's driver marks the disk itself removable (a partition's
    // folder is inside its disk's).
    if (devicePath.contains(QLatin1String("/usb")))
        return true;
    return says(devicePath + QStringLiteral("/removable")) ||
           says(QFileInfo(devicePath).path() + QStringLiteral("/removable"));
}
