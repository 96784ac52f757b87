#pragma once

#include "bundlecontent.h"

#include <QStringList>

// What a bundle changes against the live data, job by job (keyed by reference).
class ImportSummary
{
public:
    static ImportSummary compare(const BundleContent &live, const BundleContent &incoming);

    QStringList added;
    QStringList removed;
    QStringList changed;
    int jobCount = 0;
    QString publishedAt;
    bool sample = false;

    QString text() const;
};
