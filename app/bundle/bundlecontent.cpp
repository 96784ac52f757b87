#include "bundlecontent.h"

#include "bundleschema.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

QString BundleContent::meta(const QString &key) const
{
    for (const Row &row : m_rows.value(QStringLiteral("meta"))) {
        if (row.value(0).toString() == key)
            return row.value(1).toString();
    }
    return {};
}

QByteArray BundleContent::digest(const Row &row)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << row; // each value with its type: NULL, 0 and "0" differ, as they do in a row
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QHash<QString, QByteArray> BundleContent::jobDigests() const
{
    QHash<QString, QByteArray> jobs;
    for (const Row &row : m_rows.value(QStringLiteral("jobs")))
        jobs.insert(row.value(0).toString(), digest(row));
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
