#include "joblistmodel.h"

#include "joborder.h"

#include <QCollator>
#include <QSet>
#include <algorithm>
#include <numeric>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

JobListModel::JobListModel(QObject *parent) : QAbstractListModel(parent) {}

JobListModel::~JobListModel()
{
    stopBuilding();
}

void JobListModel::setJobs(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames,
                           bool inClosingOrder, const Describe &describe)
{
    beginResetModel();
    stopBuilding();
    m_jobs = jobs;
    m_capabilityNames = capabilityNames;
    m_searchNumbers.resize(jobs.size());
    std::iota(m_searchNumbers.begin(), m_searchNumbers.end(), 0);
    if (!inClosingOrder || m_order != Order::ClosingDate)
        sortJobs();
    // Numbered in the list's order, a search reads the index from start to end.
    std::iota(m_searchNumbers.begin(), m_searchNumbers.end(), 0);
    buildIndex(describe);
    prepareOtherOrder();
    endResetModel();
}

void JobListModel::buildIndex(const Describe &describe)
{
    m_index = SearchIndex();
    if (m_jobs.isEmpty())
        return;
    // The worker reads its own copies: the lists share their data, and a later sort or
    // removal here makes a copy of the model's instead of changing the worker's.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_building = std::async(std::launch::async,
                            [jobs = m_jobs, names = m_capabilityNames, cancel = m_cancel,
                             describe] { return indexed(jobs, names, describe, *cancel); });
}

SearchIndex JobListModel::indexed(const QList<Job> &jobs, const QHash<QString, QString> &names,
                                  const Describe &describe, const std::atomic_bool &cancel)
{
    SearchIndex index;
    if (!index.addJobs(jobs, names, &cancel))
        return index;
    if (describe) {
        QHash<QString, int> numbers;
        numbers.reserve(jobs.size());
        for (int number = 0; number < int(jobs.size()); ++number)
            numbers.insert(jobs.at(number).reference, number);
        describe([&](const QString &reference, const QString &text) {
            const auto found = numbers.constFind(reference);
            if (found != numbers.cend())
                index.addText(found.value(), text);
            return !cancel;
        });
    }
    if (!cancel)
        index.finish();
#if defined(__GLIBC__)
    // The build's scratch (word ids as they came, the store's rows) was freed in this thread's
    // own heap, which glibc keeps resident: 2 MB at 5,000 jobs, 5 MB at 20,000.
    malloc_trim(0);
#endif
    return index;
}

void JobListModel::stopBuilding()
{
    if (!m_building.valid())
        return;
    *m_cancel = true;
    m_building.wait();
    m_building = {};
}

const SearchIndex &JobListModel::searchIndex() const
{
    if (m_building.valid())
        m_index = m_building.get();
    return m_index;
}

void JobListModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    if (!m_otherOrder.valid())
        prepareOtherOrder();
    const std::vector<int> toOther = m_otherOrder.get();
    beginResetModel();
    m_order = order;
    arrange(toOther);
    endResetModel();
    // The way back is the same move undone, ready at once.
    std::vector<int> back(toOther.size());
    for (size_t row = 0; row < toOther.size(); ++row)
        back[size_t(toOther[row])] = int(row);
    std::promise<std::vector<int>> ready;
    ready.set_value(std::move(back));
    m_otherOrder = ready.get_future().share();
}

void JobListModel::prepareOtherOrder()
{
    const Order other = m_order == Order::Title ? Order::ClosingDate : Order::Title;
    // The worker reads its own copy: the list shares its data, and a later change here copies.
    m_otherOrder = std::async(std::launch::async, [jobs = m_jobs, other] {
                       return orderOf(jobs, other);
                   }).share();
}

void JobListModel::removeClosed(const QDate &today)
{
    const qsizetype before = m_jobs.size();
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
    if (m_jobs.size() != before)
        prepareOtherOrder(); // the rows it moved are not all there
}

void JobListModel::sortJobs()
{
    // Sorting here, once, keeps the proxy from sorting again on every keystroke.
    arrange(orderOf(m_jobs, m_order));
}

std::vector<int> JobListModel::orderOf(const QList<Job> &jobs, Order order)
{
    std::vector<JobOrder::Entry> entries;
    entries.reserve(size_t(jobs.size()));
    for (const Job &job : jobs)
        entries.push_back({job.closingDate.toJulianDay(), job.title, job.reference});
    return JobOrder::sorted(entries, order == Order::Title ? JobOrder::By::Title
                                                           : JobOrder::By::ClosingDate);
}

void JobListModel::arrange(const std::vector<int> &order)
{
    QList<Job> sorted;
    QList<int> numbers;
    sorted.reserve(m_jobs.size());
    numbers.reserve(m_jobs.size());
    for (const int i : order) {
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
    QSet<QString> seen;
    QStringList places;
    for (const Job &job : m_jobs) {
        if (!seen.contains(job.location)) {
            seen.insert(job.location);
            places << job.location;
        }
    }
    QCollator collator;
    std::sort(places.begin(), places.end(), collator);
    return places;
}
