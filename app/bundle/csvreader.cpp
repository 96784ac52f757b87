#include "csvreader.h"

#include "strictutf8.h"

bool CsvReader::fail(int line, const QString &message)
{
    m_errorLine = line;
    m_error = message;
    return false;
}

bool CsvReader::parse(const QByteArray &data)
{
    m_records.clear();
    qsizetype wrong = -1;
    QString text = StrictUtf8::decode(data, &wrong);
    if (wrong >= 0)
        return fail(int(data.left(wrong).count('\n')) + 1,
                    QStringLiteral("the file is not UTF-8 text (byte %1 of the file is not valid "
                                   "UTF-8)")
                        .arg(wrong + 1));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    int line = 1;
    Record record{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                line += c == QLatin1Char('\n');
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return fail(line, QStringLiteral("a quote in the middle of an unquoted field"));
            quoted = fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            record.fields << field;
            m_records << record;
            record = {++line, {}};
            field.clear();
            fieldWasQuoted = false;
        } else if (fieldWasQuoted) {
            return fail(line, QStringLiteral("text after the closing quote of a field"));
        } else {
            field += c;
        }
    }
    if (quoted)
        return fail(record.line, QStringLiteral("a quoted field is never closed"));
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted) {
        record.fields << field;
        m_records << record;
    }
    return true;
}
