#include "selftestchecks.h"

#include "datafolder.h"
#include "importer.h"
#include "jobstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTimeZone>
#include <QtMath>

namespace SelfTestChecks
{

namespace
{

using Outcome = SelfTestReport::Outcome;

QString tr(const char *text)
{
    return QCoreApplication::translate("SelfTest", text);
}

// Below this a bundle of the largest size and its checked copy may not fit.
constexpr qint64 tightBytes = 512LL * 1024 * 1024;
constexpr qint64 fullBytes = 128LL * 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

double capitalMmAt1m()
{
    return 2 * 1000 * std::tan(qDegreesToRadians(0.7 / 2));
}

SelfTestReport::Check screen(const ScreenFacts &facts)
{
    SelfTestReport::Check check = SelfTestReport::notRun(QStringLiteral("screen"));
    QString text = tr("%1 × %2 pixels, turned %3°, scale %4.")
                       .arg(facts.size.width())
                       .arg(facts.size.height())
                       .arg(facts.rotation)
                       .arg(facts.scale, 0, 'g', 3);
    // Screens that do not know their size report nothing, or a made-up size far too small.
    if (facts.physicalMm.width() < 100 || facts.size.width() <= 0) {
        check.outcome = Outcome::Warning;
        check.text = text + QLatin1Char(' ') + tr("The screen does not say how large it is.");
        check.todo = tr("measure the height of a capital H of the body text: at 1 m it should "
                        "be at least %1 mm (EN 301 549 5.1.4, 0.7°)")
                         .arg(capitalMmAt1m(), 0, 'f', 1);
        return check;
    }
    const double mmPerPx = facts.physicalMm.width() / facts.size.width();
    const double inches = std::hypot(facts.physicalMm.width(), facts.physicalMm.height()) / 25.4;
    const double capitalMm = facts.capitalPx * mmPerPx;
    const double degrees = qRadiansToDegrees(2 * std::atan(capitalMm / 2000));
    // The distance at which the body text still reaches 0.7°.
    const double readableCm = capitalMm / capitalMmAt1m() * 100;
    text += QLatin1Char(' ') + tr("%1 × %2 mm (%3 inches).")
                                   .arg(qRound(facts.physicalMm.width()))
                                   .arg(qRound(facts.physicalMm.height()))
                                   .arg(qRound(inches));
    text += QLatin1Char(' ') + tr("A capital letter of the body text is %1 mm tall, %2° at 1 m; "
                                  "EN 301 549 5.1.4 asks for 0.7° (%3 mm, %4 pixels here).")
                                   .arg(capitalMm, 0, 'f', 1)
                                   .arg(degrees, 0, 'f', 2)
                                   .arg(capitalMmAt1m(), 0, 'f', 1)
                                   .arg(qCeil(capitalMmAt1m() / mmPerPx));
    check.text = text;
    check.outcome = degrees >= 0.7 ? Outcome::Passed : Outcome::Warning;
    if (check.outcome == Outcome::Warning)
        check.todo = tr("the body text reaches 0.7° only within %1 cm of the screen: place the "
                        "stand so that visitors come that close, or choose a larger screen; "
                        "\"Larger text\" doubles the distance")
                         .arg(qRound(readableCm));
    return check;
}

SelfTestReport::Check sound(bool speaks, bool heard)
{
    SelfTestReport::Check check = SelfTestReport::notRun(QStringLiteral("sound"));
    if (!speaks) {
        check.outcome = Outcome::Failed;
        check.text = tr("This kiosk has no speech engine, so \"Read aloud\" is not offered.");
        check.todo = tr("install a speech engine (on Linux, speech-dispatcher with espeak-ng) and "
                        "start the kiosk again");
    } else if (heard) {
        check.outcome = Outcome::Passed;
        check.text = tr("Staff heard the test sentence.");
    } else {
        check.outcome = Outcome::Failed;
        check.text = tr("Staff did not hear the test sentence.");
        check.todo = tr("check that the speakers are on, plugged in and turned up, and which "
                        "sound output the system uses");
    }
    return check;
}

QStringList keypadKeys()
{
    return {tr("Up"),    tr("Down"), tr("Left"), tr("Right"),
            tr("Enter"), tr("Back"), tr("Home"), tr("Help")};
}

SelfTestReport::Check keys(const QSet<QString> &pressed)
{
    SelfTestReport::Check check = SelfTestReport::notRun(QStringLiteral("keys"));
    QStringList missing;
    for (const QString &key : keypadKeys()) {
        if (!pressed.contains(key))
            missing << key;
    }
    if (missing.size() == keypadKeys().size())
        return check;
    if (missing.isEmpty()) {
        check.outcome = Outcome::Passed;
        check.text = tr("Every key of the keypad worked.");
        return check;
    }
    check.outcome = Outcome::Warning;
    check.text = tr("Not seen: %1.").arg(missing.join(QStringLiteral(", ")));
    check.todo = tr("press those keys; a key that lights nothing up sends a key the kiosk does "
                    "not know: see docs/self-test.md for the keys it takes");
    return check;
}

SelfTestReport::Check clock(const QDateTime &now, const QDateTime &published)
{
    SelfTestReport::Check check = SelfTestReport::notRun(QStringLiteral("clock"));
    const QString inWords = now.toString(QStringLiteral("dddd d MMMM yyyy, HH:mm"));
    check.text = tr("The kiosk's clock says %1 (%2).")
                     .arg(inWords, QString::fromLatin1(now.timeZone().id()));
    check.outcome = Outcome::Passed;
    if (!published.isValid()) {
        check.text +=
            QLatin1Char(' ') + tr("The live data has no publish date to compare it with.");
        return check;
    }
    const QString publishedWords =
        published.toTimeZone(now.timeZone()).toString(QStringLiteral("dddd d MMMM yyyy, HH:mm"));
    if (now < published) {
        check.outcome = Outcome::Failed;
        check.text += QLatin1Char(' ') +
                      tr("That is before the live data was published (%1).").arg(publishedWords);
        check.todo = tr("set the date, time and time zone: closing dates and the opening hours "
                        "follow this clock");
    } else if (published.secsTo(now) > 24 * 3600) {
        check.outcome = Outcome::Warning;
        check.text += QLatin1Char(' ') + tr("That is %1 days after the live data was published "
                                            "(%2).")
                                             .arg(published.daysTo(now))
                                             .arg(publishedWords);
        check.todo = tr("if that is not today's date and time, set the clock; if it is, check "
                        "that the job data is the latest");
    }
    return check;
}

DataFacts gatherData(const QString &dataDir, const QString &watchFolder)
{
    DataFacts facts;
    JobStore store(dataDir);
    if (store.open()) {
        facts.liveTitle = store.info().title;
        facts.publishedAt = store.info().publishedAt;
        facts.sample = store.info().sample;
    }
    facts.signedBy = Importer::liveSignedBy(dataDir);
    // Written and removed as any kiosk file is: private, never through a link.
    const DataFolder folder(dataDir);
    const QString probe = QStringLiteral("self-test.probe");
    if (folder.write(probe, QByteArrayLiteral("self-test\n"), &facts.writeProblem))
        QFile::remove(folder.filePath(probe));
    const QStorageInfo disk(dataDir);
    if (disk.isValid())
        facts.freeBytes = disk.bytesAvailable();
    facts.watchFolder = watchFolder;
    const QFileInfo watched(watchFolder);
    if (!watchFolder.isEmpty() && !watched.isDir())
        facts.watchProblem = tr("it cannot be reached");
    else if (!watchFolder.isEmpty() && (!watched.isReadable() || !watched.isWritable()))
        facts.watchProblem = tr("the kiosk may not read and write there");
    return facts;
}

SelfTestReport::Check data(const DataFacts &facts)
{
    SelfTestReport::Check check = SelfTestReport::notRun(QStringLiteral("data"));
    QStringList found;
    QStringList todo;
    found << (facts.liveTitle.isEmpty()
                  ? tr("No live data.")
                  : tr("Live data: %1, published %2, %3.")
                        .arg(facts.liveTitle, facts.publishedAt,
                             facts.signedBy.isEmpty()
                                 ? tr("not signed")
                                 : tr("signed by key %1").arg(facts.signedBy)));
    if (facts.sample)
        todo << tr("load the event's job data: the sample vacancies are shown");
    bool failed = facts.liveTitle.isEmpty();
    if (facts.writeProblem.isEmpty()) {
        found << tr("The data folder can be written.");
    } else {
        failed = true;
        found << tr("The data folder cannot be written: %1.").arg(facts.writeProblem);
        todo << tr("give the kiosk's user its data folder back, or free the disk");
    }
    if (facts.freeBytes >= 0)
        found << tr("%1 MB free on its disk.").arg(megabytes(facts.freeBytes));
    if (facts.freeBytes >= 0 && facts.freeBytes < tightBytes)
        todo << tr("free some disk space: new job data needs room for two copies");
    failed = failed || (facts.freeBytes >= 0 && facts.freeBytes < fullBytes);
    if (facts.watchFolder.isEmpty())
        found << tr("No watched folder.");
    else if (facts.watchProblem.isEmpty())
        found << tr("The watched folder can be reached.");
    else
        found << tr("The watched folder %1: %2.").arg(facts.watchFolder, facts.watchProblem);
    if (!facts.watchProblem.isEmpty()) {
        failed = true;
        todo << tr("check the sync tool or the network share, or switch the watched folder off");
    }
    check.text = found.join(QLatin1Char(' '));
    check.todo = todo.join(QStringLiteral("; "));
    check.outcome = failed ? Outcome::Failed : todo.isEmpty() ? Outcome::Passed : Outcome::Warning;
    return check;
}

} // namespace SelfTestChecks
