#include "bundlebuilder.h"

#include "bundleschema.h"
#include "bundlewriter.h"
#include "contentchecker.h"
#include "csvreader.h"
#include "safename.h"

#include <QDir>
#include <QFile>

bool BundleBuilder::fail(const QString &file, int line, const QString &column,
                         const QString &message)
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (!column.isEmpty())
        where += QStringLiteral(": ") + column;
    // Column names, values and the folder's name come from the CSV files and whoever named
    // them; the message is printed to a terminal.
    m_error = SafeName::from((where + QStringLiteral(": ") + message).simplified(), 1000);
    return false;
}

bool BundleBuilder::readDirectory(const QString &directory)
{
    m_content = {};
    if (!QFileInfo(directory).isDir())
        return fail(directory, 0, {}, QStringLiteral("not a folder"));
    for (const BundleSchema::Table &table : BundleSchema::tables()) {
        // Tables added after version 1 are optional, so a folder made for it still builds.
        const bool optional = table.since > BundleSchema::oldestVersion;
        if (optional &&
            !QFileInfo::exists(QDir(directory).filePath(table.name + QStringLiteral(".csv"))))
            continue;
        if (!readTable(directory, table.name))
            return false;
    }
    const ContentChecker::Problem problem = ContentChecker::check(m_content);
    if (problem.isNull())
        return true;
    const int line = problem.row >= 0 ? m_lines.value(problem.table).value(problem.row) : 0;
    return fail(m_files.value(problem.table), line, problem.column, problem.message);
}

bool BundleBuilder::readTable(const QString &directory, const QString &tableName)
{
    const BundleSchema::Table &table = *BundleSchema::table(tableName);
    const QString path = QDir(directory).filePath(tableName + QStringLiteral(".csv"));
    m_files.insert(tableName, path);
    QFile file(path);
    if (file.size() > BundleSchema::maxFileBytes)
        return fail(path, 0, {}, QStringLiteral("the file is too large"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, 0, {}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    CsvReader csv;
    if (!csv.parse(file.readAll()))
        return fail(path, csv.errorLine(), {}, csv.error());
    if (csv.records().isEmpty())
        return fail(path, 1, {}, QStringLiteral("no header row"));

    const QStringList header = csv.records().first().fields;
    QList<int> order; // for each schema column, where it stands in the file
    for (const BundleSchema::Column &column : table.columns) {
        order << header.indexOf(column.name);
        if (order.last() < 0)
            return fail(path, 1, column.name, QStringLiteral("the column is missing"));
    }
    for (const QString &name : header) {
        if (table.indexOf(name) < 0)
            return fail(path, 1, name, QStringLiteral("no such column in table %1").arg(tableName));
    }
    for (const CsvReader::Record &record : csv.records().mid(1)) {
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue; // a blank line
        if (record.fields.size() != header.size())
            return fail(path, record.line, {},
                        QStringLiteral("%1 fields where the header has %2")
                            .arg(record.fields.size())
                            .arg(header.size()));
        BundleContent::Row row;
        for (int i = 0; i < table.columns.size(); ++i) {
            QString problem;
            row << BundleSchema::fromText(table.columns.at(i), record.fields.at(order.at(i)),
                                          &problem);
            if (!problem.isEmpty())
                return fail(path, record.line, table.columns.at(i).name, problem);
        }
        m_content.rows(tableName) << row;
        m_lines[tableName] << record.line;
    }
    return true;
}

bool BundleBuilder::write(const QString &outputPath)
{
    if (BundleWriter::write(m_content, outputPath, BundleWriter::Purpose::Bundle, &m_error))
        return true;
    m_error = SafeName::from(m_error.simplified(), 1000);
    return false;
}
