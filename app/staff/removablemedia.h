#pragma once

#include <QStringList>

// The mounted removable drives (USB sticks) and the bundle files on them. The kiosk looks
// only here for new data: it never shows a general file dialog.
class RemovableMedia
{
public:
    static QStringList volumes();
    // Bundle files (*.kioskbundle) at the top of a drive or in its careers-kiosk folder.
    static QStringList bundlesOn(const QString &volume);
    static QStringList allBundles();

    // For tests: folders that stand in for mounted drives. An empty list restores detection.
    static void setRootsForTesting(const QStringList &roots);
};
