#include "linkhosts.h"

#include "bundleschema.h"

LinkHosts::LinkHosts(const QString &dataDir) : m_list(dataDir, QStringLiteral("links/allowedHosts"))
{
}

bool LinkHosts::add(const QString &host, QString *error)
{
    const QString problem = BundleSchema::checkHost(host);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return m_list.add(host.toLower(), error);
}

bool LinkHosts::remove(const QString &host, QString *error)
{
    return m_list.remove(host.toLower(), error);
}
