#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

// The rows of every table of one bundle, in the column order of BundleSchema.
class BundleContent
{
public:
    using Row = QVariantList;

    QList<Row> &rows(const QString &table) { return m_rows[table]; }
    QList<Row> rows(const QString &table) const { return m_rows.value(table); }

    QString meta(const QString &key) const;
    QString publishedAt() const { return meta(QStringLiteral("published_at")); }
    bool isSample() const { return meta(QStringLiteral("sample")) == QLatin1String("1"); }

    // A job's row in a few bytes: two rows are the same exactly when their digests are, so
    // live data can be compared with a bundle without holding both.
    static QByteArray digest(const Row &row);

    // A web address the bundle would put in a QR code, with the row that holds it.
    struct Address {
        QString table;
        QString rowId; // the row's first column: a job's reference, a role's id
        QString url;
        QString host; // lower case
    };
    static QList<Address> addressesIn(const QString &table, const Row &row);

private:
    QHash<QString, QList<Row>> m_rows;
};
