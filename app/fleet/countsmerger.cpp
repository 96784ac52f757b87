#include "countsmerger.h"

#include "csvreader.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "plainfile.h"
#include "safename.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace
{

// The kinds a kiosk counts now, and those kept from before it counted visitors.
const QStringList kinds = InterestStats::kindNames() + InterestStats::legacyKindNames();

// Screen and capability ids, job references, feature names, "all" for visitors and "link:"
// with a link's id. Starting with a letter or digit, a key can never be taken for a formula
// (= + - @) by the spreadsheet the table is opened in.
const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9./_:-]{0,79}$"));
// A count is written as the kiosk writes it: digits alone, no sign, space or other text.
const QRegularExpression countShape(QStringLiteral("^[0-9]+$"));

// Why a row is not a count, in words, or nothing if it is one.
QString problemWith(const QStringList &f, const QString &day)
{
    if (f.size() != 4)
        return QStringLiteral("%1 cells, not 4").arg(f.size());
    // A file holds one kiosk's one day: a row for another day would be counted twice.
    if (f.at(0) != day)
        return QStringLiteral("the day %1 is not the file's").arg(SafeName::from(f.at(0).left(40)));
    if (!kinds.contains(f.at(1)))
        return QStringLiteral("'%1' is not a kind of count (%2)")
            .arg(SafeName::from(f.at(1).left(40)), kinds.join(QStringLiteral(", ")));
    if (!keyShape.match(f.at(2)).hasMatch())
        return QStringLiteral("'%1' is not an id or a job reference")
            .arg(SafeName::from(f.at(2).left(80)));
    const QString count = SafeName::from(f.at(3).left(40));
    if (f.at(3) != f.at(3).trimmed() && countShape.match(f.at(3).trimmed()).hasMatch())
        return QStringLiteral("the count '%1' has a space beside its digits; a count is "
                              "written as digits alone")
            .arg(count);
    if (!countShape.match(f.at(3)).hasMatch())
        return QStringLiteral("the count '%1' is not a whole number written as digits alone")
            .arg(count);
    bool number = false;
    const qint64 value = f.at(3).toLongLong(&number);
    if (!number || value > CountsMerger::maxCount)
        return QStringLiteral("the count %1 is over %2").arg(count).arg(CountsMerger::maxCount);
    return {};
}

QString quoted(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

void CountsMerger::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

bool CountsMerger::read(const QString &folder)
{
    const QDir top(folder);
    if (!top.exists()) {
        m_error = QStringLiteral("there is no folder %1").arg(folder);
        return false;
    }
    const QFileInfo counts(top.filePath(QStringLiteral("counts")));
    if (counts.isSymLink()) {
        m_error =
            QStringLiteral("%1 is a link; give the counts folder itself").arg(counts.filePath());
        return false;
    }
    const QDir dir(counts.isDir() ? counts.filePath() : folder);
    static const QRegularExpression name(QStringLiteral("^(.+)-(\\d{4}-\\d{2}-\\d{2})\\.csv$"));
    const QStringList files =
        dir.entryList({QStringLiteral("*.csv")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &file : files.mid(0, maxFiles)) {
        const auto match = name.match(file);
        const QDate day = QDate::fromString(match.captured(2), Qt::ISODate);
        if (!match.hasMatch() || !KioskSettings::checkKioskId(match.captured(1)).isEmpty() ||
            !day.isValid()) {
            m_skipped << SafeName::from(file) + QStringLiteral(": not named KIOSK-YYYY-MM-DD.csv");
            continue;
        }
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            continue;
        if (readFile(dir.filePath(file), match.captured(1), match.captured(2)))
            ++m_filesRead;
    }
    if (files.size() > maxFiles)
        m_skipped << QStringLiteral("%1 more files not read").arg(files.size() - maxFiles);
    return true;
}

bool CountsMerger::readFile(const QString &path, const QString &kioskId, const QString &day)
{
    const QString shown = SafeName::from(QFileInfo(path).fileName());
    QFile file;
    QString why;
    CsvReader reader;
    if (PlainFile::open(file, path, &why) && file.size() > maxFileBytes)
        why = QStringLiteral("larger than a day's counts can be");
    else if (why.isEmpty() && !reader.parse(file.read(maxFileBytes)))
        why = reader.error();
    else if (why.isEmpty() && reader.records().value(0).fields !=
                                  QStringList{QStringLiteral("day"), QStringLiteral("kind"),
                                              QStringLiteral("key"), QStringLiteral("count")})
        why = QStringLiteral("its first line is not day,kind,key,count");
    if (!why.isEmpty()) {
        m_skipped << shown + QStringLiteral(": ") + why;
        return false;
    }
    for (const CsvReader::Record &record : reader.records().mid(1)) {
        const QStringList &f = record.fields;
        const QString problem = problemWith(f, day);
        if (!problem.isEmpty()) {
            m_skipped << QStringLiteral("%1 line %2: not a count: %3")
                             .arg(shown)
                             .arg(record.line)
                             .arg(problem);
            continue;
        }
        m_counts[{f.at(0), f.at(1), f.at(2)}][kioskId] += f.at(3).toLongLong();
    }
    m_kiosks.insert(kioskId);
    m_days[kioskId].insert(QDate::fromString(day, Qt::ISODate));
    return true;
}

QStringList CountsMerger::kiosks() const
{
    QStringList kiosks(m_kiosks.cbegin(), m_kiosks.cend());
    kiosks.sort();
    return kiosks;
}

QList<CountsMerger::Row> CountsMerger::rows() const
{
    QList<Row> rows;
    for (auto item = m_counts.cbegin(); item != m_counts.cend(); ++item) {
        const auto &[day, kind, key] = item.key();
        const QDate date = QDate::fromString(day, Qt::ISODate);
        for (auto kiosk = item.value().cbegin(); kiosk != item.value().cend(); ++kiosk)
            rows.append({date, kind, key, kiosk.key(), kiosk.value()});
    }
    return rows;
}

QByteArray CountsMerger::csv() const
{
    const QStringList kiosks = this->kiosks();
    QStringList header{QStringLiteral("day"), QStringLiteral("kind"), QStringLiteral("key")};
    header << kiosks << QStringLiteral("all kiosks");
    QByteArray text = header.join(QLatin1Char(',')).toUtf8() + '\n';
    // By day, then the kinds in the order staff read them (visitors first), then key.
    QList<Item> items = m_counts.keys();
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        const auto rank = [](const Item &item) {
            return std::make_tuple(std::get<0>(item), InterestStats::kindRank(std::get<1>(item)),
                                   std::get<1>(item), std::get<2>(item));
        };
        return rank(a) < rank(b);
    });
    for (const Item &item : std::as_const(items)) {
        const auto &[day, kind, key] = item;
        const QMap<QString, qint64> byKiosk = m_counts.value(item);
        QStringList row{day, kind, quoted(key)};
        qint64 total = 0;
        for (const QString &kiosk : kiosks) {
            const qint64 count = byKiosk.value(kiosk);
            total += count;
            row << QString::number(count);
        }
        row << QString::number(total);
        text += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return text;
}
