#include "bundlecontent.h"

#include "bundleschema.h"

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

QList<BundleContent::Address> BundleContent::addresses() const
{
    QList<Address> found;
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        for (int column = 0; column < table.columns.size(); ++column) {
            if (table.columns.at(column).type != BundleSchema::Type::HttpsUrl)
                continue;
            for (const Row &row : m_rows.value(table.name)) {
                const QString url = row.value(column).toString();
                if (!url.isEmpty())
                    found.append(
                        {table.name, row.value(0).toString(), url, BundleSchema::hostOf(url)});
            }
        }
    }
    return found;
}
