#include "drivemounter.h"

#include "eventlog.h"
#include "safename.h"

#include <algorithm>

namespace
{

bool isPresent(const QList<UDisksDrives::Filesystem> &filesystems, const QString &object)
{
    return std::any_of(filesystems.begin(), filesystems.end(),
                       [&object](const auto &filesystem) { return filesystem.object == object; });
}

} // namespace

QList<UDisksDrives::Filesystem> DriveMounter::present()
{
    const auto filesystems = m_udisks.removableFilesystems();
    if (!filesystems)
        return {};
    // Unplugged, or unmounted by someone else: no longer ours to release or to hold back.
    for (auto it = m_mounted.begin(); it != m_mounted.end();) {
        const bool stillMounted =
            std::any_of(filesystems->begin(), filesystems->end(), [&it](const auto &filesystem) {
                return filesystem.object == it.key() && filesystem.mountPoints.contains(*it);
            });
        it = stillMounted ? std::next(it) : m_mounted.erase(it);
    }
    for (auto it = m_released.begin(); it != m_released.end();)
        it = isPresent(*filesystems, *it) ? std::next(it) : m_released.erase(it);
    return *filesystems;
}

void DriveMounter::logFailure(const QString &what, const QString &object)
{
    const QString line = QStringLiteral("USB drive %1 %2 failed: %3")
                             .arg(what, SafeName::from(object), SafeName::from(m_udisks.error()));
    if (m_failed.value(object) != line)
        EventLog::write(line);
    m_failed.insert(object, line);
}

QStringList DriveMounter::mount(const QList<UDisksDrives::Filesystem> &filesystems)
{
    QStringList mounted;
    for (const UDisksDrives::Filesystem &filesystem : filesystems) {
        const QString point = m_udisks.mount(filesystem.object);
        if (point.isEmpty()) {
            logFailure(QStringLiteral("mount"), filesystem.object);
            continue;
        }
        EventLog::write(QStringLiteral("USB drive mounted by the kiosk at ") +
                        SafeName::from(point, 400));
        m_failed.remove(filesystem.object);
        m_mounted.insert(filesystem.object, point);
        m_released.remove(filesystem.object);
        mounted << filesystem.object;
    }
    return mounted;
}

QStringList DriveMounter::mountNew()
{
    QList<UDisksDrives::Filesystem> unmounted;
    for (const UDisksDrives::Filesystem &filesystem : present()) {
        if (filesystem.mountPoints.isEmpty() && !m_released.contains(filesystem.object))
            unmounted << filesystem;
    }
    return mount(unmounted);
}

QStringList DriveMounter::mountReleased()
{
    QList<UDisksDrives::Filesystem> released;
    for (const UDisksDrives::Filesystem &filesystem : present()) {
        if (filesystem.mountPoints.isEmpty() && m_released.contains(filesystem.object))
            released << filesystem;
    }
    return mount(released);
}

bool DriveMounter::release(const QStringList &objects)
{
    if (objects.isEmpty())
        return false;
    present(); // a stick pulled out meanwhile is no longer there to unmount
    bool any = false;
    bool failed = false;
    for (const QString &object : objects) {
        if (!m_mounted.contains(object))
            continue; // never what a desktop or a person mounted
        if (!m_udisks.unmount(object)) {
            logFailure(QStringLiteral("unmount"), object);
            failed = true;
            continue;
        }
        EventLog::write(QStringLiteral("USB drive unmounted by the kiosk at ") +
                        SafeName::from(m_mounted.value(object), 400));
        m_mounted.remove(object);
        m_released.insert(object);
        any = true;
    }
    return any && !failed;
}

bool DriveMounter::releaseAll()
{
    return release(mounted());
}
