#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What one kiosk tells the office through the shared folder: FOLDER/status/ID.json, rewritten
// after every check, FOLDER/status/ID.png, a small picture of its attract screen, and
// FOLDER/counts/ID-DATE.csv, a day's anonymous interest counts. Files
// are written whole (a reader never sees half of one) and never through a link, as on a USB
// drive: the folder is shared with other machines and is not trusted.
class FleetReport
{
public:
    // How the kiosk itself is, kept apart from the rest of the status under "health": when it
    // reported, its starts and crashes today, the data folder's free space, speech, and what
    // went wrong with the watched folder.
    struct Health {
        QDateTime reportedAt;
        QDate day; // the kiosk clock's today, which the runs are counted on
        int startsToday = 0;
        int crashesToday = 0;
        qint64 diskFreeBytes = -1; // -1: unknown
        QString speech;            // "working", "failed: why" or "none"
        QStringList watchErrors;   // the last check's refusal, and reports that failed
        QDateTime screenshotAt;    // when status/ID.png was last written; invalid: never
    };
    struct Status {
        QString kioskId;
        QString version;
        qint64 uptimeSeconds = 0;
        QString liveTitle;
        QString livePublishedAt;
        QString liveSignedBy; // empty when the live data was not signed
        QDateTime lastCheckAt;
        QString lastCheckFile;
        bool lastCheckOk = false;
        QString lastCheckText;
        Health health;
        // "open" or "closed" by the opening hours ("open" with none): closed is a normal
        // state, not a fault.
        QString openingState = QStringLiteral("open");
        QString openingHours; // as set; empty: open at all hours
        QJsonObject selfTest; // the last self-test staff ran here, as saved; empty: none yet
    };

    explicit FleetReport(const QString &folder);

    bool writeStatus(const Status &status);
    bool writeCounts(const QString &kioskId, const QDate &day, const QByteArray &csv);
    bool writeScreenshot(const QString &kioskId, const QByteArray &png);
    // Any other file the kiosk shares, such as reports/fleet.html: whole, never through a link.
    bool writeFile(const QString &subfolder, const QString &name, const QByteArray &bytes);
    QString error() const { return m_error; }

    static QByteArray statusJson(const Status &status);

private:
    bool write(const QString &subfolder, const QString &name, const QByteArray &bytes);

    QString m_folder;
    QString m_error;
};
