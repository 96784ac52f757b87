#include "intereststats.h"

#include "datafolder.h"

#include "sqlconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace
{

// Before visitors were counted a line counted openings; these kinds are now visitors.
const QStringList oldOpenKinds = {QStringLiteral("screen"), QStringLiteral("capability"),
                                  QStringLiteral("job")};

void sortForReading(QList<InterestStats::Count> &counts)
{
    std::stable_sort(counts.begin(), counts.end(),
                     [](const InterestStats::Count &a, const InterestStats::Count &b) {
                         if (a.day != b.day)
                             return a.day < b.day;
                         const int rankA = InterestStats::kindRank(a.kind);
                         const int rankB = InterestStats::kindRank(b.kind);
                         if (rankA != rankB)
                             return rankA < rankB;
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return a.key < b.key;
                     });
}

} // namespace

QString InterestStats::path(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("interest.sqlite"));
}

InterestStats::InterestStats(const QString &dataDir, Access access)
{
    const QString file = path(dataDir);
    if (access == Access::ReadWrite && !prepare(dataDir)) {
        m_ok = false;
        return;
    }
    m_ok = access == Access::ReadWrite ? openForWriting(file) : openForReading(file);
    m_writable = m_ok && access == Access::ReadWrite;
}

bool InterestStats::prepare(const QString &dataDir)
{
    // The counts and SQLite's files beside them are the kiosk's own: private (0600, made before
    // SQLite opens them, which gives its own files the same), never through a link: a link or
    // another file in their place is set aside first.
    const DataFolder folder(dataDir);
    QString why;
    if (folder.prepareFile(DataFolder::File::CountsWal, &why) &&
        folder.prepareFile(DataFolder::File::CountsShm, &why) &&
        folder.prepareFile(DataFolder::File::Counts, &why, true))
        return true;
    m_error = why.isEmpty() ? QStringLiteral("the counts file cannot be made private") : why;
    return false;
}

InterestStats::~InterestStats() = default;

bool InterestStats::isOpen() const
{
    return m_ok && m_db && m_db->isOpen();
}

int InterestStats::userVersion()
{
    QSqlQuery q(m_db->database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool InterestStats::isIntact()
{
    // Every page read once: a file cut short or damaged is found here, before anything is
    // written into it or read from it as counts.
    QSqlQuery q(m_db->database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        m_error = QStringLiteral("it is damaged: %1").arg(q.value(0).toString().left(200));
        return false;
    }
    return true;
}

bool InterestStats::hasCountsTable(bool *exists)
{
    // A table called counts must have the four columns; anything else is not ours to change.
    QSqlQuery q(m_db->database());
    if (!q.exec(QStringLiteral("PRAGMA table_info(counts)"))) {
        m_error = q.lastError().text();
        return false;
    }
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    *exists = !columns.isEmpty();
    if (*exists && columns != QStringList{QStringLiteral("day"), QStringLiteral("kind"),
                                          QStringLiteral("key"), QStringLiteral("count")}) {
        m_error = QStringLiteral("its counts table has the columns %1, not day, kind, key, count")
                      .arg(columns.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool InterestStats::openForWriting(const QString &file)
{
    QDir().mkpath(QFileInfo(file).path());
    m_db = std::make_unique<SqlConnection>(file, SqlConnection::Mode::ReadWrite);
    if (!m_db->isOpen()) {
        m_error = m_db->errorText();
        return false;
    }
    // One transaction, taken before the version is read: a kiosk and its watched folder's
    // worker that open the file at once migrate it once, and a failure changes nothing.
    if (!m_db->exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = m_db->errorText();
        return false;
    }
    const auto fail = [this] {
        const QString why = m_error.isEmpty() ? m_db->errorText() : m_error;
        m_db->exec(QStringLiteral("ROLLBACK"));
        m_error = why;
        return false;
    };
    bool exists = false;
    const int version = userVersion();
    if (version < 0 || !isIntact() || !hasCountsTable(&exists))
        return fail();
    if (version > schemaVersion) {
        m_error = QStringLiteral("it was written by a newer version of Careers Kiosk (schema %1)")
                      .arg(version);
        return fail();
    }
    if (version < schemaVersion) {
        const bool changed =
            exists ? m_db->exec(QStringLiteral("UPDATE counts SET kind = kind || '-opens' "
                                               "WHERE kind IN ('screen', 'capability', 'job')"))
                   : m_db->exec(QStringLiteral(
                         "CREATE TABLE counts (day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT "
                         "NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, kind, key))"));
        if (!changed || !m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)))
            return fail();
    }
    if (!m_db->exec(QStringLiteral("COMMIT")))
        return fail();
    // Only once the file is known to be sound: the switch itself writes to its header.
    m_db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return true;
}

bool InterestStats::openForReading(const QString &file)
{
    if (!QFileInfo(file).isFile()) {
        m_error = QStringLiteral("no counts have been kept in %1").arg(QFileInfo(file).path());
        return false;
    }
    m_db = std::make_unique<SqlConnection>(file, SqlConnection::Mode::ReadOnly);
    if (!m_db->isOpen()) {
        m_error = m_db->errorText();
        return false;
    }
    bool exists = false;
    const int version = userVersion();
    if (version < 0 || !isIntact() || !hasCountsTable(&exists))
        return false;
    if (version > schemaVersion) {
        m_error = QStringLiteral("it was written by a newer version of Careers Kiosk (schema %1)")
                      .arg(version);
        return false;
    }
    if (!exists) {
        m_error = QStringLiteral("it holds no counts");
        return false;
    }
    m_readAsMigrated = version < schemaVersion;
    return true;
}

QString InterestStats::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Visitors:
        return QStringLiteral("visitors");
    case Kind::Hour:
        return QStringLiteral("hour");
    case Kind::Feature:
        return QStringLiteral("feature");
    case Kind::Screen:
        return QStringLiteral("screen");
    case Kind::Capability:
        return QStringLiteral("capability");
    case Kind::Job:
        return QStringLiteral("job");
    case Kind::Code:
        return QStringLiteral("code");
    case Kind::Finder:
        return QStringLiteral("finder");
    case Kind::FinderResult:
        return QStringLiteral("finder-result");
    case Kind::Faq:
        return QStringLiteral("faq");
    }
    return {};
}

std::optional<InterestStats::Kind> InterestStats::kindOf(const QString &name)
{
    for (Kind kind : {Kind::Visitors, Kind::Hour, Kind::Feature, Kind::Screen, Kind::Capability,
                      Kind::Job, Kind::Code, Kind::Finder, Kind::FinderResult, Kind::Faq}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList InterestStats::kindNames()
{
    return {kindName(Kind::Visitors), kindName(Kind::Hour),         kindName(Kind::Feature),
            kindName(Kind::Screen),   kindName(Kind::Capability),   kindName(Kind::Job),
            kindName(Kind::Code),     kindName(Kind::Finder),       kindName(Kind::FinderResult),
            kindName(Kind::Faq)};
}

QStringList InterestStats::legacyKindNames()
{
    return {QStringLiteral("screen-opens"), QStringLiteral("capability-opens"),
            QStringLiteral("job-opens"), QStringLiteral("qr-code")};
}

QString InterestStats::migratedKind(const QString &oldKind)
{
    return oldOpenKinds.contains(oldKind) ? oldKind + QStringLiteral("-opens") : oldKind;
}

int InterestStats::kindRank(const QString &kind)
{
    const QStringList order = kindNames() + legacyKindNames();
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

bool InterestStats::record(Kind kind, const QString &key, const QDate &day)
{
    if (!m_writable || !day.isValid())
        return false;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("INSERT INTO counts (day, kind, key, count) VALUES (?, ?, ?, 1) "
                             "ON CONFLICT (day, kind, key) DO UPDATE SET count = count + 1"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(kindName(kind));
    q.addBindValue(key.left(80));
    return q.exec();
}

QList<InterestStats::Count> InterestStats::select(const QString &where,
                                                  const QVariantList &values) const
{
    QList<Count> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT day, kind, key, count FROM counts ") + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return list;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        list.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                     m_readAsMigrated ? migratedKind(kind) : kind, q.value(2).toString(),
                     q.value(3).toInt()});
    }
    sortForReading(list);
    return list;
}

QList<InterestStats::Count> InterestStats::counts() const
{
    return select({}, {});
}

QList<InterestStats::Count> InterestStats::counts(const QDate &day) const
{
    return select(QStringLiteral("WHERE day = ?"), {day.toString(Qt::ISODate)});
}

QList<InterestStats::Count> InterestStats::totals(const QDate &today) const
{
    QList<Count> list;
    if (!isOpen())
        return list;
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT kind, key, sum(count), sum(CASE WHEN day = ? THEN count "
                             "ELSE 0 END) FROM counts GROUP BY kind, key"));
    q.addBindValue(today.isValid() ? today.toString(Qt::ISODate) : QString());
    if (!q.exec())
        return list;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        list.append({{},
                     m_readAsMigrated ? migratedKind(kind) : kind,
                     q.value(1).toString(),
                     q.value(2).toInt(),
                     q.value(3).toInt()});
    }
    std::stable_sort(list.begin(), list.end(), [](const Count &a, const Count &b) {
        const int rankA = kindRank(a.kind);
        const int rankB = kindRank(b.kind);
        if (rankA != rankB)
            return rankA < rankB;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    });
    return list;
}

QByteArray InterestStats::csv() const
{
    return csvOf(counts());
}

QByteArray InterestStats::csv(const QDate &day) const
{
    return csvOf(counts(day));
}

QByteArray InterestStats::csv(const Namer &name) const
{
    return csvOf(counts(), name);
}

QString InterestStats::quoted(QString cell)
{
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QByteArray InterestStats::csvOf(const QList<Count> &counts, const Namer &name)
{
    QByteArray text = name ? QByteArrayLiteral("day,kind,key,name,count\n") : csvHeader();
    for (const Count &c : counts) {
        QString cells = quoted(c.key);
        if (name) {
            QString named = name(c.kind, c.key);
            // Names come from bundle text: none may start a spreadsheet formula.
            if (!named.isEmpty() && QStringLiteral("=+-@").contains(named.front()))
                named.prepend(QLatin1Char('\''));
            cells += QLatin1Char(',') + quoted(named);
        }
        text += QStringLiteral("%1,%2,%3,%4\n")
                    .arg(c.day.toString(Qt::ISODate), c.kind, cells)
                    .arg(c.count)
                    .toUtf8();
    }
    return text;
}
