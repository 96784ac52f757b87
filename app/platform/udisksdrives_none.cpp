#include "udisksdrives.h"

// UDisks2 is a Linux service: Windows and macOS mount sticks themselves, and the kiosk finds
// them among the mounted volumes.

std::optional<QList<UDisksDrives::Filesystem>> UDisksDrives::removableFilesystems()
{
    m_error = QStringLiteral("UDisks2 is not used on this system");
    return std::nullopt;
}

QString UDisksDrives::mount(const QString &)
{
    m_error = QStringLiteral("UDisks2 is not used on this system");
    return {};
}

bool UDisksDrives::unmount(const QString &)
{
    m_error = QStringLiteral("UDisks2 is not used on this system");
    return false;
}

void UDisksDrives::setBusAddressForTesting(const QString &) {}
