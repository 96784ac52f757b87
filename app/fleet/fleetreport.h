#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What one kiosk tells the office through the shared folder: FOLDER/status/ID.json, rewritten
// after every check, and FOLDER/counts/ID-DATE.csv, a day's anonymous interest counts. Files
// are written whole (a reader never sees half of one) and never through a link, as on a USB
// drive: the folder is shared with other machines and is not trusted.
class FleetReport
{
public:
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
        // "open" or "closed" by the opening hours ("open" with none): closed is a normal
        // state, not a fault.
        QString openingState = QStringLiteral("open");
        QString openingHours; // as set; empty: open at all hours
        QJsonObject selfTest; // the last self-test staff ran here, as saved; empty: none yet
    };

    explicit FleetReport(const QString &folder);

    bool writeStatus(const Status &status);
    bool writeCounts(const QString &kioskId, const QDate &day, const QByteArray &csv);
    QString error() const { return m_error; }

    static QByteArray statusJson(const Status &status);

private:
    bool write(const QString &subfolder, const QString &name, const QByteArray &bytes);

    QString m_folder;
    QString m_error;
};
