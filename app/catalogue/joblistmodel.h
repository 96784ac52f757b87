#pragma once

#include "records.h"
#include "searchindex.h"

#include <QAbstractListModel>
#include <QHash>

#include <atomic>
#include <functional>
#include <future>
#include <memory>

// The open vacancies as a list model, in the order the visitor chose.
class JobListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ReferenceRole = Qt::UserRole + 1,
        CapabilityIdRole,
        CapabilityNameRole,
        KindRole,
        LocationRole,
        ClosingDateRole,
        SummaryRole,
        SalaryRole,
    };
    enum class Order { ClosingDate, Title };

    explicit JobListModel(QObject *parent = nullptr);
    ~JobListModel() override;

    // Hands the index what the list does not hold but a search looks in (descriptions), one
    // job's text at a time, to be indexed and let go; runs on the index's worker thread.
    // `text` is false once the index is no longer wanted, and the rest may be skipped.
    using Text = std::function<bool(const QString &reference, const QString &text)>;
    using Describe = std::function<void(const Text &text)>;
    // `inClosingOrder`: the jobs come in the closing-date order already (see JobOrder), as
    // the store reads them, and need no sort for it.
    void setJobs(const QList<Job> &jobs, const QHash<QString, QString> &capabilityNames,
                 bool inClosingOrder = false, const Describe &describe = {});
    void setOrder(Order order);
    // Takes out the jobs that closed before `today`, row by row, so that a list on screen keeps
    // its place and its filters.
    void removeClosed(const QDate &today);
    Order order() const { return m_order; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Direct access for the filter, which runs on every keystroke.
    const Job &jobAt(int row) const { return m_jobs.at(row); }
    // The job's number in the search index, which keeps its numbers whatever the order.
    int searchNumberAt(int row) const { return m_searchNumbers.at(row); }
    // The index is built on a worker thread as soon as the jobs are set, so that the list is
    // usable before it is done; the first search waits for what is left of it.
    const SearchIndex &searchIndex() const;
    QString capabilityName(const QString &id) const { return m_capabilityNames.value(id); }
    QStringList locations() const;

private:
    void sortJobs();
    void arrange(const std::vector<int> &order);
    void prepareOtherOrder();
    static std::vector<int> orderOf(const QList<Job> &jobs, Order order);
    void buildIndex(const Describe &describe);
    static SearchIndex indexed(const QList<Job> &jobs, const QHash<QString, QString> &names,
                               const Describe &describe, const std::atomic_bool &cancel);
    void stopBuilding();

    QList<Job> m_jobs;
    QList<int> m_searchNumbers;
    mutable SearchIndex m_index;
    mutable std::future<SearchIndex> m_building;
    // Where each row goes in the order not shown: worked out off the GUI thread once the jobs
    // are set, as sorting titles by collation takes longer than a frame at 20,000 jobs.
    std::shared_future<std::vector<int>> m_otherOrder;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QHash<QString, QString> m_capabilityNames;
    Order m_order = Order::ClosingDate;
};
