#include "servicewatchdog.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// Plays systemd: a datagram socket named by NOTIFY_SOCKET, listening for READY=1 and
// WATCHDOG=1, as a unit with WatchdogSec would. Pings every 10 ms, so that the tests wait for
// them (as long as a loaded machine takes) rather than for a set time.
class TestServiceWatchdog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unsupervisedDoesNothing();
    void readyThenPingsFromTheEventLoop();
    void pingsStopWhenTheEventLoopHangs();

private:
    QList<QByteArray> received();
    QTemporaryDir m_dir;
    int m_socket = -1;
};

void TestServiceWatchdog::initTestCase()
{
    m_socket = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    QVERIFY(m_socket >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(m_dir.filePath("notify"));
    qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
    QCOMPARE(::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    qputenv("NOTIFY_SOCKET", path);
    qputenv("WATCHDOG_USEC", "20000"); // WatchdogSec=0.02: a ping every 10 ms
}

void TestServiceWatchdog::cleanupTestCase()
{
    ::close(m_socket);
}

QList<QByteArray> TestServiceWatchdog::received()
{
    QList<QByteArray> messages;
    char buffer[256];
    ssize_t n;
    while ((n = ::recv(m_socket, buffer, sizeof(buffer), 0)) > 0)
        messages << QByteArray(buffer, int(n));
    return messages;
}

void TestServiceWatchdog::unsupervisedDoesNothing()
{
    const QByteArray saved = qgetenv("NOTIFY_SOCKET");
    qunsetenv("NOTIFY_SOCKET");
    ServiceWatchdog watchdog;
    QVERIFY(!watchdog.isSupervised());
    watchdog.start();
    qputenv("NOTIFY_SOCKET", saved);
    QTest::qWait(50); // five pings' time
    QVERIFY(received().isEmpty());
}

void TestServiceWatchdog::readyThenPingsFromTheEventLoop()
{
    received();
    ServiceWatchdog watchdog;
    QVERIFY(watchdog.isSupervised());
    QCOMPARE(watchdog.pingInterval(), 10);
    watchdog.start();
    QList<QByteArray> messages;
    QTRY_VERIFY((messages << received()).size() >= 3); // READY=1 and pings
    QCOMPARE(messages.first(), QByteArray("READY=1"));
    QCOMPARE(messages.last(), QByteArray("WATCHDOG=1"));
}

void TestServiceWatchdog::pingsStopWhenTheEventLoopHangs()
{
    ServiceWatchdog watchdog;
    watchdog.start();
    QList<QByteArray> before;
    QTRY_VERIFY((before << received()).contains("WATCHDOG=1"));
    QThread::msleep(50); // the GUI thread is stuck for five pings' time: no event loop, no pings
    QVERIFY(received().isEmpty());
    QList<QByteArray> after;
    QTRY_VERIFY(!(after << received()).isEmpty()); // and they come back once it runs again
}

QTEST_GUILESS_MAIN(TestServiceWatchdog)
#include "tst_servicewatchdog.moc"
