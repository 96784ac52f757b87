#pragma once

#include "clock.h"
#include "glossary.h"
#include "joblistmodel.h"
#include "jobstore.h"
#include "rolefinder.h"
#include "sampledates.h"

#include <QObject>

class QFileSystemWatcher;

// Everything the visitor screens show, read from the live store: the unit's content and the
// vacancies open today. Today comes from the clock: at local midnight the open list is read
// again. Another process (`careers-kiosk --import`) may make new data live; the catalogue
// notices and says so, and the window reloads it when no visitor is in the middle of it.
class Catalogue : public QObject
{
    Q_OBJECT
public:
    // Changes to the data folder come in bursts: it is looked at once none came for this long.
    static constexpr int settleMsec = 200;

    Catalogue(const QString &dataDir, Clock *clock, QObject *parent = nullptr);
    ~Catalogue() override;

    // Reads the live store again, content and open vacancies.
    bool load();
    // The same in two steps, so that a screen that needs no vacancies can be shown first.
    bool loadContent();
    void loadJobs();
    QString error() const { return m_store.error(); }
    QDate today() const { return m_today; }
    Clock *clock() const { return m_clock; }
    // True when another store has become live since this one was read.
    bool isOutOfDate() const;

    const StoreInfo &info() const { return m_info; }
    const QList<Section> &sections() const { return m_sections; }
    const QList<Partner> &partners() const { return m_partners; }
    const QList<Capability> &capabilities() const { return m_capabilities; }
    // The links for a screen: "home" or "about"; a link shown on both is in each.
    QList<Link> links(const QString &screen) const;
    const Glossary &glossary() const { return m_glossary; }
    QList<Role> roles(const QString &capabilityId, const QString &kind) const;
    QString capabilityName(const QString &id) const;
    // Counted once for each list the catalogue reads, then looked up: Home and the finder's
    // results ask for several at a time.
    int openJobCount(const QString &capabilityId = {}, const QString &kind = {}) const;
    // The role finder's questions and scoring; empty for a bundle before version 3.
    const RoleFinder &finder() const { return m_finder; }
    // The questions people ask, for "home" or "job"; one shown on both is in each.
    QList<FaqEntry> faq(const QString &place) const;
    // The address a finder result offers to take away: the information pack's, else the
    // first of Home's links; none when the bundle has no links.
    std::optional<Link> informationPack() const;
    // For the counts: a capability's name or a role's title; a question's words. Empty when
    // the live data has no such id.
    QString finderTargetName(const QString &id) const;
    QString faqQuestion(const QString &id) const;

    JobListModel *jobs() { return &m_jobs; }
    // With the closing date as shown: a sample's dates follow today (see SampleDates).
    std::optional<Job> job(const QString &reference) const;

signals:
    // Once for each load, whatever it read.
    void loaded();
    // Another store became live; load() shows it.
    void liveDataChanged();

private:
    bool readContent();
    void readJobs();
    void dayChanged(const QDate &today);
    void checkLiveStore();

    QString m_dataDir;
    Clock *m_clock;
    JobStore m_store;
    QDate m_today;
    SampleDates m_dates;
    bool m_jobsRead = false;
    StoreInfo m_info;
    QList<Section> m_sections;
    QList<Partner> m_partners;
    QList<Capability> m_capabilities;
    QList<Role> m_roles;
    QList<Link> m_links;
    Glossary m_glossary;
    RoleFinder m_finder;
    QList<FaqEntry> m_faq;
    mutable QHash<QString, int> m_openCounts; // "capability kind", either may be empty
    JobListModel m_jobs;
    QFileSystemWatcher *m_watcher;
    ClockTimer m_settle; // on the clock: tests move it on rather than wait
};
