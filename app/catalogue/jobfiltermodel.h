#pragma once

#include "searchindex.h"

#include <QAbstractProxyModel>

#include <vector>

class JobListModel;

// What the visitor has narrowed the vacancies to: one capability, officer or staff, one
// location, and search words (every word must start a word of the job; see SearchIndex).
// Empty means "any". While words are typed, the jobs with more of them in their title come
// first, each group in the list's own order.
//
// A search typed on (more letters, more words) looks only through the rows it already shows.
//
// A proxy of its own rather than a QSortFilterProxyModel: ranking by title would make that
// sort every row on every keystroke through item indexes (4 ms at 10,000 jobs), where a
// count of ranks here is one pass.
class JobFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit JobFilterModel(QObject *parent = nullptr);

    void setJobs(JobListModel *jobs);

    void setCapability(const QString &id);
    void setKind(const QString &kind);
    void setLocation(const QString &location);
    void setSearchText(const QString &text);
    void clear();

    QString capability() const { return m_capability; }
    QString kind() const { return m_kind; }
    QString location() const { return m_location; }
    QString searchText() const { return m_searchText; }
    bool isFiltered() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    void filterChanged();

private:
    void connectJobs(JobListModel *jobs);
    void refilter();
    void rebuild();
    // Within the rows shown, which all have the words `found`.
    void rescan(const QStringList &found);
    void rank(const std::vector<int> &candidates, const QStringList &found = {});
    static bool narrower(const QStringList &words, const QStringList &than);
    void mapSourceRows();
    bool accepts(int sourceRow) const;
    void sourceAboutToRemove(int first, int last);
    void sourceRemoved(int first, int last);

    JobListModel *m_jobs = nullptr;
    QString m_capability;
    QString m_kind;
    QString m_location;
    QString m_searchText;
    QStringList m_words;
    std::vector<int> m_rows;      // for each row shown, the source row
    std::vector<int> m_proxyRows; // for each source row, the row shown or -1
    bool m_removingRun = false;   // the rows a removal takes were one run here
};
