#include "removablemedia.h"

#include <QDir>
#include <QStorageInfo>

namespace
{

QStringList testRoots;

bool looksRemovable(const QStorageInfo &volume)
{
    const QString root = volume.rootPath();
#if defined(Q_OS_WIN)
    return root != QStorageInfo::root().rootPath(); // any drive but the system drive
#elif defined(Q_OS_MACOS)
    return root.startsWith(QLatin1String("/Volumes/"));
#else
    // Where udisks and desktop sessions mount sticks, and where people mount them by hand.
    return root.startsWith(QLatin1String("/media/")) ||
           root.startsWith(QLatin1String("/run/media/")) || root.startsWith(QLatin1String("/mnt/"));
#endif
}

} // namespace

void RemovableMedia::setRootsForTesting(const QStringList &roots)
{
    testRoots = roots;
}

QStringList RemovableMedia::volumes()
{
    if (!testRoots.isEmpty())
        return testRoots;
    QStringList roots;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (volume.isValid() && volume.isReady() && looksRemovable(volume))
            roots << volume.rootPath();
    }
    return roots;
}

QStringList RemovableMedia::bundlesOn(const QString &volume)
{
    QStringList files;
    const QDir top(volume);
    for (const QDir &dir : {top, QDir(top.filePath(QStringLiteral("careers-kiosk")))}) {
        const QStringList names =
            dir.entryList({QStringLiteral("*.kioskbundle")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            files << dir.filePath(name);
    }
    return files;
}

QStringList RemovableMedia::allBundles()
{
    QStringList files;
    for (const QString &volume : volumes())
        files << bundlesOn(volume);
    return files;
}
