#include "catalogue.h"

#include "clock.h"
#include "storedirectory.h"

#include <QFileSystemWatcher>

Catalogue::Catalogue(const QString &dataDir, Clock *clock, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_clock(clock), m_store(dataDir),
      m_today(clock->today()), m_watcher(new QFileSystemWatcher(this)), m_settle(clock)
{
    connect(m_clock, &Clock::dayChanged, this, &Catalogue::dayChanged);
    // The pointer file is replaced by a rename, which a watch on the file itself would lose;
    // the folder's watch sees every switch. Changes come in bursts: look once they settle.
    m_watcher->addPath(dataDir);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMsec);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&ClockTimer::start));
    connect(&m_settle, &ClockTimer::timeout, this, &Catalogue::checkLiveStore);
}

Catalogue::~Catalogue() = default;

bool Catalogue::load()
{
    const bool ok = readContent();
    readJobs();
    emit loaded();
    return ok;
}

bool Catalogue::loadContent()
{
    const bool ok = readContent();
    emit loaded();
    return ok;
}

void Catalogue::loadJobs()
{
    readJobs();
    emit loaded();
}

bool Catalogue::readContent()
{
    m_today = m_clock->today();
    const bool ok = m_store.open();
    m_info = m_store.info();
    m_sections = m_store.sections();
    m_partners = m_store.partners();
    m_capabilities = m_store.capabilities();
    m_roles = m_store.roles();
    m_links = m_store.links();
    m_glossary = Glossary(m_store.glossary());
    m_finder =
        RoleFinder(m_store.finderQuestions(), m_store.finderAnswers(), m_capabilities, m_roles);
    m_faq = m_store.faq();
    m_openCounts.clear();
    m_jobs.setJobs({}, {});
    m_jobsRead = false;
    return ok;
}

void Catalogue::readJobs()
{
    QHash<QString, QString> names;
    for (const Capability &capability : std::as_const(m_capabilities))
        names.insert(capability.id, capability.name);
    m_dates = SampleDates(m_info, m_today, m_clock->zone());
    bool inOrder = false;
    QList<Job> open = m_store.openJobs(m_dates.storeDay(m_today), &inOrder);
    if (m_dates.shift() != 0) {
        for (Job &job : open)
            job = m_dates.shown(job); // every date moves by the same days: the order holds
    }
    // The list leaves descriptions out; the search index reads them from the same store.
    m_jobs.setJobs(open, names, inOrder, [path = m_store.path()](const JobListModel::Text &text) {
        JobStore::readDescriptions(path, text);
    });
    m_jobsRead = true;
    m_openCounts.clear();
}

void Catalogue::dayChanged(const QDate &today)
{
    const bool forward = today > m_today;
    m_today = today;
    if (!m_jobsRead)
        return;
    // Going forward only closes vacancies: they leave the list in place. A clock moved back
    // may open some again, which needs the list read anew.
    // A sample's dates move with the day, so its list is read anew.
    m_openCounts.clear();
    if (forward && !m_info.sample)
        m_jobs.removeClosed(today);
    else
        readJobs();
    emit loaded();
}

bool Catalogue::isOutOfDate() const
{
    const QString live = StoreDirectory(m_dataDir).livePath();
    return !live.isEmpty() && live != m_store.path();
}

void Catalogue::checkLiveStore()
{
    if (isOutOfDate())
        emit liveDataChanged();
}

std::optional<Job> Catalogue::job(const QString &reference) const
{
    const std::optional<Job> stored = m_store.job(reference);
    if (!stored)
        return stored;
    return SampleDates(m_info, m_today, m_clock->zone()).shown(*stored);
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

QList<Link> Catalogue::links(const QString &screen) const
{
    QList<Link> shown;
    for (const Link &link : m_links) {
        if (link.shownOn == screen || link.shownOn == QLatin1String("both"))
            shown << link;
    }
    return shown;
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
    if (m_openCounts.isEmpty()) {
        // One pass: every job adds to its capability and kind, alone and together.
        const QString any;
        m_openCounts.insert(QStringLiteral(" "), 0);
        for (int row = 0; row < m_jobs.rowCount(); ++row) {
            const Job &job = m_jobs.jobAt(row);
            for (const QString &c : {any, job.capabilityId}) {
                for (const QString &k : {any, job.kind})
                    ++m_openCounts[c + QLatin1Char(' ') + k];
            }
        }
    }
    return m_openCounts.value(capabilityId + QLatin1Char(' ') + kind);
}

QList<FaqEntry> Catalogue::faq(const QString &place) const
{
    QList<FaqEntry> shown;
    for (const FaqEntry &entry : m_faq) {
        if (entry.shownOn == place || entry.shownOn == QLatin1String("both"))
            shown << entry;
    }
    return shown;
}

std::optional<Link> Catalogue::informationPack() const
{
    const QList<Link> home = links(QStringLiteral("home"));
    for (const QList<Link> &list : {home, links(QStringLiteral("about"))}) {
        for (const Link &link : list) {
            if (link.id == QLatin1String("information-pack"))
                return link;
        }
    }
    if (home.isEmpty())
        return std::nullopt;
    return home.first();
}

QString Catalogue::finderTargetName(const QString &id) const
{
    for (const Role &role : m_roles) {
        if (role.id == id)
            return role.title;
    }
    return capabilityName(id);
}

QString Catalogue::faqQuestion(const QString &id) const
{
    for (const FaqEntry &entry : m_faq) {
        if (entry.id == id)
            return entry.question;
    }
    return {};
}
