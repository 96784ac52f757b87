#include "contentchecker.h"

#include "bundleschema.h"

#include <QSet>

ContentChecker::Problem ContentChecker::checkRow(const QString &table, int row,
                                                 const BundleContent::Row &values)
{
    const BundleSchema::Table *spec = BundleSchema::table(table);
    for (int i = 0; i < spec->columns.size(); ++i) {
        const BundleSchema::Column &column = spec->columns.at(i);
        const QString problem = BundleSchema::checkValue(column, values.value(i));
        if (!problem.isEmpty())
            return {table, row, column.name, problem};
    }
    if (table == QLatin1String("meta")) {
        const QString problem =
            BundleSchema::checkMeta(values.value(0).toString(), values.value(1).toString());
        if (!problem.isEmpty())
            return {table, row, QStringLiteral("value"), problem};
    }
    if (table == QLatin1String("jobs")) {
        const QVariant low = values.value(spec->indexOf(QStringLiteral("salary_min")));
        const QVariant high = values.value(spec->indexOf(QStringLiteral("salary_max")));
        if (!low.isNull() && !high.isNull() && low.toLongLong() > high.toLongLong())
            return {table, row, QStringLiteral("salary_max"),
                    QStringLiteral("smaller than salary_min")};
    }
    return {};
}

ContentChecker::Problem ContentChecker::check(const BundleContent &content)
{
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        const QList<BundleContent::Row> rows = content.rows(table.name);
        if (rows.size() > table.maxRows)
            return {table.name,
                    -1,
                    {},
                    QStringLiteral("%1 rows, more than the %2 allowed")
                        .arg(rows.size())
                        .arg(table.maxRows)};
        for (int i = 0; i < rows.size(); ++i) {
            const Problem problem = checkRow(table.name, i, rows.at(i));
            if (!problem.isNull())
                return problem;
        }
    }
    const Problem keys = checkKeys(content);
    if (!keys.isNull())
        return keys;
    const Problem meta = checkMeta(content);
    return meta.isNull() ? checkClosingDates(content) : meta;
}

ContentChecker::Problem ContentChecker::checkKeys(const BundleContent &content)
{
    QSet<QString> capabilities;
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        const QList<BundleContent::Row> rows = content.rows(table.name);
        const int capabilityColumn = table.indexOf(QStringLiteral("capability_id"));
        QSet<QString> seen;
        for (int i = 0; i < rows.size(); ++i) {
            // "SC" and "sc" would be the same word to a visitor.
            const QString key = table.name == QLatin1String("glossary")
                                    ? rows.at(i).value(0).toString().toCaseFolded()
                                    : rows.at(i).value(0).toString();
            if (seen.contains(key))
                return {table.name, i, table.columns.first().name,
                        QStringLiteral("'%1' appears more than once")
                            .arg(rows.at(i).value(0).toString())};
            seen.insert(key);
            const QString capability = rows.at(i).value(capabilityColumn).toString();
            if (capabilityColumn >= 0 && !capabilities.contains(capability))
                return {table.name, i, QStringLiteral("capability_id"),
                        QStringLiteral("no capability has the id '%1'").arg(capability)};
        }
        if (table.name == QLatin1String("capabilities"))
            capabilities = seen;
    }
    return {};
}

ContentChecker::Problem ContentChecker::checkMeta(const BundleContent &content)
{
    for (const QString &key : BundleSchema::metaKeys()) {
        if (content.meta(key).isEmpty())
            return {QStringLiteral("meta"), -1, key, QStringLiteral("the key is missing")};
    }
    if (content.rows(QStringLiteral("capabilities")).isEmpty())
        return {QStringLiteral("capabilities"), -1, {}, QStringLiteral("the table is empty")};
    return {};
}

ContentChecker::Problem ContentChecker::checkClosingDates(const BundleContent &content)
{
    const QString table = QStringLiteral("jobs");
    const QString column = QStringLiteral("closing_date");
    const int index = BundleSchema::table(table)->indexOf(column);
    const QList<BundleContent::Row> rows = content.rows(table);
    for (int i = 0; i < rows.size(); ++i) {
        const QString problem = BundleSchema::checkClosingDate(rows.at(i).value(index).toString(),
                                                               content.publishedAt());
        if (!problem.isEmpty())
            return {table, i, column, problem};
    }
    return {};
}
