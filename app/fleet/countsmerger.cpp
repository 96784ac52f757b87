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

namespace
{

const QStringList kinds = {InterestStats::kindName(InterestStats::Kind::Screen),
                           InterestStats::kindName(InterestStats::Kind::Capability),
                           InterestStats::kindName(InterestStats::Kind::Job),
                           InterestStats::kindName(InterestStats::Kind::QrCode)};

// Screen and capability ids and job references. Starting with a letter or digit, a key can
// never be taken for a formula (= + - @) by the spreadsheet the table is opened in.
const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9./_-]{0,79}$"));

QString quoted(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

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
        if (!match.hasMatch() || !KioskSettings::checkKioskId(match.captured(1)).isEmpty() ||
            !QDate::fromString(match.captured(2), Qt::ISODate).isValid()) {
            m_skipped << SafeName::from(file) + QStringLiteral(": not named KIOSK-YYYY-MM-DD.csv");
            continue;
        }
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
        bool number = false;
        const qint64 count = f.value(3).toLongLong(&number);
        // A file holds one kiosk's one day: a row for another day would be counted twice.
        if (f.size() != 4 || f.at(0) != day || !kinds.contains(f.at(1)) ||
            !keyShape.match(f.at(2)).hasMatch() || !number || count < 0 || count > maxCount) {
            m_skipped << QStringLiteral("%1 line %2: not a count").arg(shown).arg(record.line);
            continue;
        }
        m_counts[{f.at(0), f.at(1), f.at(2)}][kioskId] += count;
    }
    m_kiosks.insert(kioskId);
    return true;
}

QByteArray CountsMerger::csv() const
{
    QStringList kiosks(m_kiosks.cbegin(), m_kiosks.cend());
    kiosks.sort();
    QStringList header{QStringLiteral("day"), QStringLiteral("kind"), QStringLiteral("key")};
    header << kiosks << QStringLiteral("all kiosks");
    QByteArray text = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const auto &[day, kind, key] = it.key();
        QStringList row{day, kind, quoted(key)};
        qint64 total = 0;
        for (const QString &kiosk : kiosks) {
            const qint64 count = it.value().value(kiosk);
            total += count;
            row << QString::number(count);
        }
        row << QString::number(total);
        text += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return text;
}
