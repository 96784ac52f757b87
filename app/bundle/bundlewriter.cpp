#include "bundlewriter.h"

#include "bundleschema.h"
#include "joborder.h"
#include "sqlconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <numeric>

namespace
{

QString insertSql(const BundleSchema::Table &table)
{
    const QStringList names = table.columnNames();
    const QStringList marks(names.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table.name, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

const QStringList storeIndexes = {
    QStringLiteral("CREATE INDEX jobs_closing ON jobs (closing_date)"),
    QStringLiteral("CREATE INDEX roles_capability ON roles (capability_id)"),
    QStringLiteral("CREATE TABLE %1 (written INTEGER)")
        .arg(QLatin1String(BundleWriter::jobsInListOrder)),
};

// The order rows are written in: a store's jobs in the list's order (see JobOrder).
std::vector<int> rowOrder(const BundleSchema::Table &table, const QList<BundleContent::Row> &rows,
                          BundleWriter::Purpose purpose)
{
    std::vector<int> order(size_t(rows.size()));
    if (purpose != BundleWriter::Purpose::Store || table.name != QLatin1String("jobs")) {
        std::iota(order.begin(), order.end(), 0);
        return order;
    }
    const int closing = table.indexOf(QStringLiteral("closing_date"));
    const int title = table.indexOf(QStringLiteral("title"));
    const int reference = table.indexOf(QStringLiteral("reference"));
    std::vector<JobOrder::Entry> entries;
    entries.reserve(order.size());
    for (const BundleContent::Row &row : rows) {
        const QDate day = QDate::fromString(row.value(closing).toString(), Qt::ISODate);
        entries.push_back(
            {day.toJulianDay(), row.value(title).toString(), row.value(reference).toString()});
    }
    return JobOrder::sorted(entries, JobOrder::By::ClosingDate);
}

} // namespace

bool BundleWriter::write(const BundleContent &content, const QString &path, Purpose purpose,
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
    return fill(content, draft, purpose, error) && copyWhole(draft, path, error);
}

bool BundleWriter::fill(const BundleContent &content, const QString &path, Purpose purpose,
                        QString *error)
{
    SqlConnection db(path, SqlConnection::Mode::ReadWrite);
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return false;
    };
    QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=OFF"),
        QStringLiteral("PRAGMA synchronous=OFF"),
        QStringLiteral("PRAGMA application_id=%1").arg(BundleSchema::applicationId),
        QStringLiteral("PRAGMA user_version=%1").arg(BundleSchema::userVersion),
        QStringLiteral("BEGIN"),
    };
    for (const BundleSchema::Table &table : BundleSchema::tables())
        setup << BundleSchema::createTableSql(table);
    if (purpose == Purpose::Store)
        setup << storeIndexes;
    for (const QString &sql : std::as_const(setup)) {
        if (!db.exec(sql))
            return fail(db.isOpen() ? db.errorText() : db.database().lastError().text());
    }
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        QSqlQuery insert(db.database());
        if (!insert.prepare(insertSql(table)))
            return fail(insert.lastError().text());
        const QList<BundleContent::Row> rows = content.rows(table.name);
        for (const int at : rowOrder(table, rows, purpose)) {
            const BundleContent::Row &row = rows.at(at);
            for (int i = 0; i < table.columns.size(); ++i)
                insert.bindValue(i, row.value(i));
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
    }
    return db.exec(QStringLiteral("COMMIT")) || fail(db.errorText());
}

bool BundleWriter::copyWhole(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    QSaveFile target(to);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(to, target.errorString());
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(to, target.errorString());
            target.cancelWriting();
            return false;
        }
    }
    if (!target.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(to, target.errorString());
        return false;
    }
    return true;
}
