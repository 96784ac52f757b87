#include "crashguard.h"
#include "datafolder.h"
#include "eventlog.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "specialfiles.h"
#include "staffpin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// The data folder's one owner: every file the kiosk keeps is private, and nothing odd left in
// a kiosk file's place (a link, a FIFO, a folder) is followed, waited on or deleted.
class TestDataFolder : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { EventLog::close(); }
    void oddFilesAreSetAsideNotFollowed_data();
    void oddFilesAreSetAsideNotFollowed();
    void aHardLinkedLogIsNotAppendedTo();
    void folderAndFilesArePrivate();
    void writeReplacesWholeAndReadRefusesOddFiles();
    void userOutputsRefuseLinks();

private:
    static int modeOf(const QString &path);
    QTemporaryDir m_outside;
};

int TestDataFolder::modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777)
                                                                    : -1;
#else
    Q_UNUSED(path);
    return -1;
#endif
}

void TestDataFolder::oddFilesAreSetAsideNotFollowed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    for (const char *file :
         {"careers-kiosk.log", "runs.ini", "kiosk.ini", "staff-pin.ini", "interest.sqlite"}) {
        for (const char *kind : {"link", "fifo", "folder"})
            QTest::newRow(qPrintable(QString("%1 %2").arg(file, kind))) << file << kind;
    }
}

void TestDataFolder::oddFilesAreSetAsideNotFollowed()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QTemporaryDir data;
    const QString victim = m_outside.filePath(QTest::currentDataTag());
    QFile target(victim);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write("keep me");
    target.close();
    const QString path = data.filePath(file);
    if (kind == "link" && !SpecialFiles::makeLink(victim, path))
        QSKIP("no symbolic links here");
    if (kind == "fifo" && !SpecialFiles::makeFifo(path))
        QSKIP("no FIFOs here");
    if (kind == "folder")
        QVERIFY(QDir().mkdir(path));

    // Each owner writes its file as the kiosk does; none may block on a FIFO.
    QElapsedTimer clock;
    clock.start();
    QString error;
    QStringList notices; // what goes to the log once it is open
    DataFolder::setNoticeHandler([&notices](const QString &notice) { notices << notice; });
    if (file == "careers-kiosk.log") {
        EventLog::open(data.path());
        EventLog::write("an event");
        EventLog::close();
    } else if (file == "runs.ini") {
        QCOMPARE(CrashGuard(data.path()).beginRun(), 0);
    } else if (file == "kiosk.ini") {
        QVERIFY2(KioskSettings(data.path()).setIdleSeconds(120, &error), qPrintable(error));
        QCOMPARE(KioskSettings(data.path()).idleSeconds(), 120);
    } else if (file == "staff-pin.ini") {
        QVERIFY2(StaffPin(data.path(), 1000).set("24681012", &error), qPrintable(error));
        QCOMPARE(StaffPin(data.path(), 1000).check("24681012", QDateTime::currentDateTimeUtc()),
                 StaffPin::Result::Accepted);
    } else {
        InterestStats stats(data.path());
        QVERIFY(stats.isOpen());
        stats.record(InterestStats::Kind::Screen, "home", QDate(2026, 11, 25));
        QCOMPARE(stats.counts().size(), 1);
    }
    QVERIFY2(clock.elapsed() < 5000, "waited on something odd in the data folder");
    DataFolder::setNoticeHandler({});
    if (file != "careers-kiosk.log")
        QVERIFY2(notices.join('\n').contains("set aside as " + file + ".set-aside-"),
                 qPrintable(notices.join('\n')));

    // The link's target is as it was; the odd thing is kept aside under a clear name.
    QVERIFY(target.open(QIODevice::ReadOnly));
    QCOMPARE(target.readAll(), QByteArray("keep me"));
    const QStringList aside =
        QDir(data.path()).entryList({file + ".set-aside-*"}, QDir::AllEntries | QDir::System);
    QCOMPARE(aside.size(), 1);
    const QFileInfo kept(data.filePath(aside.first()));
    if (kind == "link")
        QCOMPARE(kept.symLinkTarget(), QFileInfo(victim).canonicalFilePath());
    else if (kind == "folder")
        QVERIFY(kept.isDir());
    else
        QVERIFY(!kept.isFile() && !kept.isDir() && !kept.isSymLink());
    // And a fresh, private, plain file stands in its place.
    const QFileInfo fresh(path);
    QVERIFY(fresh.isFile() && !fresh.isSymLink());
#ifdef Q_OS_UNIX
    QCOMPARE(modeOf(path), 0600);
#endif
    if (file == "careers-kiosk.log") {
        QFile log(path);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("set aside as careers-kiosk.log.set-aside-"), text.constData());
        QVERIFY(text.contains("an event"));
    }
}

void TestDataFolder::aHardLinkedLogIsNotAppendedTo()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX hard links only");
#else
    QTemporaryDir data;
    const QString victim = m_outside.filePath("hard-linked.txt");
    QFile target(victim);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write("keep me");
    target.close();
    QCOMPARE(::link(QFile::encodeName(victim).constData(),
                    QFile::encodeName(data.filePath("careers-kiosk.log")).constData()),
             0);
    EventLog::open(data.path());
    EventLog::write("an event");
    EventLog::close();
    QVERIFY(target.open(QIODevice::ReadOnly));
    QCOMPARE(target.readAll(), QByteArray("keep me"));
#endif
}

void TestDataFolder::folderAndFilesArePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    QTemporaryDir parent;
    const QString dir = parent.filePath("new/data");
    const DataFolder folder(dir);
    QVERIFY(folder.write(DataFolder::File::DefaultChecked, "x\n"));
    QCOMPARE(modeOf(dir), 0700);
    QCOMPARE(modeOf(folder.filePath(DataFolder::File::DefaultChecked)), 0600);
    // A folder made by someone else is made private too, and so is a file left loose.
    const QString loose = parent.filePath("loose");
    QVERIFY(QDir().mkdir(loose));
    QVERIFY(QFile::setPermissions(loose, QFileDevice::Permissions(0x7755)));
    QFile open(QDir(loose).filePath("staff-pin.ini"));
    QVERIFY(open.open(QIODevice::WriteOnly));
    open.close();
    QVERIFY(QFile::setPermissions(open.fileName(), QFileDevice::Permissions(0x6644)));
    QVERIFY(DataFolder(loose).prepareFile(DataFolder::File::Pin));
    QCOMPARE(modeOf(loose), 0700);
    QCOMPARE(modeOf(open.fileName()), 0600);
    // Each owner makes its file private from the start.
    const QString fresh = parent.filePath("fresh");
    QString error;
    EventLog::open(fresh);
    EventLog::write("start");
    EventLog::close();
    CrashGuard(fresh).beginRun();
    QVERIFY(StaffPin(fresh, 1000).set("24681012", &error));
    QVERIFY(KioskSettings(fresh).setWithinReachDefault(true, &error));
    InterestStats(fresh).record(InterestStats::Kind::Screen, "home", QDate(2026, 11, 25));
    QCOMPARE(modeOf(fresh), 0700);
    const QStringList names = QDir(fresh).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QVERIFY(names.contains("kiosk.ini") && names.contains("interest.sqlite"));
    for (const QString &name : names)
        QVERIFY2(modeOf(QDir(fresh).filePath(name)) == 0600, qPrintable(name));
#endif
}

void TestDataFolder::writeReplacesWholeAndReadRefusesOddFiles()
{
    QTemporaryDir data;
    const DataFolder folder(data.path());
    QByteArray bytes;
    QCOMPARE(folder.read(DataFolder::File::Settings, &bytes), DataFolder::Read::Missing);
    QVERIFY(folder.write(DataFolder::File::Settings, "first, and longer\n"));
    QVERIFY(folder.write(DataFolder::File::Settings, "second\n"));
    QCOMPARE(folder.read(DataFolder::File::Settings, &bytes), DataFolder::Read::Ok);
    QCOMPARE(bytes, QByteArray("second\n"));
    // Nothing half-written is left beside it.
    QCOMPARE(QDir(data.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"kiosk.ini"});
    if (!SpecialFiles::makeFifo(data.filePath("runs.ini")))
        QSKIP("no FIFOs here");
    QElapsedTimer clock;
    clock.start();
    QString error;
    QCOMPARE(folder.read(DataFolder::File::Runs, &bytes, &error), DataFolder::Read::NotPlain);
    QVERIFY2(error.contains("FIFO"), qPrintable(error));
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(SpecialFiles::makeLink(data.filePath("kiosk.ini"), data.filePath("staff-pin.ini")));
    QCOMPARE(folder.read(DataFolder::File::Pin, &bytes, &error), DataFolder::Read::NotPlain);
    QVERIFY2(error.contains("symbolic link"), qPrintable(error));
}

void TestDataFolder::userOutputsRefuseLinks()
{
    QTemporaryDir dir;
    QVERIFY(DataFolder::outputProblem(dir.filePath("new.csv")).isEmpty());
    QFile plain(dir.filePath("plain.csv"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(DataFolder::outputProblem(plain.fileName()).isEmpty());
    QVERIFY(DataFolder::outputProblem(dir.path()).contains("is a folder"));
    if (!SpecialFiles::makeLink(plain.fileName(), dir.filePath("link.csv")))
        QSKIP("no symbolic links here");
    QVERIFY(DataFolder::outputProblem(dir.filePath("link.csv")).contains("symbolic link"));
    // A dangling link is refused too: writing it would make its target.
    QVERIFY(SpecialFiles::makeLink(dir.filePath("nowhere.csv"), dir.filePath("dangling.csv")));
    QVERIFY(DataFolder::outputProblem(dir.filePath("dangling.csv")).contains("symbolic link"));
}

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
