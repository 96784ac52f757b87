#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads RFC 4180 CSV as spreadsheets export it: UTF-8 (with or without a byte order mark),
// quoted fields that may hold commas, quotes and line breaks, CRLF or LF line ends.
class CsvReader
{
public:
    struct Record {
        int line = 0; // the line the record starts on, counting from 1
        QStringList fields;
    };

    bool parse(const QByteArray &data);
    const QList<Record> &records() const { return m_records; }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool fail(int line, const QString &message);

    QList<Record> m_records;
    QString m_error;
    int m_errorLine = 0;
};
