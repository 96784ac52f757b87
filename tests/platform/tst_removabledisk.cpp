#include "removabledisk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// What counts as a removable drive, as Linux's sysfs says it. A folder stands in for /sys,
// with the same links the kernel makes from class/block into the device tree.
class TestRemovableDisk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_sys;

    void addBlock(const QString &name, const QString &devicePath, const QByteArray &removable);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void decides_data();
    void decides();
};

void TestRemovableDisk::addBlock(const QString &name, const QString &devicePath,
                                 const QByteArray &removable)
{
    const QString device = m_sys.filePath("devices/" + devicePath);
    QVERIFY(QDir().mkpath(device));
    if (!removable.isEmpty()) {
        QFile flag(QFileInfo(device).path() + "/removable"); // the disk's, for a partition
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.write(removable + "\n");
    }
    QVERIFY(QFile::link(device, m_sys.filePath("class/block/" + name)));
}

void TestRemovableDisk::initTestCase()
{
    QVERIFY(QDir().mkpath(m_sys.filePath("class/block")));
    addBlock("sdb1", "pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/block/sdb/sdb1", "0");
    addBlock("sda1", "pci0000:00/0000:00:17.0/ata1/host0/block/sda/sda1", "0");
    addBlock("mmcblk0p1", "platform/sdhci/mmc_host/mmc0/block/mmcblk0/mmcblk0p1", "1");
    addBlock("nvme0n1p2", "pci0000:00/0000:00:1d.0/nvme/nvme0/block/nvme0n1/nvme0n1p2", "");
    RemovableDisk::setSysRootForTesting(m_sys.path());
}

void TestRemovableDisk::cleanupTestCase()
{
    RemovableDisk::setSysRootForTesting({});
}

void TestRemovableDisk::decides_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("removable");
    QTest::newRow("a USB stick's partition") << "/dev/sdb1" << true;
    QTest::newRow("a card in a reader the driver marks removable") << "/dev/mmcblk0p1" << true;
    QTest::newRow("a SATA disk") << "/dev/sda1" << false;
    QTest::newRow("an NVMe disk") << "/dev/nvme0n1p2" << false;
    QTest::newRow("tmpfs") << "tmpfs" << false;
    QTest::newRow("an NFS share") << "fileserver:/exports/jobs" << false;
    QTest::newRow("an SMB share") << "//fileserver/jobs" << false;
    QTest::newRow("overlay") << "overlay" << false;
    QTest::newRow("a device sysfs does not know") << "/dev/sdq1" << false;
    QTest::newRow("a name that climbs out") << "/dev/../sys/class/block/sdb1" << false;
}

void TestRemovableDisk::decides()
{
    QFETCH(QString, device);
    QFETCH(bool, removable);
    QCOMPARE(RemovableDisk::isRemovableDevice(device), removable);
}

QTEST_GUILESS_MAIN(TestRemovableDisk)
#include "tst_removabledisk.moc"
