#include "screensaverinhibitor.h"

#include <QDBusConnection>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// A stand-in for the desktop's screen saver service, on a private session bus.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QStringList calls;

public slots:
    uint Inhibit(const QString &application, const QString &reason)
    {
        calls << "Inhibit " + application + ": " + reason;
        return 42;
    }
    void UnInhibit(uint cookie) { calls << "UnInhibit " + QString::number(cookie); }
};

class TestScreenSaverInhibitor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void inhibitsWhileAliveAndReleasesAfter();
    void noServiceIsReportedNotFatal();

private:
    QProcess m_bus;
    FakeScreenSaver m_saver;
};

void TestScreenSaverInhibitor::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable("dbus-daemon");
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    m_bus.start(daemon, {"--session", "--nofork", "--nopidfile", "--print-address"});
    QVERIFY(m_bus.waitForReadyRead(10000));
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());
    // Must be set before anything in this process touches the session bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    QVERIFY(QDBusConnection::sessionBus().isConnected());
}

void TestScreenSaverInhibitor::cleanupTestCase()
{
    m_bus.kill();
    m_bus.waitForFinished();
}

void TestScreenSaverInhibitor::noServiceIsReportedNotFatal()
{
    QDBusConnection::sessionBus().unregisterService("org.freedesktop.ScreenSaver");
    ScreenSaverInhibitor inhibitor;
    QVERIFY(!inhibitor.inhibit("test"));
    QVERIFY(!inhibitor.isActive());
    QVERIFY(!inhibitor.error().isEmpty());
}

void TestScreenSaverInhibitor::inhibitsWhileAliveAndReleasesAfter()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.registerObject("/org/freedesktop/ScreenSaver", &m_saver,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService("org.freedesktop.ScreenSaver"));
    {
        ScreenSaverInhibitor inhibitor;
        QVERIFY2(inhibitor.inhibit("Careers kiosk on display"), qPrintable(inhibitor.error()));
        QVERIFY(inhibitor.isActive());
        QCOMPARE(m_saver.calls, QStringList({"Inhibit careers-kiosk: Careers kiosk on display"}));
    }
    QCOMPARE(m_saver.calls.last(), QString("UnInhibit 42"));
}

QTEST_GUILESS_MAIN(TestScreenSaverInhibitor)
#include "tst_screensaverinhibitor.moc"
