#pragma once

#include "joblistmodel.h"
#include "jobstore.h"

#include <QObject>

// Everything the visitor screens show, read once from the live store: the unit's content and
// the vacancies open today.
class Catalogue : public QObject
{
    Q_OBJECT
public:
    explicit Catalogue(const QString &dataDir, QObject *parent = nullptr);

    // Reads the live store again; `today` decides which vacancies are still open.
    bool load(const QDate &today);
    // The same in two steps, so that a screen that needs no vacancies can be shown first.
    bool loadContent(const QDate &today);
    void loadJobs();
    QString error() const { return m_store.error(); }
    QDate today() const { return m_today; }

    const StoreInfo &info() const { return m_info; }
    const QList<Section> &sections() const { return m_sections; }
    const QList<Partner> &partners() const { return m_partners; }
    const QList<Capability> &capabilities() const { return m_capabilities; }
    QList<Role> roles(const QString &capabilityId, const QString &kind) const;
    QString capabilityName(const QString &id) const;
    int openJobCount(const QString &capabilityId = {}, const QString &kind = {}) const;

    JobListModel *jobs() { return &m_jobs; }
    std::optional<Job> job(const QString &reference) const { return m_store.job(reference); }

signals:
    void loaded();

private:
    JobStore m_store;
    QDate m_today;
    StoreInfo m_info;
    QList<Section> m_sections;
    QList<Partner> m_partners;
    QList<Capability> m_capabilities;
    QList<Role> m_roles;
    JobListModel m_jobs;
};
