#include "staffgesture.h"

#include <QTest>

class TestStaffGesture : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void holdThenThreeTaps();
    void shortHoldDoesNothing();
    void tapsTooLateDoNothing();
    void aTouchElsewhereStartsAgain();
    void tapsWithoutHoldDoNothing();

private:
    bool tapRight(qint64 at);
    StaffGesture m_gesture;
    const QPoint m_left{10, 1070};
    const QPoint m_right{1910, 1070};
};

void TestStaffGesture::init()
{
    m_gesture.reset();
    m_gesture.setArea({1920, 1080}, 60);
}

bool TestStaffGesture::tapRight(qint64 at)
{
    m_gesture.press(m_right, at);
    return m_gesture.release(m_right, at + 80);
}

void TestStaffGesture::holdThenThreeTaps()
{
    QVERIFY(!m_gesture.press(m_left, 0));
    QVERIFY(!m_gesture.release(m_left, 3100));
    QVERIFY(!tapRight(3500));
    QVERIFY(!tapRight(3900));
    QVERIFY(tapRight(4300));
    QVERIFY(!tapRight(4700)); // and it starts again from nothing
}

void TestStaffGesture::shortHoldDoesNothing()
{
    m_gesture.press(m_left, 0);
    m_gesture.release(m_left, 2500);
    QVERIFY(!tapRight(2600));
    QVERIFY(!tapRight(2800));
    QVERIFY(!tapRight(3000));
}

void TestStaffGesture::tapsTooLateDoNothing()
{
    m_gesture.press(m_left, 0);
    m_gesture.release(m_left, 3000);
    QVERIFY(!tapRight(4000));
    QVERIFY(!tapRight(5000));
    QVERIFY(!tapRight(8100));
}

void TestStaffGesture::aTouchElsewhereStartsAgain()
{
    m_gesture.press(m_left, 0);
    m_gesture.release(m_left, 3000);
    QVERIFY(!tapRight(3200));
    m_gesture.press({960, 540}, 3400);
    m_gesture.release({960, 540}, 3450);
    QVERIFY(!tapRight(3600));
    QVERIFY(!tapRight(3800));
}

void TestStaffGesture::tapsWithoutHoldDoNothing()
{
    for (int i = 0; i < 6; ++i)
        QVERIFY(!tapRight(i * 300));
}

QTEST_GUILESS_MAIN(TestStaffGesture)
#include "tst_staffgesture.moc"
