#include "countsmerger.h"
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
    QCOMPARE(merger.csv(), QByteArray("day,kind,key,a,b,all kiosks\n"
                                      "2026-11-25,job,\"R-1\",2,0,2\n"
                                      "2026-11-25,screen,\"home\",5,3,8\n"
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

QTEST_GUILESS_MAIN(TestCountsMerger)
#include "tst_countsmerger.moc"
