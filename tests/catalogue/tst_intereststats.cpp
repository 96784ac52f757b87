#include "intereststats.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestInterestStats : public QObject
{
    Q_OBJECT
private slots:
    void countsPerDayAndKey();
    void survivesARestart();
    void exportsCsv();
    void exportsNamesBesideIds();
};

void TestInterestStats::countsPerDayAndKey()
{
    QTemporaryDir dir;
    InterestStats stats(dir.path());
    QVERIFY(stats.isOpen());
    const QDate monday(2026, 11, 23);
    stats.record(InterestStats::Kind::Job, "SER-1", monday);
    stats.record(InterestStats::Kind::Job, "SER-1", monday);
    stats.record(InterestStats::Kind::Job, "SER-1", monday.addDays(1));
    stats.record(InterestStats::Kind::QrCode, "SER-1", monday);
    stats.record(InterestStats::Kind::Capability, "covert", monday);
    const QList<InterestStats::Count> counts = stats.counts();
    QCOMPARE(counts.size(), 4);
    QCOMPARE(counts.at(1).kind, QString("job"));
    QCOMPARE(counts.at(1).count, 2);
    const QList<InterestStats::Count> totals = stats.totals();
    for (const InterestStats::Count &total : totals) {
        if (total.kind == "job")
            QCOMPARE(total.count, 3);
    }
}

void TestInterestStats::survivesARestart()
{
    QTemporaryDir dir;
    {
        InterestStats stats(dir.path());
        stats.record(InterestStats::Kind::Screen, "home", QDate(2026, 11, 25));
    }
    InterestStats again(dir.path());
    again.record(InterestStats::Kind::Screen, "home", QDate(2026, 11, 25));
    QCOMPARE(again.counts().size(), 1);
    QCOMPARE(again.counts().first().count, 2);
}

void TestInterestStats::exportsCsv()
{
    QTemporaryDir dir;
    InterestStats stats(dir.path());
    stats.record(InterestStats::Kind::Job, "A\"B", QDate(2026, 11, 25));
    stats.record(InterestStats::Kind::QrCode, "A\"B", QDate(2026, 11, 25));
    QCOMPARE(stats.csv(), QByteArray("day,kind,key,count\n2026-11-25,job,\"A\"\"B\",1\n"
                                     "2026-11-25,qr-code,\"A\"\"B\",1\n"));
}

void TestInterestStats::exportsNamesBesideIds()
{
    QTemporaryDir dir;
    InterestStats stats(dir.path());
    stats.record(InterestStats::Kind::Capability, "covert", QDate(2026, 11, 25));
    stats.record(InterestStats::Kind::Job, "X-1", QDate(2026, 11, 25));
    const auto name = [](const QString &kind, const QString &key) {
        return kind == "job" ? QString("=HYPERLINK(\"x\") (%1)").arg(key) : QString("Covert");
    };
    QCOMPARE(stats.csv(name),
             QByteArray("day,kind,key,name,count\n2026-11-25,capability,\"covert\",\"Covert\",1\n"
                        "2026-11-25,job,\"X-1\",\"'=HYPERLINK(\"\"x\"\") (X-1)\",1\n"));
}

QTEST_GUILESS_MAIN(TestInterestStats)
#include "tst_intereststats.moc"
