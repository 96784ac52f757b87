#include "countsmerger.h"
#include "intereststats.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The office's merge reads files that other machines wrote: anything odd is skipped and named.
class TestCountsMerger : public QObject
{
    Q_OBJECT
private slots:
    void addsByDayItemAndKiosk();
    void skipsFilesAndRowsOfTheWrongShape();
    void refusesFormulasOtherDaysAndALinkedFolder();
    void refusesAMissingFolder();
    void carriesEveryKindAKioskWrites();
    void refusesACountWithASpaceOrASign();

private:
    void write(const QString &path, const QByteArray &bytes);
};

void TestCountsMerger::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestCountsMerger::addsByDayItemAndKiosk()
{
    QTemporaryDir dir; // no counts folder: the files are read where they are
    write(dir.filePath("a-2026-11-25.csv"),
          "day,kind,key,count\n2026-11-25,screen,\"home\",5\n2026-11-25,job,\"R-1\",2\n");
    write(dir.filePath("b-2026-11-25.csv"), "day,kind,key,count\n2026-11-25,screen,\"home\",3\n");
    write(dir.filePath("b-2026-11-26.csv"), "day,kind,key,count\n2026-11-26,qr-code,\"R-1\",1\n");
    CountsMerger merger;
    QVERIFY(merger.read(dir.path()));
    QCOMPARE(merger.filesRead(), 3);
    // Kinds in the order staff read them: screens before jobs.
    QCOMPARE(merger.csv(), QByteArray("day,kind,key,a,b,all kiosks\n"
                                      "2026-11-25,screen,\"home\",5,3,8\n"
                                      "2026-11-25,job,\"R-1\",2,0,2\n"
                                      "2026-11-26,qr-code,\"R-1\",0,1,1\n"));
}

void TestCountsMerger::skipsFilesAndRowsOfTheWrongShape()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("counts"));
    const QString counts = dir.filePath("counts/");
    write(counts + "good-2026-11-25.csv", "day,kind,key,count\n2026-11-25,screen,\"home\",1\n"
                                          "2026-11-25,password,\"x\",1\n"
                                          "not-a-day,screen,\"home\",1\n"
                                          "2026-11-25,screen,\"home\",-4\n"
                                          "2026-11-25,screen,\"home\",99999999999\n"
                                          "2026-11-25,screen,\"home\",1,extra\n");
    write(counts + "noheader-2026-11-25.csv", "2026-11-25,screen,\"home\",1\n");
    write(counts + "badname.csv", "day,kind,key,count\n");
    write(counts + ".hidden-2026-11-25.csv", "day,kind,key,count\n");
    write(counts + "quote-2026-11-25.csv", "day,kind,key,count\n2026-11-25,screen,\"home\n");
    QByteArray huge = "day,kind,key,count\n";
    huge += QByteArray(CountsMerger::maxFileBytes, 'x');
    write(counts + "huge-2026-11-25.csv", huge);
    QVERIFY(SpecialFiles::makeLink(counts + "good-2026-11-25.csv", counts + "link-2026-11-25.csv"));
    QVERIFY(SpecialFiles::makeFifo(counts + "fifo-2026-11-25.csv"));
    CountsMerger merger;
    QVERIFY(merger.read(dir.path()));
    QCOMPARE(merger.filesRead(), 1);
    QCOMPARE(merger.csv(), QByteArray("day,kind,key,good,all kiosks\n"
                                      "2026-11-25,screen,\"home\",1,1\n"));
    const QString skipped = merger.skipped().join('\n');
    for (const char *name : {"noheader", "badname", "quote", "huge", "link", "fifo"})
        QVERIFY2(skipped.contains(QLatin1String(name)), qPrintable(skipped));
    QCOMPARE(skipped.count(QLatin1String("good-2026-11-25.csv line")), 5);
}

void TestCountsMerger::refusesFormulasOtherDaysAndALinkedFolder()
{
    QTemporaryDir dir;
    write(dir.filePath("k-2026-11-25.csv"), "day,kind,key,count\n"
                                            "2026-11-25,job,\"=cmd|' /C calc'!A0\",1\n"
                                            "2026-11-25,job,\"@HYPERLINK(1)\",1\n"
                                            "2026-11-25,job,\"+SUM(1)\",1\n"
                                            "2026-11-25,job,\"-2\",1\n"
                                            "2026-11-24,job,\"R-1\",7\n"
                                            "2026-11-25,job,\"R-1\",2000000\n"
                                            "2026-11-25,job,\"R-1/2.a_b\",3\n");
    CountsMerger merger;
    QVERIFY(merger.read(dir.path()));
    QCOMPARE(merger.csv(), QByteArray("day,kind,key,k,all kiosks\n"
                                      "2026-11-25,job,\"R-1/2.a_b\",3,3\n"));
    QCOMPARE(merger.skipped().size(), 6);

    QTemporaryDir elsewhere;
    QTemporaryDir linked;
    QVERIFY(SpecialFiles::makeLink(elsewhere.path(), linked.filePath("counts")));
    CountsMerger refused;
    QVERIFY(!refused.read(linked.path()));
    QVERIFY(refused.error().contains("is a link"));
}

void TestCountsMerger::refusesAMissingFolder()
{
    CountsMerger merger;
    QVERIFY(!merger.read(QStringLiteral("/nonexistent/fleet")));
    QVERIFY(!merger.error().isEmpty());
}

void TestCountsMerger::carriesEveryKindAKioskWrites()
{
    // The rows a kiosk writes into the watched folder (and --counts prints), read back whole:
    // every kind, "all" for visitors, "link:" codes, and counts kept from before visitors.
    QTemporaryDir data;
    const QDate day(2026, 11, 25);
    {
        InterestStats stats(data.path());
        using Kind = InterestStats::Kind;
        stats.record(Kind::Visitors, InterestStats::visitorsKey(), day);
        stats.record(Kind::Feature, "larger-text", day);
        stats.record(Kind::Screen, "officer-or-staff", day);
        stats.record(Kind::Capability, "covert", day);
        stats.record(Kind::Job, "SAMPLE-S-0124", day);
        stats.record(Kind::Code, "SAMPLE-S-0124", day);
        stats.record(Kind::Code, "link:contact", day);
    }
    QTemporaryDir fleet;
    QVERIFY(QDir(fleet.path()).mkdir("counts"));
    const InterestStats stats(data.path(), InterestStats::Access::ReadOnly);
    const QByteArray rows = stats.csv(day);
    write(fleet.filePath("counts/k1-2026-11-25.csv"), rows);
    // A kiosk not yet counting visitors, and a day migrated from then.
    write(fleet.filePath("counts/k2-2026-11-25.csv"),
          "day,kind,key,count\n2026-11-25,screen-opens,\"home\",4\n"
          "2026-11-25,capability-opens,\"covert\",2\n2026-11-25,job-opens,\"R-1\",1\n"
          "2026-11-25,qr-code,\"link:contact\",1\n");
    CountsMerger merger;
    QVERIFY(merger.read(fleet.path()));
    QVERIFY2(merger.skipped().isEmpty(), qPrintable(merger.skipped().join('\n')));
    QCOMPARE(merger.csv(), QByteArray("day,kind,key,k1,k2,all kiosks\n"
                                      "2026-11-25,visitors,\"all\",1,0,1\n"
                                      "2026-11-25,feature,\"larger-text\",1,0,1\n"
                                      "2026-11-25,screen,\"officer-or-staff\",1,0,1\n"
                                      "2026-11-25,capability,\"covert\",1,0,1\n"
                                      "2026-11-25,job,\"SAMPLE-S-0124\",1,0,1\n"
                                      "2026-11-25,code,\"SAMPLE-S-0124\",1,0,1\n"
                                      "2026-11-25,code,\"link:contact\",1,0,1\n"
                                      "2026-11-25,screen-opens,\"home\",0,4,4\n"
                                      "2026-11-25,capability-opens,\"covert\",0,2,2\n"
                                      "2026-11-25,job-opens,\"R-1\",0,1,1\n"
                                      "2026-11-25,qr-code,\"link:contact\",0,1,1\n"));
}

void TestCountsMerger::refusesACountWithASpaceOrASign()
{
    QTemporaryDir dir;
    write(dir.filePath("k-2026-11-25.csv"), "day,kind,key,count\n"
                                            "2026-11-25,visitors,\"all\", 5\n"
                                            "2026-11-25,visitors,\"all\",\" 5\"\n"
                                            "2026-11-25,visitors,\"all\",5 \n"
                                            "2026-11-25,visitors,\"all\",+5\n"
                                            "2026-11-25,visitors,\"all\",5.0\n"
                                            "2026-11-25,visitors,\"all\",0x5\n"
                                            "2026-11-25,visitors,\"all\",\n"
                                            "2026-11-25,visitors,\"all\",2\n");
    CountsMerger merger;
    QVERIFY(merger.read(dir.path()));
    QCOMPARE(merger.csv(), QByteArray("day,kind,key,k,all kiosks\n"
                                      "2026-11-25,visitors,\"all\",2,2\n"));
    const QStringList skipped = merger.skipped();
    QCOMPARE(skipped.size(), 7);
    QCOMPARE(skipped.at(0), QString("k-2026-11-25.csv line 2: not a count: the count ' 5' has a "
                                    "space beside its digits; a count is written as digits "
                                    "alone"));
    QVERIFY2(skipped.at(1).contains("' 5' has a space"), qPrintable(skipped.at(1)));
    QVERIFY2(skipped.at(2).contains("'5 ' has a space"), qPrintable(skipped.at(2)));
    for (int i = 3; i < 7; ++i)
        QVERIFY2(skipped.at(i).contains("is not a whole number written as digits alone"),
                 qPrintable(skipped.at(i)));
}

QTEST_GUILESS_MAIN(TestCountsMerger)
#include "tst_countsmerger.moc"
