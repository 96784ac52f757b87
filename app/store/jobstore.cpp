#include "jobstore.h"

#include "contentreader.h"
#include "sqlconnection.h"
#include "storedirectory.h"

#include <QSqlQuery>

namespace
{

const QString jobColumns = QStringLiteral(
    "reference, title, capability_id, kind, location, salary, salary_min, salary_max, hours, "
    "contract, vetting, closing_date, summary, description, apply_url");

Job jobFrom(const QSqlQuery &q)
{
    Job job;
    job.reference = q.value(0).toString();
    job.title = q.value(1).toString();
    job.capabilityId = q.value(2).toString();
    job.kind = q.value(3).toString();
    job.location = q.value(4).toString();
    job.salary = q.value(5).toString();
    job.salaryMin = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    job.salaryMax = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    job.hours = q.value(8).toString();
    job.contract = q.value(9).toString();
    job.vetting = q.value(10).toString();
    job.closingDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    job.summary = q.value(12).toString();
    job.description = q.value(13).toString();
    job.applyUrl = q.value(14).toString();
    return job;
}

} // namespace

JobStore::JobStore(const QString &dataDir) : m_dataDir(dataDir) {}

JobStore::~JobStore() = default;

bool JobStore::open()
{
    m_db.reset();
    m_path = StoreDirectory(m_dataDir).livePath();
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
    QSqlQuery q(QStringLiteral("SELECT key, value FROM meta"), m_db->database());
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
    QSqlQuery q(QStringLiteral("SELECT id, heading, body FROM sections ORDER BY position, id"),
                m_db->database());
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

QList<Partner> JobStore::partners() const
{
    QList<Partner> list;
    if (!isOpen())
        return list;
    QSqlQuery q(QStringLiteral("SELECT id, name, description FROM partners ORDER BY position, id"),
                m_db->database());
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

QList<Capability> JobStore::capabilities() const
{
    QList<Capability> list;
    if (!isOpen())
        return list;
    QSqlQuery q(QStringLiteral("SELECT id, name, summary, body FROM capabilities "
                               "ORDER BY position, id"),
                m_db->database());
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
    QSqlQuery q(QStringLiteral("SELECT id, capability_id, title, kind, summary, body FROM roles "
                               "ORDER BY kind, title"),
                m_db->database());
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return list;
}

QList<Job> JobStore::openJobs(const QDate &today) const
{
    QList<Job> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    QString columns = jobColumns;
    columns.replace(QStringLiteral("description"), QStringLiteral("''"));
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE closing_date >= ? "
                             "ORDER BY closing_date, title")
                  .arg(columns));
    q.addBindValue(today.toString(Qt::ISODate));
    q.exec();
    while (q.next())
        list.append(jobFrom(q));
    return list;
}

int JobStore::openJobCount(const QDate &today) const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE closing_date >= ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<Job> JobStore::job(const QString &reference) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE reference = ?").arg(jobColumns));
    q.addBindValue(reference);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobFrom(q);
}

bool JobStore::readContent(BundleContent *content) const
{
    QString error;
    return isOpen() && ContentReader::read(m_db->database(), content, &error);
}
