#include "bundlewriter.h"

#include "bundleschema.h"
#include "contentreader.h"
#include "joborder.h"
#include "sqlconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace
{

QString insertSql(const QString &table, const QStringList &names)
{
    const QStringList marks(names.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

const QStringList storeIndexes = {
    QStringLiteral("CREATE INDEX jobs_closing ON jobs (closing_date)"),
    QStringLiteral("CREATE INDEX roles_capability ON roles (capability_id)"),
    QStringLiteral("CREATE TABLE %1 (written INTEGER)")
        .arg(QLatin1String(BundleWriter::jobsInListOrder)),
};

// A store's jobs go to a temporary table as they come, then into the store in the list's order
// (see JobOrder): meanwhile only their titles and dates are in memory, never their rows. The
// temporary tables live in a file, however SQLite was built, and go with the connection.
QStringList stagingTables()
{
    const QStringList names = BundleSchema::table(QStringLiteral("jobs"))->columnNames();
    return {
        QStringLiteral("PRAGMA temp_store=FILE"),
        QStringLiteral("CREATE TEMP TABLE staged_jobs (%1)").arg(names.join(QLatin1Char(','))),
        QStringLiteral("CREATE TEMP TABLE job_order (position INTEGER PRIMARY KEY, staged "
                       "INTEGER NOT NULL)"),
    };
}

JobOrder::Entry entryOf(const BundleContent::Row &row)
{
    static const BundleSchema::Table *jobs = BundleSchema::table(QStringLiteral("jobs"));
    static const int closing = jobs->indexOf(QStringLiteral("closing_date"));
    static const int title = jobs->indexOf(QStringLiteral("title"));
    static const int reference = jobs->indexOf(QStringLiteral("reference"));
    return JobOrder::entry(row.value(closing).toString(), row.value(title).toString(),
                           row.value(reference).toString());
}

// Copies the staged jobs into the store, soonest closing first.
bool copyInListOrder(SqlConnection &db, const std::vector<JobOrder::Entry> &entries, QString *why)
{
    QSqlQuery order(db.database());
    if (!order.prepare(QStringLiteral("INSERT INTO job_order (position, staged) VALUES (?, ?)"))) {
        *why = order.lastError().text();
        return false;
    }
    const std::vector<int> sorted = JobOrder::sorted(entries, JobOrder::By::ClosingDate);
    for (size_t i = 0; i < sorted.size(); ++i) {
        order.bindValue(0, qint64(i) + 1);
        order.bindValue(1, qint64(sorted[i]) + 1); // staged rows are numbered from 1 as they came
        if (!order.exec()) {
            *why = order.lastError().text();
            return false;
        }
    }
    const QString names =
        BundleSchema::table(QStringLiteral("jobs"))->columnNames().join(QLatin1Char(','));
    if (db.exec(QStringLiteral("INSERT INTO main.jobs (%1) SELECT %1 FROM job_order JOIN "
                               "staged_jobs ON staged_jobs.rowid = job_order.staged ORDER BY "
                               "job_order.position")
                    .arg(names)))
        return true;
    *why = db.errorText();
    return false;
}

} // namespace

bool BundleWriter::write(const BundleContent &content, const QString &path, Purpose purpose,
                         QString *error)
{
    const auto rows = [&](const BundleSchema::Table &table, const RowHandler &insert, QString *) {
        for (const BundleContent::Row &row : content.rows(table.name)) {
            if (!insert(row))
                return false;
        }
        return true;
    };
    return writeFrom(rows, path, purpose, error);
}

bool BundleWriter::writeStore(const QString &checkedCopy, const QString &path, QString *error)
{
    SqlConnection source(checkedCopy, SqlConnection::Mode::ReadOnly);
    if (!source.isOpen() || !source.applyUntrustedFileSettings()) {
        *error = QStringLiteral("cannot read the checked copy: %1").arg(source.errorText());
        return false;
    }
    // The same SELECTs, in the same order, as the check read.
    const auto rows = [&](const BundleSchema::Table &table, const RowHandler &insert,
                          QString *why) {
        ContentReader::Failure failure;
        if (ContentReader::readTable(source.database(), table, insert, &failure))
            return true;
        if (failure.error.isValid())
            *why = QStringLiteral("cannot read row %1 of table %2 of the checked copy: %3")
                       .arg(failure.row)
                       .arg(failure.table, failure.error.text());
        return false;
    };
    return writeFrom(rows, path, Purpose::Store, error);
}

bool BundleWriter::writeFrom(const RowSource &rows, const QString &path, Purpose purpose,
                             QString *error)
{
    // Built in a private folder beside the target, then copied through QSaveFile, which syncs
    // the bytes to disk before it renames them into place.
    QTemporaryDir scratch(QFileInfo(path).absolutePath() + QStringLiteral("/.writing-XXXXXX"));
    if (!scratch.isValid()) {
        *error = QStringLiteral("cannot create a working folder beside %1: %2")
                     .arg(path, scratch.errorString());
        return false;
    }
    const QString draft = scratch.filePath(QStringLiteral("draft.sqlite"));
    return fill(rows, draft, purpose, error) && copyWhole(draft, path, error);
}

bool BundleWriter::fill(const RowSource &rows, const QString &path, Purpose purpose, QString *error)
{
    SqlConnection db(path, SqlConnection::Mode::ReadWrite);
    const auto fail = [&](const QString &why) {
        // SQLite often says only "Unknown error" when the disk runs out part way.
        *error = QStringLiteral("cannot write %1 (the disk may be full or read-only): %2")
                     .arg(path, why);
        return false;
    };
    QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=OFF"),
        QStringLiteral("PRAGMA synchronous=OFF"),
        QStringLiteral("PRAGMA application_id=%1").arg(BundleSchema::applicationId),
        QStringLiteral("PRAGMA user_version=%1").arg(BundleSchema::userVersion),
    };
    if (purpose == Purpose::Store)
        setup << stagingTables();
    setup << QStringLiteral("BEGIN");
    for (const BundleSchema::Table &table : BundleSchema::tables())
        setup << BundleSchema::createTableSql(table);
    if (purpose == Purpose::Store)
        setup << storeIndexes;
    for (const QString &sql : std::as_const(setup)) {
        if (!db.exec(sql))
            return fail(db.isOpen() ? db.errorText() : db.database().lastError().text());
    }
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        QString why;
        if (!fillTable(db, table, rows, purpose, &why))
            return fail(why);
    }
    return db.exec(QStringLiteral("COMMIT")) || fail(db.errorText());
}

bool BundleWriter::fillTable(SqlConnection &db, const BundleSchema::Table &table,
                             const RowSource &rows, Purpose purpose, QString *why)
{
    const bool staged = purpose == Purpose::Store && table.name == QLatin1String("jobs");
    QSqlQuery insert(db.database());
    if (!insert.prepare(
            insertSql(staged ? QStringLiteral("staged_jobs") : table.name, table.columnNames()))) {
        *why = insert.lastError().text();
        return false;
    }
    std::vector<JobOrder::Entry> entries;
    const auto insertRow = [&](const BundleContent::Row &row) {
        for (int i = 0; i < table.columns.size(); ++i)
            insert.bindValue(i, row.value(i));
        if (staged)
            entries.push_back(entryOf(row));
        return insert.exec();
    };
    if (!rows(table, insertRow, why)) {
        if (why->isEmpty())
            *why = insert.lastError().text();
        return false;
    }
    return !staged || copyInListOrder(db, entries, why);
}

bool BundleWriter::copyWhole(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    QSaveFile target(to);
    const auto fail = [&] {
        // A disk that runs out part way is reported by QSaveFile as "Unknown error".
        *error = QStringLiteral("cannot write %1 (the disk may be full or read-only): %2")
                     .arg(to, target.errorString());
        return false;
    };
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return fail();
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return fail();
        }
    }
    return target.commit() || fail();
}
