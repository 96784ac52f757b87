#pragma once

#include "bundlecontent.h"
#include "bundleschema.h"

#include <functional>

class SqlConnection;

// Writes bundle content into a new SQLite file in the application's own schema. The file
// appears whole and synced to disk, or not at all.
class BundleWriter
{
public:
    enum class Purpose { Bundle, Store };
    // In a store only, a table whose presence says that the jobs' row ids follow the list's
    // closing-date order; stores written before it need the list to sort them.
    static constexpr const char *jobsInListOrder = "jobs_in_list_order";

    static bool write(const BundleContent &content, const QString &path, Purpose purpose,
                      QString *error);
    // A store from the private copy of a checked bundle (BundleValidator::checked()), read a
    // row at a time: its rows are never all in memory. The copy must be the one that was
    // checked, never a file from outside.
    static bool writeStore(const QString &checkedCopy, const QString &path, QString *error);

private:
    using RowHandler = std::function<bool(const BundleContent::Row &row)>;
    // Hands each row of `table` to `insert`; false, with *error, when a row cannot be read,
    // and false when `insert` returned false.
    using RowSource = std::function<bool(const BundleSchema::Table &table, const RowHandler &insert,
                                         QString *error)>;

    static bool writeFrom(const RowSource &rows, const QString &path, Purpose purpose,
                          QString *error);
    static bool fill(const RowSource &rows, const QString &path, Purpose purpose, QString *error);
    static bool fillTable(SqlConnection &db, const BundleSchema::Table &table,
                          const RowSource &rows, Purpose purpose, QString *why);
    static bool copyWhole(const QString &from, const QString &to, QString *error);
};
