#include "removablemedia.h"

#include "udisksdrives.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <vector>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX // std::min below, not the macro
#endif
#include <windows.h>
#endif

namespace
{

QStringList testRoots;
QStringList testMountParents;

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
constexpr Qt::CaseSensitivity pathCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity pathCase = Qt::CaseSensitive;
#endif

struct Found {
    qint64 modified;
    QString path;
    qsizetype volume;
};

struct Scan {
    std::vector<Found> found;
    qsizetype examined = 0;
    qsizetype limit = 0;
    bool stopped = false;
};

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
    const QString root = volume.rootPath();
#if defined(Q_OS_WIN)
    // Only what Windows calls removable: a second disk, a card in a fixed slot or a network
    // drive is not a stick that staff brought.
    return GetDriveTypeW(reinterpret_cast<const wchar_t *>(
               QDir::toNativeSeparators(root).utf16())) == DRIVE_REMOVABLE;
#elif defined(Q_OS_MACOS)
    return root.startsWith(QLatin1String("/Volumes/"));
#else
    return belowMountParent(root);
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

bool samePath(const QString &a, const QString &b)
{
    return a.compare(b, pathCase) == 0;
}

// Whether path lies below root; both canonical or both cleaned.
bool inside(const QString &root, const QString &path)
{
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return path.size() > prefix.size() && path.startsWith(prefix, pathCase);
}

// Hidden names are left out: sticks written on a Mac carry "._name" copies of every file.
bool hasBundleName(const QString &name)
{
    return name.endsWith(QLatin1String(".kioskbundle"), Qt::CaseInsensitive) &&
           !name.startsWith(QLatin1Char('.'));
}

// Judged without following a link: a link may point off the drive, and a FIFO or a device
// could block whoever opens it.
bool isPlainFile(const QFileInfo &info)
{
    return !info.isSymLink() && !info.isJunction() && info.isFile() && !info.isHidden();
}

bool isPlainFolder(const QFileInfo &info)
{
    return !info.isSymLink() && !info.isJunction() && info.isDir();
}

// The careers-kiosk folder, if it is a real folder on the drive itself.
QString kioskFolder(const QString &volume, const QString &root)
{
    const QFileInfo info(QDir(volume).filePath(RemovableMedia::folderName));
    if (!isPlainFolder(info) || !inside(root, info.canonicalFilePath()))
        return {};
    return info.filePath();
}

// One pass over a folder. Every entry counts towards the limit, bundle or not, and only
// bundles are looked at more closely.
void scanFolder(const QString &folder, qsizetype volume, Scan *scan)
{
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        if (scan->examined >= scan->limit) {
            scan->stopped = true;
            return;
        }
        ++scan->examined;
        it.next();
        if (!hasBundleName(it.fileName()))
            continue;
        const QFileInfo info = it.fileInfo();
        if (isPlainFile(info))
            scan->found.push_back({info.lastModified().toMSecsSinceEpoch(), it.filePath(), volume});
    }
}

void scanVolume(const QString &volume, qsizetype index, Scan *scan)
{
    const QString root = QFileInfo(volume).canonicalFilePath();
    if (root.isEmpty())
        return;
    scanFolder(volume, index, scan);
    const QString folder = kioskFolder(volume, root);
    if (!folder.isEmpty() && !scan->stopped)
        scanFolder(folder, index, scan);
}

// Only the newest few are sorted, so a stick full of files costs one pass and little more.
RemovableMedia::Listing list(const QStringList &volumes, qsizetype limit)
{
    Scan scan;
    scan.limit = limit;
    for (qsizetype i = 0; i < volumes.size() && !scan.stopped; ++i)
        scanVolume(volumes.at(i), i, &scan);
    const auto newer = [](const Found &a, const Found &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.path < b.path;
    };
    const auto end = scan.found.begin() +
                     qsizetype(std::min(scan.found.size(), size_t(RemovableMedia::maxListed)));
    std::partial_sort(scan.found.begin(), end, scan.found.end(), newer);
    RemovableMedia::Listing listing;
    listing.found = qsizetype(scan.found.size());
    listing.foundIsAtLeast = scan.stopped;
    for (auto it = scan.found.begin(); it != end; ++it) {
        if (RemovableMedia::isSafeBundle(volumes.at(it->volume), it->path))
            listing.bundles << it->path;
        else
            --listing.found; // changed on the stick since the pass
    }
    return listing;
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
    return QDir::isAbsolutePath(path) && belowMountParent(path) && isPlainFolder(info) &&
           info.canonicalFilePath() == path;
}

RemovableMedia::Listing RemovableMedia::listBundles(const QString &volume, qsizetype examined)
{
    return list({volume}, examined);
}

RemovableMedia::Listing RemovableMedia::listAllBundles(qsizetype examined)
{
    return list(volumes(), examined);
}

QString RemovableMedia::volumeOf(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QString best;
    qsizetype bestLength = -1;
    for (const QString &volume : volumes()) {
        const QString top = QDir::cleanPath(QDir(volume).absolutePath());
        if (inside(top, clean) && top.size() > bestLength) {
            best = volume;
            bestLength = top.size();
        }
    }
    return best;
}

bool RemovableMedia::isSafeBundle(const QString &volume, const QString &path)
{
    const QString root = QFileInfo(volume).canonicalFilePath();
    const QFileInfo file(QDir::cleanPath(path));
    if (root.isEmpty() || file.isRelative() || !hasBundleName(file.fileName()) ||
        !isPlainFile(file))
        return false;
    const QString folder = file.path();
    const QString top = QDir::cleanPath(QDir(volume).absolutePath());
    const bool atTop = samePath(folder, top) || samePath(folder, root);
    const bool inKioskFolder = (samePath(folder, QDir(top).filePath(folderName)) ||
                                samePath(folder, QDir(root).filePath(folderName))) &&
                               isPlainFolder(QFileInfo(folder));
    return (atTop || inKioskFolder) && inside(root, file.canonicalFilePath());
}

QStringList RemovableMedia::bundlesOn(const QString &volume)
{
    return listBundles(volume).bundles;
}

QStringList RemovableMedia::allBundles()
{
    return listAllBundles().bundles;
}
