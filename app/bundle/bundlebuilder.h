#pragma once

#include "bundlecontent.h"

#include <QHash>

// Builds a bundle from one UTF-8 CSV file per table, as a spreadsheet exports them. The first
// problem found is reported as "file:line: column: problem" and nothing is written.
class BundleBuilder
{
public:
    bool readDirectory(const QString &directory);
    bool write(const QString &outputPath);

    const BundleContent &content() const { return m_content; }
    QString error() const { return m_error; }

private:
    bool readTable(const QString &directory, const QString &table);
    bool fail(const QString &file, int line, const QString &column, const QString &message);

    BundleContent m_content;
    QHash<QString, QList<int>> m_lines; // CSV line of each row, to report problems where they are
    QHash<QString, QString> m_files;
    QString m_error;
};
