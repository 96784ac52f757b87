#include "contentchecker.h"

#include "bundleschema.h"
#include "finderweights.h"

#include <QSet>

ContentChecker::Problem ContentChecker::checkRow(const QString &table, int row,
                                                 const BundleContent::Row &values)
{
    const BundleSchema::Table *spec = BundleSchema::table(table);
    for (int i = 0; i < spec->columns.size(); ++i) {
        const BundleSchema::Column &column = spec->columns.at(i);
        const QString problem = BundleSchema::checkValue(column, values.value(i));
        if (!problem.isEmpty())
            return {table, row, column.name, problem, values.value(0).toString()};
    }
    if (table == QLatin1String("meta")) {
        const QString problem =
            BundleSchema::checkMeta(values.value(0).toString(), values.value(1).toString());
        if (!problem.isEmpty())
            return {table, row, QStringLiteral("value"), problem, values.value(0).toString()};
    }
    if (table == QLatin1String("jobs")) {
        const QVariant low = values.value(spec->indexOf(QStringLiteral("salary_min")));
        const QVariant high = values.value(spec->indexOf(QStringLiteral("salary_max")));
        if (!low.isNull() && !high.isNull() && low.toLongLong() > high.toLongLong())
            return {table, row, QStringLiteral("salary_max"),
                    QStringLiteral("smaller than salary_min"), values.value(0).toString()};
    }
    return {};
}

ContentChecker::Problem ContentChecker::check(const BundleContent &content)
{
    ContentChecker checker;
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        const QList<BundleContent::Row> rows = content.rows(table.name);
        if (rows.size() > table.maxRows)
            return {table.name,
                    -1,
                    {},
                    QStringLiteral("%1 rows, more than the %2 allowed")
                        .arg(rows.size())
                        .arg(table.maxRows),
                    {}};
        for (const BundleContent::Row &row : rows) {
            const Problem problem = checker.addRow(table.name, row);
            if (!problem.isNull())
                return problem;
        }
    }
    return checker.finish();
}

ContentChecker::Problem ContentChecker::addRow(const QString &table,
                                               const BundleContent::Row &values)
{
    const int row = m_rowCounts[table]++;
    const Problem problem = checkRow(table, row, values);
    if (!problem.isNull())
        return problem;
    if (table == QLatin1String("meta") && !m_meta.contains(values.value(0).toString()))
        m_meta.insert(values.value(0).toString(), values.value(1).toString());
    const Problem keys = checkKeys(table, row, values);
    if (m_keyProblem.isNull())
        m_keyProblem = keys;
    if (m_closingProblem.isNull() && table == QLatin1String("jobs"))
        m_closingProblem = checkClosingDate(row, values);
    if (table == QLatin1String("finder_questions") && keys.isNull()) {
        m_questions << values.value(0).toString();
        m_tallies.insert(values.value(0).toString(), Tally{row});
    }
    if (table == QLatin1String("finder_answers") && keys.isNull()) {
        const Problem answer = checkAnswer(row, values);
        if (m_keyProblem.isNull())
            m_keyProblem = answer;
    }
    return {};
}

ContentChecker::Problem ContentChecker::finish() const
{
    if (!m_keyProblem.isNull())
        return m_keyProblem;
    const Problem meta = checkMeta();
    if (!meta.isNull())
        return meta;
    const Problem questions = checkQuestions();
    return questions.isNull() ? m_closingProblem : questions;
}

// Questions come before their answers, and capabilities and roles before both.
ContentChecker::Problem ContentChecker::checkAnswer(int row, const BundleContent::Row &values)
{
    const QString table = QStringLiteral("finder_answers");
    const BundleSchema::Table *spec = BundleSchema::table(table);
    const QString id = values.value(0).toString();
    const QString question = values.value(spec->indexOf(QStringLiteral("question_id"))).toString();
    if (!m_tallies.contains(question))
        return {table, row, QStringLiteral("question_id"),
                QStringLiteral("no finder question has the id '%1'").arg(question), id};
    const QString weights = values.value(spec->indexOf(QStringLiteral("weights"))).toString();
    const QList<FinderWeights::Entry> entries = FinderWeights::parse(weights).entries;
    const QSet<QString> capabilities = m_ids.value(QStringLiteral("capabilities"));
    const QSet<QString> roles = m_ids.value(QStringLiteral("roles"));
    for (const FinderWeights::Entry &entry : entries) {
        const bool capability = capabilities.contains(entry.id);
        const bool role = roles.contains(entry.id);
        if (!capability && !role)
            return {table, row, QStringLiteral("weights"),
                    QStringLiteral("no capability or role has the id '%1'").arg(entry.id), id};
        if (capability && role)
            return {table, row, QStringLiteral("weights"),
                    QStringLiteral("'%1' is both a capability's id and a role's: rename one")
                        .arg(entry.id),
                    id};
    }
    Tally &tally = m_tallies[question];
    ++tally.answers;
    tally.notSure += weights.isEmpty();
    tally.pointing = tally.pointing || FinderWeights::pointsSomewhere(entries);
    return {};
}

ContentChecker::Problem ContentChecker::checkQuestions() const
{
    const QString table = QStringLiteral("finder_questions");
    for (const QString &id : m_questions) {
        const Tally tally = m_tallies.value(id);
        QString message;
        if (tally.answers < 2 || tally.answers > 6)
            message = QStringLiteral("%1 answers; a question has 2 to 6").arg(tally.answers);
        else if (tally.notSure > 1)
            message = QStringLiteral("%1 answers with blank weights; only one \"Not sure\" is "
                                     "allowed")
                          .arg(tally.notSure);
        else if (!tally.pointing)
            message = QStringLiteral("none of its answers gives a weight above 0 to a capability "
                                     "or a role");
        if (!message.isEmpty())
            return {table, tally.row, QStringLiteral("id"), message, id};
    }
    return {};
}

ContentChecker::Problem ContentChecker::checkKeys(const QString &table, int row,
                                                  const BundleContent::Row &values)
{
    const BundleSchema::Table *spec = BundleSchema::table(table);
    const QString id = values.value(0).toString();
    // "SC" and "sc" would be the same word to a visitor.
    const QString key = table == QLatin1String("glossary") ? id.toCaseFolded() : id;
    QSet<QString> &seen = m_ids[table];
    if (seen.contains(key))
        return {table, row, spec->columns.first().name,
                QStringLiteral("'%1' appears more than once").arg(id), id};
    seen.insert(key);
    // Capabilities come before every table that names one.
    const int capabilityColumn = spec->indexOf(QStringLiteral("capability_id"));
    const QString capability = values.value(capabilityColumn).toString();
    if (capabilityColumn >= 0 && !m_ids.value(QStringLiteral("capabilities")).contains(capability))
        return {table, row, QStringLiteral("capability_id"),
                QStringLiteral("no capability has the id '%1'").arg(capability), id};
    return {};
}

ContentChecker::Problem ContentChecker::checkMeta() const
{
    for (const QString &key : BundleSchema::metaKeys()) {
        if (m_meta.value(key).isEmpty())
            return {QStringLiteral("meta"), -1, key, QStringLiteral("the key is missing"), {}};
    }
    if (m_rowCounts.value(QStringLiteral("capabilities")) == 0)
        return {QStringLiteral("capabilities"), -1, {}, QStringLiteral("the table is empty"), {}};
    return {};
}

ContentChecker::Problem ContentChecker::checkClosingDate(int row,
                                                         const BundleContent::Row &values) const
{
    // Meta comes first, so the publication date is known by now.
    const QString table = QStringLiteral("jobs");
    const QString column = QStringLiteral("closing_date");
    const int index = BundleSchema::table(table)->indexOf(column);
    const QString problem = BundleSchema::checkClosingDate(
        values.value(index).toString(), m_meta.value(QStringLiteral("published_at")));
    if (problem.isEmpty())
        return {};
    return {table, row, column, problem, values.value(0).toString()};
}
