#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The sentences the kiosk speaks, built from what the screens show, in one place so that
// they are worded alike and can be tested without a sound card.
class Narration
{
    Q_DECLARE_TR_FUNCTIONS(Narration)
public:
    // One item that has the keypad's focus, as a screen reader would say it:
    // "Police staff, filter, selected, 3 of 3". Empty parts are left out.
    struct Item {
        QString name;
        QString role;
        QStringList states;
        int position = 0; // 1-based; 0: not one of a set
        int count = 0;
        QString description; // said last, after a pause
    };
    static QString item(const Item &item);

    // "Current vacancies. Filters, then the list of vacancies."
    static QString arrival(const QString &screen, const QString &purpose);
    static QString stillThere(int seconds);
    // Whether the countdown is worth saying aloud this second: not every second, which
    // would drown everything else, but at ten and the last five.
    static bool countdownWorthSaying(int seconds);
    static QString secondsLeft(int seconds);
    // What the QR code is for, and its address spelled in words.
    static QString qrCode(const QString &address);
    // The same for a code to take away that opens a page, not a vacancy.
    static QString linkCode(const QString &address);
    // "careers dot example dot org slash serocu slash sample dash S dash zero one zero one":
    // punctuation named, runs shorter than three letters or without a vowel spelled letter by
    // letter, digits one by one.
    static QString spelledAddress(const QString &address);
    static QString keypadHelp();
    static QString speechOn();
    static QString rate(int step, int steps);
    static QString volume(int step, int steps);

private:
    static QString spelledRun(const QString &run);
    static QString punctuationName(QChar c);
};
