#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// --opening-hours: set, shown, refused with the reason when it does not parse (nothing kept),
// and off again.
class TestOpeningHoursCommand : public QObject
{
    Q_OBJECT
private slots:
    void setShowRefuseAndOff();
    void helpNamesIt();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
};

TestOpeningHoursCommand::Run TestOpeningHoursCommand::run(const QStringList &arguments)
{
    QProcess process;
    process.start(KIOSK_EXECUTABLE, arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, "timed out"};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestOpeningHoursCommand::setShowRefuseAndOff()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    Run r = run({"--data-dir", data, "--opening-hours", "status"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("open at all hours"), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(data + "/kiosk.ini"));

    r = run({"--data-dir", data, "--opening-hours", "Mon-Fri 09:00-17:00; Sat 10:00-16:00"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Opening hours: Mon-Fri 09:00-17:00; Sat 10:00-16:00"),
             qPrintable(r.out));
    QVERIFY(r.out.contains(" now; it "));

    r = run({"--data-dir", data, "--opening-hours", "Mon 09:00-25:00"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("25:00 is not a time of day"), qPrintable(r.err));
    r = run({"--data-dir", data, "--opening-hours", "Mon-Fri 09:00-17:00; Wed 10:00-12:00"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("overlap"), qPrintable(r.err));
    r = run({"--data-dir", data, "--opening-hours", "status"});
    QVERIFY2(r.out.contains("Mon-Fri 09:00-17:00; Sat 10:00-16:00"), qPrintable(r.out));

    r = run({"--data-dir", data, "--opening-hours", "off"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("open at all hours"));
    QFile log(data + "/careers-kiosk.log");
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("opening hours set to 'Mon-Fri 09:00-17:00; Sat 10:00-16:00'"));
    QVERIFY(logged.contains("opening hours off"));
}

void TestOpeningHoursCommand::helpNamesIt()
{
    const Run r = run({"--help"});
    QVERIFY(r.out.contains("--opening-hours <hours|off|status>"));
}

QTEST_GUILESS_MAIN(TestOpeningHoursCommand)

#include "tst_openinghourscommand.moc"
