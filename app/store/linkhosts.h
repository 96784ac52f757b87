#pragma once

#include <QStringList>

// The hosts staff vouch for, kept by KioskSettings. With at least one, a bundle that puts an
// address on any other host in front of visitors is refused, naming the job and the host; with
// a list that cannot be trusted (kiosk.ini damaged), every address is.
class LinkHosts
{
public:
    explicit LinkHosts(const QString &dataDir);

    QStringList hosts() const;
    // Empty when the list can be trusted; otherwise why not, and how to set it again.
    QString damage() const;
    // A plain ASCII domain name, as the bundle rules demand of an address's host.
    bool add(const QString &host, QString *error);
    bool remove(const QString &host, QString *error);

private:
    QString m_dataDir;
};
