#include "linkhosts.h"

#include "bundleschema.h"
#include "kiosksettings.h"

LinkHosts::LinkHosts(const QString &dataDir) : m_dataDir(dataDir) {}

QStringList LinkHosts::hosts() const
{
    return KioskSettings(m_dataDir).linkHosts();
}

QString LinkHosts::damage() const
{
    return KioskSettings(m_dataDir).linkHostsDamage();
}

bool LinkHosts::add(const QString &host, QString *error)
{
    const QString problem = BundleSchema::checkHost(host);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return KioskSettings(m_dataDir).addLinkHost(host.toLower(), error);
}

bool LinkHosts::remove(const QString &host, QString *error)
{
    return KioskSettings(m_dataDir).removeLinkHost(host.toLower(), error);
}
