#include "joblistmodel.h"

#include <QCollator>
#include <algorithm>
#include <numeric>

JobListModel::JobListModel(QObject *parent) : QAbstractListModel(parent) {}

void JobListModel::setJobs(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames)
{
    beginResetModel();
    m_jobs = jobs;
    m_capabilityNames = capabilityNames;
    m_index.build(jobs, capabilityNames);
    m_searchNumbers.resize(jobs.size());
    std::iota(m_searchNumbers.begin(), m_searchNumbers.end(), 0);
    sortJobs();
    endResetModel();
}

void JobListModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    beginResetModel();
    m_order = order;
    sortJobs();
    endResetModel();
}

void JobListModel::removeClosed(const QDate &today)
{
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (m_jobs.at(row).closingDate >= today)
            continue;
        int first = row;
        while (first > 0 && m_jobs.at(first - 1).closingDate < today)
            --first;
        beginRemoveRows({}, first, row);
        m_jobs.remove(first, row - first + 1);
        m_searchNumbers.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
}

void JobListModel::sortJobs()
{
    // Sorting here, once, keeps the proxy from sorting again on every keystroke. Collation
    // keys are made once per job: comparing them is far cheaper than collating each time.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<QCollatorSortKey> keys;
    keys.reserve(m_jobs.size());
    for (const Job &job : std::as_const(m_jobs))
        keys << collator.sortKey(job.title);
    QList<int> order(m_jobs.size());
    std::iota(order.begin(), order.end(), 0);
    const auto byTitle = [&](int a, int b) {
        const int c = keys.at(a).compare(keys.at(b));
        return c != 0 ? c < 0 : m_jobs.at(a).reference < m_jobs.at(b).reference;
    };
    const auto byClosing = [&](int a, int b) {
        const QDate &x = m_jobs.at(a).closingDate;
        const QDate &y = m_jobs.at(b).closingDate;
        return x != y ? x < y : byTitle(a, b);
    };
    if (m_order == Order::Title)
        std::sort(order.begin(), order.end(), byTitle);
    else
        std::sort(order.begin(), order.end(), byClosing);
    QList<Job> sorted;
    QList<int> numbers;
    sorted.reserve(m_jobs.size());
    numbers.reserve(m_jobs.size());
    for (int i : std::as_const(order)) {
        sorted << m_jobs.at(i);
        numbers << m_searchNumbers.at(i);
    }
    m_jobs = std::move(sorted);
    m_searchNumbers = std::move(numbers);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return job.title;
    case ReferenceRole:
        return job.reference;
    case CapabilityIdRole:
        return job.capabilityId;
    case CapabilityNameRole:
        return m_capabilityNames.value(job.capabilityId);
    case KindRole:
        return job.kind;
    case LocationRole:
        return job.location;
    case ClosingDateRole:
        return job.closingDate;
    case SummaryRole:
        return job.summary;
    case SalaryRole:
        return job.salary;
    default:
        return {};
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ReferenceRole, "reference");
    names.insert(CapabilityIdRole, "capabilityId");
    names.insert(CapabilityNameRole, "capabilityName");
    names.insert(KindRole, "kind");
    names.insert(LocationRole, "location");
    names.insert(ClosingDateRole, "closingDate");
    names.insert(SummaryRole, "summary");
    names.insert(SalaryRole, "salary");
    return names;
}

QStringList JobListModel::locations() const
{
    QStringList places;
    for (const Job &job : m_jobs) {
        if (!places.contains(job.location))
            places << job.location;
    }
    QCollator collator;
    std::sort(places.begin(), places.end(), collator);
    return places;
}
