#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

// The reports from the command line: the event report (--event-report, a PDF or a CSV by the
// output's name) from this kiosk's counts or a watched folder's, and the fleet page
// (--fleet-report). They only read: the data folder and the watched folder are left as they are.
class ReportCommands
{
public:
    ReportCommands(const QCommandLineParser &parser, const QString &dataDir);

    // What is wrong with the report options given, if anything.
    static QString usageProblem(const QCommandLineParser &parser);
    int run(QTextStream &out, QTextStream &err);

private:
    int eventReport(QTextStream &out, QTextStream &err);
    int fleetReport(QTextStream &out, QTextStream &err);
    bool write(const QByteArray &bytes, QTextStream &err);
    QDate day(const QString &option) const;

    const QCommandLineParser &m_parser;
    QString m_dataDir;
};
