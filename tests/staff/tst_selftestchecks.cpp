#include "bundlefactory.h"
#include "datafolder.h"
#include "importer.h"
#include "selftestchecks.h"
#include "selftestreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// Each self-test check's messages, from the facts it is given: the screen against EN 301 549's
// 0.7°, the sound as staff answered, the keys seen, the clock against the live data's publish
// date, the data folder and the disk; and the report that keeps them.
class TestSelfTestChecks : public QObject
{
    Q_OBJECT
private slots:
    void screenReachesTheAngle();
    void screenTooSmallForTheAngle();
    void screenOfUnknownSize();
    void sound();
    void keys();
    void clockAgainstThePublishDate();
    void dataAndDisk();
    void dataThatCannotBeWritten();
    void reportSavedAsJson();
};

using Outcome = SelfTestReport::Outcome;

void TestSelfTestChecks::screenReachesTheAngle()
{
    QCOMPARE(qRound(SelfTestChecks::capitalMmAt1m() * 10), 122);
    // A 55-inch 1080p screen: 0.63 mm a pixel; capitals of 22 px are 14 mm, 0.8° at 1 m.
    SelfTestChecks::ScreenFacts facts{QSize(1920, 1080), 0, 1, QSizeF(1210, 680), 22};
    const SelfTestReport::Check check = SelfTestChecks::screen(facts);
    QCOMPARE(check.outcome, Outcome::Passed);
    QVERIFY2(check.text.startsWith("1920 × 1080 pixels, turned 0°, scale 1. 1210 × 680 mm (55 "
                                   "inches). A capital letter of the body text is 13.9 mm tall, "
                                   "0.79° at 1 m; EN 301 549 5.1.4 asks for 0.7° (12.2 mm, 20 "
                                   "pixels here)."),
             qPrintable(check.text));
    QVERIFY(check.todo.isEmpty());
}

void TestSelfTestChecks::screenTooSmallForTheAngle()
{
    // A 24-inch 4K monitor turned for portrait, at scale 2: 0.14 mm a device pixel.
    SelfTestChecks::ScreenFacts facts{QSize(1080, 1920), 90, 2, QSizeF(298, 530), 20};
    const SelfTestReport::Check check = SelfTestChecks::screen(facts);
    QCOMPARE(check.outcome, Outcome::Warning);
    QVERIFY2(check.text.contains("turned 90°, scale 2"), qPrintable(check.text));
    QVERIFY2(check.text.contains("5.5 mm tall, 0.32° at 1 m"), qPrintable(check.text));
    QVERIFY2(check.todo.contains("only within 45 cm of the screen"), qPrintable(check.todo));
}

void TestSelfTestChecks::screenOfUnknownSize()
{
    SelfTestChecks::ScreenFacts facts{QSize(1920, 1080), 0, 1, QSizeF(0, 0), 22};
    const SelfTestReport::Check check = SelfTestChecks::screen(facts);
    QCOMPARE(check.outcome, Outcome::Warning);
    QVERIFY(check.text.contains("does not say how large it is"));
    QVERIFY(check.todo.contains("at least 12.2 mm"));
}

void TestSelfTestChecks::sound()
{
    QCOMPARE(SelfTestChecks::sound(true, true).outcome, Outcome::Passed);
    QCOMPARE(SelfTestChecks::sound(true, true).text,
             QStringLiteral("Staff heard the test sentence."));
    const SelfTestReport::Check silent = SelfTestChecks::sound(true, false);
    QCOMPARE(silent.outcome, Outcome::Failed);
    QVERIFY(silent.todo.contains("speakers are on"));
    const SelfTestReport::Check none = SelfTestChecks::sound(false, false);
    QCOMPARE(none.outcome, Outcome::Failed);
    QVERIFY(none.todo.contains("install a speech engine"));
}

void TestSelfTestChecks::keys()
{
    QCOMPARE(SelfTestChecks::keys({}).outcome, Outcome::NotRun);
    const SelfTestReport::Check some = SelfTestChecks::keys({"Up", "Down", "Enter"});
    QCOMPARE(some.outcome, Outcome::Warning);
    QCOMPARE(some.text, QStringLiteral("Not seen: Left, Right, Back, Home, Help."));
    const QStringList all = SelfTestChecks::keypadKeys();
    const SelfTestReport::Check every = SelfTestChecks::keys(QSet<QString>(all.begin(), all.end()));
    QCOMPARE(every.outcome, Outcome::Passed);
}

void TestSelfTestChecks::clockAgainstThePublishDate()
{
    const QTimeZone london("Europe/London");
    const QDateTime published(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
    const QDateTime now(QDate(2026, 11, 24), QTime(15, 30), london);
    SelfTestReport::Check check = SelfTestChecks::clock(now, published);
    QCOMPARE(check.outcome, Outcome::Passed);
    QCOMPARE(
        check.text,
        QStringLiteral("The kiosk's clock says Tuesday 24 November 2026, 15:30 (Europe/London)."));
    check = SelfTestChecks::clock(QDateTime(QDate(2026, 11, 23), QTime(15, 30), london), published);
    QCOMPARE(check.outcome, Outcome::Failed);
    QVERIFY2(check.text.endsWith("That is before the live data was published (Tuesday 24 November "
                                 "2026, 09:00)."),
             qPrintable(check.text));
    QVERIFY(check.todo.startsWith("set the date, time and time zone"));
    check = SelfTestChecks::clock(QDateTime(QDate(2026, 12, 8), QTime(3, 45), london), published);
    QCOMPARE(check.outcome, Outcome::Warning);
    QVERIFY2(check.text.contains("That is 14 days after the live data was published"),
             qPrintable(check.text));
    check = SelfTestChecks::clock(now, QDateTime());
    QCOMPARE(check.outcome, Outcome::Passed);
    QVERIFY(check.text.contains("no publish date"));
}

void TestSelfTestChecks::dataAndDisk()
{
    QTemporaryDir data;
    Importer importer(data.path());
    QVERIFY2(importer.syncDefault(QStringLiteral(KIOSK_DEFAULT_BUNDLE)),
             qPrintable(importer.error()));
    const SelfTestChecks::DataFacts facts =
        SelfTestChecks::gatherData(data.path(), data.filePath("no-such-folder"));
    QVERIFY(!facts.liveTitle.isEmpty());
    QVERIFY(facts.sample);
    QVERIFY2(facts.writeProblem.isEmpty(), qPrintable(facts.writeProblem));
    QVERIFY(facts.freeBytes > 0);
    QVERIFY(!QFile::exists(data.filePath("self-test.probe")));
    QCOMPARE(facts.watchProblem, QStringLiteral("it cannot be reached"));
    const SelfTestReport::Check check = SelfTestChecks::data(facts);
    QCOMPARE(check.outcome, Outcome::Failed);
    QVERIFY2(check.text.contains("not signed. The data folder can be written."),
             qPrintable(check.text));
    QVERIFY(check.text.contains("MB free on its disk."));
    QVERIFY(check.text.contains("no-such-folder: it cannot be reached."));
    QVERIFY(check.todo.contains("the sample vacancies are shown"));
    QVERIFY(check.todo.contains("check the sync tool"));
    // No watched folder, plenty of room: only the sample data is worth a word.
    SelfTestChecks::DataFacts fine = facts;
    fine.watchFolder.clear();
    fine.watchProblem.clear();
    fine.freeBytes = 20LL * 1024 * 1024 * 1024;
    QCOMPARE(SelfTestChecks::data(fine).outcome, Outcome::Warning);
    fine.sample = false;
    QCOMPARE(SelfTestChecks::data(fine).outcome, Outcome::Passed);
    fine.freeBytes = 300LL * 1024 * 1024;
    QCOMPARE(SelfTestChecks::data(fine).outcome, Outcome::Warning);
    fine.freeBytes = 100LL * 1024 * 1024;
    QCOMPARE(SelfTestChecks::data(fine).outcome, Outcome::Failed);
}

void TestSelfTestChecks::dataThatCannotBeWritten()
{
    QTemporaryDir data;
    // A plain file where the data folder should be: nothing can be written in it.
    QFile blocker(data.filePath("plain-file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const SelfTestChecks::DataFacts facts =
        SelfTestChecks::gatherData(data.filePath("plain-file"), {});
    QVERIFY(!facts.writeProblem.isEmpty());
    const SelfTestReport::Check check = SelfTestChecks::data(facts);
    QCOMPARE(check.outcome, Outcome::Failed);
    QVERIFY(check.text.contains("No live data."));
    QVERIFY(check.text.contains("The data folder cannot be written"));
    QVERIFY(check.text.contains("No watched folder."));
}

void TestSelfTestChecks::reportSavedAsJson()
{
    SelfTestReport report;
    QVERIFY(!report.passed()); // nothing run yet
    for (const QString &key : SelfTestReport::keys()) {
        SelfTestReport::Check check = SelfTestReport::notRun(key);
        check.outcome = Outcome::Passed;
        check.text = "fine";
        report.set(check);
    }
    QVERIFY(report.passed());
    report.set(SelfTestChecks::sound(true, false));
    QVERIFY(!report.passed());
    QTemporaryDir data;
    const QDateTime at(QDate(2026, 11, 25), QTime(8, 30), QTimeZone::utc());
    QString error;
    QVERIFY2(report.save(data.path(), at, "stand-1", &error), qPrintable(error));
    QByteArray bytes;
    QCOMPARE(DataFolder(data.path()).read(DataFolder::File::SelfTest, &bytes),
             DataFolder::Read::Ok);
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(json.value("kiosk").toString(), QStringLiteral("stand-1"));
    QCOMPARE(json.value("at").toString(), QStringLiteral("2026-11-25T08:30:00Z"));
    QCOMPARE(json.value("passed").toBool(true), false);
    const QJsonArray checks = json.value("checks").toArray();
    QCOMPARE(checks.size(), 6);
    QCOMPARE(checks.at(2).toObject().value("check").toString(), QStringLiteral("sound"));
    QCOMPARE(checks.at(2).toObject().value("result").toString(), QStringLiteral("failed"));
    const QString text = report.text(at.toTimeZone(QTimeZone("Europe/London")), "stand-1");
    QVERIFY2(text.startsWith("Careers Kiosk self-test of stand-1, Wednesday 25 November 2026 "
                             "08:30: not passed\n"),
             qPrintable(text));
    QVERIFY(text.contains("Sound (failed): Staff did not hear the test sentence.\n  What to do: "));
}

QTEST_GUILESS_MAIN(TestSelfTestChecks)

#include "tst_selftestchecks.moc"
