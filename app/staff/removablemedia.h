#pragma once

#include "bundlefolder.h"

#include <QStringList>

// The mounted removable drives (USB sticks) and the bundle files on them. The kiosk looks
// only here for new data: it never shows a general file dialog. Whoever made the stick is not
// trusted: only regular files that really lie on the drive are listed, never through a link,
// and a listing is bounded in size and time whatever the stick holds. Everything here may run
// on a worker thread; the test roots are set before any thread starts.
//
// Where UDisks2 answers (Linux), the drives are the mount points of filesystems on removable
// USB drives, whoever mounted them; elsewhere, and where there is no UDisks2, the mounted
// volumes that look removable. A mount point is used only if it is a real folder, reached
// without links, below the folders where sticks are mounted.
class RemovableMedia
{
public:
    static constexpr int maxListed = BundleFolder::maxListed;
    static constexpr qsizetype maxExamined = BundleFolder::maxExamined;
    static constexpr QLatin1String folderName = BundleFolder::kioskFolderName;
    using Listing = BundleFolder::Listing;

    static QStringList volumes();
    // Whether a mount point that UDisks2 reported may serve as a drive's root.
    static bool isAllowedMountPoint(const QString &path);
    // Bundle files (*.kioskbundle) at the top of one drive or in its careers-kiosk folder.
    static Listing listBundles(const QString &volume, qsizetype examined = maxExamined);
    static Listing listAllBundles(qsizetype examined = maxExamined);
    // The drive among volumes() that holds path, or empty.
    static QString volumeOf(const QString &path);
    // Checks one bundle again just before it is read, since the stick may have changed since
    // it was listed: a regular file, not a link, at the top of the drive or in a real
    // careers-kiosk folder, and inside the drive once links are resolved.
    static bool isSafeBundle(const QString &volume, const QString &path);

    // The paths of listBundles() and listAllBundles(), for callers that need no count.
    static QStringList bundlesOn(const QString &volume);
    static QStringList allBundles();

    // For tests: folders that stand in for mounted drives. An empty list restores detection.
    static void setRootsForTesting(const QStringList &roots);
    static bool hasRootsForTesting();
    // For tests: the folders below which mount points are allowed. Empty: the platform's.
    static void setMountParentsForTesting(const QStringList &parents);
};
