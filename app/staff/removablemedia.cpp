#include "removablemedia.h"

#include "removabledisk.h"
#include "udisksdrives.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace
{

QStringList testRoots;
QStringList testMountParents;

// Where udisks and desktop sessions mount sticks, and where people mount them by hand.
QStringList mountParents()
{
    if (!testMountParents.isEmpty())
        return testMountParents;
    return {QStringLiteral("/media/"), QStringLiteral("/run/media/"), QStringLiteral("/mnt/")};
}

bool belowMountParent(const QString &path)
{
    const QStringList parents = mountParents();
    return std::any_of(parents.begin(), parents.end(),
                       [&path](const QString &parent) { return path.startsWith(parent); });
}

bool looksRemovable(const QStorageInfo &volume)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return RemovableDisk::isRemovable(volume);
#else
    // Where sticks are mounted, and on a drive the system calls removable: a RAM disk, a
    // network share or a second disk mounted under /mnt is not a stick.
    return belowMountParent(volume.rootPath()) && RemovableDisk::isRemovable(volume);
#endif
}

QStringList storageVolumes()
{
    QStringList roots;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (volume.isValid() && volume.isReady() && looksRemovable(volume))
            roots << volume.rootPath();
    }
    return roots;
}

QStringList udisksVolumes(const QList<UDisksDrives::Filesystem> &filesystems)
{
    QStringList roots;
    for (const UDisksDrives::Filesystem &filesystem : filesystems) {
        for (const QString &point : filesystem.mountPoints) {
            if (RemovableMedia::isAllowedMountPoint(point) && !roots.contains(point))
                roots << point;
        }
    }
    return roots;
}

} // namespace

void RemovableMedia::setRootsForTesting(const QStringList &roots)
{
    testRoots = roots;
}

bool RemovableMedia::hasRootsForTesting()
{
    return !testRoots.isEmpty();
}

void RemovableMedia::setMountParentsForTesting(const QStringList &parents)
{
    testMountParents = parents;
}

QStringList RemovableMedia::volumes()
{
    if (!testRoots.isEmpty())
        return testRoots;
    UDisksDrives udisks;
    if (const auto filesystems = udisks.removableFilesystems())
        return udisksVolumes(*filesystems);
    return storageVolumes();
}

bool RemovableMedia::isAllowedMountPoint(const QString &path)
{
    // The path comes from the system, but a stick's label is part of it: it must name a real
    // folder as it is, with no link or ".." on the way, where sticks are mounted.
    const QFileInfo info(path);
    return QDir::isAbsolutePath(path) && belowMountParent(path) &&
           BundleFolder::isPlainFolder(info) && info.canonicalFilePath() == path;
}

RemovableMedia::Listing RemovableMedia::listBundles(const QString &volume, qsizetype examined)
{
    return BundleFolder::list({volume}, examined);
}

RemovableMedia::Listing RemovableMedia::listAllBundles(qsizetype examined)
{
    return BundleFolder::list(volumes(), examined);
}

QString RemovableMedia::volumeOf(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QString best;
    qsizetype bestLength = -1;
    for (const QString &volume : volumes()) {
        const QString top = QDir::cleanPath(QDir(volume).absolutePath());
        if (BundleFolder::isInside(top, clean) && top.size() > bestLength) {
            best = volume;
            bestLength = top.size();
        }
    }
    return best;
}

bool RemovableMedia::isSafeBundle(const QString &volume, const QString &path)
{
    return BundleFolder::isSafeBundle(volume, path);
}

QStringList RemovableMedia::bundlesOn(const QString &volume)
{
    return listBundles(volume).bundles;
}

QStringList RemovableMedia::allBundles()
{
    return listAllBundles().bundles;
}
