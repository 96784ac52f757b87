#include "bundlefactory.h"
#include "importer.h"
#include "scratchdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

// Private copies of bundles go in the data folder's tmp/, never in /tmp, and what a killed
// task left there goes at the next start or import: only the kiosk's own names, never through
// a link, never what a running task holds.
class TestScratchDir : public QObject
{
    Q_OBJECT
private slots:
    void aScratchFolderIsPrivateAndGoesWithItsTask();
    void whatAKilledTaskLeftGoes();
    void whatARunningTaskHoldsStays();
    void aLinkIsRemovedNotFollowed();
    void aLinkInPlaceOfTmpIsSetAside();
    void importsCopyIntoTheDataFolderAndClearWhatWasLeft();
};

namespace
{

// What a task killed part way leaves: its folder, a copy in it, and its lock naming a process
// that has gone.
QString leaveKilledTask(const QString &data, const QString &name)
{
    const QString folder = QDir(data).filePath("tmp/" + name);
    QDir().mkpath(folder);
    QFile copy(folder + "/bundle.kioskbundle");
    if (copy.open(QIODevice::WriteOnly))
        copy.write(QByteArray(65536, 'x'));
    QFile hold(folder + "/.held");
    if (hold.open(QIODevice::WriteOnly))
        hold.write("2147483000\ncareers-kiosk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    return folder;
}

} // namespace

void TestScratchDir::aScratchFolderIsPrivateAndGoesWithItsTask()
{
    QTemporaryDir data;
    QString path;
    {
        ScratchDir scratch(data.path());
        QVERIFY2(scratch.isValid(), qPrintable(scratch.errorString()));
        path = scratch.path();
        QCOMPARE(QFileInfo(path).dir().absolutePath(), QDir(data.filePath("tmp")).absolutePath());
        QCOMPARE(QFileInfo(data.filePath("tmp")).permissions() & 0x0077, 0);
        QVERIFY(QFileInfo::exists(path + "/.held"));
    }
    QVERIFY(!QFileInfo::exists(path));
}

void TestScratchDir::whatAKilledTaskLeftGoes()
{
    QTemporaryDir data;
    const QString left = leaveKilledTask(data.path(), "work-Ab12Cd");
    QVERIFY(QFile::copy(left + "/bundle.kioskbundle", data.filePath("tmp/notes.txt")));
    QCOMPARE(ScratchDir::clearLeftovers(data.path()), 1);
    QVERIFY(!QFileInfo::exists(left));
    QVERIFY(QFileInfo::exists(data.filePath("tmp/notes.txt"))); // not a name of the kiosk's
}

void TestScratchDir::whatARunningTaskHoldsStays()
{
    QTemporaryDir data;
    ScratchDir running(data.path());
    QVERIFY(running.isValid());
    QCOMPARE(ScratchDir::clearLeftovers(data.path()), 0);
    QVERIFY(QFileInfo(running.path()).isDir());
}

void TestScratchDir::aLinkIsRemovedNotFollowed()
{
    QTemporaryDir data;
    QTemporaryDir outside;
    QFile keep(outside.filePath("keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    QVERIFY(QDir().mkpath(data.filePath("tmp")));
    QVERIFY(QFile::link(outside.path(), data.filePath("tmp/work-Link01")));
    QCOMPARE(ScratchDir::clearLeftovers(data.path()), 1);
    QVERIFY(!QFileInfo(data.filePath("tmp/work-Link01")).isSymLink());
    QVERIFY(QFileInfo::exists(outside.filePath("keep.txt")));
}

void TestScratchDir::aLinkInPlaceOfTmpIsSetAside()
{
    QTemporaryDir data;
    QTemporaryDir outside;
    QVERIFY(QDir().mkpath(data.path()));
    QVERIFY(QFile::link(outside.path(), data.filePath("tmp")));
    ScratchDir scratch(data.path());
    QVERIFY(scratch.isValid());
    QVERIFY(!QFileInfo(data.filePath("tmp")).isSymLink());
    QVERIFY(QDir(outside.path()).isEmpty()); // nothing was made through the link
}

void TestScratchDir::importsCopyIntoTheDataFolderAndClearWhatWasLeft()
{
    QTemporaryDir data;
    QTemporaryDir sources;
    const QString bundle = sources.filePath("jobs.kioskbundle");
    BundleFactory::write(BundleFactory::content(5), bundle);
    const QString left = leaveKilledTask(data.path(), "work-Zz99Yy");
    const QStringList before = QDir::temp().entryList({"careers-kiosk-*", "tst_scratchdir-*"});
    Importer importer(data.path());
    QVERIFY2(importer.import(bundle, true), qPrintable(importer.error()));
    QVERIFY(!QFileInfo::exists(left));
    QCOMPARE(QDir(data.filePath("tmp"))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QCOMPARE(QDir::temp().entryList({"careers-kiosk-*", "tst_scratchdir-*"}), before);
}

QTEST_GUILESS_MAIN(TestScratchDir)
#include "tst_scratchdir.moc"
