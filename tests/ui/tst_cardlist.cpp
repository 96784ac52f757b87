#include "cardlist.h"
#include "theme.h"

#include <QStandardItemModel>
#include <QTest>

// The list of vacancy cards lays out what fills the view before its first frame, and the
// rest in later passes of the event loop.
class TestCardList : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void firstBatchIsWhatFillsTheView();
    void largerTextTakesSmallerLaterBatches();
};

namespace
{
bool laidOut(const QListView &list, int row)
{
    return list.visualRect(list.model()->index(row, 0)).isValid();
}
} // namespace

void TestCardList::init()
{
    Theme::setCurrent(Theme::forSize(1920, 1080, 100, false));
}

void TestCardList::firstBatchIsWhatFillsTheView()
{
    QStandardItemModel cards(2000, 1);
    for (int row = 0; row < cards.rowCount(); ++row)
        cards.setData(cards.index(row, 0), QStringLiteral("Card %1").arg(row));
    CardList list;
    list.setModel(&cards);
    list.resize(600, 660);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QTRY_VERIFY(laidOut(list, cards.rowCount() - 1));

    // As a new text size does: the cards are measured again from the first.
    list.doItemsLayout();
    const int first = list.firstBatchSize();
    const int inView = list.viewport()->height() / Theme::current().px(64);
    QVERIFY(laidOut(list, inView)); // a view full of the shortest cards, and one more
    QVERIFY(first < list.laterBatchSize());
    QVERIFY(!laidOut(list, first));
    QCOMPARE(list.batchSize(), list.laterBatchSize());
    QTRY_VERIFY(laidOut(list, cards.rowCount() - 1));
}

void TestCardList::largerTextTakesSmallerLaterBatches()
{
    CardList list;
    QCOMPARE(list.laterBatchSize(), 100);
    Theme::setCurrent(Theme::forSize(1920, 1080, 200, false));
    QCOMPARE(list.laterBatchSize(), 50);
}

QTEST_MAIN(TestCardList)
#include "tst_cardlist.moc"
