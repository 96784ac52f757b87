#include "clock.h"
#include "intereststats.h"
#include "visitorcounter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A visitor's events in, the day's totals out: each line once a visitor, whatever they did
// in between, nothing outside a visitor, and the day the visitor started on.
class TestVisitorCounter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void countsTheVisitorAndEachLineOnce();
    void backAndForthCountsOnce();
    void nothingOutsideAVisitor();
    void codesCountForEveryVisitor();
    void featuresOncePerVisitor();
    void onlyKnownKindsAndFeatures();
    void aStartWithoutAnEndIsANewVisitor();
    void theDayIsTheDayTheVisitorStarted();
    void nothingIsWrittenWhenTheFileCannotBe();
    void countsTheHourTheVisitStartedIn();
    void nobodyIsCountedWhileClosed();

private:
    // "kind key" -> count, for one day.
    QMap<QString, int> countsOn(const QDate &day, bool hours = false) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InterestStats> m_stats;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<VisitorCounter> m_counter;
};

namespace
{
const QDate day(2026, 11, 25);
}

void TestVisitorCounter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_stats = std::make_unique<InterestStats>(m_dir->path());
    QVERIFY(m_stats->isOpen());
    m_clock = std::make_unique<Clock>(QTimeZone("Europe/London"));
    m_clock->setFixedTime(QDateTime(day, QTime(10, 0), QTimeZone::utc()));
    m_counter = std::make_unique<VisitorCounter>(m_stats.get(), m_clock.get());
}

void TestVisitorCounter::cleanup()
{
    m_counter.reset();
    m_stats.reset();
    m_clock.reset();
    m_dir.reset();
}

QMap<QString, int> TestVisitorCounter::countsOn(const QDate &on, bool hours) const
{
    // The hour each visit started in is beside every visitor: its own test looks at it.
    QMap<QString, int> counts;
    for (const InterestStats::Count &count : m_stats->counts(on)) {
        if (hours == (count.kind == "hour"))
            counts.insert(count.kind + " " + count.key, count.count);
    }
    return counts;
}

void TestVisitorCounter::countsTheVisitorAndEachLineOnce()
{
    VisitorCounter &c = *m_counter;
    c.visitorStarted();
    QVERIFY(c.isVisiting());
    QCOMPARE(c.day(), day);
    for (int i = 0; i < 3; ++i) {
        c.opened("screen", "home");
        c.opened("code", "link:contact");
    }
    c.opened("screen", "vacancies");
    c.opened("job", "SER-1");
    c.opened("screen", "job");
    c.opened("code", "SER-1");
    c.opened("job", "SER-1");
    c.opened("capability", "covert");
    c.visitorEnded();
    QVERIFY(!c.isVisiting());
    const QMap<QString, int> expected = {{"visitors all", 1},      {"screen home", 1},
                                         {"screen vacancies", 1},  {"screen job", 1},
                                         {"job SER-1", 1},         {"code SER-1", 1},
                                         {"code link:contact", 1}, {"capability covert", 1}};
    QCOMPARE(countsOn(day), expected);
}

void TestVisitorCounter::backAndForthCountsOnce()
{
    // Back sends nothing; and if a screen came again by a forward move, it is still counted
    // once for this visitor.
    VisitorCounter &c = *m_counter;
    c.visitorStarted();
    for (const char *screen : {"home", "vacancies", "job", "vacancies", "job", "home"})
        c.opened("screen", screen);
    c.visitorEnded();
    c.visitorStarted();
    c.opened("screen", "home");
    c.visitorEnded();
    QCOMPARE(
        countsOn(day),
        (QMap<QString, int>{
            {"visitors all", 2}, {"screen home", 2}, {"screen vacancies", 1}, {"screen job", 1}}));
}

void TestVisitorCounter::nothingOutsideAVisitor()
{
    // The reset shows Home after the visitor's end, and idle resets with nobody there send
    // events with no visitor: none of it counts.
    VisitorCounter &c = *m_counter;
    c.opened("screen", "home");
    c.featureUsed(VisitorCounter::largerText());
    c.visitorEnded();
    c.visitorStarted();
    c.opened("screen", "about");
    c.visitorEnded();
    for (int reset = 0; reset < 3; ++reset) {
        c.opened("screen", "home");
        c.opened("code", "link:contact");
        c.featureUsed(VisitorCounter::highContrast());
        c.visitorEnded();
    }
    QCOMPARE(countsOn(day), (QMap<QString, int>{{"visitors all", 1}, {"screen about", 1}}));
}

void TestVisitorCounter::codesCountForEveryVisitor()
{
    VisitorCounter &c = *m_counter;
    for (int visitor = 0; visitor < 3; ++visitor) {
        c.visitorStarted();
        c.opened("code", "link:contact");
        c.opened("code", "link:contact");
        c.visitorEnded();
    }
    QCOMPARE(countsOn(day).value("code link:contact"), 3);
    QCOMPARE(countsOn(day).value("visitors all"), 3);
}

void TestVisitorCounter::featuresOncePerVisitor()
{
    VisitorCounter &c = *m_counter;
    c.visitorStarted();
    for (int i = 0; i < 4; ++i) {
        c.featureUsed(VisitorCounter::largerText());
        c.featureUsed(VisitorCounter::keypad());
    }
    c.visitorEnded();
    c.visitorStarted();
    for (const QString &feature : VisitorCounter::featureNames())
        c.featureUsed(feature);
    c.visitorEnded();
    QCOMPARE(countsOn(day), (QMap<QString, int>{{"visitors all", 2},
                                                {"feature larger-text", 2},
                                                {"feature keypad", 2},
                                                {"feature high-contrast", 1},
                                                {"feature within-reach", 1},
                                                {"feature read-aloud", 1}}));
}

void TestVisitorCounter::onlyKnownKindsAndFeatures()
{
    VisitorCounter &c = *m_counter;
    c.visitorStarted();
    c.opened("visitors", "all");
    c.opened("feature", "keypad");
    c.opened("qr-code", "SER-1");
    c.opened("screen-opens", "home");
    c.opened("search", "analyst"); // what a visitor types is never counted
    c.opened("screen", {});
    c.featureUsed("mouse");
    c.visitorEnded();
    QCOMPARE(countsOn(day), (QMap<QString, int>{{"visitors all", 1}}));
    QCOMPARE(VisitorCounter::openedKinds(), QStringList({"screen", "capability", "job", "code",
                                                         "finder", "finder-result", "faq"}));
}

void TestVisitorCounter::aStartWithoutAnEndIsANewVisitor()
{
    VisitorCounter &c = *m_counter;
    c.visitorStarted();
    c.opened("screen", "home");
    c.visitorStarted();
    c.opened("screen", "home");
    c.visitorEnded();
    QCOMPARE(countsOn(day), (QMap<QString, int>{{"visitors all", 2}, {"screen home", 2}}));
}

void TestVisitorCounter::theDayIsTheDayTheVisitorStarted()
{
    // 23:59:30 in London (GMT in November): a visitor who carries on past midnight counts on
    // the day they started; the next visitor on the new day.
    VisitorCounter &c = *m_counter;
    m_clock->setFixedTime(QDateTime(day, QTime(23, 59, 30), QTimeZone::utc()));
    c.visitorStarted();
    c.opened("screen", "home");
    m_clock->setFixedTime(QDateTime(day.addDays(1), QTime(0, 0, 30), QTimeZone::utc()));
    c.opened("job", "SER-1");
    c.featureUsed(VisitorCounter::readAloud());
    QCOMPARE(c.day(), day);
    c.visitorEnded();
    c.visitorStarted();
    c.opened("job", "SER-1");
    c.visitorEnded();
    QCOMPARE(
        countsOn(day),
        (QMap<QString, int>{
            {"visitors all", 1}, {"screen home", 1}, {"job SER-1", 1}, {"feature read-aloud", 1}}));
    QCOMPARE(countsOn(day.addDays(1)), (QMap<QString, int>{{"visitors all", 1}, {"job SER-1", 1}}));
    // In summer the kiosk's day starts at 23:00 UTC.
    m_clock->setFixedTime(QDateTime(QDate(2026, 7, 1), QTime(23, 30), QTimeZone::utc()));
    c.visitorStarted();
    QCOMPARE(c.day(), QDate(2026, 7, 2));
    c.visitorEnded();
}

void TestVisitorCounter::nothingIsWrittenWhenTheFileCannotBe()
{
    QTemporaryDir dir;
    InterestStats readOnly(dir.path(), InterestStats::Access::ReadOnly);
    VisitorCounter counter(&readOnly, m_clock.get());
    counter.visitorStarted(); // counts nothing, and does not fail
    counter.opened("screen", "home");
    counter.visitorEnded();
    QVERIFY(!QFile::exists(InterestStats::path(dir.path())));
}

void TestVisitorCounter::countsTheHourTheVisitStartedIn()
{
    // 10:00 UTC is 10:00 in London in November. A visitor who stays past the hour counts in
    // the hour they started; only the hour's total is kept, never a time for a visitor.
    VisitorCounter &c = *m_counter;
    c.visitorStarted();
    m_clock->setFixedTime(QDateTime(day, QTime(11, 20), QTimeZone::utc()));
    c.opened("screen", "home");
    c.visitorEnded();
    m_clock->setFixedTime(QDateTime(day, QTime(10, 59, 59), QTimeZone::utc()));
    c.visitorStarted();
    c.visitorEnded();
    m_clock->setFixedTime(QDateTime(day, QTime(11, 0), QTimeZone::utc()));
    c.visitorStarted();
    c.visitorEnded();
    QCOMPARE(countsOn(day, true), (QMap<QString, int>{{"hour 10", 2}, {"hour 11", 1}}));
    QCOMPARE(countsOn(day).value("visitors all"), 3);
    // In summer 23:30 UTC is half past midnight in London, on the next day.
    m_clock->setFixedTime(QDateTime(QDate(2026, 7, 1), QTime(23, 30), QTimeZone::utc()));
    c.visitorStarted();
    c.visitorEnded();
    QCOMPARE(countsOn(QDate(2026, 7, 2), true), (QMap<QString, int>{{"hour 00", 1}}));
    QCOMPARE(VisitorCounter::hourKey(QTime(9, 5)), QString("09"));
}

void TestVisitorCounter::nobodyIsCountedWhileClosed()
{
    // The kiosk closes with a visitor at it: what they did is kept; then a cleaner's touches
    // count nothing until it opens again, and the day's counts are all still there.
    VisitorCounter &c = *m_counter;
    c.visitorStarted();
    c.opened("screen", "about");
    c.setClosed(true);
    QVERIFY(c.isClosed());
    QVERIFY(!c.isVisiting());
    for (int touch = 0; touch < 3; ++touch) {
        c.visitorStarted();
        c.opened("screen", "home");
        c.featureUsed(VisitorCounter::readAloud());
        c.visitorEnded();
    }
    QCOMPARE(countsOn(day), (QMap<QString, int>{{"visitors all", 1}, {"screen about", 1}}));
    c.setClosed(false);
    c.visitorStarted();
    c.opened("screen", "home");
    c.visitorEnded();
    QCOMPARE(countsOn(day),
             (QMap<QString, int>{{"visitors all", 2}, {"screen about", 1}, {"screen home", 1}}));
}

QTEST_GUILESS_MAIN(TestVisitorCounter)
#include "tst_visitorcounter.moc"
