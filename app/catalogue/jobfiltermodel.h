#pragma once

#include <QSortFilterProxyModel>

class JobListModel;

// What the visitor has narrowed the vacancies to: one capability, officer or staff, one
// location, and search words (every word must appear). Empty means "any".
class JobFilterModel : public QSortFilterProxyModel
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

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    JobListModel *m_jobs = nullptr;
    QString m_capability;
    QString m_kind;
    QString m_location;
    QString m_searchText;
    QStringList m_words;
};
