#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Removable drives as UDisks2 sees them (org.freedesktop.UDisks2 on the D-Bus system bus), so
// that the kiosk finds and mounts a USB stick itself where no desktop does it (a cage session
// on a TTY). Only filesystems on drives that are removable and attached by USB are listed. On
// Windows and macOS, and where there is no system bus or no UDisks2 on it, there is nothing
// here and callers fall back to the mounted volumes. Every call is bounded by a timeout, so a
// hung service cannot hang the caller, and after a timeout the service is not asked again for
// half a minute. May be used on any thread.
class UDisksDrives
{
public:
    struct Filesystem {
        QString object;          // the block device's D-Bus object path
        QStringList mountPoints; // where it is mounted now; empty when it is not
    };

    static constexpr int queryTimeoutMsec = 2000;
    // A mount may replay a journal or wait for a slow stick to spin up.
    static constexpr int mountTimeoutMsec = 10000;

    // Empty when there is no system bus or UDisks2 does not answer; error() says why.
    std::optional<QList<Filesystem>> removableFilesystems();
    // Mounts read-write without set-user-id, device files, programs or symbolic links, and
    // returns the mount point UDisks2 chose, or an empty string.
    QString mount(const QString &object);
    bool unmount(const QString &object);
    QString error() const { return m_error; }

    // For tests: the address of a private bus to use instead of the system bus. Set before
    // any thread uses this class; an empty address restores the system bus.
    static void setBusAddressForTesting(const QString &address);

private:
    QString m_error;
};
