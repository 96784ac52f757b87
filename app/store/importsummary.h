#pragma once

#include "checkedbundle.h"

#include <QMap>
#include <QStringList>

// What a bundle changes against the live data, job by job (keyed by reference).
class ImportSummary
{
public:
    // `live`: the live data's jobs' BundleContent::digest(), by reference.
    static ImportSummary compare(const QHash<QString, QByteArray> &live,
                                 const CheckedBundle &incoming);

    QStringList added;
    QStringList removed;
    QStringList changed;
    int jobCount = 0;
    QString publishedAt;
    bool sample = false;
    QString signedBy;         // the trusted key's id; empty when no signature was required
    QMap<QString, int> hosts; // the hosts the QR codes point to, and how many addresses each

    QString text() const;
    // "Addresses on: careers.example.org (46)", for staff to spot an unfamiliar host.
    QString hostsText() const;
};
