#include "displaypower.h"

#include <QTest>

// Which command switches the display, by session: the cage session's script first, X11's DPMS,
// and none elsewhere (dimmed only). Nothing is started: a runner records what would be.
class TestDisplayPower : public QObject
{
    Q_OBJECT
private slots:
    void theSessionScriptFirst();
    void x11Dpms();
    void noneElsewhere_data();
    void noneElsewhere();
    void aCommandThatDoesNotStartIsReported();

private:
    static QProcessEnvironment environment(const QStringList &variables);
};

QProcessEnvironment TestDisplayPower::environment(const QStringList &variables)
{
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section('=', 0, 0), variable.section('=', 1));
    return environment;
}

void TestDisplayPower::theSessionScriptFirst()
{
    DisplayPower power("wayland",
                       environment({"CAREERS_KIOSK_DISPLAY_POWER=/usr/libexec/s", "DISPLAY=:0"}));
#ifdef Q_OS_LINUX
    QVERIFY(power.canSwitch());
    QStringList started;
    power.setRunnerForTesting([&](const QString &program, const QStringList &arguments) {
        started << (QStringList{program} + arguments).join(' ');
        return true;
    });
    QString error;
    QVERIFY(power.setOn(false, &error));
    QVERIFY(power.setOn(true, &error));
    QCOMPARE(started, (QStringList{"/usr/libexec/s display off", "/usr/libexec/s display on"}));
    QVERIFY(power.how().contains("session's script"));
#else
    QVERIFY(!power.canSwitch());
#endif
}

void TestDisplayPower::x11Dpms()
{
    DisplayPower power("xcb", environment({"DISPLAY=:0"}));
#ifdef Q_OS_LINUX
    QCOMPARE(power.command(false), (QStringList{"xset", "dpms", "force", "off"}));
    QCOMPARE(power.command(true), (QStringList{"xset", "dpms", "force", "on"}));
#else
    QVERIFY(power.command(false).isEmpty());
#endif
}

void TestDisplayPower::noneElsewhere_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("variables");
    QTest::newRow("another Wayland compositor") << "wayland" << QStringList{"WAYLAND_DISPLAY=w"};
    QTest::newRow("offscreen") << "offscreen" << QStringList{};
    QTest::newRow("X11 with no display") << "xcb" << QStringList{};
    QTest::newRow("windows") << "windows" << QStringList{};
}

void TestDisplayPower::noneElsewhere()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, variables);
    DisplayPower power(platform, environment(variables));
    QVERIFY(!power.canSwitch());
    QVERIFY(power.command(false).isEmpty());
    bool started = false;
    power.setRunnerForTesting([&](const QString &, const QStringList &) { return started = true; });
    QString error;
    QVERIFY(!power.setOn(false, &error));
    QVERIFY(!started);
    QVERIFY2(error.contains("dim"), qPrintable(error));
}

void TestDisplayPower::aCommandThatDoesNotStartIsReported()
{
    DisplayPower power("xcb", environment({"DISPLAY=:0"}));
    if (!power.canSwitch())
        QSKIP("no display switching on this platform");
    power.setRunnerForTesting([](const QString &, const QStringList &) { return false; });
    QString error;
    QVERIFY(!power.setOn(false, &error));
    QCOMPARE(error, QStringLiteral("xset could not be started"));
}

QTEST_GUILESS_MAIN(TestDisplayPower)

#include "tst_displaypower.moc"
