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

QList<BundleContent::Address> BundleContent::addressesIn(const QString &table, const Row &row)
{
    QList<Address> found;
    const BundleSchema::Table *spec = BundleSchema::table(table);
    for (int column = 0; column < spec->columns.size(); ++column) {
        if (spec->columns.at(column).type != BundleSchema::Type::HttpsUrl)
            continue;
        const QString url = row.value(column).toString();
        if (!url.isEmpty())
            found.append({table, row.value(0).toString(), url, BundleSchema::hostOf(url)});
    }
    return found;
}
