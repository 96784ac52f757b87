#include "intereststats.h"

#include "datafolder.h"
#include "sqlconnection.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlQuery>

InterestStats::InterestStats(const QString &dataDir)
{
    // The counts and SQLite's files beside them are the kiosk's own: private (0600, made before
    // SQLite opens them, which gives its own files the same), never through a link. Where that
    // cannot be made sure of, the counts last only as long as this run.
    const DataFolder folder(dataDir);
    const bool ready = folder.prepareFile(DataFolder::File::CountsWal) &&
                       folder.prepareFile(DataFolder::File::CountsShm) &&
                       folder.prepareFile(DataFolder::File::Counts, nullptr, true);
    m_db = std::make_unique<SqlConnection>(ready ? folder.filePath(DataFolder::File::Counts)
                                                 : QString(),
                                           SqlConnection::Mode::ReadWrite);
    m_db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    m_db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS counts (day TEXT NOT NULL, kind TEXT "
                              "NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL, "
                              "PRIMARY KEY (day, kind, key))"));
}

InterestStats::~InterestStats() = default;

bool InterestStats::isOpen() const
{
    return m_db && m_db->isOpen();
}

QString InterestStats::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Screen:
        return QStringLiteral("screen");
    case Kind::Capability:
        return QStringLiteral("capability");
    case Kind::Job:
        return QStringLiteral("job");
    case Kind::QrCode:
        return QStringLiteral("qr-code");
    }
    return {};
}

void InterestStats::record(Kind kind, const QString &key, const QDate &day)
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("INSERT INTO counts (day, kind, key, count) VALUES (?, ?, ?, 1) "
                             "ON CONFLICT (day, kind, key) DO UPDATE SET count = count + 1"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(kindName(kind));
    q.addBindValue(key.left(80));
    q.exec();
}

QList<InterestStats::Count> InterestStats::counts() const
{
    QList<Count> list;
    QSqlQuery q(QStringLiteral("SELECT day, kind, key, count FROM counts ORDER BY day, kind, key"),
                m_db->database());
    while (q.next())
        list.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                     q.value(2).toString(), q.value(3).toInt()});
    return list;
}

QList<InterestStats::Count> InterestStats::totals() const
{
    QList<Count> list;
    QSqlQuery q(QStringLiteral("SELECT kind, key, sum(count) AS total FROM counts GROUP BY kind, "
                               "key ORDER BY kind, total DESC, key"),
                m_db->database());
    while (q.next())
        list.append({{}, q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

QByteArray InterestStats::csv() const
{
    return csvOf(counts());
}

QByteArray InterestStats::csv(const QDate &day) const
{
    QList<Count> ofDay = counts();
    ofDay.removeIf([&day](const Count &count) { return count.day != day; });
    return csvOf(ofDay);
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
    QByteArray text = name ? "day,kind,key,name,count\n" : "day,kind,key,count\n";
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
