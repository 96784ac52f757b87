#pragma once

#include <QFileInfo>
#include <QStringList>

// The bundle files in folders that someone the kiosk does not trust filled: a USB stick, a
// watched folder. Only regular files that really lie in the folder are listed, at its top or
// in a real careers-kiosk folder inside it, never through a link; a listing is bounded in size
// and time whatever the folder holds. May run on any thread.
class BundleFolder
{
public:
    static constexpr int maxListed = 50;
    static constexpr qsizetype maxExamined = 100000;
    static constexpr QLatin1String kioskFolderName{"careers-kiosk"};

    struct Listing {
        QStringList bundles;         // newest first, then by path; at most maxListed
        qsizetype found = 0;         // all bundles found, listed or not
        bool foundIsAtLeast = false; // looking stopped after `examined` folder entries
    };

    // Bundle files (*.kioskbundle) at the top of each folder or in its careers-kiosk folder.
    static Listing list(const QStringList &folders, qsizetype examined = maxExamined);
    // Checks one bundle again just before it is read, since the folder may have changed since
    // it was listed: a regular file, not a link, at the top of `folder` or in a real
    // careers-kiosk folder, and inside `folder` once links are resolved.
    static bool isSafeBundle(const QString &folder, const QString &path);

    // Whether `path` lies below `root`; both canonical or both cleaned.
    static bool isInside(const QString &root, const QString &path);
    // A folder as it is, not reached through a link or a junction.
    static bool isPlainFolder(const QFileInfo &info);
};
