#include "scratchmount.h"
#include "staffpin.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Few rounds keep these tests quick; the production count is checked where it is stored.
constexpr int rounds = 1000;
// The kiosk's clock, fixed, for tests about something else than the throttle's waits.
const QDateTime tenAm(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

class TestStaffPin : public QObject
{
    Q_OBJECT
private slots:
    void newPinsNeedEightToTwelveDigits();
    void storedAsSaltedPbkdf2Only();
    void privateToTheKiosksUser();
    void acceptsTheRightPinRejectsOthers();
    void storedRoundsAreUsedWhenTheCountChanges();
    void sixDigitPinStillWorks();
    void throttlingGrowsAndSurvivesARestart();
    void clockMovedBackWaitsAtMostAnHour();
    void aDiskThatCannotBeWrittenLocksNobodyOut();
    void damagedValuesNeitherFreezeNorUnlock();
};

void TestStaffPin::newPinsNeedEightToTwelveDigits()
{
    QVERIFY(StaffPin::checkFormat("12345678").isEmpty());
    QVERIFY(StaffPin::checkFormat("123456789012").isEmpty());
    QVERIFY(!StaffPin::checkFormat("123456").isEmpty());
    QVERIFY(!StaffPin::checkFormat("1234567a").isEmpty());
    QVERIFY(!StaffPin::checkFormat("1234567890123").isEmpty());
    QTemporaryDir dir;
    StaffPin pin(dir.path(), rounds);
    QString error;
    QVERIFY(!pin.set("123456", &error));
    QVERIFY(error.contains("8 to 12 digits"));
    QVERIFY(!pin.isSet());
}

void TestStaffPin::storedAsSaltedPbkdf2Only()
{
    QTemporaryDir dir;
    StaffPin pin(dir.path(), rounds);
    QString error;
    QVERIFY2(pin.set("24681012", &error), qPrintable(error));
    QFile file(dir.filePath("staff-pin.ini"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("24681012"));
    QSettings settings(dir.filePath("staff-pin.ini"), QSettings::IniFormat);
    QCOMPARE(settings.value("pin/iterations").toInt(), rounds);
    const QByteArray salt = QByteArray::fromBase64(settings.value("pin/salt").toByteArray());
    QCOMPARE(salt.size(), 16);
    QCOMPARE(QByteArray::fromBase64(settings.value("pin/hash").toByteArray()),
             StaffPin::derive("24681012", salt, rounds));
    // A second PIN gets a salt of its own.
    QDir().mkpath(dir.path() + "/other");
    StaffPin other(dir.path() + "/other", rounds);
    QVERIFY(other.set("24681012", &error));
    QSettings second(dir.path() + "/other/staff-pin.ini", QSettings::IniFormat);
    QVERIFY(second.value("pin/salt") != settings.value("pin/salt"));
    QCOMPARE(StaffPin::defaultRounds, 600000);
}

void TestStaffPin::privateToTheKiosksUser()
{
    QTemporaryDir dir;
    StaffPin pin(dir.path(), rounds);
    QString error;
    QVERIFY(pin.set("24681012", &error));
    QCOMPARE(QFile::permissions(pin.path()) & 0x0077, QFileDevice::Permissions());
    pin.check("00000000", tenAm);
    QCOMPARE(QFile::permissions(pin.path()) & 0x0077, QFileDevice::Permissions());
}

void TestStaffPin::acceptsTheRightPinRejectsOthers()
{
    QTemporaryDir dir;
    StaffPin pin(dir.path(), rounds);
    QCOMPARE(pin.check("00000000", tenAm), StaffPin::Result::NotSet);
    QString error;
    QVERIFY(pin.set("13579024", &error));
    QCOMPARE(pin.check("13579025", tenAm), StaffPin::Result::Wrong);
    QCOMPARE(pin.failures(), 1);
    QCOMPARE(pin.check("13579024", tenAm), StaffPin::Result::Accepted);
    QCOMPARE(pin.failures(), 0);
}

void TestStaffPin::storedRoundsAreUsedWhenTheCountChanges()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(StaffPin(dir.path(), 500).set("13579024", &error));
    // A later release with a higher count still opens with the PIN stored before.
    StaffPin raised(dir.path(), 5000);
    QCOMPARE(raised.check("13579024", tenAm), StaffPin::Result::Accepted);
    QCOMPARE(raised.check("13579023", tenAm), StaffPin::Result::Wrong);
}

void TestStaffPin::sixDigitPinStillWorks()
{
    // Made before PINs needed eight digits: it keeps working until it is changed.
    QTemporaryDir dir;
    QSettings settings(dir.filePath("staff-pin.ini"), QSettings::IniFormat);
    const QByteArray salt(16, 's');
    settings.setValue("pin/salt", salt.toBase64());
    settings.setValue("pin/iterations", rounds);
    settings.setValue("pin/hash", StaffPin::derive("123456", salt, rounds).toBase64());
    settings.sync();
    QCOMPARE(StaffPin(dir.path(), rounds).check("123456", tenAm), StaffPin::Result::Accepted);
}

void TestStaffPin::throttlingGrowsAndSurvivesARestart()
{
    QTemporaryDir dir;
    QString error;
    QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    {
        StaffPin pin(dir.path(), rounds);
        QVERIFY(pin.set("11223344", &error));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pin.check("99999999", now), StaffPin::Result::Wrong);
        QCOMPARE(pin.secondsToWait(now), 30);
        QCOMPARE(pin.check("11223344", now.addSecs(10)), StaffPin::Result::Throttled);
    }
    StaffPin restarted(dir.path(), rounds); // as after a restart of the kiosk
    QCOMPARE(restarted.failures(), 3);
    QCOMPARE(restarted.secondsToWait(now.addSecs(20)), 10);
    QCOMPARE(restarted.check("99999999", now.addSecs(31)), StaffPin::Result::Wrong);
    QCOMPARE(restarted.secondsToWait(now.addSecs(31)), 60); // the wait doubles
    QCOMPARE(restarted.check("11223344", now.addSecs(92)), StaffPin::Result::Accepted);
    QCOMPARE(restarted.secondsToWait(now.addSecs(92)), 0);
}

void TestStaffPin::clockMovedBackWaitsAtMostAnHour()
{
    QTemporaryDir dir;
    QString error;
    StaffPin pin(dir.path(), rounds);
    QVERIFY(pin.set("11223344", &error));
    const QDateTime now(QDate(2027, 11, 25), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pin.check("99999999", now), StaffPin::Result::Wrong);
    // The clock is put back a year: the wait is still the 30 s it was, not a year.
    const QDateTime movedBack = now.addYears(-1);
    QCOMPARE(pin.secondsToWait(movedBack), 30);
    for (int i = 0; i < 20; ++i)
        pin.check("99999999", now.addSecs(i * 7200)); // many more wrong tries, far apart
    QVERIFY(pin.secondsToWait(movedBack) <= StaffPin::longestWaitSeconds);
}

void TestStaffPin::aDiskThatCannotBeWrittenLocksNobodyOut()
{
    // A full or read-only disk locks nobody out: tries are counted in memory for the run, with
    // the same free tries and waits, and the right PIN opens staff mode.
    if (!ScratchMount::available())
        QSKIP("needs root to mount a small read-only disk (CI runs as root)");
    QTemporaryDir dir;
    ScratchMount disk(dir.filePath("disk"), 256);
    QVERIFY(disk.isMounted());
    QString error;
    StaffPin pin(disk.path(), rounds);
    QVERIFY(pin.set("11223344", &error));
    QVERIFY(disk.makeReadOnly());
    QCOMPARE(pin.check("11223344", tenAm), StaffPin::Result::Accepted);
    for (int i = 0; i < StaffPin::freeAttempts; ++i)
        QCOMPARE(pin.check("99999999", tenAm), StaffPin::Result::Wrong);
    QVERIFY(!pin.isRecording());
    QCOMPARE(pin.secondsToWait(tenAm), 30);
    QCOMPARE(pin.check("11223344", tenAm.addSecs(10)), StaffPin::Result::Throttled);
    QCOMPARE(pin.check("11223344", tenAm.addSecs(31)), StaffPin::Result::Accepted);
    QCOMPARE(pin.secondsToWait(tenAm.addSecs(31)), 0); // the right PIN clears the count

    ScratchMount full(dir.filePath("full"), 256);
    StaffPin onFull(full.path(), rounds);
    QVERIFY(onFull.set("11223344", &error));
    QVERIFY(full.fill());
    QCOMPARE(onFull.check("99999999", tenAm), StaffPin::Result::Wrong);
    QCOMPARE(onFull.check("11223344", tenAm), StaffPin::Result::Accepted);
}

void TestStaffPin::damagedValuesNeitherFreezeNorUnlock()
{
    QTemporaryDir dir;
    QString error;
    StaffPin pin(dir.path(), rounds);
    QVERIFY(pin.set("11223344", &error));
    QSettings settings(pin.path(), QSettings::IniFormat);
    settings.setValue("pin/iterations", 2000000000); // hours a try
    settings.setValue("throttle/failures", -1000);   // a thousand free tries
    settings.sync();
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(pin.check("11223344", tenAm), StaffPin::Result::Wrong);
    QVERIFY(clock.elapsed() < 2000);
    QCOMPARE(pin.failures(), 1); // counted from zero, not from -1000
}

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
