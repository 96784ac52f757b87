#pragma once

#include "bundlecontent.h"

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

private:
    static bool fill(const BundleContent &content, const QString &path, Purpose purpose,
                     QString *error);
    static bool copyWhole(const QString &from, const QString &to, QString *error);
};
