#include "drivefile.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mount.h>
#endif

// Writing the report and the counts onto a USB stick made by someone the kiosk does not
// trust. A folder stands in for the drive; a second folder is "the kiosk's own disk", which
// nothing written to the stick may reach.
class TestDriveFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writesAndReplacesAWholeFile();
    void writesInTheKioskFolder();
    void linkAtTheTargetIsRefused();
    void danglingLinkAtTheTargetIsRefused();
    void folderOrFifoAtTheTargetIsRefused();
    void folderThatIsALinkIsRefused();
    void folderOutsideTheDriveIsRefused();
    void namesThatAreNotPlainAreRefused();
    void linkSwappedInBeforeTheRenameIsReplacedNotFollowed();
    void folderSwappedForALinkMidWayDoesNotRedirect();
    void anotherFileSystemInsideTheDriveIsRefused();
    void readOnlyFileSystemIsReported();
    void folderWithoutWritePermissionIsReported();
    void fullDriveIsReportedAndLeavesTheOldFile();

private:
    QString onStick(const QString &name) const { return m_stick->filePath(name); }
    QString outsideFile(const QString &name, const QByteArray &bytes) const;
    bool mountTmpfs(const QString &dir, bool readOnly, const QByteArray &size);

    const QString m_report = "careers-kiosk-result.txt";
    const QByteArray m_pin = "[pin]\nhash=6b1f0e\nsalt=a9c2\n";
    std::unique_ptr<QTemporaryDir> m_stick;
    std::unique_ptr<QTemporaryDir> m_outside;
    QStringList m_mounts;
};

using SpecialFiles::makeFifo;
using SpecialFiles::makeLink;

namespace
{

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

void TestDriveFile::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("these tests make POSIX links and FIFOs");
#endif
}

void TestDriveFile::init()
{
    m_stick = std::make_unique<QTemporaryDir>();
    m_outside = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stick->isValid() && m_outside->isValid());
}

void TestDriveFile::cleanup()
{
    DriveFile::setBeforeRenameForTesting({});
#ifdef Q_OS_LINUX
    for (const QString &dir : std::as_const(m_mounts))
        ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
#endif
    m_mounts.clear();
    m_stick.reset();
    m_outside.reset();
}

QString TestDriveFile::outsideFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_outside->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool TestDriveFile::mountTmpfs(const QString &dir, bool readOnly, const QByteArray &size)
{
#ifdef Q_OS_LINUX
    const QByteArray options = "size=" + size;
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", readOnly ? MS_RDONLY : 0,
                options.constData()) != 0)
        return false;
    m_mounts << dir;
    return true;
#else
    Q_UNUSED(dir);
    Q_UNUSED(readOnly);
    Q_UNUSED(size);
    return false;
#endif
}

void TestDriveFile::writesAndReplacesAWholeFile()
{
    DriveFile file(m_stick->path(), m_stick->path(), m_report);
    QVERIFY2(file.write("first\n"), qPrintable(file.error()));
    QCOMPARE(file.problem(), DriveFile::Problem::None);
    QVERIFY(file.error().isEmpty());
    QCOMPARE(file.path(), onStick(m_report));
    QCOMPARE(read(onStick(m_report)), QByteArray("first\n"));
    QVERIFY2(file.write("second, longer\n"), qPrintable(file.error()));
    QCOMPARE(read(onStick(m_report)), QByteArray("second, longer\n"));
    QCOMPARE(entries(m_stick->path()), QStringList{m_report}); // no temporary file left
}

void TestDriveFile::writesInTheKioskFolder()
{
    QVERIFY(QDir(m_stick->path()).mkdir("careers-kiosk"));
    const QString folder = onStick("careers-kiosk");
    DriveFile absolute(m_stick->path(), folder, m_report);
    QVERIFY2(absolute.write("absolute"), qPrintable(absolute.error()));
    QCOMPARE(read(QDir(folder).filePath(m_report)), QByteArray("absolute"));
    DriveFile relative(m_stick->path(), "careers-kiosk", m_report);
    QVERIFY2(relative.write("relative"), qPrintable(relative.error()));
    QCOMPARE(read(QDir(folder).filePath(m_report)), QByteArray("relative"));
    QCOMPARE(entries(folder), QStringList{m_report});
}

void TestDriveFile::linkAtTheTargetIsRefused()
{
    // The attack that replaced the staff PIN: the report name links to the kiosk's PIN file.
    const QString pinFile = outsideFile("staff-pin.ini", m_pin);
    QVERIFY(makeLink(pinFile, onStick(m_report)));
    DriveFile file(m_stick->path(), m_stick->path(), m_report);
    QVERIFY(!file.write("Careers Kiosk\nx\n[pin]\nhash=00\nsalt=00\nRefused\n"));
    QCOMPARE(file.problem(), DriveFile::Problem::Link);
    QVERIFY2(file.error().contains("link") && file.error().contains(m_report),
             qPrintable(file.error()));
    QCOMPARE(read(pinFile), m_pin);
    QVERIFY(QFileInfo(onStick(m_report)).isSymLink()); // left as it was
    QCOMPARE(entries(m_stick->path()), QStringList{m_report});
}

void TestDriveFile::danglingLinkAtTheTargetIsRefused()
{
    const QString wouldBeCreated = m_outside->filePath("autostart.desktop");
    QVERIFY(makeLink(wouldBeCreated, onStick(m_report)));
    DriveFile file(m_stick->path(), m_stick->path(), m_report);
    QVERIFY(!file.write("report"));
    QCOMPARE(file.problem(), DriveFile::Problem::Link);
    QVERIFY(!QFile::exists(wouldBeCreated));
    QVERIFY(entries(m_outside->path()).isEmpty());
}

void TestDriveFile::folderOrFifoAtTheTargetIsRefused()
{
    QVERIFY(QDir(m_stick->path()).mkdir(m_report));
    DriveFile folder(m_stick->path(), m_stick->path(), m_report);
    QVERIFY(!folder.write("report"));
    QCOMPARE(folder.problem(), DriveFile::Problem::NotRegularFile);
    QVERIFY2(folder.error().contains("not a regular file"), qPrintable(folder.error()));
    QVERIFY(entries(onStick(m_report)).isEmpty());

    QVERIFY(makeFifo(onStick("counts.csv")));
    DriveFile fifo(m_stick->path(), m_stick->path(), "counts.csv");
    QVERIFY(!fifo.write("counts")); // and returns: the FIFO is never opened
    QCOMPARE(fifo.problem(), DriveFile::Problem::NotRegularFile);
    QCOMPARE(entries(m_stick->path()), QStringList({m_report, "counts.csv"}));
}

void TestDriveFile::folderThatIsALinkIsRefused()
{
    // careers-kiosk on the stick links to a folder on the kiosk's own disk.
    QVERIFY(makeLink(m_outside->path(), onStick("careers-kiosk")));
    DriveFile outside(m_stick->path(), onStick("careers-kiosk"), m_report);
    QVERIFY(!outside.write("report"));
    QCOMPARE(outside.problem(), DriveFile::Problem::OutsideDrive);
    QVERIFY(entries(m_outside->path()).isEmpty());

    // Even a link to a folder on the stick itself is not followed.
    QVERIFY(QDir(m_stick->path()).mkdir("real"));
    QVERIFY(makeLink(onStick("real"), onStick("linked")));
    DriveFile inside(m_stick->path(), onStick("linked"), m_report);
    QVERIFY(!inside.write("report"));
    QCOMPARE(inside.problem(), DriveFile::Problem::Link);
    QVERIFY(entries(onStick("real")).isEmpty());
}

void TestDriveFile::folderOutsideTheDriveIsRefused()
{
    const QString sibling = m_stick->path() + "-sibling"; // shares the drive's path as a prefix
    QVERIFY(QDir().mkdir(sibling));
    const QString escape = m_stick->path() + "/../" + QFileInfo(m_outside->path()).fileName();
    for (const QString &folder : {m_outside->path(), sibling, escape, QString("..")}) {
        DriveFile file(m_stick->path(), folder, m_report);
        QVERIFY(!file.write("report"));
        QCOMPARE(file.problem(), DriveFile::Problem::OutsideDrive);
        QVERIFY2(file.error().contains("not inside the drive"), qPrintable(file.error()));
    }
    QVERIFY(entries(m_outside->path()).isEmpty());
    QVERIFY(entries(sibling).isEmpty());
    QVERIFY(QDir().rmdir(sibling));
}

void TestDriveFile::namesThatAreNotPlainAreRefused()
{
    const QString up = "../" + QFileInfo(m_outside->path()).fileName() + "/report.txt";
    for (const QString &name : {QString(), QString("."), QString(".."), QString("a/b"), up,
                                QString("a\\b"), QString("report.txt:stream")}) {
        DriveFile file(m_stick->path(), m_stick->path(), name);
        QVERIFY(!file.write("report"));
        QCOMPARE(file.problem(), DriveFile::Problem::BadName);
    }
    QVERIFY(entries(m_outside->path()).isEmpty());
    QVERIFY(entries(m_stick->path()).isEmpty());
}

void TestDriveFile::linkSwappedInBeforeTheRenameIsReplacedNotFollowed()
{
    // A stick that swaps the old report for a link after the check: the rename replaces the
    // link itself, and the file it points to stays as it was.
    const QString pinFile = outsideFile("staff-pin.ini", m_pin);
    DriveFile file(m_stick->path(), m_stick->path(), m_report);
    QVERIFY(file.write("old report\n"));
    DriveFile::setBeforeRenameForTesting([&] {
        QVERIFY(QFile::remove(onStick(m_report)));
        QVERIFY(makeLink(pinFile, onStick(m_report)));
    });
    QVERIFY2(file.write("new report\n[pin]\nhash=00\n"), qPrintable(file.error()));
    QCOMPARE(read(pinFile), m_pin);
    QVERIFY(!QFileInfo(onStick(m_report)).isSymLink());
    QCOMPARE(read(onStick(m_report)), QByteArray("new report\n[pin]\nhash=00\n"));
}

void TestDriveFile::folderSwappedForALinkMidWayDoesNotRedirect()
{
    QVERIFY(QDir(m_stick->path()).mkdir("careers-kiosk"));
    DriveFile::setBeforeRenameForTesting([&] {
        QVERIFY(QDir(m_stick->path()).rename("careers-kiosk", "moved"));
        QVERIFY(makeLink(m_outside->path(), onStick("careers-kiosk")));
    });
    DriveFile file(m_stick->path(), onStick("careers-kiosk"), m_report);
    QVERIFY2(file.write("report"), qPrintable(file.error()));
    QVERIFY(entries(m_outside->path()).isEmpty());
    QCOMPARE(read(onStick("moved/" + m_report)), QByteArray("report"));
}

void TestDriveFile::anotherFileSystemInsideTheDriveIsRefused()
{
    if (!isRoot())
        QSKIP("mounting a file system inside the stick needs root");
    QVERIFY(QDir(m_stick->path()).mkdir("careers-kiosk"));
    if (!mountTmpfs(onStick("careers-kiosk"), false, "1m"))
        QSKIP("cannot mount a tmpfs here");
    DriveFile file(m_stick->path(), onStick("careers-kiosk"), m_report);
    QVERIFY(!file.write("report"));
    QCOMPARE(file.problem(), DriveFile::Problem::OutsideDrive);
    QVERIFY(entries(onStick("careers-kiosk")).isEmpty());
}

void TestDriveFile::readOnlyFileSystemIsReported()
{
    // EROFS, as from a stick with its write-protect switch on.
    if (!isRoot())
        QSKIP("mounting a read-only file system needs root");
    if (!mountTmpfs(m_stick->path(), true, "1m"))
        QSKIP("cannot mount a read-only tmpfs here");
    DriveFile file(m_stick->path(), m_stick->path(), m_report);
    QVERIFY(!file.write("report"));
    QCOMPARE(file.problem(), DriveFile::Problem::ReadOnly);
    QVERIFY2(file.error().contains("read-only"), qPrintable(file.error()));
}

void TestDriveFile::folderWithoutWritePermissionIsReported()
{
#ifdef Q_OS_UNIX
    // EACCES. Permissions do not bind root, so as root the write runs in a child that drops to
    // user nobody.
    QTemporaryDir drive("/tmp/kiosk-locked-drive-XXXXXX");
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(drive.path(), readOnly));
    const bool asNobody = isRoot();
    const pid_t child = asNobody ? ::fork() : 0;
    if (child == 0) {
        if (asNobody &&
            (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(3);
        DriveFile file(drive.path(), drive.path(), m_report);
        const bool ok = !file.write("report") && file.problem() == DriveFile::Problem::ReadOnly &&
                        file.error().contains("may not be written");
        if (asNobody) {
            if (!ok)
                qWarning("unexpected: %s", qPrintable(file.error()));
            ::_exit(ok ? 0 : 1);
        }
        QVERIFY2(ok, qPrintable(file.error()));
    } else {
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }
    QVERIFY(entries(drive.path()).isEmpty());
    QVERIFY(QFile::setPermissions(drive.path(), readOnly | QFileDevice::WriteOwner));
#endif
}

void TestDriveFile::fullDriveIsReportedAndLeavesTheOldFile()
{
    if (!isRoot())
        QSKIP("mounting a small file system needs root");
    if (!mountTmpfs(m_stick->path(), false, "64k"))
        QSKIP("cannot mount a tmpfs here");
    DriveFile file(m_stick->path(), m_stick->path(), m_report);
    QVERIFY2(file.write("old report\n"), qPrintable(file.error()));
    QVERIFY(!file.write(QByteArray(1024 * 1024, 'x')));
    QCOMPARE(file.problem(), DriveFile::Problem::Full);
    QVERIFY2(file.error().contains("full"), qPrintable(file.error()));
    QCOMPARE(read(onStick(m_report)), QByteArray("old report\n"));
    QCOMPARE(entries(m_stick->path()), QStringList{m_report}); // the temporary file is gone
}

QTEST_MAIN(TestDriveFile)
#include "tst_drivefile.moc"
