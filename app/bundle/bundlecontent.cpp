#include "bundlecontent.h"

QString BundleContent::meta(const QString &key) const
{
    for (const Row &row : m_rows.value(QStringLiteral("meta"))) {
        if (row.value(0).toString() == key)
            return row.value(1).toString();
    }
    return {};
}

QHash<QString, BundleContent::Row> BundleContent::jobsByReference() const
{
    QHash<QString, Row> jobs;
    for (const Row &row : m_rows.value(QStringLiteral("jobs")))
        jobs.insert(row.value(0).toString(), row);
    return jobs;
}
