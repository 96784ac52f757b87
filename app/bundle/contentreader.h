#pragma once

#include "bundlecontent.h"

#include <QSqlDatabase>
#include <QSqlError>

// Reads every table of the bundle schema with fixed SELECTs, the columns named one by one.
class ContentReader
{
public:
    // Where reading stopped, and SQLite's reason.
    struct Failure {
        QString table;
        int row = 0; // counting from 1
        QSqlError error;
    };

    static bool read(const QSqlDatabase &db, BundleContent *content, QString *error);
    static bool read(const QSqlDatabase &db, BundleContent *content, Failure *failure);
};
