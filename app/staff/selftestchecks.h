#pragma once

#include "selftestreport.h"

#include <QDateTime>
#include <QSet>
#include <QSizeF>

// The self-test's checks other than touch (TouchCheck), each from facts the caller gathers:
// what they found in plain words, and what to do about it.
namespace SelfTestChecks
{

struct ScreenFacts {
    QSize size;           // in the window's pixels
    int rotation = 0;     // degrees from the screen's own orientation
    double scale = 1;     // device pixels to a window pixel
    QSizeF physicalMm;    // empty when the screen does not say
    double capitalPx = 0; // the height of a capital letter of the body text, window pixels
};
// A capital letter must reach 0.7° of arc at the viewing distance (EN 301 549 5.1.4); at 1 m
// that is 12.2 mm.
double capitalMmAt1m();
SelfTestReport::Check screen(const ScreenFacts &facts);

// `speaks`: the kiosk has a speech engine; `heard`: what staff answered.
SelfTestReport::Check sound(bool speaks, bool heard);

// The keys of a keypad the self-test asks for, by the names it shows.
QStringList keypadKeys(); // Up, Down, Left, Right, Enter, Back, Home, Help
SelfTestReport::Check keys(const QSet<QString> &pressed);

// `now` on the kiosk's clock; `published` the live data's publish time (invalid: none).
SelfTestReport::Check clock(const QDateTime &now, const QDateTime &published);

struct DataFacts {
    QString liveTitle;
    QString publishedAt;
    bool sample = false;
    QString signedBy;      // empty: not signed
    QString writeProblem;  // empty: the data folder can be written
    qint64 freeBytes = -1; // on the data folder's disk; -1: not known
    QString watchFolder;   // empty: none set
    QString watchProblem;  // empty: reachable (or none set)
};
// Looks at the disk: for a worker thread.
DataFacts gatherData(const QString &dataDir, const QString &watchFolder);
SelfTestReport::Check data(const DataFacts &facts);

} // namespace SelfTestChecks
