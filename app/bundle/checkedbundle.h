#pragma once

#include "bundlecontent.h"

#include <QHash>
#include <QMap>

#include <memory>

class QTemporaryDir;

// A bundle that passed every check, without its rows: the private copy that was checked, in a
// folder only this object (and its copies) keeps, and what an import needs to know of it. The
// rows of a 20,000-job bundle take tens of megabytes in memory; this takes a few.
class CheckedBundle
{
public:
    CheckedBundle() = default;
    // Takes over `folder`, which holds the private copy at `path`.
    CheckedBundle(std::shared_ptr<QTemporaryDir> folder, const QString &path);

    bool isNull() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }

    // Takes note of one row that passed its checks, in the order of BundleSchema's tables.
    void add(const QString &table, const BundleContent::Row &row);

    QString meta(const QString &key) const { return m_meta.value(key); }
    QString publishedAt() const { return meta(QStringLiteral("published_at")); }
    bool isSample() const { return meta(QStringLiteral("sample")) == QLatin1String("1"); }
    // Every job's BundleContent::digest(), by reference.
    const QHash<QString, QByteArray> &jobDigests() const { return m_jobDigests; }
    // The hosts the QR codes point to, and how many addresses each.
    const QMap<QString, int> &hosts() const { return m_hosts; }

    // Every row of the private copy, read again: for tools and tests, never on an import's path.
    BundleContent readContent() const;

private:
    std::shared_ptr<QTemporaryDir> m_folder;
    QString m_path;
    QHash<QString, QString> m_meta;
    QHash<QString, QByteArray> m_jobDigests;
    QMap<QString, int> m_hosts;
};
