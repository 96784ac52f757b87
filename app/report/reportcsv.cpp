#include "reportcsv.h"

#include "eventreport.h"

#include <QStringList>

namespace
{

// Names may come from a bundle or another machine's file: none may start a formula, and
// quotes are doubled.
QString cell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString row(const QString &section, const EventReport::Line &line)
{
    QStringList cells{section, cell(line.key), cell(line.name)};
    for (qint64 count : line.byKiosk)
        cells << QString::number(count);
    cells << QString::number(line.total);
    return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

QByteArray ReportCsv::csv(const EventReport &report)
{
    QStringList header{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("name")};
    for (const QString &kiosk : report.kiosks())
        header << cell(kiosk);
    header << QStringLiteral("all kiosks");
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const EventReport::Line &line : report.visitorsByDay())
        text += row(QStringLiteral("visitors"), line);
    for (const EventReport::Line &line : report.hours())
        text += row(QStringLiteral("hour"), line);
    for (const EventReport::Section &section : report.sections()) {
        for (const EventReport::Line &line : section.lines)
            text += row(section.kind, line);
    }
    return text.toUtf8();
}
