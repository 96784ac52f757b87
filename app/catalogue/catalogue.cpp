#include "catalogue.h"

Catalogue::Catalogue(const QString &dataDir, QObject *parent) : QObject(parent), m_store(dataDir) {}

bool Catalogue::load(const QDate &today)
{
    const bool ok = loadContent(today);
    loadJobs();
    return ok;
}

bool Catalogue::loadContent(const QDate &today)
{
    m_today = today;
    const bool ok = m_store.open();
    m_info = m_store.info();
    m_sections = m_store.sections();
    m_partners = m_store.partners();
    m_capabilities = m_store.capabilities();
    m_roles = m_store.roles();
    m_jobs.setJobs({}, {});
    emit loaded();
    return ok;
}

void Catalogue::loadJobs()
{
    QHash<QString, QString> names;
    for (const Capability &capability : std::as_const(m_capabilities))
        names.insert(capability.id, capability.name);
    m_jobs.setJobs(m_store.openJobs(m_today), names);
    emit loaded();
}

QList<Role> Catalogue::roles(const QString &capabilityId, const QString &kind) const
{
    QList<Role> matching;
    for (const Role &role : m_roles) {
        if (role.capabilityId == capabilityId && role.kind == kind)
            matching << role;
    }
    return matching;
}

QString Catalogue::capabilityName(const QString &id) const
{
    for (const Capability &capability : m_capabilities) {
        if (capability.id == id)
            return capability.name;
    }
    return {};
}

int Catalogue::openJobCount(const QString &capabilityId, const QString &kind) const
{
    int count = 0;
    for (int row = 0; row < m_jobs.rowCount(); ++row) {
        const Job &job = m_jobs.jobAt(row);
        count += (capabilityId.isEmpty() || job.capabilityId == capabilityId) &&
                 (kind.isEmpty() || job.kind == kind);
    }
    return count;
}
