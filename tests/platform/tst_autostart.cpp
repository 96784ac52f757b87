#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `careers-kiosk --autostart on|off|status` in a temporary home (XDG_CONFIG_HOME).
class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void onWritesTheEntryAndTheUnit();
    void entryPassesDesktopAndSystemdChecks_data();
    void entryPassesDesktopAndSystemdChecks();
    void statusAndOff();
    void badChoice();

private:
    QString run(const QStringList &arguments, int *code = nullptr);
    QTemporaryDir m_home;
};

QString TestAutostart::run(const QStringList &arguments, int *code)
{
    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("PATH", "/nonexistent"); // no systemctl: nothing reaches this machine's user manager
    kiosk.setProcessEnvironment(env);
    kiosk.start(KIOSK_EXECUTABLE, arguments);
    kiosk.waitForFinished(20000);
    if (code)
        *code = kiosk.exitCode();
    return QString::fromUtf8(kiosk.readAllStandardOutput() + kiosk.readAllStandardError());
}

namespace
{
QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

void TestAutostart::onWritesTheEntryAndTheUnit()
{
    int code = -1;
    const QString out =
        run({"--autostart", "on", "--data-dir", "/srv/kiosk data", "--hide-pointer"}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("Start at login: on"), qPrintable(out));
    const QString unit = read(m_home.filePath("config/systemd/user/careers-kiosk.service"));
    QVERIFY(unit.contains("Type=notify"));
    QVERIFY(unit.contains("Restart=always"));
    QVERIFY(unit.contains("WatchdogSec=30"));
    QVERIFY(unit.contains("RestartPreventExitStatus=0"));
    QVERIFY2(unit.contains(QString("ExecStart=\"%1\" \"--data-dir\" \"/srv/kiosk data\" "
                                   "\"--hide-pointer\"")
                               .arg(KIOSK_EXECUTABLE)),
             qPrintable(unit));
    const QString entry = read(m_home.filePath("config/autostart/careers-kiosk.desktop"));
    QVERIFY(entry.startsWith("[Desktop Entry]\nType=Application\n"));
    QVERIFY(entry.contains("systemctl --user start careers-kiosk.service"));
    QVERIFY(entry.contains(QString("TryExec=%1\n").arg(KIOSK_EXECUTABLE)));
    QVERIFY(unit.contains("PartOf=graphical-session.target"));
    QVERIFY(unit.contains("WantedBy=graphical-session.target"));
}

void TestAutostart::entryPassesDesktopAndSystemdChecks_data()
{
    QTest::addColumn<QString>("dataDir");
    QTest::newRow("plain") << "/srv/kiosk";
    QTest::newRow("space") << "/srv/kiosk data";
    QTest::newRow("shell and desktop characters") << "/srv/a\"b$c`d%g;h (x) <y>";
}

void TestAutostart::entryPassesDesktopAndSystemdChecks()
{
    QFETCH(QString, dataDir);
    const QString validator = QStandardPaths::findExecutable("desktop-file-validate");
    const QString generator = "/lib/systemd/user-generators/systemd-xdg-autostart-generator";
    QVERIFY2(!validator.isEmpty(), "desktop-file-validate is not installed (desktop-file-utils)");
    QVERIFY2(QFile::exists(generator), "systemd's autostart generator is not installed (systemd)");
    int code = -1;
    run({"--autostart", "on", "--data-dir", dataDir}, &code);
    QCOMPARE(code, 0);
    const QString entry = m_home.filePath("config/autostart/careers-kiosk.desktop");
    QProcess validate;
    validate.start(validator, {entry});
    QVERIFY(validate.waitForFinished(20000));
    const QByteArray complaints =
        validate.readAllStandardOutput() + validate.readAllStandardError();
    QVERIFY2(validate.exitCode() == 0 && complaints.isEmpty(), complaints.constData());

    QTemporaryDir out;
    QProcess generate;
    QProcessEnvironment env;
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("XDG_CONFIG_DIRS", "/nonexistent");
    env.insert("SYSTEMD_LOG_TARGET", "console");
    generate.setProcessEnvironment(env);
    generate.start(generator, {out.path(), out.path(), out.path()});
    QVERIFY(generate.waitForFinished(20000));
    const QByteArray log = generate.readAllStandardOutput() + generate.readAllStandardError();
    QFile unit(out.filePath("app-careers\\x2dkiosk@autostart.service"));
    QVERIFY2(unit.open(QIODevice::ReadOnly), log.constData());
    const QByteArray text = unit.readAll();
    QVERIFY2(text.contains("sh -c") && text.contains("careers-kiosk.service"), text.constData());
    QVERIFY2(!log.contains("scape"), log.constData());
}

void TestAutostart::statusAndOff()
{
    run({"--autostart", "on"});
    QVERIFY(run({"--autostart", "status"}).contains("Start at login: on"));
    QVERIFY(run({"--autostart", "off"}).contains("Start at login: off"));
    QVERIFY(!QFile::exists(m_home.filePath("config/autostart/careers-kiosk.desktop")));
    QVERIFY(!QFile::exists(m_home.filePath("config/systemd/user/careers-kiosk.service")));
    QVERIFY(run({"--autostart", "status"}).contains("absent: "));
}

void TestAutostart::badChoice()
{
    int refused = 0;
    QVERIFY(run({"--autostart", "on", "--data-dir", "/srv/o'neil"}, &refused).contains("' or \\"));
    QCOMPARE(refused, 1);
    int code = 0;
    QVERIFY(run({"--autostart", "maybe"}, &code).contains("on, off or status"));
    QCOMPARE(code, 2);
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
