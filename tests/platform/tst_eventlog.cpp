#include "eventlog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestEventLog : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { EventLog::close(); }
    void writesOneLinePerEvent();
    void rotatesBySize();
    void capturesQtWarnings();
};

void TestEventLog::writesOneLinePerEvent()
{
    QTemporaryDir dir;
    EventLog::open(dir.path());
    EventLog::write("start");
    EventLog::write("import refused:\nbad date");
    QFile file(EventLog::path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(" start"));
    QVERIFY(lines.at(1).endsWith("import refused: bad date"));
}

void TestEventLog::rotatesBySize()
{
    QTemporaryDir dir;
    EventLog::open(dir.path(), 1000);
    for (int i = 0; i < 200; ++i)
        EventLog::write(QString("event number %1 with some words").arg(i));
    const QStringList files = QDir(dir.path()).entryList({"careers-kiosk.log*"});
    QCOMPARE(files, QStringList({"careers-kiosk.log", "careers-kiosk.log.1", "careers-kiosk.log.2",
                                 "careers-kiosk.log.3"}));
    for (const QString &name : files)
        QVERIFY(QFileInfo(dir.filePath(name)).size() < 1100);
}

void TestEventLog::capturesQtWarnings()
{
    QTemporaryDir dir;
    EventLog::open(dir.path());
    EventLog::captureQtMessages();
    QTest::ignoreMessage(QtWarningMsg, "something went wrong");
    qWarning("something went wrong");
    QFile file(EventLog::path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("qt: something went wrong"));
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
