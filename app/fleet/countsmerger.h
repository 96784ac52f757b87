#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// Adds the fleet's interest counts (FOLDER/counts/ID-DATE.csv, one file per kiosk and day)
// into one table: a row per day and item, a column per kiosk, and the total. The files come
// from other machines: each is bounded in size, read as CSV, and a file or row that does not
// have the expected shape is skipped and named, never guessed at. The files are not signed: a
// machine that can write into the folder can write another kiosk's counts (see README).
class CountsMerger
{
public:
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;
    static constexpr int maxFiles = 10000;
    // Far more than one kiosk's visitors can do in a day: a larger figure is not a count.
    static constexpr qint64 maxCount = 1000000;

    struct Row {
        QDate day;
        QString kind;
        QString key;
        QString kiosk;
        qint64 count = 0;
    };

    // Only the files of these days are read (both included); by default every day's.
    void setRange(const QDate &from, const QDate &to);
    // Reads FOLDER/counts, or FOLDER itself when it has no counts folder.
    bool read(const QString &folder);
    QByteArray csv() const;
    // Every count read, a row per day, item and kiosk; the kiosks by name; and the days each
    // kiosk sent a file for, so that a day without one is told from a day without visitors.
    QList<Row> rows() const;
    QStringList kiosks() const;
    QMap<QString, QSet<QDate>> daysByKiosk() const { return m_days; }

    int filesRead() const { return m_filesRead; }
    QStringList skipped() const { return m_skipped; } // "file: why"
    QString error() const { return m_error; }

private:
    using Item = std::tuple<QString, QString, QString>; // day, kind, key
    bool readFile(const QString &path, const QString &kioskId, const QString &day);

    QMap<Item, QMap<QString, qint64>> m_counts; // item -> kiosk -> count
    QSet<QString> m_kiosks;
    QMap<QString, QSet<QDate>> m_days;
    QDate m_from;
    QDate m_to;
    int m_filesRead = 0;
    QStringList m_skipped;
    QString m_error;
};
