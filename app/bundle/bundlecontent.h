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

    // Jobs keyed by reference, for comparing two bundles.
    QHash<QString, Row> jobsByReference() const;

private:
    QHash<QString, QList<Row>> m_rows;
};
