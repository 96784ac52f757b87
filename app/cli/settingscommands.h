#pragma once

#include <QCommandLineParser>
#include <QTextStream>

// The commands that change or show what a kiosk trusts and where it reports: signing keys,
// link hosts, the watched folder, the kiosk's id and language, its opening hours, and the
// counts (one day's, or a fleet's merged). CommandLine parses the arguments and hands these over.
class SettingsCommands
{
public:
    SettingsCommands(const QCommandLineParser &parser, const QString &dataDir);

    // Runs the one command the arguments name; the link hosts' when none of the others.
    int run(QTextStream &out, QTextStream &err);

private:
    int trustKey(QTextStream &out, QTextStream &err);
    int untrustKey(QTextStream &out, QTextStream &err);
    int listKeys(QTextStream &out, QTextStream &err);
    int linkHosts(QTextStream &out, QTextStream &err);
    int watchFolder(QTextStream &out, QTextStream &err);
    int kioskId(QTextStream &out, QTextStream &err);
    int language(QTextStream &out, QTextStream &err);
    int openingHours(QTextStream &out, QTextStream &err);
    int mergeCounts(QTextStream &out, QTextStream &err);
    int counts(QTextStream &out, QTextStream &err);
    int done(bool ok, const QString &logLine, const QString &error, QTextStream &err);

    const QCommandLineParser &m_parser;
    QString m_dataDir;
};
