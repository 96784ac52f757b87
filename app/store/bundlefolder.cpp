#include "bundlefolder.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>

#include <algorithm>
#include <vector>

namespace
{

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

bool samePath(const QString &a, const QString &b)
{
    return a.compare(b, pathCase) == 0;
}

// Whether path lies below root; both canonical or both cleaned.
bool insideFolder(const QString &root, const QString &path)
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

bool isRealFolder(const QFileInfo &info)
{
    return !info.isSymLink() && !info.isJunction() && info.isDir();
}

// The careers-kiosk folder, if it is a real folder on the drive itself.
QString kioskFolder(const QString &volume, const QString &root)
{
    const QFileInfo info(QDir(volume).filePath(BundleFolder::kioskFolderName));
    if (!isRealFolder(info) || !insideFolder(root, info.canonicalFilePath()))
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
BundleFolder::Listing list(const QStringList &volumes, qsizetype limit)
{
    Scan scan;
    scan.limit = limit;
    for (qsizetype i = 0; i < volumes.size() && !scan.stopped; ++i)
        scanVolume(volumes.at(i), i, &scan);
    const auto newer = [](const Found &a, const Found &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.path < b.path;
    };
    const auto end = scan.found.begin() +
                     qsizetype(std::min(scan.found.size(), size_t(BundleFolder::maxListed)));
    std::partial_sort(scan.found.begin(), end, scan.found.end(), newer);
    BundleFolder::Listing listing;
    listing.found = qsizetype(scan.found.size());
    listing.foundIsAtLeast = scan.stopped;
    for (auto it = scan.found.begin(); it != end; ++it) {
        if (BundleFolder::isSafeBundle(volumes.at(it->volume), it->path))
            listing.bundles << it->path;
        else
            --listing.found; // changed on the stick since the pass
    }
    return listing;
}

} // namespace

BundleFolder::Listing BundleFolder::list(const QStringList &folders, qsizetype examined)
{
    return ::list(folders, examined);
}

bool BundleFolder::isInside(const QString &root, const QString &path)
{
    return insideFolder(root, path);
}

bool BundleFolder::isPlainFolder(const QFileInfo &info)
{
    return isRealFolder(info);
}

bool BundleFolder::isSafeBundle(const QString &folder, const QString &path)
{
    const QString root = QFileInfo(folder).canonicalFilePath();
    const QFileInfo file(QDir::cleanPath(path));
    if (root.isEmpty() || file.isRelative() || !hasBundleName(file.fileName()) ||
        !isPlainFile(file))
        return false;
    const QString parent = file.path();
    const QString top = QDir::cleanPath(QDir(folder).absolutePath());
    const bool atTop = samePath(parent, top) || samePath(parent, root);
    const bool inKioskFolder = (samePath(parent, QDir(top).filePath(kioskFolderName)) ||
                                samePath(parent, QDir(root).filePath(kioskFolderName))) &&
                               isRealFolder(QFileInfo(parent));
    return (atTop || inKioskFolder) && insideFolder(root, file.canonicalFilePath());
}
