#include "contentreader.h"

#include "bundleschema.h"

#include <QSqlError>
#include <QSqlQuery>

bool ContentReader::read(const QSqlDatabase &db, BundleContent *content, QString *error)
{
    Failure failure;
    if (read(db, content, &failure))
        return true;
    *error = failure.error.text();
    return false;
}

bool ContentReader::read(const QSqlDatabase &db, BundleContent *content, Failure *failure)
{
    const QStringList present = db.tables();
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        // A version 1 bundle or store has no table added later: it reads as empty. The
        // validator has already allowed only the tables of the file's own version.
        if (table.since > BundleSchema::oldestVersion && !present.contains(table.name))
            continue;
        const QStringList names = table.columnNames();
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2")
                           .arg(names.join(QLatin1Char(',')), table.name))) {
            *failure = {table.name, 1, rows.lastError()};
            return false;
        }
        QList<BundleContent::Row> &target = content->rows(table.name);
        while (rows.next()) {
            BundleContent::Row row;
            row.reserve(names.size());
            for (int i = 0; i < names.size(); ++i)
                row << rows.value(i);
            target << row;
        }
        if (rows.lastError().isValid()) {
            *failure = {table.name, int(target.size()) + 1, rows.lastError()};
            return false;
        }
    }
    return true;
}
