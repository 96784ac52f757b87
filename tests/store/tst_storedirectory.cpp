#include "bundlefactory.h"
#include "jobstore.h"
#include "scratchmount.h"
#include "storedirectory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestStoreDirectory : public QObject
{
    Q_OBJECT
private slots:
    void emptyFolderHasNoLiveData();
    void installMakesContentLive();
    void interruptedInstall_data();
    void interruptedInstall();
    void leftoversOfACrashAreIgnoredThenCleaned();
    void rollbackRestoresThePreviousData();
    void rollbackWithNothingToGoBackTo();
    void pointerCannotNameFilesOutsideTheFolder();
    void keepsOnlyLiveAndPrevious();
    void storeHeldOpenIsKept();
    void storeHeldByARunningKioskIsKeptUntilItStops();
    void damagedPointerIsRecoveredWithoutLosingStores_data();
    void damagedPointerIsRecoveredWithoutLosingStores();
    void unreadableLiveStoreGivesWayToThePrevious_data();
    void unreadableLiveStoreGivesWayToThePrevious();
    void deletedOrStrayStoresCannotCollide();
    void specialFilesNeitherBlockNorLeadOutside();
    void cleaningTouchesOnlyTheKiosksOwnFiles();
    void badPointerShowsTheNewestReadableStore();
    void aMarkCopiedFromAnotherMachineHoldsNothing();
    void aMissingPreviousStoreIsForgottenNotRepaired();
    void storesCopiedWithoutTheirTimesRecoverToTheNewest();
    void aDamagedLiveStoreIsNamedWithItsReason();
    void thePointerNeverNamesAPreviousStoreThatIsGone();
    void aStoreNewerThanTheLiveOneIsNeverCleaned();
    void whatAKilledImportLeftGoesAtTheNextStart();
    void aDiskThatCannotBeWrittenRepairsNothing();
};

namespace
{

QString publishedIn(const QString &dir)
{
    JobStore store(dir);
    return store.open() ? store.info().publishedAt : QString();
}

int jobsIn(const QString &dir)
{
    JobStore store(dir);
    return store.open() ? store.openJobCount(QDate(2026, 1, 1)) : -1;
}

const QString first = QStringLiteral("2026-11-01T09:00:00Z");
const QString second = QStringLiteral("2026-11-02T09:00:00Z");
const QString third = QStringLiteral("2026-11-03T09:00:00Z");

// The live and the previous store's file names, as the pointer names them.
QStringList pointedTo(const QString &dir)
{
    const StoreDirectory stores(dir);
    QStringList names{QFileInfo(stores.livePath()).fileName()};
    if (!stores.previousPath().isEmpty())
        names << QFileInfo(stores.previousPath()).fileName();
    names.sort();
    return names;
}

QByteArray pointerText(const QString &dir)
{
    QFile file(QDir(dir).filePath("live-store"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writePointer(const QString &dir, const QByteArray &text)
{
    QFile file(QDir(dir).filePath("live-store"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

void install(const QString &dir, const QString &published, int jobs)
{
    QString error;
    QVERIFY2(StoreDirectory(dir).install(BundleFactory::content(jobs, published), &error),
             qPrintable(error));
}

} // namespace

void TestStoreDirectory::emptyFolderHasNoLiveData()
{
    QTemporaryDir dir;
    QVERIFY(StoreDirectory(dir.path()).livePath().isEmpty());
    JobStore store(dir.path());
    QVERIFY(!store.open());
    QVERIFY(store.error().contains("no live data"));
}

void TestStoreDirectory::installMakesContentLive()
{
    QTemporaryDir dir;
    install(dir.path() + "/nested/data", first, 7);
    QCOMPARE(publishedIn(dir.path() + "/nested/data"), first);
    QCOMPARE(jobsIn(dir.path() + "/nested/data"), 7);
}

void TestStoreDirectory::interruptedInstall_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("expected");
    QTest::newRow("after the store is written") << int(StoreDirectory::Step::StoreWritten) << first;
    QTest::newRow("after the pointer is written")
        << int(StoreDirectory::Step::PointerWritten) << second;
    QTest::newRow("after clean-up") << int(StoreDirectory::Step::Cleaned) << second;
}

void TestStoreDirectory::interruptedInstall()
{
    QFETCH(int, step);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    install(dir.path(), first, 3);

    StoreDirectory store(dir.path());
    store.setStepHook([step](StoreDirectory::Step reached) { return int(reached) != step; });
    QString error;
    QVERIFY(!store.install(BundleFactory::content(9, second), &error));

    // A fresh process sees one whole data set or the other.
    QCOMPARE(publishedIn(dir.path()), expected);
    QCOMPARE(jobsIn(dir.path()), expected == first ? 3 : 9);

    // And the next install works from there.
    install(dir.path(), third, 4);
    QCOMPARE(publishedIn(dir.path()), third);
}

void TestStoreDirectory::leftoversOfACrashAreIgnoredThenCleaned()
{
    QTemporaryDir dir;
    install(dir.path(), first, 2);
    QDir(dir.path()).mkdir(".writing-abc123");
    QFile half(dir.filePath("store-000099.sqlite.Xy12Ab"));
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write("SQLite format 3");
    half.close();
    QCOMPARE(publishedIn(dir.path()), first);

    install(dir.path(), second, 2);
    const QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left, QStringList({"live-store"}) + pointedTo(dir.path()));
}

void TestStoreDirectory::rollbackRestoresThePreviousData()
{
    QTemporaryDir dir;
    install(dir.path(), first, 2);
    install(dir.path(), second, 5);
    QString error;
    QVERIFY2(StoreDirectory(dir.path()).rollback(&error), qPrintable(error));
    QCOMPARE(publishedIn(dir.path()), first);
    QCOMPARE(jobsIn(dir.path()), 2);
    // Rolling back again undoes the rollback.
    QVERIFY(StoreDirectory(dir.path()).rollback(&error));
    QCOMPARE(publishedIn(dir.path()), second);
}

void TestStoreDirectory::rollbackWithNothingToGoBackTo()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!StoreDirectory(dir.path()).rollback(&error));
    install(dir.path(), first, 1);
    const auto before = BundleFactory::snapshot(dir.path());
    QVERIFY(!StoreDirectory(dir.path()).rollback(&error));
    QVERIFY(error.contains("no previous data"));
    QCOMPARE(BundleFactory::snapshot(dir.path()), before);
}

void TestStoreDirectory::pointerCannotNameFilesOutsideTheFolder()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    install(elsewhere.path(), first, 1);
    QFile pointer(dir.filePath("live-store"));
    QVERIFY(pointer.open(QIODevice::WriteOnly));
    const QString target = StoreDirectory(elsewhere.path()).livePath();
    pointer.write("live=../" + QFileInfo(elsewhere.path()).fileName().toUtf8() + "/" +
                  QFileInfo(target).fileName().toUtf8() + "\n");
    pointer.close();
    QVERIFY(StoreDirectory(dir.path()).livePath().isEmpty());
}

void TestStoreDirectory::keepsOnlyLiveAndPrevious()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 1);
    install(dir.path(), third, 1);
    QCOMPARE(QDir(dir.path()).entryList({"store-*"}), pointedTo(dir.path()));
    QCOMPARE(publishedIn(dir.path()), third);
}

void TestStoreDirectory::storeHeldOpenIsKept()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    const QString held = StoreDirectory(dir.path()).livePath();
    {
        JobStore store(dir.path()); // as a running kiosk has its store open
        QVERIFY(store.open());
        install(dir.path(), second, 1);
        install(dir.path(), third, 1);
        QVERIFY(QFile::exists(held));
        QCOMPARE(store.info().publishedAt, first); // still readable
    }
    install(dir.path(), first, 2);
    QVERIFY(!QFile::exists(held)); // let go: cleaned up by the next import
}

void TestStoreDirectory::storeHeldByARunningKioskIsKeptUntilItStops()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    const QString held = StoreDirectory(dir.path()).livePath();
    QProcess holder; // another process with the store open, as a kiosk in mid-session
    holder.start(HOLD_STORE, {dir.path()});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAll().trimmed(), QByteArray("open"));
    install(dir.path(), second, 1); // `careers-kiosk --import` meanwhile
    install(dir.path(), third, 1);
    QVERIFY2(QFile::exists(held), "a store another process holds open was deleted");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    install(dir.path(), first, 2);
    QVERIFY(!QFile::exists(held));
}

void TestStoreDirectory::damagedPointerIsRecoveredWithoutLosingStores_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbled") << QByteArray("\x01\xffgarbage\n==\n");
    QTest::newRow("names a missing store") << QByteArray("live=store-000777.sqlite\n");
}

void TestStoreDirectory::damagedPointerIsRecoveredWithoutLosingStores()
{
    QFETCH(QByteArray, pointer);
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 2);
    const QStringList stores = QDir(dir.path()).entryList({"store-*"});
    QFile file(dir.filePath("live-store"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(pointer);
    file.close();
    // An import while the pointer is in doubt deletes nothing.
    install(dir.path(), third, 3);
    for (const QString &name : stores)
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
    QCOMPARE(publishedIn(dir.path()), third);

    // A damaged pointer at start: the newest readable store becomes live, and is said so.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(pointer);
    file.close();
    const QString report = StoreDirectory(dir.path()).recover();
    QVERIFY2(report.contains("now showing"), qPrintable(report));
    QCOMPARE(publishedIn(dir.path()), third);
    QCOMPARE(QDir(dir.path()).entryList({"store-*"}).size(), 3);
    QVERIFY(StoreDirectory(dir.path()).recover().isEmpty()); // sound again
}

void TestStoreDirectory::unreadableLiveStoreGivesWayToThePrevious_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << "truncate";
    QTest::newRow("overwritten") << "overwrite";
    QTest::newRow("emptied") << "empty";
}

void TestStoreDirectory::unreadableLiveStoreGivesWayToThePrevious()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 400);
    QFile live(StoreDirectory(dir.path()).livePath());
    const qint64 size = live.size();
    QVERIFY(live.open(QIODevice::ReadWrite));
    if (damage == "truncate") {
        live.resize(size / 2);
    } else if (damage == "empty") {
        live.resize(0);
    } else {
        live.seek(size / 3);
        live.write(QByteArray(8192, '\x5a'));
    }
    live.close();
    QVERIFY(!StoreDirectory::isReadable(live.fileName()));
    const QString report = StoreDirectory(dir.path()).recover();
    QVERIFY2(report.contains("cannot be read") && report.contains("now showing"),
             qPrintable(report));
    QCOMPARE(publishedIn(dir.path()), first);
    QVERIFY(QFile::exists(live.fileName())); // kept, for whoever looks into it
}

void TestStoreDirectory::deletedOrStrayStoresCannotCollide()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 1);
    const QString live = StoreDirectory(dir.path()).livePath();
    QVERIFY(QFile::remove(live)); // someone deleted the live store by hand
    QFile stray(dir.filePath("store-999999999.sqlite"));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("not a store");
    stray.close();
    install(dir.path(), third, 2);
    QCOMPARE(publishedIn(dir.path()), third); // not reported as done while the old data shows
    QVERIFY(StoreDirectory(dir.path()).livePath() != live);
    QString error;
    QVERIFY(StoreDirectory(dir.path()).rollback(&error));
    QCOMPARE(publishedIn(dir.path()), first); // the previous is the one that still exists
}

void TestStoreDirectory::specialFilesNeitherBlockNorLeadOutside()
{
    QTemporaryDir outside;
    QFile victim(outside.filePath("victim.txt"));
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("keep me");
    victim.close();
    for (const QString &kind : {QString("fifo"), QString("link"), QString("folder")}) {
        QTemporaryDir dir;
        install(dir.path(), first, 1);
        install(dir.path(), second, 2);
        const QString pointer = dir.filePath("live-store");
        QVERIFY(QFile::remove(pointer));
        if (kind == "fifo")
            QCOMPARE(mkfifo(QFile::encodeName(pointer).constData(), 0600), 0);
        else if (kind == "link")
            QVERIFY(QFile::link(victim.fileName(), pointer));
        else
            QVERIFY(QDir().mkdir(pointer));
        QElapsedTimer clock;
        clock.start();
        const QString report = StoreDirectory(dir.path()).recover(); // and does not block
        QVERIFY2(report.contains("now showing"), qPrintable(kind + ": " + report));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(publishedIn(dir.path()), second);
        QVERIFY(victim.open(QIODevice::ReadOnly));
        QCOMPARE(victim.readAll(), QByteArray("keep me"));
        victim.close();
    }
    // A FIFO where the live store should be: given up for the previous one, not opened.
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 2);
    const QString live = StoreDirectory(dir.path()).livePath();
    QVERIFY(QFile::remove(live));
    QCOMPARE(mkfifo(QFile::encodeName(live).constData(), 0600), 0);
    QVERIFY(!StoreDirectory::isReadable(live));
    QVERIFY(!StoreDirectory(dir.path()).recover().isEmpty());
    QCOMPARE(publishedIn(dir.path()), first);
}

void TestStoreDirectory::cleaningTouchesOnlyTheKiosksOwnFiles()
{
    QTemporaryDir outside;
    QVERIFY(QDir().mkpath(outside.filePath("victim")));
    QFile victim(outside.filePath("victim/file.txt"));
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.close();
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    QVERIFY(QFile::link(outside.filePath("victim"), dir.filePath(".writing-old")));
    const QStringList foreign = {"store-backup-before-fair.sqlite", "store-notes.txt",
                                 QFileInfo(StoreDirectory(dir.path()).livePath()).fileName() +
                                     ".bak"};
    for (const QString &name : foreign) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    install(dir.path(), second, 1);
    install(dir.path(), third, 1);
    QVERIFY(QFile::exists(victim.fileName())); // the link was not followed
    for (const QString &name : foreign)
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
    QCOMPARE(QDir(dir.path()).entryList({"store-*.sqlite"}).size(), 3); // live, previous, backup
}

void TestStoreDirectory::badPointerShowsTheNewestReadableStore()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 1);
    install(dir.path(), third, 1);
    const StoreDirectory stores(dir.path());
    QFile pointer(dir.filePath("live-store"));
    QVERIFY(pointer.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pointer.write("live=../elsewhere.sqlite\nprevious=" +
                  QFileInfo(stores.previousPath()).fileName().toUtf8() + "\n");
    pointer.close();
    QVERIFY(!StoreDirectory(dir.path()).recover().isEmpty());
    QCOMPARE(publishedIn(dir.path()), third); // the newest, not the one named as previous
}

void TestStoreDirectory::aMarkCopiedFromAnotherMachineHoldsNothing()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    const QString held = StoreDirectory(dir.path()).livePath();
    QFile mark(QFileInfo(held).dir().filePath(".open-" + QFileInfo(held).fileName() + ".lock"));
    QVERIFY(mark.open(QIODevice::WriteOnly));
    mark.write("4242\ncareers-kiosk\nanother-kiosk\n");
    mark.close();
    install(dir.path(), second, 1);
    install(dir.path(), third, 1);
    QVERIFY(!QFile::exists(held));
}

QTEST_GUILESS_MAIN(TestStoreDirectory)
#include "tst_storedirectory.moc"

void TestStoreDirectory::aMissingPreviousStoreIsForgottenNotRepaired()
{
    // As when every store was deleted and the sample rebuilt: the live store is intact, the
    // previous one is gone, and an older stray store lies about.
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 2);
    const QString live = StoreDirectory(dir.path()).livePath();
    const QString stray = dir.filePath("store-5.sqlite");
    QVERIFY(QFile::rename(StoreDirectory(dir.path()).previousPath(), stray));
    writePointer(dir.path(), "live=" + QFileInfo(live).fileName().toUtf8() +
                                 "\nprevious=store-1764000000000-0badf00d.sqlite\n");

    const QString report = StoreDirectory(dir.path()).recover();
    QVERIFY2(report.contains("forgotten") && !report.contains("cannot be read"),
             qPrintable(report));
    QCOMPARE(StoreDirectory(dir.path()).livePath(), live);
    QCOMPARE(publishedIn(dir.path()), second);
    QVERIFY(QFile::exists(stray));
    QVERIFY(!pointerText(dir.path()).contains("0badf00d"));
    QCOMPARE(StoreDirectory(dir.path()).recover(), QString()); // said once

    install(dir.path(), third, 3); // the store staff loaded stays, as the previous one
    QCOMPARE(StoreDirectory(dir.path()).previousPath(), live);
    QVERIFY(QFile::exists(live));
}

void TestStoreDirectory::storesCopiedWithoutTheirTimesRecoverToTheNewest()
{
    QTemporaryDir dir;
    install(dir.path(), third, 3);
    install(dir.path(), first, 1); // staff went back to older data: two stores kept
    const QString older = StoreDirectory(dir.path()).livePath();
    // A restored backup: every file carries the same time, or the oldest the newest time.
    const QDateTime restored(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    for (const QString &name : QDir(dir.path()).entryList({"store-*.sqlite"})) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const bool isOlder = dir.filePath(name) == older;
        QVERIFY(file.setFileTime(isOlder ? restored.addDays(1) : restored,
                                 QFileDevice::FileModificationTime));
    }
    writePointer(dir.path(), "garbled");
    QVERIFY(StoreDirectory(dir.path()).recover().contains("now showing"));
    QCOMPARE(publishedIn(dir.path()), third); // by what it holds, not by the file's time
}

void TestStoreDirectory::aDamagedLiveStoreIsNamedWithItsReason()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    install(dir.path(), second, 2);
    QFile live(StoreDirectory(dir.path()).livePath());
    QVERIFY(live.open(QIODevice::ReadWrite));
    live.resize(0);
    live.close();
    const QString report = StoreDirectory(dir.path()).recover();
    QVERIFY2(report.contains("cannot be read (") && !report.contains("()"), qPrintable(report));
}

void TestStoreDirectory::thePointerNeverNamesAPreviousStoreThatIsGone()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    for (const QString &name : QDir(dir.path()).entryList({"store-*.sqlite"}))
        QVERIFY(QFile::remove(dir.filePath(name)));
    writePointer(dir.path(), "live=store-1764000000000-00000001.sqlite\n"
                             "previous=store-1764000000000-00000002.sqlite\n");
    install(dir.path(), second, 2);
    QVERIFY2(pointerText(dir.path()).endsWith("previous=\n"), pointerText(dir.path()));
    QCOMPARE(StoreDirectory(dir.path()).recover(), QString());
}

void TestStoreDirectory::aStoreNewerThanTheLiveOneIsNeverCleaned()
{
    QTemporaryDir dir;
    install(dir.path(), third, 3);
    const QString newest = StoreDirectory(dir.path()).livePath();
    install(dir.path(), second, 2);
    install(dir.path(), first, 1); // two swaps later, yet the newest data of all
    QVERIFY(QFile::exists(newest));
    QCOMPARE(QDir(dir.path()).entryList({"store-*.sqlite"}).size(), 3);
}

void TestStoreDirectory::whatAKilledImportLeftGoesAtTheNextStart()
{
    QTemporaryDir dir;
    install(dir.path(), first, 1);
    const QString live = StoreDirectory(dir.path()).livePath();
    // An import killed while writing: its draft folder, and the lock of a process now gone.
    QVERIFY(QDir(dir.path()).mkpath(".writing-Ab12Cd/sub"));
    QFile draft(dir.filePath(".writing-Ab12Cd/draft.sqlite"));
    QVERIFY(draft.open(QIODevice::WriteOnly));
    draft.write(QByteArray(4096, 'x'));
    draft.close();
    QFile lock(dir.filePath(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483000\ncareers-kiosk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.path(), dir.filePath(".writing-Link99")));

    QCOMPARE(StoreDirectory(dir.path()).recover(), QString());
    const QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(!left.join(' ').contains(".writing-") && !left.contains(".lock"),
             qPrintable(left.join(' ')));
    QVERIFY(QFileInfo(outside.path()).isDir()); // the link went, not what it named
    QCOMPARE(StoreDirectory(dir.path()).livePath(), live);
}

void TestStoreDirectory::aDiskThatCannotBeWrittenRepairsNothing()
{
    if (!ScratchMount::available())
        QSKIP("a read-only disk needs a mount, which needs root, as CI has");
    QTemporaryDir top;
    ScratchMount disk(top.filePath("disk"), 4096);
    QVERIFY(disk.isMounted());
    install(disk.path(), first, 1);
    QVERIFY(disk.makeReadOnly());
    // Nothing was repaired, so nothing may be logged as repaired.
    QCOMPARE(StoreDirectory(disk.path()).recover(), QString());
    QCOMPARE(publishedIn(disk.path()), first);
}
