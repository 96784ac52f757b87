#pragma once

#include <QString>

// The kiosk's log in its data folder: starts, stops, imports and their results, and errors.
// It rotates by size and never holds anything a visitor typed.
class EventLog
{
public:
    static void open(const QString &dataDir, qint64 maxBytes = 1024 * 1024);
    static void close();
    static void write(const QString &event);
    static QString path();

    // Routes Qt's warnings and errors into the log as well as to stderr.
    static void captureQtMessages();
};
