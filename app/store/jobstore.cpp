#include "jobstore.h"

#include "bundleschema.h"
#include "bundlewriter.h"
#include "joblistreader.h"
#include "sqlconnection.h"
#include "storedirectory.h"

#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace
{

// Where each field stands in a row of the jobs table, from the schema, which is the only list
// of its columns. Looked up once: the list is read 20,000 rows at a time.
struct JobColumns {
    int reference, title, capabilityId, kind, location, salary, salaryMin, salaryMax, hours,
        contract, vetting, closingDate, summary, description, applyUrl;

    static const JobColumns &get()
    {
        static const JobColumns columns = [] {
            const BundleSchema::Table *t = BundleSchema::table(QStringLiteral("jobs"));
            const auto at = [t](const char *name) { return t->indexOf(QLatin1String(name)); };
            return JobColumns{at("reference"),  at("title"),       at("capability_id"),
                              at("kind"),       at("location"),    at("salary"),
                              at("salary_min"), at("salary_max"),  at("hours"),
                              at("contract"),   at("vetting"),     at("closing_date"),
                              at("summary"),    at("description"), at("apply_url")};
        }();
        return columns;
    }
};

// The jobs table's columns in schema order.
QString selectList()
{
    return BundleSchema::table(QStringLiteral("jobs"))->columnNames().join(QStringLiteral(", "));
}

// Only what a card of the list shows, in this order: the job page reads the rest with job().
const QString listColumns = QStringLiteral(
    "reference, title, capability_id, kind, location, salary, closing_date, summary");

qint64 amount(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

Job jobFrom(const QSqlQuery &q)
{
    const JobColumns &c = JobColumns::get();
    Job job;
    job.reference = q.value(c.reference).toString();
    job.title = q.value(c.title).toString();
    job.capabilityId = q.value(c.capabilityId).toString();
    job.kind = q.value(c.kind).toString();
    job.location = q.value(c.location).toString();
    job.salary = q.value(c.salary).toString();
    job.salaryMin = amount(q.value(c.salaryMin));
    job.salaryMax = amount(q.value(c.salaryMax));
    job.hours = q.value(c.hours).toString();
    job.contract = q.value(c.contract).toString();
    job.vetting = q.value(c.vetting).toString();
    job.closingDate = QDate::fromString(q.value(c.closingDate).toString(), Qt::ISODate);
    job.summary = q.value(c.summary).toString();
    job.description = q.value(c.description).toString();
    job.applyUrl = q.value(c.applyUrl).toString();
    return job;
}

} // namespace

JobStore::JobStore(const QString &dataDir) : m_dataDir(dataDir) {}

JobStore::~JobStore() = default;

bool JobStore::open()
{
    m_db.reset();
    m_hold.reset();
    const StoreDirectory directory(m_dataDir);
    m_path = directory.livePath();
    if (m_path.isEmpty()) {
        m_error = QStringLiteral("there is no live data in %1").arg(m_dataDir);
        return false;
    }
    m_db = std::make_unique<SqlConnection>(m_path, SqlConnection::Mode::ReadOnly);
    if (!m_db->isOpen()) {
        m_error = m_db->errorText();
        m_db.reset();
        return false;
    }
    m_db->exec(QStringLiteral("PRAGMA query_only=ON"));
    m_hold = directory.holdOpen(m_path); // an import in another process leaves it alone
    return true;
}

bool JobStore::isOpen() const
{
    return m_db && m_db->isOpen();
}

StoreInfo JobStore::info() const
{
    StoreInfo info;
    if (!isOpen())
        return info;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT key, value FROM meta")))
        return info;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("title"))
            info.title = value;
        else if (key == QLatin1String("published_at"))
            info.publishedAt = value;
        else if (key == QLatin1String("publisher"))
            info.publisher = value;
        else if (key == QLatin1String("sample"))
            info.sample = value == QLatin1String("1");
    }
    return info;
}

QList<Section> JobStore::sections() const
{
    QList<Section> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT id, heading, body FROM sections ORDER BY position, id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

QList<Partner> JobStore::partners() const
{
    QList<Partner> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT id, name, description FROM partners ORDER BY position, id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

QList<Capability> JobStore::capabilities() const
{
    QList<Capability> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT id, name, summary, body FROM capabilities "
                               "ORDER BY position, id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

QList<Role> JobStore::roles() const
{
    QList<Role> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT id, capability_id, title, kind, summary, body FROM roles "
                               "ORDER BY kind, title")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return list;
}

bool JobStore::hasTable(const QString &name) const
{
    return isOpen() && m_db->database().tables().contains(name);
}

QList<Link> JobStore::links() const
{
    QList<Link> list;
    if (!hasTable(QStringLiteral("links")))
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT id, label, url, shown_on FROM links ORDER BY position, id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

QList<GlossaryTerm> JobStore::glossary() const
{
    QList<GlossaryTerm> list;
    if (!hasTable(QStringLiteral("glossary")))
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q,
             QStringLiteral("SELECT term, explanation FROM glossary ORDER BY term COLLATE NOCASE")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QList<FinderQuestion> JobStore::finderQuestions() const
{
    QList<FinderQuestion> list;
    if (!hasTable(QStringLiteral("finder_questions")))
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q,
             QStringLiteral("SELECT id, text, help FROM finder_questions ORDER BY position, id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

QList<FinderAnswer> JobStore::finderAnswers() const
{
    QList<FinderAnswer> list;
    if (!hasTable(QStringLiteral("finder_answers")))
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT id, question_id, text, weights FROM finder_answers "
                               "ORDER BY position, id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     FinderWeights::parse(q.value(3).toString()).entries});
    return list;
}

QList<FaqEntry> JobStore::faq() const
{
    QList<FaqEntry> list;
    if (!hasTable(QStringLiteral("faq")))
        return list;
    QSqlQuery q(m_db->database());
    if (!run(q, QStringLiteral("SELECT id, question, answer, shown_on FROM faq ORDER BY position, "
                               "id")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

QList<Job> JobStore::openJobs(const QDate &today, bool *inListOrder) const
{
    QList<Job> list;
    const bool ordered = hasTable(QLatin1String(BundleWriter::jobsInListOrder));
    if (inListOrder)
        *inListOrder = ordered;
    if (!isOpen())
        return list;
    // In a store in the list's order, the table itself is read in row id order, which needs
    // no sort (the + keeps SQLite from going through the date's index instead). An older
    // store's rows come as they are, and the list sorts them.
    const QString sql =
        QStringLiteral("SELECT %1 FROM jobs WHERE +closing_date >= ?%2")
            .arg(listColumns, ordered ? QStringLiteral(" ORDER BY rowid") : QString());
    QString error;
    if (!JobListReader::read(m_db->database(), sql, today.toString(Qt::ISODate), &list, &error)) {
        m_error = QStringLiteral("cannot read the live data: %1").arg(error);
        qWarning("%s", qPrintable(m_error));
        list.clear();
    }
    return list;
}

int JobStore::openJobCount(const QDate &today) const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE closing_date >= ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<Job> JobStore::job(const QString &reference) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE reference = ?").arg(selectList()));
    q.addBindValue(reference);
    if (!run(q) || !q.next())
        return std::nullopt;
    return jobFrom(q);
}

void JobStore::readDescriptions(const QString &storePath, const DescriptionRow &row)
{
    const SqlConnection db(storePath, SqlConnection::Mode::ReadOnly);
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    // One pass reads each page once: SQLite's page cache (2 MB by default) would only hold
    // memory, in the worker's own heap, which keeps it once freed.
    q.exec(QStringLiteral("PRAGMA cache_size = -64"));
    if (!db.isOpen() || !q.exec(QStringLiteral("SELECT reference, description FROM jobs")))
        return; // then the search finds what the list itself holds
    while (q.next()) {
        if (!row(q.value(0).toString(), q.value(1).toString()))
            return;
    }
}

bool JobStore::readJobDigests(QHash<QString, QByteArray> *digests) const
{
    if (!isOpen())
        return false;
    const int columns = int(BundleSchema::table(QStringLiteral("jobs"))->columns.size());
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT %1 FROM jobs").arg(selectList())))
        return false;
    BundleContent::Row row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        digests->insert(row.value(0).toString(), BundleContent::digest(row));
    }
    return !q.lastError().isValid();
}

bool JobStore::run(QSqlQuery &q, const QString &sql) const
{
    if (sql.isEmpty() ? q.exec() : q.exec(sql))
        return true;
    // A store that cannot be read must say so: a blank screen with nothing in the log is
    // the worst way for live data to fail.
    m_error = QStringLiteral("cannot read the live data: %1").arg(q.lastError().text());
    qWarning("%s", qPrintable(m_error));
    return false;
}
