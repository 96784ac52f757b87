#pragma once

#include "bundlecontent.h"
#include "bundleschema.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

// Reads the tables of the bundle schema with fixed SELECTs, the columns named one by one, a
// row at a time.
class ContentReader
{
public:
    // Where reading stopped, and SQLite's reason; no error when a handler stopped it.
    struct Failure {
        QString table;
        int row = 0; // counting from 1
        QSqlError error;
    };
    // Returns false to stop reading.
    using RowHandler = std::function<bool(const BundleContent::Row &row)>;

    // Every row of `table` in the order SQLite keeps them. A table added after version 1 that
    // a version 1 bundle or store does not hold reads as empty: the validator has already
    // allowed only the tables of the file's own version.
    static bool readTable(const QSqlDatabase &db, const BundleSchema::Table &table,
                          const RowHandler &handle, Failure *failure);
    // Every row of every table, table by table in BundleSchema's order.
    static bool
    read(const QSqlDatabase &db,
         const std::function<bool(const QString &table, const BundleContent::Row &)> &handle,
         Failure *failure);
    static bool read(const QSqlDatabase &db, BundleContent *content, QString *error);
};
