#include "contentreader.h"

#include "strictutf8.h"

#include <QSqlQuery>

namespace
{

// SQLite hands text over decoded by its own lenient rules: a text column is read as its bytes,
// with a flag saying it was text, and decoded strictly here.
QString selectList(const BundleSchema::Table &table)
{
    QStringList select;
    for (const BundleSchema::Column &column : table.columns) {
        if (column.type == BundleSchema::Type::Integer) {
            select << column.name;
            continue;
        }
        select << QStringLiteral("CASE WHEN typeof(%1) = 'text' THEN CAST(%1 AS BLOB) ELSE %1 END, "
                                 "typeof(%1) = 'text'")
                      .arg(column.name);
    }
    return select.join(QLatin1Char(','));
}

// Text that is not strict UTF-8 keeps what came before the first wrong byte and a replacement
// character, which the schema's text check refuses by name.
QVariant textOf(const QByteArray &bytes)
{
    qsizetype wrong = -1;
    const QString text = StrictUtf8::decode(bytes, &wrong);
    if (wrong < 0)
        return text;
    return QString(QString::fromUtf8(bytes.left(wrong)) + QChar(QChar::ReplacementCharacter));
}

// `asBytes`: the query is selectList()'s, with a flag after each text column.
BundleContent::Row rowOf(const QSqlQuery &query, const BundleSchema::Table &table, bool asBytes)
{
    BundleContent::Row row;
    row.reserve(table.columns.size());
    int at = 0;
    for (const BundleSchema::Column &column : table.columns) {
        const QVariant value = query.value(at++);
        if (!asBytes || column.type == BundleSchema::Type::Integer)
            row << value;
        else if (query.value(at++).toInt() == 1)
            row << textOf(value.toByteArray());
        else
            row << value;
    }
    return row;
}

bool isUtf8(const QSqlDatabase &db)
{
    QSqlQuery encoding(QStringLiteral("PRAGMA encoding"), db);
    return encoding.next() && encoding.value(0).toString() == QLatin1String("UTF-8");
}

} // namespace

bool ContentReader::readTable(const QSqlDatabase &db, const BundleSchema::Table &table,
                              const RowHandler &handle, Failure *failure)
{
    if (table.since > BundleSchema::oldestVersion && !db.tables().contains(table.name))
        return true;
    // A database kept in UTF-16 has no UTF-8 bytes to check: SQLite turns its broken
    // surrogates into replacement characters, which the schema's text check refuses.
    const bool asBytes = isUtf8(db);
    const QString columns =
        asBytes ? selectList(table) : table.columnNames().join(QLatin1Char(','));
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table.name))) {
        *failure = {table.name, 1, rows.lastError()};
        return false;
    }
    int count = 0;
    while (rows.next()) {
        ++count;
        if (!handle(rowOf(rows, table, asBytes))) {
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
