#include "removabledisk.h"
#include "removablemedia.h"
#include "scratchmount.h"
#include "specialfiles.h"
#include "udisksdrives.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

// Finding bundles on a USB stick made by someone the kiosk does not trust. A folder stands in
// for the drive; a second folder is "the kiosk's own disk", which must never be listed.
class TestRemovableMedia : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTopAndKioskFolderNewestFirst();
    void sameTimeSortsByPath();
    void linkedKioskFolderIsNotFollowed();
    void linkedBundlesAreNotListed();
    void onlyRegularFilesAreListed();
    void fifoDoesNotBlockTheListing();
    void tenThousandBundlesListFiftyQuickly();
    void lookingStopsAtTheLimit();
    void aBundleIsCheckedAgainBeforeReading();
    void volumeOfFindsTheDrive();
    void listingRunsOnWorkerThreads();
    void olderCallsGiveTheListedPaths();
    void onlyARemovableDriveCountsWithoutUDisks();

private:
    QString onStick(const QString &name) const { return m_stick->filePath(name); }
    QString kioskFolder();

    std::unique_ptr<QTemporaryDir> m_stick;
    std::unique_ptr<QTemporaryDir> m_outside;
};

using SpecialFiles::makeFifo;
using SpecialFiles::makeLink;

namespace
{

const QDateTime noon = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QString touch(const QString &path, const QDateTime &modified = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    if (modified.isValid() && !file.setFileTime(modified, QFileDevice::FileModificationTime))
        qFatal("cannot set the time of %s", qPrintable(path));
    return path;
}

// A listening socket's file; the socket is closed again, the file stays.
bool makeSocket(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    if (size_t(native.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    qstrcpy(address.sun_path, native.constData());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool ok =
        fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

void TestRemovableMedia::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("these tests make POSIX links, FIFOs and sockets");
#endif
}

void TestRemovableMedia::init()
{
    m_stick = std::make_unique<QTemporaryDir>();
    m_outside = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stick->isValid() && m_outside->isValid());
    RemovableMedia::setRootsForTesting({m_stick->path()});
}

void TestRemovableMedia::cleanup()
{
    RemovableMedia::setRootsForTesting({});
    m_stick.reset();
    m_outside.reset();
}

QString TestRemovableMedia::kioskFolder()
{
    QDir(m_stick->path()).mkdir("careers-kiosk");
    return onStick("careers-kiosk");
}

void TestRemovableMedia::listsTopAndKioskFolderNewestFirst()
{
    const QString old = touch(onStick("old.kioskbundle"), noon.addDays(-2));
    const QString newest = touch(kioskFolder() + "/newest.KIOSKBUNDLE", noon);
    const QString middle = touch(onStick("middle.kioskbundle"), noon.addDays(-1));
    touch(onStick("notes.txt"), noon.addDays(1));
    touch(onStick("careers-kiosk/notes.txt"), noon.addDays(1));
    QVERIFY(QDir(m_stick->path()).mkpath("other/careers-kiosk"));
    touch(onStick("other/elsewhere.kioskbundle"), noon.addDays(1)); // not a place looked in
    const RemovableMedia::Listing listing = RemovableMedia::listBundles(m_stick->path());
    QCOMPARE(listing.bundles, QStringList({newest, middle, old}));
    QCOMPARE(listing.found, 3);
    QVERIFY(!listing.foundIsAtLeast);
}

void TestRemovableMedia::sameTimeSortsByPath()
{
    const QString b = touch(onStick("b.kioskbundle"), noon);
    const QString a = touch(onStick("a.kioskbundle"), noon);
    const QString c = touch(onStick("c.kioskbundle"), noon);
    QCOMPARE(RemovableMedia::listBundles(m_stick->path()).bundles, QStringList({a, b, c}));
}

void TestRemovableMedia::linkedKioskFolderIsNotFollowed()
{
    // careers-kiosk on the stick links to a folder of bundles on the kiosk's own disk.
    touch(m_outside->filePath("kiosk-disk.kioskbundle"));
    QVERIFY(makeLink(m_outside->path(), onStick("careers-kiosk")));
    const QString top = touch(onStick("top.kioskbundle"));
    RemovableMedia::Listing listing = RemovableMedia::listBundles(m_stick->path());
    QCOMPARE(listing.bundles, QStringList{top});
    QCOMPARE(listing.found, 1);
    QVERIFY(!RemovableMedia::isSafeBundle(m_stick->path(),
                                          onStick("careers-kiosk/kiosk-disk.kioskbundle")));

    // Nor is a link to a folder on the stick itself.
    QVERIFY(QFile::remove(onStick("careers-kiosk")));
    QVERIFY(QDir(m_stick->path()).mkdir("real"));
    touch(onStick("real/inside.kioskbundle"));
    QVERIFY(makeLink(onStick("real"), onStick("careers-kiosk")));
    listing = RemovableMedia::listBundles(m_stick->path());
    QCOMPARE(listing.bundles, QStringList{top});
}

void TestRemovableMedia::linkedBundlesAreNotListed()
{
    const QString outside = touch(m_outside->filePath("kiosk-disk.kioskbundle"));
    QVERIFY(makeLink(outside, onStick("outside.kioskbundle")));
    const QString real = touch(kioskFolder() + "/real.kioskbundle");
    QVERIFY(makeLink(real, onStick("alias.kioskbundle")));
    QVERIFY(makeLink(m_outside->filePath("missing"), onStick("dangling.kioskbundle")));
    const RemovableMedia::Listing listing = RemovableMedia::listBundles(m_stick->path());
    QCOMPARE(listing.bundles, QStringList{real});
    QCOMPARE(listing.found, 1);
}

void TestRemovableMedia::onlyRegularFilesAreListed()
{
    const QString good = touch(onStick("good.kioskbundle"));
    QVERIFY(makeFifo(onStick("x.kioskbundle")));
    QVERIFY(makeSocket(onStick("s.kioskbundle")));
    QVERIFY(QDir(m_stick->path()).mkdir("y.kioskbundle"));
    touch(onStick("y.kioskbundle/inner.kioskbundle"));
    touch(onStick("._good.kioskbundle")); // what a Mac leaves beside every file
    touch(onStick(".hidden.kioskbundle"));
    const RemovableMedia::Listing listing = RemovableMedia::listBundles(m_stick->path());
    QCOMPARE(listing.bundles, QStringList{good});
    QCOMPARE(listing.found, 1);
    for (const char *name : {"x.kioskbundle", "s.kioskbundle", "y.kioskbundle"})
        QVERIFY2(!RemovableMedia::isSafeBundle(m_stick->path(), onStick(name)), name);
}

void TestRemovableMedia::fifoDoesNotBlockTheListing()
{
#ifdef Q_OS_UNIX
    const QString fifo = onStick("x.kioskbundle");
    QVERIFY(makeFifo(fifo));
    const QString good = touch(onStick("good.kioskbundle"));
    auto listing = std::async(std::launch::async,
                              [this] { return RemovableMedia::listBundles(m_stick->path()); });
    if (listing.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
        // A listing stuck opening the FIFO for reading is let go by a writer, then fails.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        listing.wait();
        QFAIL("listing blocked on a FIFO");
    }
    QCOMPARE(listing.get().bundles, QStringList{good});
#endif
}

void TestRemovableMedia::tenThousandBundlesListFiftyQuickly()
{
    const QString folder = kioskFolder();
    for (int i = 0; i < 10000; ++i) {
        const QString name = QString("bundle-%1.kioskbundle").arg(i, 5, 10, QChar('0'));
        touch(i % 2 ? onStick(name) : folder + "/" + name);
    }
    const QString newest =
        touch(folder + "/bundle-04242.kioskbundle", QDateTime::currentDateTimeUtc().addDays(1));
    QElapsedTimer timer;
    timer.start();
    const RemovableMedia::Listing listing = RemovableMedia::listBundles(m_stick->path());
    const qint64 msec = timer.elapsed();
    qInfo("listing 10,000 bundles took %lld ms", msec);
    QCOMPARE(listing.bundles.size(), RemovableMedia::maxListed);
    QCOMPARE(listing.found, 10000);
    QVERIFY(!listing.foundIsAtLeast);
    QCOMPARE(listing.bundles.first(), newest);
    for (qsizetype i = 1; i < listing.bundles.size(); ++i) {
        const QDateTime before = QFileInfo(listing.bundles.at(i - 1)).lastModified();
        const QDateTime after = QFileInfo(listing.bundles.at(i)).lastModified();
        QVERIFY(before > after ||
                (before == after && listing.bundles.at(i - 1) < listing.bundles.at(i)));
    }
    QVERIFY2(msec < 1000, qPrintable(QString("took %1 ms").arg(msec)));
}

void TestRemovableMedia::lookingStopsAtTheLimit()
{
    for (int i = 0; i < 20; ++i)
        touch(onStick(QString("b%1.kioskbundle").arg(i)));
    for (int i = 0; i < 10; ++i)
        touch(onStick(QString("other%1.txt").arg(i)));
    RemovableMedia::Listing listing = RemovableMedia::listBundles(m_stick->path(), 30);
    QCOMPARE(listing.found, 20);
    QVERIFY(!listing.foundIsAtLeast); // every entry was looked at
    listing = RemovableMedia::listBundles(m_stick->path(), 29);
    QVERIFY(listing.foundIsAtLeast);
    QVERIFY(listing.found >= 19 && listing.found <= 20);
    listing = RemovableMedia::listBundles(m_stick->path(), 5);
    QVERIFY(listing.foundIsAtLeast);
    QVERIFY(listing.found <= 5);
    QCOMPARE(listing.bundles.size(), listing.found);
}

void TestRemovableMedia::aBundleIsCheckedAgainBeforeReading()
{
    const QString volume = m_stick->path();
    const QString top = touch(onStick("top.kioskbundle"));
    const QString inFolder = touch(kioskFolder() + "/in-folder.kioskbundle");
    QVERIFY(RemovableMedia::isSafeBundle(volume, top));
    QVERIFY(RemovableMedia::isSafeBundle(volume, inFolder));

    // Swapped for a link after it was listed.
    const QString outside = touch(m_outside->filePath("kiosk-disk.kioskbundle"));
    QVERIFY(QFile::remove(top));
    QVERIFY(makeLink(outside, top));
    QVERIFY(!RemovableMedia::isSafeBundle(volume, top));

    // Its folder swapped for a link to a folder holding a file of the same name.
    touch(m_outside->filePath("in-folder.kioskbundle"));
    QVERIFY(QDir(volume).rename("careers-kiosk", "moved"));
    QVERIFY(makeLink(m_outside->path(), onStick("careers-kiosk")));
    QVERIFY(!RemovableMedia::isSafeBundle(volume, inFolder));

    // Places that are never listed.
    QVERIFY(QDir(volume).mkdir("sub"));
    const QString escape = volume + "/moved/../../" + QFileInfo(m_outside->path()).fileName() +
                           "/kiosk-disk.kioskbundle";
    for (const QString &path :
         {touch(onStick("sub/deeper.kioskbundle")), touch(onStick("notes.txt")), outside, escape,
          onStick("missing.kioskbundle"), QString("top.kioskbundle")})
        QVERIFY2(!RemovableMedia::isSafeBundle(volume, path), qPrintable(path));
    QVERIFY(!RemovableMedia::isSafeBundle(m_outside->filePath("nowhere"), outside));
}

void TestRemovableMedia::volumeOfFindsTheDrive()
{
    QTemporaryDir second;
    RemovableMedia::setRootsForTesting({m_stick->path(), second.path()});
    QCOMPARE(RemovableMedia::volumeOf(onStick("careers-kiosk/a.kioskbundle")), m_stick->path());
    QCOMPARE(RemovableMedia::volumeOf(second.filePath("a.kioskbundle")), second.path());
    QCOMPARE(RemovableMedia::volumeOf(m_outside->filePath("a.kioskbundle")), QString());
    QCOMPARE(RemovableMedia::volumeOf(m_stick->path() + "-sibling/a.kioskbundle"), QString());
    QCOMPARE(RemovableMedia::volumeOf(m_stick->path() + "/../a.kioskbundle"), QString());
}

void TestRemovableMedia::listingRunsOnWorkerThreads()
{
    for (int i = 0; i < 200; ++i)
        touch(onStick(QString("b%1.kioskbundle").arg(i)), noon.addSecs(i));
    const RemovableMedia::Listing expected = RemovableMedia::listAllBundles();
    QCOMPARE(expected.bundles.size(), RemovableMedia::maxListed);
    RemovableMedia::Listing results[4];
    std::vector<std::thread> threads;
    for (RemovableMedia::Listing &result : results)
        threads.emplace_back([&result] { result = RemovableMedia::listAllBundles(); });
    for (std::thread &thread : threads)
        thread.join();
    for (const RemovableMedia::Listing &result : results) {
        QCOMPARE(result.bundles, expected.bundles);
        QCOMPARE(result.found, 200);
    }
}

void TestRemovableMedia::olderCallsGiveTheListedPaths()
{
    const QString a = touch(onStick("a.kioskbundle"), noon);
    const QString b = touch(kioskFolder() + "/b.kioskbundle", noon.addDays(1));
    QCOMPARE(RemovableMedia::bundlesOn(m_stick->path()), QStringList({b, a}));
    QCOMPARE(RemovableMedia::allBundles(), QStringList({b, a}));
}

void TestRemovableMedia::onlyARemovableDriveCountsWithoutUDisks()
{
    // Under the folder where sticks are mounted: a RAM disk, a read-only mount and a stick.
    // The stick is a small tmpfs whose mount names /dev/sdz1, which a stand-in for /sys places
    // on a USB port, as the kernel would for a real stick.
    if (!ScratchMount::available())
        QSKIP("mounting needs root, as CI has");
    RemovableMedia::setRootsForTesting({});
    QTemporaryDir top;
    QTemporaryDir sys;
    const QString usb = sys.filePath("devices/pci0000:00/usb1/1-2/1-2:1.0/host9/block/sdz/sdz1");
    QVERIFY(QDir().mkpath(usb) && QDir().mkpath(sys.filePath("class/block")));
    QVERIFY(QFile::link(usb, sys.filePath("class/block/sdz1")));
    RemovableDisk::setSysRootForTesting(sys.path());
    RemovableMedia::setMountParentsForTesting({top.path() + '/'});
    QTemporaryDir nowhere; // no system bus: the mounted volumes are all there is
    UDisksDrives::setBusAddressForTesting("unix:path=" + nowhere.filePath("no-bus"));
    ScratchMount ram(top.filePath("ram"), 256);
    ScratchMount readOnly(top.filePath("readonly"), 256);
    ScratchMount stick(top.filePath("stick"), 256, "/dev/sdz1");
    QVERIFY(ram.isMounted() && readOnly.makeReadOnly() && stick.isMounted());
    const QStringList volumes = RemovableMedia::volumes();
    UDisksDrives::setBusAddressForTesting({});
    RemovableMedia::setMountParentsForTesting({});
    RemovableDisk::setSysRootForTesting({});
    QCOMPARE(volumes, QStringList{top.filePath("stick")});
}

QTEST_MAIN(TestRemovableMedia)
#include "tst_removablemedia.moc"
