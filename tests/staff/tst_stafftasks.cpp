#include "bundlefactory.h"
#include "bundleschema.h"
#include "jobstore.h"
#include "removablemedia.h"
#include "stafftasks.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Staff tasks run on a worker: the thread that asks keeps running its event loop (and so its
// watchdog pings and its drawing) while a large bundle is checked or a PIN is hashed.
class TestStaffTasks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eventLoopKeepsRunningWhileA64MbBundleIsChecked();
    void importsAndRollsBackOnTheWorker();
    void pinIsSetAndCheckedOnTheWorker();
    void findsBundlesOnTheWorker();
    void aBundleThatBecameALinkIsRefused();
    void aBundleChangedSinceItsCheckIsNotLoaded();
    void filesGoToTheDriveStaffUsedNeverTheFirst();

private:
    // Checks `path` on the worker and returns the fingerprint of what was checked.
    QByteArray checkedFingerprint(StaffTasks &tasks, const QString &path);
    // The longest gap between ticks of a 10 ms timer until `done` has been emitted.
    qint64 longestStall(QSignalSpy &done, int timeoutMsec);

    QTemporaryDir m_dir;
    QString m_big;
};

void TestStaffTasks::initTestCase()
{
    // 8,000 jobs with full-length descriptions: about the 64 MB a bundle may have at most.
    BundleContent content = BundleFactory::content(8000);
    const int description = BundleSchema::table("jobs")->indexOf("description");
    const QString paragraph = QString("Long description text. ").repeated(340);
    for (BundleContent::Row &row : content.rows("jobs"))
        row[description] = paragraph.left(7800);
    m_big = m_dir.filePath("big.kioskbundle");
    RemovableMedia::setRootsForTesting({m_dir.path()}); // the folder stands in for a USB drive
    BundleFactory::write(content, m_big);
    qInfo("bundle of %lld MB", QFileInfo(m_big).size() / (1024 * 1024));
    QVERIFY(QFileInfo(m_big).size() > 60 * 1024 * 1024);
}

qint64 TestStaffTasks::longestStall(QSignalSpy &done, int timeoutMsec)
{
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { longest = qMax(longest, sinceTick.restart()); });
    ticker.start();
    QElapsedTimer total;
    total.start();
    while (done.isEmpty() && total.elapsed() < timeoutMsec)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return qMax(longest, sinceTick.elapsed());
}

QByteArray TestStaffTasks::checkedFingerprint(StaffTasks &tasks, const QString &path)
{
    QSignalSpy checked(&tasks, &StaffTasks::checked);
    tasks.check(path);
    if (!checked.wait(30000))
        return {};
    const auto outcome = checked.first().at(1).value<StaffTasks::Outcome>();
    return outcome.ok ? outcome.fingerprint : QByteArray();
}

void TestStaffTasks::eventLoopKeepsRunningWhileA64MbBundleIsChecked()
{
    StaffTasks tasks(m_dir.filePath("data"));
    QSignalSpy checked(&tasks, &StaffTasks::checked);
    QElapsedTimer clock;
    clock.start();
    tasks.check(m_big);
    QVERIFY(tasks.isBusy());
    const qint64 stall = longestStall(checked, 120000);
    qInfo("checked in %lld ms; the event loop's longest stall was %lld ms", clock.elapsed(), stall);
    QCOMPARE(checked.count(), 1);
    const auto outcome = checked.first().at(1).value<StaffTasks::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!tasks.isBusy());
    QVERIFY2(stall < 250, qPrintable(QString("stalled %1 ms").arg(stall)));
}

void TestStaffTasks::importsAndRollsBackOnTheWorker()
{
    QTemporaryDir data;
    RemovableMedia::setRootsForTesting({data.path()});
    StaffTasks tasks(data.filePath("kiosk"));
    const QString first = data.filePath("first.kioskbundle");
    const QString second = data.filePath("second.kioskbundle");
    BundleFactory::write(BundleFactory::content(3, "2026-11-20T10:00:00Z"), first);
    BundleFactory::write(BundleFactory::content(4, "2026-11-21T10:00:00Z"), second);
    const QByteArray firstPrint = checkedFingerprint(tasks, first);
    const QByteArray secondPrint = checkedFingerprint(tasks, second);
    QCOMPARE(firstPrint.size(), 32); // SHA-256
    QVERIFY(firstPrint != secondPrint);
    QSignalSpy imported(&tasks, &StaffTasks::imported);
    tasks.import(first, false, firstPrint);
    tasks.import(second, false, secondPrint); // queued behind the first
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 30000);
    QVERIFY(imported.at(1).at(1).value<StaffTasks::Outcome>().ok);
    JobStore store(data.filePath("kiosk"));
    QVERIFY(store.open());
    QCOMPARE(store.info().publishedAt, QString("2026-11-21T10:00:00Z"));
    QSignalSpy rolledBack(&tasks, &StaffTasks::rolledBack);
    tasks.rollback();
    QTRY_COMPARE_WITH_TIMEOUT(rolledBack.count(), 1, 30000);
    QVERIFY(rolledBack.first().first().value<StaffTasks::Outcome>().ok);
    QVERIFY(store.open());
    QCOMPARE(store.info().publishedAt, QString("2026-11-20T10:00:00Z"));
}

void TestStaffTasks::pinIsSetAndCheckedOnTheWorker()
{
    QTemporaryDir data;
    StaffTasks tasks(data.path(), 200000); // a third of the production count: well over 100 ms
    QSignalSpy set(&tasks, &StaffTasks::pinSet);
    tasks.setPin("24681357");
    const qint64 stall = longestStall(set, 60000);
    QCOMPARE(set.count(), 1);
    QVERIFY(set.first().first().toBool());
    QVERIFY2(stall < 250, qPrintable(QString("stalled %1 ms").arg(stall)));
    QSignalSpy checked(&tasks, &StaffTasks::pinChecked);
    tasks.checkPin("24681357", QDateTime::currentDateTimeUtc());
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 60000);
    QCOMPARE(checked.first().first().value<StaffPin::Result>(), StaffPin::Result::Accepted);
}

void TestStaffTasks::findsBundlesOnTheWorker()
{
    QTemporaryDir stick;
    BundleFactory::write(BundleFactory::content(1), stick.filePath("a.kioskbundle"));
    RemovableMedia::setRootsForTesting({stick.path()});
    StaffTasks tasks(m_dir.filePath("data"));
    QSignalSpy found(&tasks, &StaffTasks::bundlesFound);
    tasks.findBundles();
    QTRY_COMPARE(found.count(), 1);
    QCOMPARE(found.first().first().toStringList(), QStringList{stick.filePath("a.kioskbundle")});
    QCOMPARE(found.first().at(1).value<qsizetype>(), 1);
    RemovableMedia::setRootsForTesting({m_dir.path()});
}

void TestStaffTasks::aBundleThatBecameALinkIsRefused()
{
    // Listed as a plain file, then swapped for a link to the kiosk's own disk before the check.
    QTemporaryDir outside;
    const QString target = outside.filePath("elsewhere.kioskbundle");
    BundleFactory::write(BundleFactory::content(1), target);
    const QString path = m_dir.filePath("swapped.kioskbundle");
    QVERIFY(QFile::link(target, path));
    StaffTasks tasks(m_dir.filePath("data"));
    QSignalSpy checked(&tasks, &StaffTasks::checked);
    tasks.check(path);
    QTRY_COMPARE(checked.count(), 1);
    const auto outcome = checked.first().at(1).value<StaffTasks::Outcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains("no longer a plain bundle file"), qPrintable(outcome.error));
}

void TestStaffTasks::aBundleChangedSinceItsCheckIsNotLoaded()
{
    // Checked, then replaced by another valid bundle (a swapped stick, an edited file) before
    // staff press "Make it live": what they confirmed is not what would be loaded.
    QTemporaryDir data;
    RemovableMedia::setRootsForTesting({data.path()});
    StaffTasks tasks(data.filePath("kiosk"));
    const QString live = data.filePath("live.kioskbundle");
    BundleFactory::write(BundleFactory::content(3, "2026-11-20T10:00:00Z"), live);
    QSignalSpy imported(&tasks, &StaffTasks::imported);
    tasks.import(live, false, checkedFingerprint(tasks, live));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
    QVERIFY(imported.first().at(1).value<StaffTasks::Outcome>().ok);

    const QString path = data.filePath("event.kioskbundle");
    BundleFactory::write(BundleFactory::content(4, "2026-11-21T10:00:00Z"), path);
    const QByteArray print = checkedFingerprint(tasks, path);
    QVERIFY(!print.isEmpty());
    QVERIFY(QFile::remove(path));
    BundleFactory::write(BundleFactory::content(9, "2026-11-22T10:00:00Z"), path);
    tasks.import(path, false, print);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 30000);
    const auto outcome = imported.at(1).at(1).value<StaffTasks::Outcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains("the file changed since it was checked"),
             qPrintable(outcome.error));
    // Reported on the stick as every other result is.
    QVERIFY2(outcome.reportError.isEmpty(), qPrintable(outcome.reportError));
    QFile report(data.filePath("careers-kiosk-result.txt"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("the file changed since it was checked"));
    JobStore store(data.filePath("kiosk"));
    QVERIFY(store.open());
    QCOMPARE(store.info().publishedAt, QString("2026-11-20T10:00:00Z"));

    // Checked again, the new file loads.
    tasks.import(path, false, checkedFingerprint(tasks, path));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 3, 30000);
    QVERIFY(imported.at(2).at(1).value<StaffTasks::Outcome>().ok);
    QVERIFY(store.open());
    QCOMPARE(store.info().publishedAt, QString("2026-11-22T10:00:00Z"));
}

void TestStaffTasks::filesGoToTheDriveStaffUsedNeverTheFirst()
{
    // Two drives in: an unrelated one first, then the stick staff loaded from.
    QTemporaryDir other;
    QTemporaryDir stick;
    RemovableMedia::setRootsForTesting({other.path(), stick.path()});
    StaffTasks tasks(m_dir.filePath("kiosk-drives"));
    QSignalSpy written(&tasks, &StaffTasks::fileWritten);
    tasks.writeToDrive("counts.csv", "day,kind,key,count\n");
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    QVERIFY2(written.first().at(1).toString().contains("2 USB drives are in"),
             qPrintable(written.first().at(1).toString()));
    QVERIFY(!QFile::exists(other.filePath("counts.csv")));

    const QString bundle = stick.filePath("event.kioskbundle");
    BundleFactory::write(BundleFactory::content(2), bundle);
    tasks.writeToDrive("counts.csv", "day,kind,key,count\n", bundle);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 30000);
    QCOMPARE(written.at(1).at(1).toString(), QString());
    QVERIFY(QFile::exists(stick.filePath("counts.csv")));
    QVERIFY(!QFile::exists(other.filePath("counts.csv")));

    RemovableMedia::setRootsForTesting({stick.path()}); // the only drive in
    tasks.writeToDrive("again.csv", "x\n");
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 3, 30000);
    QVERIFY(QFile::exists(stick.filePath("again.csv")));
    RemovableMedia::setRootsForTesting({m_dir.path()});
}

QTEST_GUILESS_MAIN(TestStaffTasks)
#include "tst_stafftasks.moc"
