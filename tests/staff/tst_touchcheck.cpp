#include "touchcheck.h"

#include <QTest>

// The self-test's touch check with synthetic touches: on target, a little off as a finger is,
// offset by the same distance everywhere, scattered, and as if the touch input were turned or
// mirrored against the screen, on landscape and portrait screens.
class TestTouchCheck : public QObject
{
    Q_OBJECT
private slots:
    void targetsInTheCornersAndTheCentre();
    void onTargetWorks_data();
    void onTargetWorks();
    void offsetIsMeasured_data();
    void offsetIsMeasured();
    void turnedOrMirroredIsNamed_data();
    void turnedOrMirroredIsNamed();
    void scatteredTouches();
    void notDoneIsNotRun();
};

namespace
{

// Each target's touch, moved by `land`.
TouchCheck touchAll(QSize screen, const std::function<QPoint(QPoint)> &land)
{
    TouchCheck check(screen);
    for (const QPoint &target : check.targets())
        check.touched(land(target));
    return check;
}

} // namespace

void TestTouchCheck::targetsInTheCornersAndTheCentre()
{
    TouchCheck check(QSize(1920, 1080));
    const QList<QPoint> targets = check.targets();
    QCOMPARE(targets.size(), TouchCheck::targetCount);
    QCOMPARE(targets.at(0), QPoint(180, 180));
    QCOMPARE(targets.at(2), QPoint(1919 - 180, 1079 - 180));
    QCOMPARE(targets.at(4), QPoint(960, 540));
    QCOMPARE(check.next(), 0);
    check.touched(targets.at(0));
    QCOMPARE(check.next(), 1);
}

void TestTouchCheck::onTargetWorks_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1080x1920") << QSize(1080, 1920);
    QTest::newRow("3840x2160") << QSize(3840, 2160);
}

void TestTouchCheck::onTargetWorks()
{
    QFETCH(QSize, screen);
    // A finger lands a little off, differently each time.
    const QList<QPoint> wobble{{5, -8}, {-12, 3}, {9, 9}, {0, -14}, {-6, 4}};
    int i = 0;
    const TouchCheck check = touchAll(screen, [&](QPoint target) { return target + wobble[i++]; });
    const SelfTestReport::Check result = check.result();
    QCOMPARE(result.outcome, SelfTestReport::Outcome::Passed);
    QVERIFY2(result.text.startsWith("Touch works"), qPrintable(result.text));
    QVERIFY(result.todo.isEmpty());
}

void TestTouchCheck::offsetIsMeasured_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QPoint>("shift");
    QTest::addColumn<QString>("text");
    QTest::newRow("140 px left") << QSize(1920, 1080) << QPoint(-140, 0)
                                 << "Touches land 140 px left of where you touch.";
    QTest::newRow("90 px below, portrait")
        << QSize(1080, 1920) << QPoint(0, 90) << "Touches land 90 px below where you touch.";
    QTest::newRow("both ways, 4K") << QSize(3840, 2160) << QPoint(200, -120)
                                   << "Touches land 200 px right of and 120 px above where you "
                                      "touch.";
}

void TestTouchCheck::offsetIsMeasured()
{
    QFETCH(QSize, screen);
    QFETCH(QPoint, shift);
    QFETCH(QString, text);
    const QList<QPoint> wobble{{3, -4}, {-4, 2}, {2, 3}, {0, -3}, {-1, 2}};
    int i = 0;
    const TouchCheck check =
        touchAll(screen, [&](QPoint target) { return target + shift + wobble[i++]; });
    const SelfTestReport::Check result = check.result();
    QCOMPARE(result.outcome, SelfTestReport::Outcome::Failed);
    QCOMPARE(result.text, text);
    QVERIFY(result.todo.contains("check the screen's rotation and the touch mapping"));
    QVERIFY((check.offset() - shift).manhattanLength() <= 4);
}

void TestTouchCheck::turnedOrMirroredIsNamed_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("turn"); // degrees clockwise; -1: mirrored left to right
    QTest::addColumn<QString>("words");
    for (const QSize screen : {QSize(1920, 1080), QSize(1080, 1920)}) {
        const QString size = QStringLiteral("%1x%2 ").arg(screen.width()).arg(screen.height());
        QTest::newRow(qPrintable(size + "90")) << screen << 90 << "turned a quarter to the right";
        QTest::newRow(qPrintable(size + "180")) << screen << 180 << "turned upside down";
        QTest::newRow(qPrintable(size + "270")) << screen << 270 << "turned a quarter to the left";
        QTest::newRow(qPrintable(size + "mirrored")) << screen << -1 << "mirrored left to right";
    }
}

void TestTouchCheck::turnedOrMirroredIsNamed()
{
    QFETCH(QSize, screen);
    QFETCH(int, turn);
    QFETCH(QString, words);
    // The touch input reports a touch at (x, y) of the screen where a screen turned by `turn`
    // would have it: the same fractions of the width and height, turned about the centre.
    const double w = screen.width();
    const double h = screen.height();
    const TouchCheck check = touchAll(screen, [&](QPoint target) {
        const double u = target.x() / w;
        const double v = target.y() / h;
        QPointF turned(u, v);
        if (turn == 90)
            turned = QPointF(1 - v, u);
        else if (turn == 180)
            turned = QPointF(1 - u, 1 - v);
        else if (turn == 270)
            turned = QPointF(v, 1 - u);
        else
            turned = QPointF(1 - u, v);
        return QPoint(qRound(turned.x() * w) + 6, qRound(turned.y() * h) - 5);
    });
    const SelfTestReport::Check result = check.result();
    QCOMPARE(result.outcome, SelfTestReport::Outcome::Failed);
    QCOMPARE(result.text, "Touches land as if the screen were " + words + ".");
    QVERIFY(result.todo.contains("touch mapping"));
}

void TestTouchCheck::scatteredTouches()
{
    const QList<QPoint> scatter{{150, 0}, {-150, 0}, {0, 150}, {0, -150}, {0, 0}};
    int i = 0;
    const TouchCheck check =
        touchAll(QSize(1920, 1080), [&](QPoint target) { return target + scatter[i++]; });
    const SelfTestReport::Check result = check.result();
    QCOMPARE(result.outcome, SelfTestReport::Outcome::Failed);
    QCOMPARE(result.text,
             QStringLiteral("Touches land up to 150 px from where you touch, in different "
                            "directions."));
    QVERIFY(result.todo.startsWith("calibrate the touch screen"));
}

void TestTouchCheck::notDoneIsNotRun()
{
    TouchCheck check(QSize(1920, 1080));
    check.touched(check.targets().at(0));
    QCOMPARE(check.result().outcome, SelfTestReport::Outcome::NotRun);
    check.restart();
    QCOMPARE(check.next(), 0);
}

QTEST_GUILESS_MAIN(TestTouchCheck)

#include "tst_touchcheck.moc"
