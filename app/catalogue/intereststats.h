#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

class SqlConnection;

// Anonymous interest counts, per day: how often each screen, capability and job was opened
// and how often a QR code was shown. No visitor, no search text, nothing personal.
class InterestStats
{
public:
    enum class Kind { Screen, Capability, Job, QrCode };
    struct Count {
        QDate day;
        QString kind;
        QString key;
        int count = 0;
    };

    explicit InterestStats(const QString &dataDir);
    ~InterestStats();

    bool isOpen() const;
    // `day` is the kiosk clock's today, not the machine's.
    void record(Kind kind, const QString &key, const QDate &day);
    QList<Count> counts() const;
    // Totals by kind and key over every day, most first.
    QList<Count> totals() const;
    // Every day's counts as CSV, for staff to take away; or one day's, for the fleet report.
    QByteArray csv() const;
    QByteArray csv(const QDate &day) const;
    // For staff: a name column beside each id, e.g. "Covert capabilities" beside "covert".
    using Namer = std::function<QString(const QString &kind, const QString &key)>;
    QByteArray csv(const Namer &name) const;

    static QString kindName(Kind kind);

private:
    static QByteArray csvOf(const QList<Count> &counts, const Namer &name = {});
    static QString quoted(QString cell);

    std::unique_ptr<SqlConnection> m_db;
};
