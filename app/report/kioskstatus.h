#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One kiosk's status file (FOLDER/status/ID.json) as the fleet page reads it, and what it says
// about the kiosk: fine, needs a look (amber), or down (red). The file comes from another
// machine and is not signed: it is read only if it is a plain file of at most maxFileBytes,
// never through a link, and every field is checked for its type and cut to a bounded length;
// a field that is missing or of the wrong type is treated as unknown, never guessed.
class KioskStatus
{
    Q_DECLARE_TR_FUNCTIONS(KioskStatus)
public:
    enum class Level { Down, Look, Fine }; // the order the page lists them in
    static constexpr qint64 maxFileBytes = 64 * 1024;
    static constexpr int maxText = 160;
    static constexpr int maxErrors = 5;
    static constexpr qint64 amberSeconds = 15 * 60;
    static constexpr qint64 redSeconds = 60 * 60;
    static constexpr qint64 lowDiskBytes = 500LL * 1024 * 1024;

    // `id` is the kiosk id the file is named after.
    static KioskStatus read(const QString &path, const QString &id);
    // The level and its reasons, judged at `now`.
    void assess(const QDateTime &now);

    QString id;
    bool readable = false;
    QString problem; // why the file cannot be read
    QString namedId; // the id inside the file
    QString version;
    QString liveTitle;
    QString livePublishedAt;
    QString liveSignedBy;
    QDateTime reportedAt;
    bool reportedAtFromFile = false; // an older kiosk's status: the file's own time
    qint64 uptimeSeconds = -1;
    QDate runsDay;
    int startsToday = -1;
    int crashesToday = -1;
    qint64 diskFreeBytes = -1;
    QString speech;
    QStringList watchErrors;
    QString lastCheckText;
    bool lastCheckOk = true;
    QDateTime screenshotAt;
    // The opening hours' state when the kiosk reports one ("open", "closed"): closed is a
    // normal state, not a fault.
    QString state;

    Level level = Level::Down;
    QStringList reasons;

    static QString levelName(Level level);
    static QString sizeInWords(qint64 bytes);
    static QString durationInWords(qint64 seconds);

private:
    void readJson(const QByteArray &bytes);
};
