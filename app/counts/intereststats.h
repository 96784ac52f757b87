#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

class SqlConnection;

// Anonymous interest counts: daily totals, `interest.sqlite` in the data folder, one row per
// day, kind and key. Nothing about any one visitor is ever written: VisitorCounter keeps what
// the visitor now at the kiosk has already been counted for, in memory, until they leave.
//
// The kinds counted now (schema version 1):
//   visitors    key "all": visitors that day, each from the touch that leaves the attract
//               screen to the reset
//   hour        key "00".."23": visitors whose visit started in that hour, by the kiosk's
//               clock; a count per hour of the day, never a time for any one visitor
//   feature     visitors who used larger-text, high-contrast, within-reach, read-aloud, keypad
//   screen      visitors who opened the screen ("home", "vacancies", "job" …) by a forward move
//   capability  visitors who opened the capability's page (its id)
//   job         visitors who opened the job's page (its reference)
//   code        visitors shown the take-away QR code: a job's reference, or "link:" and a
//               link's id for Home's and About's codes
//   finder      visitors who "started" the role finder (saw its first question) and who
//               "finished" it (saw its result)
//   finder-result  visitors shown the capability or role (its id) among the finder's results
//   faq         visitors who opened the answer to a question people ask (its id)
// A visitor counts once on each line, however often they went back and forth, and on the day
// their visit started, by the kiosk's clock.
//
// Counts kept before visitors were counted (schema version 0) are kept as they were, under
// kinds of their own so that nobody takes them for visitors: `screen-opens`,
// `capability-opens` and `job-opens` (each opening, Back and the idle reset's "home"
// included) and `qr-code` (each time a code was shown, only the first time in each run of the
// program for Home's and About's). The rename is made once, in one transaction, when the file
// is first opened for writing by this version; a file that cannot be read as counts is left
// exactly as it is and counting stays off (see error()).
class InterestStats
{
public:
    enum class Kind {
        Visitors, Hour, Feature, Screen, Capability, Job, Code, Finder, FinderResult, Faq
    };
    enum class Access { ReadWrite, ReadOnly };
    struct Count {
        QDate day;
        QString kind;
        QString key;
        int count = 0;
        // Over every day: for totals(), the count on `today` as given.
        int onDay = 0;
    };
    static constexpr int schemaVersion = 1;

    // ReadWrite creates the folder and the file if need be, and brings an older file up to
    // date. ReadOnly creates and changes nothing: an older file's counts are read under the
    // kinds they would be migrated to.
    explicit InterestStats(const QString &dataDir, Access access = Access::ReadWrite);
    ~InterestStats();

    bool isOpen() const;
    QString error() const { return m_error; }
    // `day` is the kiosk clock's today, not the machine's. False if nothing was written.
    bool record(Kind kind, const QString &key, const QDate &day);
    // Every day's counts, by day, then kind in reading order, then key.
    QList<Count> counts() const;
    QList<Count> counts(const QDate &day) const;
    // Totals by kind and key over every day, kinds in reading order, most first within each,
    // with each line's count on `today` beside it.
    QList<Count> totals(const QDate &today = {}) const;
    // Every day's counts as CSV, for staff to take away; or one day's, for the fleet report
    // and --counts.
    QByteArray csv() const;
    QByteArray csv(const QDate &day) const;
    // For staff: a name column beside each id, e.g. "Covert capabilities" beside "covert".
    using Namer = std::function<QString(const QString &kind, const QString &key)>;
    QByteArray csv(const Namer &name) const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindOf(const QString &name);
    // visitors, hour, feature, screen, capability, job, code, finder, finder-result, faq: the
    // order staff read them in.
    static QStringList kindNames();
    // screen-opens, capability-opens, job-opens, qr-code: counts from before visitors were.
    static QStringList legacyKindNames();
    // The kind a count of schema version 0 is kept under.
    static QString migratedKind(const QString &oldKind);
    // Where a kind comes in the reading order; unknown kinds last.
    static int kindRank(const QString &kind);
    static QString visitorsKey() { return QStringLiteral("all"); }
    // The file in a data folder, and the first line of every CSV without names.
    static QString path(const QString &dataDir);
    static QByteArray csvHeader() { return QByteArrayLiteral("day,kind,key,count\n"); }

private:
    bool prepare(const QString &dataDir);
    bool openForWriting(const QString &file);
    bool openForReading(const QString &file);
    bool isIntact();
    bool hasCountsTable(bool *exists);
    int userVersion();
    QList<Count> select(const QString &where, const QVariantList &values) const;
    static QByteArray csvOf(const QList<Count> &counts, const Namer &name = {});
    static QString quoted(QString cell);

    std::unique_ptr<SqlConnection> m_db;
    QString m_error;
    bool m_ok = false;
    bool m_writable = false;
    bool m_readAsMigrated = false; // a version 0 file opened read-only
};
