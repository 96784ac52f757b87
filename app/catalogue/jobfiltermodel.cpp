#include "jobfiltermodel.h"

#include "joblistmodel.h"

JobFilterModel::JobFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void JobFilterModel::setJobs(JobListModel *jobs)
{
    m_jobs = jobs;
    setSourceModel(jobs);
}

void JobFilterModel::setCapability(const QString &id)
{
    if (id != m_capability) {
        m_capability = id;
        refilter();
    }
}

void JobFilterModel::setKind(const QString &kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        refilter();
    }
}

void JobFilterModel::setLocation(const QString &location)
{
    if (location != m_location) {
        m_location = location;
        refilter();
    }
}

void JobFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void JobFilterModel::clear()
{
    m_capability.clear();
    m_kind.clear();
    m_location.clear();
    m_searchText.clear();
    m_words.clear();
    refilter();
}

bool JobFilterModel::isFiltered() const
{
    return !m_capability.isEmpty() || !m_kind.isEmpty() || !m_location.isEmpty() ||
           !m_words.isEmpty();
}

void JobFilterModel::refilter()
{
    invalidateFilter();
    emit filterChanged();
}

bool JobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_jobs)
        return true;
    const Job &job = m_jobs->jobAt(sourceRow);
    if ((!m_capability.isEmpty() && job.capabilityId != m_capability) ||
        (!m_kind.isEmpty() && job.kind != m_kind) ||
        (!m_location.isEmpty() && job.location != m_location))
        return false;
    const QString &text = m_jobs->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}
