#include "countsmerger.h"
#include "eventreport.h"
#include "intereststats.h"
#include "reportcsv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The report's arithmetic over fixtures: ranges, days without visitors, a kiosk missing a day,
// hours, and kinds the report has never heard of.
class TestEventReport : public QObject
{
    Q_OBJECT
private slots:
    void addsUpARangeWithEmptyDays();
    void hoursRunFromTheFirstToTheLastWithVisitors();
    void aFleetHasAColumnPerKioskAndNamesAMissingDay();
    void sectionsFollowEveryKindPresent();
    void readsAKiosksOwnCounts();
    void csvHasEveryLineAndNoFormula();
    void aRangeIsBounded();

private:
    using Row = EventReport::Row;
    static const QDate monday;
};

const QDate TestEventReport::monday(2026, 12, 7);

void TestEventReport::addsUpARangeWithEmptyDays()
{
    const QList<Row> rows{{monday, "visitors", "all", "k", 5},
                          {monday.addDays(2), "visitors", "all", "k", 7},
                          {monday.addDays(3), "visitors", "all", "k", 100},  // after the range
                          {monday.addDays(-1), "visitors", "all", "k", 100}, // before it
                          {monday, "job", "R-1", "k", 2},
                          {monday.addDays(1), "job", "R-1", "k", 3}};
    const EventReport report(monday, monday.addDays(2), {"k"}, rows);
    QCOMPARE(report.days(), 3);
    QCOMPARE(report.visitors(), 12);
    const QList<EventReport::Line> days = report.visitorsByDay();
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).key, QString("2026-12-07"));
    QCOMPARE(days.at(0).total, 5);
    QCOMPARE(days.at(1).total, 0); // a day without visitors is a day, with none
    QCOMPARE(days.at(2).total, 7);
    QCOMPARE(report.sections().size(), 1);
    QCOMPARE(report.sections().first().lines.first().total, 5);
    QCOMPARE(report.rangeText(), QString("7 December 2026 to 9 December 2026"));
    QCOMPARE(EventReport(monday, monday, {"k"}, rows).rangeText(), QString("7 December 2026"));
    QVERIFY(report.gaps().isEmpty()); // one kiosk's own counts have no missing files
}

void TestEventReport::hoursRunFromTheFirstToTheLastWithVisitors()
{
    const QList<Row> rows{{monday, "hour", "10", "k", 4},
                          {monday.addDays(1), "hour", "10", "k", 3},
                          {monday, "hour", "13", "k", 6},
                          {monday, "hour", "24", "k", 50}, // not an hour
                          {monday, "hour", "9", "k", 50}}; // nor this
    const EventReport report(monday, monday.addDays(1), {"k"}, rows);
    const QList<EventReport::Line> hours = report.hours();
    QCOMPARE(hours.size(), 4); // 10, 11, 12, 13
    QCOMPARE(hours.at(0).key, QString("10"));
    QCOMPARE(hours.at(0).total, 7);
    QCOMPARE(hours.at(1).total, 0);
    QCOMPARE(hours.at(3).name, QString("13:00 to 13:59"));
    QCOMPARE(report.busiestHour(), QString("10:00 to 10:59"));
    QVERIFY(EventReport(monday, monday, {"k"}, {}).busiestHour().isEmpty());
    // Hours are not a section of their own beside the chart.
    QVERIFY(report.sections().isEmpty());
}

void TestEventReport::aFleetHasAColumnPerKioskAndNamesAMissingDay()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("counts"));
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath("counts/" + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("hall-2026-12-07.csv", "day,kind,key,count\n2026-12-07,visitors,\"all\",10\n"
                                 "2026-12-07,capability,\"covert\",4\n");
    write("hall-2026-12-08.csv", "day,kind,key,count\n2026-12-08,visitors,\"all\",6\n");
    write("foyer-2026-12-07.csv", "day,kind,key,count\n2026-12-07,visitors,\"all\",3\n"
                                  "2026-12-07,capability,\"covert\",1\n");
    write("foyer-2026-12-01.csv", "day,kind,key,count\n2026-12-01,visitors,\"all\",99\n");
    CountsMerger merger;
    merger.setRange(monday, monday.addDays(1));
    QVERIFY(merger.read(dir.path()));
    QCOMPARE(merger.filesRead(), 3); // the day outside the range is not read
    const EventReport report = EventReport::fromMerger(merger, monday, monday.addDays(1));
    QCOMPARE(report.kiosks(), QStringList({"foyer", "hall"}));
    QCOMPARE(report.visitors(), 19);
    const QList<EventReport::Line> days = report.visitorsByDay();
    QCOMPARE(days.at(0).byKiosk, QList<qint64>({3, 10}));
    QCOMPARE(days.at(1).byKiosk, QList<qint64>({0, 6}));
    QCOMPARE(report.gaps(), QStringList{"foyer sent no counts for Tuesday 8 December 2026"});
    const EventReport::Line covert = report.sections().first().lines.first();
    QCOMPARE(covert.byKiosk, QList<qint64>({1, 4}));
    QCOMPARE(covert.total, 5);
}

void TestEventReport::sectionsFollowEveryKindPresent()
{
    const QList<Row> rows{{monday, "feature", "read-aloud", "k", 2},
                          {monday, "faq", "vetting", "k", 3},
                          {monday, "finder", "started", "k", 9},
                          {monday, "finder", "finished", "k", 5},
                          {monday, "finder-result", "analyst", "k", 4},
                          {monday, "zebra-kind", "z", "k", 1},
                          {monday, "capability", "covert", "k", 1},
                          {monday, "capability", "intelligence", "k", 6}};
    EventReport report(monday, monday, {"k"}, rows);
    report.setNamer([](const QString &kind, const QString &key) {
        return kind == "capability" && key == "covert" ? QString("Covert capabilities") : QString();
    });
    const QList<EventReport::Section> sections = report.sections();
    QStringList kinds;
    for (const EventReport::Section &section : sections)
        kinds << section.kind;
    QCOMPARE(kinds, QStringList(
                        {"capability", "finder", "finder-result", "faq", "feature", "zebra-kind"}));
    QCOMPARE(sections.at(0).title, QString("Kinds of work looked at"));
    QCOMPARE(sections.at(0).lines.at(0).key, QString("intelligence")); // most first
    QCOMPARE(sections.at(0).lines.at(1).name, QString("Covert capabilities"));
    QCOMPARE(sections.at(1).lines.at(0).name, QString("Visitors who started it"));
    QCOMPARE(sections.at(1).lines.at(1).name, QString("Visitors who finished it"));
    QCOMPARE(sections.at(3).title, QString("Questions opened"));
    QCOMPARE(sections.at(4).lines.at(0).name, QString("Read aloud"));
    QCOMPARE(sections.at(5).title, QString("zebra-kind")); // unknown, shown under its own name
}

void TestEventReport::readsAKiosksOwnCounts()
{
    QTemporaryDir dir;
    InterestStats stats(dir.path());
    QVERIFY(stats.isOpen());
    using Kind = InterestStats::Kind;
    for (int i = 0; i < 3; ++i)
        QVERIFY(stats.record(Kind::Visitors, "all", monday));
    QVERIFY(stats.record(Kind::Hour, "11", monday));
    QVERIFY(stats.record(Kind::Visitors, "all", monday.addDays(5)));
    const EventReport report = EventReport::fromStats(stats, "stand-1", monday, monday);
    QCOMPARE(report.kiosks(), QStringList{"stand-1"});
    QCOMPARE(report.visitors(), 3);
    QCOMPARE(report.busiestHour(), QString("11:00 to 11:59"));
}

void TestEventReport::csvHasEveryLineAndNoFormula()
{
    QList<Row> rows{{monday, "visitors", "all", "a", 2}, {monday, "visitors", "all", "b", 1}};
    for (int i = 0; i < 20; ++i)
        rows.append({monday, "job", QString("R-%1").arg(i), "a", i + 1});
    EventReport report(monday, monday, {"a", "b"}, rows);
    report.setNamer([](const QString &, const QString &key) {
        return key == "R-3" ? QString("=HYPERLINK(\"x\")") : QString();
    });
    const QList<QByteArray> lines = ReportCsv::csv(report).split('\n');
    QCOMPARE(lines.at(0), QByteArray("section,key,name,\"a\",\"b\",all kiosks"));
    QCOMPARE(lines.at(1), QByteArray("visitors,\"2026-12-07\",\"Mon 7 Dec\",2,1,3"));
    QCOMPARE(lines.size(), 1 + 1 + 20 + 1); // header, a day, every job, the last newline
    QVERIFY(lines.contains("job,\"R-3\",\"'=HYPERLINK(\"\"x\"\")\",4,0,4"));
}

void TestEventReport::aRangeIsBounded()
{
    const EventReport report(monday, monday.addYears(5), {"k"}, {});
    QCOMPARE(report.days(), EventReport::maxDays);
    QCOMPARE(report.visitorsByDay().size(), EventReport::maxDays);
    // A range given backwards is the first day alone.
    QCOMPARE(EventReport(monday, monday.addDays(-3), {"k"}, {}).days(), 1);
}

QTEST_GUILESS_MAIN(TestEventReport)
#include "tst_eventreport.moc"
