#include "intereststats.h"
#include "sqlconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The daily totals on disk: the kinds, the order staff read them in, the CSV, and a file kept
// before visitors were counted, migrated once, or left exactly as it was when it is damaged.
class TestInterestStats : public QObject
{
    Q_OBJECT
private slots:
    void countsPerDayAndKey();
    void survivesARestart();
    void exportsCsv();
    void exportsNamesBesideIds();
    void visitorsFirstThenFeaturesScreensCapabilitiesJobsCodes();
    void totalsKeepTodayBesideAll();
    void keepsOnlyDailyTotals();
    void oldCountsAreMigratedOnceAsOpenings();
    void readOnlyChangesNothing();
    void damagedFilesAreLeftAsTheyWere_data();
    void damagedFilesAreLeftAsTheyWere();
    void aFolderInItsPlaceIsSetAside();
    void newerFileIsNotTouched();

private:
    // A file as the kiosk kept it before visitors were counted: schema version 0.
    static void writeOldFile(const QString &dataDir, int rows = 0);
    static QByteArray bytes(const QString &path);
};

void TestInterestStats::writeOldFile(const QString &dataDir, int rows)
{
    SqlConnection db(InterestStats::path(dataDir), SqlConnection::Mode::ReadWrite);
    QVERIFY(db.exec("CREATE TABLE counts (day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT "
                    "NULL, count INTEGER NOT NULL, PRIMARY KEY (day, kind, key))"));
    for (const char *row :
         {"('2026-11-20', 'screen', 'home', 14)", "('2026-11-20', 'screen', 'attract', 9)",
          "('2026-11-20', 'capability', 'covert', 3)", "('2026-11-20', 'job', 'SER-1', 5)",
          "('2026-11-20', 'qr-code', 'link:contact', 1)", "('2026-11-21', 'qr-code', 'SER-1', 2)"})
        QVERIFY(db.exec(QStringLiteral("INSERT INTO counts VALUES ") + QLatin1String(row)));
    // Enough rows, if asked, that the file is many pages long.
    QVERIFY(db.exec("BEGIN"));
    for (int i = 0; i < rows; ++i)
        QVERIFY(db.exec(QStringLiteral("INSERT INTO counts VALUES ('2026-10-01', 'job', "
                                       "'JOB-%1-with-a-longer-reference', %1)")
                            .arg(i)));
    QVERIFY(db.exec("COMMIT"));
}

QByteArray TestInterestStats::bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

void TestInterestStats::countsPerDayAndKey()
{
    QTemporaryDir dir;
    InterestStats stats(dir.path());
    QVERIFY(stats.isOpen());
    const QDate monday(2026, 11, 23);
    QVERIFY(stats.record(InterestStats::Kind::Job, "SER-1", monday));
    stats.record(InterestStats::Kind::Job, "SER-1", monday);
    stats.record(InterestStats::Kind::Job, "SER-1", monday.addDays(1));
    stats.record(InterestStats::Kind::Code, "SER-1", monday);
    stats.record(InterestStats::Kind::Capability, "covert", monday);
    const QList<InterestStats::Count> counts = stats.counts();
    QCOMPARE(counts.size(), 4);
    QCOMPARE(counts.at(1).kind, QString("job"));
    QCOMPARE(counts.at(1).count, 2);
    QCOMPARE(stats.counts(monday.addDays(1)).size(), 1);
    for (const InterestStats::Count &total : stats.totals()) {
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
    stats.record(InterestStats::Kind::Code, "A\"B", QDate(2026, 11, 25));
    stats.record(InterestStats::Kind::Job, "C", QDate(2026, 11, 26));
    QCOMPARE(stats.csv(), QByteArray("day,kind,key,count\n2026-11-25,job,\"A\"\"B\",1\n"
                                     "2026-11-25,code,\"A\"\"B\",1\n2026-11-26,job,\"C\",1\n"));
    QCOMPARE(stats.csv(QDate(2026, 11, 26)), QByteArray("day,kind,key,count\n"
                                                        "2026-11-26,job,\"C\",1\n"));
    QCOMPARE(stats.csv(QDate(2026, 11, 27)), InterestStats::csvHeader());
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

void TestInterestStats::visitorsFirstThenFeaturesScreensCapabilitiesJobsCodes()
{
    QTemporaryDir dir;
    writeOldFile(dir.path());
    InterestStats stats(dir.path());
    const QDate day(2026, 11, 20); // the old counts' day too
    using Kind = InterestStats::Kind;
    for (Kind kind : {Kind::Code, Kind::Job, Kind::Capability, Kind::Screen, Kind::Feature})
        stats.record(kind, "x", day);
    stats.record(Kind::Hour, "10", day);
    stats.record(Kind::Visitors, InterestStats::visitorsKey(), day);
    QStringList kinds;
    for (const InterestStats::Count &count : stats.counts(day)) {
        if (!kinds.contains(count.kind))
            kinds << count.kind;
    }
    QCOMPARE(kinds,
             QStringList({"visitors", "hour", "feature", "screen", "capability", "job", "code",
                          "screen-opens", "capability-opens", "job-opens", "qr-code"}));
    QCOMPARE(InterestStats::kindNames(),
             QStringList({"visitors", "hour", "feature", "screen", "capability", "job", "code",
                          "finder", "finder-result", "faq"}));
    for (const QString &name : InterestStats::kindNames())
        QCOMPARE(InterestStats::kindName(*InterestStats::kindOf(name)), name);
    QVERIFY(!InterestStats::kindOf("qr-code"));
}

void TestInterestStats::totalsKeepTodayBesideAll()
{
    QTemporaryDir dir;
    InterestStats stats(dir.path());
    const QDate today(2026, 11, 25);
    for (const QDate &day : {today.addDays(-1), today.addDays(-1), today})
        stats.record(InterestStats::Kind::Visitors, "all", day);
    stats.record(InterestStats::Kind::Screen, "about", today.addDays(-1));
    stats.record(InterestStats::Kind::Screen, "home", today);
    stats.record(InterestStats::Kind::Screen, "home", today.addDays(-1));
    const QList<InterestStats::Count> totals = stats.totals(today);
    QCOMPARE(totals.size(), 3);
    QCOMPARE(totals.at(0).kind, QString("visitors"));
    QCOMPARE(totals.at(0).count, 3);
    QCOMPARE(totals.at(0).onDay, 1);
    QCOMPARE(totals.at(1).key, QString("home")); // the most first
    QCOMPARE(totals.at(1).onDay, 1);
    QCOMPARE(totals.at(2).key, QString("about"));
    QCOMPARE(totals.at(2).onDay, 0);
}

void TestInterestStats::keepsOnlyDailyTotals()
{
    // The file has one table of day, kind, key and count: no visitor, no time of day.
    QTemporaryDir dir;
    {
        InterestStats stats(dir.path());
        stats.record(InterestStats::Kind::Visitors, "all", QDate(2026, 11, 25));
    }
    SqlConnection db(InterestStats::path(dir.path()), SqlConnection::Mode::ReadOnly);
    QSqlQuery q("SELECT type, name, sql FROM sqlite_master", db.database());
    QStringList objects;
    while (q.next())
        objects << q.value(0).toString() + " " + q.value(1).toString();
    QCOMPARE(objects, QStringList({"table counts", "index sqlite_autoindex_counts_1"}));
    QSqlQuery columns("PRAGMA table_info(counts)", db.database());
    QStringList names;
    while (columns.next())
        names << columns.value(1).toString();
    QCOMPARE(names, QStringList({"day", "kind", "key", "count"}));
}

void TestInterestStats::oldCountsAreMigratedOnceAsOpenings()
{
    QTemporaryDir dir;
    writeOldFile(dir.path());
    const QByteArray expected = "day,kind,key,count\n"
                                "2026-11-20,screen-opens,\"attract\",9\n"
                                "2026-11-20,screen-opens,\"home\",14\n"
                                "2026-11-20,capability-opens,\"covert\",3\n"
                                "2026-11-20,job-opens,\"SER-1\",5\n"
                                "2026-11-20,qr-code,\"link:contact\",1\n"
                                "2026-11-21,qr-code,\"SER-1\",2\n";
    {
        InterestStats stats(dir.path());
        QVERIFY2(stats.isOpen(), qPrintable(stats.error()));
        QCOMPARE(stats.csv(), expected);
        // New counts are visitors, beside the old openings and never added to them.
        stats.record(InterestStats::Kind::Screen, "home", QDate(2026, 11, 20));
    }
    for (int again = 0; again < 2; ++again) {
        InterestStats stats(dir.path());
        QVERIFY(stats.isOpen());
        QCOMPARE(stats.counts(QDate(2026, 11, 20)).first().kind, QString("screen"));
        QList<InterestStats::Count> old = stats.counts();
        old.removeIf([](const InterestStats::Count &c) { return c.kind == "screen"; });
        QCOMPARE(old.size(), 6);
        QByteArray rest = "day,kind,key,count\n";
        for (const InterestStats::Count &c : old)
            rest += QStringLiteral("%1,%2,\"%3\",%4\n")
                        .arg(c.day.toString(Qt::ISODate), c.kind, c.key)
                        .arg(c.count)
                        .toUtf8();
        QCOMPARE(rest, expected); // not renamed a second time
    }
    SqlConnection db(InterestStats::path(dir.path()), SqlConnection::Mode::ReadOnly);
    QSqlQuery version("PRAGMA user_version", db.database());
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), InterestStats::schemaVersion);
}

void TestInterestStats::readOnlyChangesNothing()
{
    QTemporaryDir dir;
    const InterestStats none(dir.path(), InterestStats::Access::ReadOnly);
    QVERIFY(!none.isOpen());
    QVERIFY(!QFile::exists(InterestStats::path(dir.path()))); // nothing created
    writeOldFile(dir.path());
    const QByteArray before = bytes(InterestStats::path(dir.path()));
    {
        InterestStats old(dir.path(), InterestStats::Access::ReadOnly);
        QVERIFY2(old.isOpen(), qPrintable(old.error()));
        // Read as they will be kept once migrated, and never written.
        QCOMPARE(old.counts(QDate(2026, 11, 20)).first().kind, QString("screen-opens"));
        QVERIFY(!old.record(InterestStats::Kind::Visitors, "all", QDate(2026, 11, 20)));
    }
    QCOMPARE(bytes(InterestStats::path(dir.path())), before);
}

void TestInterestStats::damagedFilesAreLeftAsTheyWere_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("not a database") << "garbage";
    QTest::newRow("an old file cut in half") << "truncated";
    QTest::newRow("a counts table of another shape") << "shape";
}

void TestInterestStats::damagedFilesAreLeftAsTheyWere()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = InterestStats::path(dir.path());
    if (damage == "garbage") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x').prepend("staff counts were here\n"));
    } else if (damage == "truncated") {
        writeOldFile(dir.path(), 4000);
        QFile file(path);
        QVERIFY(file.size() > 64 * 1024);
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == "shape") {
        SqlConnection db(path, SqlConnection::Mode::ReadWrite);
        QVERIFY(db.exec("CREATE TABLE counts (day TEXT, hits INTEGER)"));
        QVERIFY(db.exec("INSERT INTO counts VALUES ('2026-11-20', 7)"));
    }
    const QByteArray before = bytes(path);
    {
        InterestStats stats(dir.path());
        QVERIFY(!stats.isOpen());
        QVERIFY(!stats.error().isEmpty());
        QVERIFY(!stats.record(InterestStats::Kind::Visitors, "all", QDate(2026, 11, 25)));
        QVERIFY(stats.counts().isEmpty());
        QVERIFY(stats.totals().isEmpty());
        const InterestStats reader(dir.path(), InterestStats::Access::ReadOnly);
        QVERIFY(!reader.isOpen());
    }
    // Never deleted, emptied or rewritten: whoever repairs it finds it as it was.
    QCOMPARE(bytes(path), before);
    // Opening it again is as safe as the first time.
    InterestStats again(dir.path());
    QVERIFY(!again.isOpen());
    QCOMPARE(bytes(path), before);
}

void TestInterestStats::newerFileIsNotTouched()
{
    QTemporaryDir dir;
    {
        SqlConnection db(InterestStats::path(dir.path()), SqlConnection::Mode::ReadWrite);
        QVERIFY(db.exec("CREATE TABLE counts (day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT "
                        "NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, kind, key))"));
        QVERIFY(db.exec("INSERT INTO counts VALUES ('2026-11-20', 'screen', 'home', 1)"));
        QVERIFY(db.exec("PRAGMA user_version = 9"));
    }
    const QByteArray before = bytes(InterestStats::path(dir.path()));
    InterestStats stats(dir.path());
    QVERIFY(!stats.isOpen());
    QVERIFY2(stats.error().contains("newer version"), qPrintable(stats.error()));
    QCOMPARE(bytes(InterestStats::path(dir.path())), before);
}

void TestInterestStats::aFolderInItsPlaceIsSetAside()
{
    // Not a damaged counts file but something else where it belongs: set aside whole, as
    // DataFolder does for every kiosk file, and counting starts afresh beside it.
    QTemporaryDir dir;
    const QString path = InterestStats::path(dir.path());
    QVERIFY(QDir().mkpath(path + "/kept"));
    InterestStats stats(dir.path());
    QVERIFY2(stats.isOpen(), qPrintable(stats.error()));
    QVERIFY(QFileInfo(path).isFile());
    const QStringList aside = QDir(dir.path()).entryList({"interest.sqlite.*"}, QDir::Dirs);
    QCOMPARE(aside.size(), 1);
    QVERIFY(QFileInfo::exists(dir.filePath(aside.first() + "/kept")));
}

QTEST_GUILESS_MAIN(TestInterestStats)
#include "tst_intereststats.moc"
