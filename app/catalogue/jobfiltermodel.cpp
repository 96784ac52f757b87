#include "jobfiltermodel.h"

#include "joblistmodel.h"

#include <algorithm>

JobFilterModel::JobFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

void JobFilterModel::setJobs(JobListModel *jobs)
{
    beginResetModel();
    if (jobs != m_jobs)
        connectJobs(jobs);
    rebuild();
    endResetModel();
}

void JobFilterModel::connectJobs(JobListModel *jobs)
{
    if (m_jobs)
        disconnect(m_jobs, nullptr, this, nullptr);
    m_jobs = jobs;
    setSourceModel(jobs);
    connect(jobs, &QAbstractItemModel::modelAboutToBeReset, this, &JobFilterModel::beginResetModel);
    connect(jobs, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(jobs, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { sourceAboutToRemove(first, last); });
    connect(jobs, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { sourceRemoved(first, last); });
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
    const QStringList words = SearchIndex::words(text);
    if (words == m_words)
        return; // a space or a stray mark: the same search
    const bool narrows = !m_words.isEmpty() && narrower(words, m_words);
    const QStringList before = m_words;
    m_words = words;
    beginResetModel();
    if (narrows)
        rescan(before);
    else
        rebuild();
    endResetModel();
    emit filterChanged();
}

bool JobFilterModel::narrower(const QStringList &words, const QStringList &than)
{
    // A job that has a word starting with "inves" has one starting with "inv": when each
    // earlier word starts one of the new ones, no job outside the shown rows can match.
    return std::all_of(than.cbegin(), than.cend(), [&words](const QString &before) {
        return std::any_of(words.cbegin(), words.cend(),
                           [&before](const QString &now) { return now.startsWith(before); });
    });
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
    beginResetModel();
    rebuild();
    endResetModel();
    emit filterChanged();
}

bool JobFilterModel::accepts(int sourceRow) const
{
    const Job &job = m_jobs->jobAt(sourceRow);
    return (m_capability.isEmpty() || job.capabilityId == m_capability) &&
           (m_kind.isEmpty() || job.kind == m_kind) &&
           (m_location.isEmpty() || job.location == m_location);
}

void JobFilterModel::rebuild()
{
    std::vector<int> candidates;
    const int count = m_jobs ? m_jobs->rowCount() : 0;
    candidates.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        if (accepts(row))
            candidates.push_back(row);
    }
    m_rows.clear();
    if (m_words.isEmpty())
        m_rows = std::move(candidates);
    else
        rank(candidates);
    mapSourceRows();
}

void JobFilterModel::rescan(const QStringList &found)
{
    // Only the rows shown can still match; taken in source order again, to be ranked anew.
    std::vector<int> candidates;
    candidates.reserve(m_rows.size());
    for (size_t row = 0; row < m_proxyRows.size(); ++row) {
        if (m_proxyRows[row] >= 0)
            candidates.push_back(int(row));
    }
    m_rows.clear();
    rank(candidates, found);
    mapSourceRows();
}

void JobFilterModel::rank(const std::vector<int> &candidates, const QStringList &found)
{
    // Grouped by how many words each title has, most first, each group in source order.
    const SearchIndex &index = m_jobs->searchIndex();
    const SearchIndex::Search search = index.prepare(m_words, found);
    std::vector<std::vector<int>> byRank(size_t(m_words.size()) + 1);
    for (const int row : candidates) {
        const int rank = index.match(search, m_jobs->searchNumberAt(row));
        if (rank >= 0)
            byRank[size_t(rank)].push_back(row);
    }
    for (auto group = byRank.crbegin(); group != byRank.crend(); ++group)
        m_rows.insert(m_rows.end(), group->cbegin(), group->cend());
}

void JobFilterModel::mapSourceRows()
{
    m_proxyRows.assign(size_t(m_jobs ? m_jobs->rowCount() : 0), -1);
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_proxyRows[size_t(m_rows[row])] = int(row);
}

void JobFilterModel::sourceAboutToRemove(int first, int last)
{
    // Closed jobs leave at midnight: shown rows go as rows, so that a list keeps its place.
    // They are one run unless a search has ranked them apart, and then the list starts again.
    std::vector<int> gone;
    for (int row = first; row <= last; ++row) {
        if (m_proxyRows[size_t(row)] >= 0)
            gone.push_back(m_proxyRows[size_t(row)]);
    }
    std::sort(gone.begin(), gone.end());
    m_removingRun = gone.empty() || gone.back() - gone.front() + 1 == int(gone.size());
    if (!m_removingRun)
        beginResetModel();
    else if (!gone.empty())
        beginRemoveRows({}, gone.front(), gone.back());
}

void JobFilterModel::sourceRemoved(int first, int last)
{
    const int removed = last - first + 1;
    std::vector<int> kept;
    kept.reserve(m_rows.size());
    for (const int row : m_rows) {
        if (row < first)
            kept.push_back(row);
        else if (row > last)
            kept.push_back(row - removed);
    }
    const bool anyShown = kept.size() != m_rows.size();
    m_rows = std::move(kept);
    mapSourceRows();
    if (!m_removingRun)
        endResetModel();
    else if (anyShown)
        endRemoveRows();
}

QModelIndex JobFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex JobFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int JobFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QModelIndex JobFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_jobs || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_jobs->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex JobFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRows.size()))
        return {};
    const int row = m_proxyRows[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}
