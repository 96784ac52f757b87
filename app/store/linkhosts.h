#pragma once

#include "settingslist.h"

// The hosts staff vouch for. With at least one, a bundle that puts an address on any other
// host in front of visitors is refused, naming the job and the host.
class LinkHosts
{
public:
    explicit LinkHosts(const QString &dataDir);

    QStringList hosts() const { return m_list.values(); }
    // A plain ASCII domain name, as the bundle rules demand of an address's host.
    bool add(const QString &host, QString *error);
    bool remove(const QString &host, QString *error);

private:
    SettingsList m_list;
};
