#include "contentreader.h"

#include <QSqlQuery>

namespace
{

BundleContent::Row rowOf(const QSqlQuery &query, int columns)
{
    BundleContent::Row row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row << query.value(i);
    return row;
}

} // namespace

bool ContentReader::readTable(const QSqlDatabase &db, const BundleSchema::Table &table,
                              const RowHandler &handle, Failure *failure)
{
    if (table.since > BundleSchema::oldestVersion && !db.tables().contains(table.name))
        return true;
    const QStringList names = table.columnNames();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1Char(',')), table.name))) {
        *failure = {table.name, 1, rows.lastError()};
        return false;
    }
    int count = 0;
    while (rows.next()) {
        ++count;
        if (!handle(rowOf(rows, int(names.size())))) {
            *failure = {table.name, count, {}};
            return false;
        }
    }
    if (rows.lastError().isValid()) {
        *failure = {table.name, count + 1, rows.lastError()};
        return false;
    }
    return true;
}

bool ContentReader::read(
    const QSqlDatabase &db,
    const std::function<bool(const QString &table, const BundleContent::Row &)> &handle,
    Failure *failure)
{
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        const auto handleRow = [&](const BundleContent::Row &row) {
            return handle(table.name, row);
        };
        if (!readTable(db, table, handleRow, failure))
            return false;
    }
    return true;
}

bool ContentReader::read(const QSqlDatabase &db, BundleContent *content, QString *error)
{
    Failure failure;
    const auto keep = [content](const QString &table, const BundleContent::Row &row) {
        content->rows(table) << row;
        return true;
    };
    if (read(db, keep, &failure))
        return true;
    *error = failure.error.text();
    return false;
}
