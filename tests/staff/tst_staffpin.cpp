#include "staffpin.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestStaffPin : public QObject
{
    Q_OBJECT
private slots:
    void formatNeedsSixToTwelveDigits();
    void storedAsSaltedPbkdf2Only();
    void acceptsTheRightPinRejectsOthers();
    void throttlingGrowsAndSurvivesARestart();
};

void TestStaffPin::formatNeedsSixToTwelveDigits()
{
    QVERIFY(StaffPin::checkFormat("123456").isEmpty());
    QVERIFY(!StaffPin::checkFormat("12345").isEmpty());
    QVERIFY(!StaffPin::checkFormat("12345a").isEmpty());
    QVERIFY(!StaffPin::checkFormat("1234567890123").isEmpty());
    QTemporaryDir dir;
    StaffPin pin(dir.path());
    QString error;
    QVERIFY(!pin.set("1234", &error));
    QVERIFY(!pin.isSet());
}

void TestStaffPin::storedAsSaltedPbkdf2Only()
{
    QTemporaryDir dir;
    StaffPin pin(dir.path());
    QString error;
    QVERIFY2(pin.set("246810", &error), qPrintable(error));
    QFile file(dir.filePath("staff-pin.ini"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("246810"));
    QSettings settings(dir.filePath("staff-pin.ini"), QSettings::IniFormat);
    QCOMPARE(settings.value("pin/iterations").toInt(), 600000);
    const QByteArray salt = QByteArray::fromBase64(settings.value("pin/salt").toByteArray());
    QCOMPARE(salt.size(), 16);
    QCOMPARE(QByteArray::fromBase64(settings.value("pin/hash").toByteArray()),
             StaffPin::derive("246810", salt, 600000));
    // A second PIN gets a salt of its own.
    StaffPin other(dir.path() + "/other");
    QDir().mkpath(dir.path() + "/other");
    QVERIFY(other.set("246810", &error));
    QSettings second(dir.path() + "/other/staff-pin.ini", QSettings::IniFormat);
    QVERIFY(second.value("pin/salt") != settings.value("pin/salt"));
}

void TestStaffPin::acceptsTheRightPinRejectsOthers()
{
    QTemporaryDir dir;
    StaffPin pin(dir.path());
    QCOMPARE(pin.check("000000"), StaffPin::Result::NotSet);
    QString error;
    QVERIFY(pin.set("135790", &error));
    QCOMPARE(pin.check("135791"), StaffPin::Result::Wrong);
    QCOMPARE(pin.failures(), 1);
    QCOMPARE(pin.check("135790"), StaffPin::Result::Accepted);
    QCOMPARE(pin.failures(), 0);
}

void TestStaffPin::throttlingGrowsAndSurvivesARestart()
{
    QTemporaryDir dir;
    QString error;
    QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    {
        StaffPin pin(dir.path());
        QVERIFY(pin.set("112233", &error));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pin.check("999999", now), StaffPin::Result::Wrong);
        QCOMPARE(pin.secondsToWait(now), 30);
        QCOMPARE(pin.check("112233", now.addSecs(10)), StaffPin::Result::Throttled);
    }
    StaffPin restarted(dir.path()); // as after a restart of the kiosk
    QCOMPARE(restarted.failures(), 3);
    QCOMPARE(restarted.secondsToWait(now.addSecs(20)), 10);
    QCOMPARE(restarted.check("999999", now.addSecs(31)), StaffPin::Result::Wrong);
    QCOMPARE(restarted.secondsToWait(now.addSecs(31)), 60); // the wait doubles
    QCOMPARE(restarted.check("112233", now.addSecs(92)), StaffPin::Result::Accepted);
    QCOMPARE(restarted.secondsToWait(now.addSecs(92)), 0);
}

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
