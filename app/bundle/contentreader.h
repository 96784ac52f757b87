#pragma once

#include "bundlecontent.h"

#include <QSqlDatabase>

// Reads every table of the bundle schema with fixed SELECTs, the columns named one by one.
class ContentReader
{
public:
    static bool read(const QSqlDatabase &db, BundleContent *content, QString *error);
};
