#include "bundlefactory.h"
#include "drivemounter.h"
#include "eventlog.h"
#include "fakeudisks.h"
#include "removablemedia.h"
#include "stafftasks.h"
#include "udisksdrives.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A kiosk with no desktop mounts a stick itself when staff look for bundles, and unmounts it
// once the load's report is on it, never a stick that someone else mounted. A stand-in for
// UDisks2 runs on a private bus; a folder below a stand-in for /media is "the stick".
class TestDriveMounter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void looksMountsTheStickAndListsItsBundles();
    void unmountsAfterTheReportAndNotAgainUntilReplugged();
    void aStickMountedByADesktopIsNeverUnmounted();
    void savingCountsMountsAReleasedStickAndReleasesIt();
    void stoppingTheKioskUnmountsWhatItMounted();
    void aRefusedMountIsLoggedOnceAndNotRetried();
    void aFilesystemThatCannotTakeNosymfollowIsMountedWithout();
    void aMountPointThroughALinkOrDotsIsNotUsed();
    void withoutUDisksTheMountedVolumesAreUsed();
    void aHungUDisksDoesNotHangLooking();

private:
    QString mountCall() const { return "Mount " + FakeUDisks::stickObject; }
    QString unmountCall() const { return "Unmount " + FakeUDisks::stickObject; }
    int count(const QString &prefix) const;
    QStringList find(StaffTasks &tasks);
    // Checks and loads `path`; the outcome of the load.
    StaffTasks::Outcome load(StaffTasks &tasks, const QString &path);

    FakeUDisks m_udisks;
    QTemporaryDir m_media; // stands in for /media
    QTemporaryDir m_kiosk; // the kiosk's data folder
    QString m_stick;       // where the stick is mounted: a folder below m_media
    QString m_bundle;
};

void TestDriveMounter::initTestCase()
{
    if (!m_udisks.start())
        QSKIP(qPrintable(m_udisks.error()));
    const QString media = QFileInfo(m_media.path()).canonicalFilePath();
    RemovableMedia::setMountParentsForTesting({media + '/'});
    m_stick = media + "/EVENTS";
    QVERIFY(QDir().mkpath(m_stick));
    m_bundle = m_stick + "/event.kioskbundle";
    BundleFactory::write(BundleFactory::content(3, "2026-11-20T10:00:00Z"), m_bundle);
}

void TestDriveMounter::init()
{
    RemovableMedia::setRootsForTesting({}); // detection, not a stand-in folder
    UDisksDrives::setBusAddressForTesting(m_udisks.address());
    m_udisks.setMountDirectory(m_stick);
    m_udisks.setStickMountedAt({});
    m_udisks.setStickPresent(true);
    m_udisks.setSilent(false);
    m_udisks.refuseMount({});
    m_udisks.clearCalls();
    QFile::remove(m_stick + "/careers-kiosk-result.txt");
}

void TestDriveMounter::cleanup()
{
    UDisksDrives::setBusAddressForTesting({});
}

void TestDriveMounter::cleanupTestCase()
{
    RemovableMedia::setMountParentsForTesting({});
}

int TestDriveMounter::count(const QString &prefix) const
{
    int n = 0;
    for (const QString &call : m_udisks.calls())
        n += call.startsWith(prefix) ? 1 : 0;
    return n;
}

QStringList TestDriveMounter::find(StaffTasks &tasks)
{
    QSignalSpy found(&tasks, &StaffTasks::bundlesFound);
    tasks.findBundles();
    if (!found.wait(20000))
        return {"(no answer)"};
    return found.first().first().toStringList();
}

StaffTasks::Outcome TestDriveMounter::load(StaffTasks &tasks, const QString &path)
{
    QSignalSpy checked(&tasks, &StaffTasks::checked);
    QSignalSpy imported(&tasks, &StaffTasks::imported);
    tasks.check(path);
    if (!checked.wait(30000))
        return {};
    tasks.import(path, false, checked.first().at(1).value<StaffTasks::Outcome>().fingerprint);
    if (!imported.wait(30000))
        return {};
    return imported.first().at(1).value<StaffTasks::Outcome>();
}

void TestDriveMounter::looksMountsTheStickAndListsItsBundles()
{
    StaffTasks tasks(m_kiosk.filePath("data"));
    QCOMPARE(find(tasks), QStringList{m_bundle});
    // Only the stick, with options that keep its content from running; the internal disk,
    // unmounted too, is left alone.
    QCOMPARE(m_udisks.calls().first(),
             mountCall() + " rw,nosuid,nodev,noexec,nosymfollow interactive=false");
    QCOMPARE(count("Mount"), 1);
    QCOMPARE(find(tasks), QStringList{m_bundle}); // mounted already: not again
    QCOMPARE(count("Mount"), 1);
}

void TestDriveMounter::unmountsAfterTheReportAndNotAgainUntilReplugged()
{
    StaffTasks tasks(m_kiosk.filePath("data"));
    QSignalSpy released(&tasks, &StaffTasks::drivesReleased);
    QCOMPARE(find(tasks), QStringList{m_bundle});
    const StaffTasks::Outcome outcome = load(tasks, m_bundle);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(outcome.reportError.isEmpty(), qPrintable(outcome.reportError));
    QVERIFY(outcome.drivesReleased);
    QCOMPARE(released.count(), 1);
    // Unmounted once, and only when the report was already on the stick.
    QCOMPARE(m_udisks.calls().last(), unmountCall() + " report=yes");
    QCOMPARE(count("Unmount"), 1);

    // The staff screen keeps looking: the stick staff were told to remove stays unmounted.
    QCOMPARE(find(tasks), QStringList());
    QCOMPARE(count("Mount"), 1);
    // Pulled out and plugged in again, it is mounted anew.
    m_udisks.setStickPresent(false);
    QCOMPARE(find(tasks), QStringList());
    m_udisks.setStickPresent(true);
    QCOMPARE(find(tasks), QStringList{m_bundle});
    QCOMPARE(count("Mount"), 2);
}

void TestDriveMounter::aStickMountedByADesktopIsNeverUnmounted()
{
    m_udisks.setStickMountedAt(m_stick);
    {
        StaffTasks tasks(m_kiosk.filePath("data"));
        QSignalSpy released(&tasks, &StaffTasks::drivesReleased);
        QCOMPARE(find(tasks), QStringList{m_bundle});
        const StaffTasks::Outcome outcome = load(tasks, m_bundle);
        QVERIFY2(outcome.ok || outcome.error.contains("not newer"), qPrintable(outcome.error));
        QVERIFY(QFile::exists(m_stick + "/careers-kiosk-result.txt"));
        QVERIFY(!outcome.drivesReleased);
        QCOMPARE(released.count(), 0);
    } // and not when the kiosk stops either
    DriveMounter mounter;
    QCOMPARE(mounter.mountNew(), QStringList());
    QVERIFY(!mounter.release({FakeUDisks::stickObject})); // not one that it mounted
    QCOMPARE(m_udisks.calls(), QStringList());
}

void TestDriveMounter::savingCountsMountsAReleasedStickAndReleasesIt()
{
    StaffTasks tasks(m_kiosk.filePath("data"));
    QSignalSpy released(&tasks, &StaffTasks::drivesReleased);
    QSignalSpy written(&tasks, &StaffTasks::fileWritten);
    QCOMPARE(find(tasks), QStringList{m_bundle});
    tasks.releaseDrives(); // staff left the staff screen
    QTRY_COMPARE(released.count(), 1);
    QCOMPARE(m_udisks.calls().last(), unmountCall() + " report=no");

    tasks.writeToDrive("counts.csv", "day,count\n");
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().at(1).toString(), QString());
    QCOMPARE(written.first().first().toString(), m_stick + "/counts.csv");
    QVERIFY(QFile::exists(m_stick + "/counts.csv"));
    QTRY_COMPARE(released.count(), 2);
    QCOMPARE(count("Mount"), 2);
    QCOMPARE(count("Unmount"), 2);
    QFile::remove(m_stick + "/counts.csv");
}

void TestDriveMounter::stoppingTheKioskUnmountsWhatItMounted()
{
    {
        StaffTasks tasks(m_kiosk.filePath("data"));
        QCOMPARE(find(tasks), QStringList{m_bundle});
        QCOMPARE(count("Unmount"), 0);
    }
    QCOMPARE(m_udisks.calls().last(), unmountCall() + " report=no");
}

void TestDriveMounter::aRefusedMountIsLoggedOnceAndNotRetried()
{
    QTemporaryDir logs;
    EventLog::open(logs.path());
    m_udisks.refuseMount("org.freedesktop.UDisks2.Error.NotAuthorizedCanObtain");
    StaffTasks tasks(m_kiosk.filePath("data"));
    for (int look = 0; look < 3; ++look) // the staff screen looks every two seconds
        QCOMPARE(find(tasks), QStringList());
    QCOMPARE(count("Mount"), 3); // once a look: polkit's answer does not change with options
    m_udisks.refuseMount({});
    QCOMPARE(find(tasks), QStringList{m_bundle});
    tasks.releaseDrives();
    QTRY_COMPARE(count("Unmount"), 1);
    EventLog::close();
    QFile log(logs.filePath("careers-kiosk.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QCOMPARE(text.count("USB drive mount " + FakeUDisks::stickObject + " failed: refused"), 1);
    QCOMPARE(text.count("USB drive mounted by the kiosk at " + m_stick), 1);
    QCOMPARE(text.count("USB drive unmounted by the kiosk at " + m_stick), 1);
}

void TestDriveMounter::aFilesystemThatCannotTakeNosymfollowIsMountedWithout()
{
    m_udisks.refuseMount("org.freedesktop.UDisks2.Error.Failed", "nosymfollow");
    StaffTasks tasks(m_kiosk.filePath("data"));
    QCOMPARE(find(tasks), QStringList{m_bundle});
    QCOMPARE(m_udisks.calls().at(1), mountCall() + " rw,nosuid,nodev,noexec interactive=false");
}

void TestDriveMounter::aMountPointThroughALinkOrDotsIsNotUsed()
{
    // A mount point is trusted only as a real folder where sticks are mounted: a link there,
    // or a folder elsewhere, would let the listing and the report leave the drive.
    const QString link = QFileInfo(m_media.path()).canonicalFilePath() + "/LINKED";
    QVERIFY(QFile::link(m_stick, link));
    m_udisks.setMountDirectory(link);
    StaffTasks tasks(m_kiosk.filePath("data"));
    QCOMPARE(find(tasks), QStringList());
    QCOMPARE(count("Mount"), 1);
    QFile::remove(link);

    // A label of ".." in a mount point: refused as written, wherever it leads.
    m_udisks.setStickMountedAt(m_stick + "/../EVENTS");
    StaffTasks dotted(m_kiosk.filePath("data"));
    QCOMPARE(find(dotted), QStringList());

    m_udisks.setStickMountedAt({});
    QTemporaryDir elsewhere;
    BundleFactory::write(BundleFactory::content(1), elsewhere.filePath("a.kioskbundle"));
    m_udisks.setMountDirectory(elsewhere.path());
    StaffTasks again(m_kiosk.filePath("data"));
    QCOMPARE(find(again), QStringList());
}

void TestDriveMounter::withoutUDisksTheMountedVolumesAreUsed()
{
    FakeUDisks empty; // a system bus with no UDisks2 on it
    if (!empty.start(false))
        QSKIP(qPrintable(empty.error()));
    QTemporaryDir nowhere;
    UDisksDrives::setBusAddressForTesting("unix:path=" + nowhere.filePath("no-bus"));
    const QStringList mounted = RemovableMedia::volumes(); // what QStorageInfo shows
    UDisksDrives::setBusAddressForTesting(empty.address());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(RemovableMedia::volumes(), mounted);
    StaffTasks tasks(m_kiosk.filePath("data"));
    QVERIFY(!find(tasks).contains("(no answer)"));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!mounted.contains(m_stick));
    QCOMPARE(m_udisks.calls(), QStringList());
}

void TestDriveMounter::aHungUDisksDoesNotHangLooking()
{
    m_udisks.setSilent(true);
    StaffTasks tasks(m_kiosk.filePath("data"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!find(tasks).contains("(no answer)"));
    // One timed-out query, then the mounted volumes are used.
    QVERIFY2(clock.elapsed() < UDisksDrives::queryTimeoutMsec + 1000,
             qPrintable(QString::number(clock.elapsed())));
    clock.restart();
    QVERIFY(!find(tasks).contains("(no answer)")); // the next look does not wait again
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestDriveMounter)
#include "tst_drivemounter.moc"
