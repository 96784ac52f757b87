#include "fakeudisks.h"
#include "udisksdrives.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

// Finding and mounting sticks through UDisks2, against a stand-in for it on a private bus: only
// the USB stick's filesystem is offered, it is mounted with options that keep the stick's
// content from running or escalating, and a missing or hung service is a quick "no".
class TestUDisksDrives : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void listsOnlyTheRemovableUsbFilesystem();
    void mountsWithoutProgramsOrDevicesAndUnmounts();
    void noBusIsAQuickNo();
    void noServiceIsAQuickNo();
    void aHungServiceTimesOut();

private:
    FakeUDisks m_udisks;
    QTemporaryDir m_mount;
};

void TestUDisksDrives::initTestCase()
{
    if (!m_udisks.start())
        QSKIP(qPrintable(m_udisks.error()));
    m_udisks.setMountDirectory(m_mount.path());
}

void TestUDisksDrives::cleanupTestCase()
{
    UDisksDrives::setBusAddressForTesting({});
}

void TestUDisksDrives::init()
{
    UDisksDrives::setBusAddressForTesting(m_udisks.address());
    m_udisks.setSilent(false);
    m_udisks.setStickMountedAt({});
    m_udisks.clearCalls();
}

void TestUDisksDrives::listsOnlyTheRemovableUsbFilesystem()
{
    UDisksDrives udisks;
    const auto filesystems = udisks.removableFilesystems();
    QVERIFY2(filesystems.has_value(), qPrintable(udisks.error()));
    QCOMPARE(filesystems->size(), 1);
    QCOMPARE(filesystems->first().object, FakeUDisks::stickObject);
    QVERIFY(filesystems->first().mountPoints.isEmpty());
}

void TestUDisksDrives::mountsWithoutProgramsOrDevicesAndUnmounts()
{
    UDisksDrives udisks;
    QCOMPARE(udisks.mount(FakeUDisks::stickObject), m_mount.path());
    QCOMPARE(m_udisks.calls(),
             QStringList{"Mount " + FakeUDisks::stickObject +
                         " rw,nosuid,nodev,noexec,nosymfollow interactive=false"});
    const auto filesystems = udisks.removableFilesystems();
    QVERIFY(filesystems.has_value());
    // The NUL that ends each mount point on the bus is not part of the path.
    QCOMPARE(filesystems->first().mountPoints, QStringList{m_mount.path()});
    QVERIFY2(udisks.unmount(FakeUDisks::stickObject), qPrintable(udisks.error()));
    QCOMPARE(m_udisks.calls().last(), "Unmount " + FakeUDisks::stickObject + " report=no");
    QVERIFY(udisks.removableFilesystems()->first().mountPoints.isEmpty());
    QVERIFY(!udisks.unmount(FakeUDisks::stickObject)); // not mounted any more
    QVERIFY(!udisks.error().isEmpty());
}

void TestUDisksDrives::noBusIsAQuickNo()
{
    QTemporaryDir nowhere;
    UDisksDrives::setBusAddressForTesting("unix:path=" + nowhere.filePath("no-bus"));
    UDisksDrives udisks;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!udisks.removableFilesystems().has_value());
    QVERIFY(udisks.mount(FakeUDisks::stickObject).isEmpty());
    QVERIFY(!udisks.error().isEmpty());
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestUDisksDrives::noServiceIsAQuickNo()
{
    FakeUDisks empty;
    if (!empty.start(false))
        QSKIP(qPrintable(empty.error()));
    UDisksDrives::setBusAddressForTesting(empty.address());
    UDisksDrives udisks;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!udisks.removableFilesystems().has_value());
    QVERIFY2(udisks.error().contains("UDisks2"), qPrintable(udisks.error()));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestUDisksDrives::aHungServiceTimesOut()
{
    m_udisks.setSilent(true);
    UDisksDrives udisks;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!udisks.removableFilesystems().has_value());
    const qint64 waited = clock.elapsed();
    QVERIFY2(waited >= UDisksDrives::queryTimeoutMsec - 100 &&
                 waited < UDisksDrives::queryTimeoutMsec + 1000,
             qPrintable(QString::number(waited)));
    // Not asked again at once: the next look does not wait out another timeout.
    m_udisks.setSilent(false);
    clock.restart();
    QVERIFY(!udisks.removableFilesystems().has_value());
    QVERIFY(udisks.mount(FakeUDisks::stickObject).isEmpty());
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_udisks.calls(), QStringList());
}

QTEST_GUILESS_MAIN(TestUDisksDrives)
#include "tst_udisksdrives.moc"
