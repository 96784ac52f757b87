#pragma once

#include <QCommandLineParser>
#include <QTextStream>

// The command-line interface of careers-kiosk. Commands that change or check data run
// without a window; with none of them the kiosk starts.
class CommandLine
{
public:
    explicit CommandLine(const QStringList &arguments);

    // True when the arguments ask for a command (or are wrong) rather than the kiosk itself.
    bool isCommand() const;
    int runCommand(QTextStream &out, QTextStream &err);

    QString dataDir() const;
    bool windowed() const { return m_parser.isSet(QStringLiteral("windowed")); }
    bool hidePointer() const { return m_parser.isSet(QStringLiteral("hide-pointer")); }
    bool idleSecondsGiven() const { return m_parser.isSet(QStringLiteral("idle-timeout")); }
    int idleSeconds() const;
    bool quitAfterFirstFrame() const
    {
        return m_parser.isSet(QStringLiteral("quit-after-first-frame"));
    }

    QString captureFirstFrame() const
    {
        return m_parser.value(QStringLiteral("capture-first-frame"));
    }

    static QString defaultDataDir();
    // The reports draw text and read pictures: they run with Qt GUI, without a window.
    bool needsGui() const;

private:
    int buildBundle(QTextStream &out, QTextStream &err);
    int validate(QTextStream &out, QTextStream &err);
    int import(QTextStream &out, QTextStream &err);
    int rollback(QTextStream &out, QTextStream &err);
    int autostart(QTextStream &out, QTextStream &err);
    int setPin(QTextStream &out, QTextStream &err);
    QString usageProblem() const;
    bool needsOutput() const;

    QCommandLineParser m_parser;
    bool m_parsed = false;
};
