#include "cardlist.h"
#include "theme.h"

#include <QStandardItemModel>
#include <QTest>

// The list of vacancy cards lays out what fills the view before its first frame, and the
// rest in later passes of the event loop; a card in sight can be tapped meanwhile.
class TestCardList : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstBatchIsWhatFillsTheView();
    void largerTextTakesSmallerLaterBatches();
    void aCardIsFoundWhileTheRestAreLaidOut();

private:
    bool laidOut(int row) const;
    // 2,000 cards in a shown list, all laid out, then laid out again from the first as a new
    // text size makes them: only the first batch is laid out when this returns.
    void layOutAgain();

    std::unique_ptr<QStandardItemModel> m_cards;
    std::unique_ptr<CardList> m_list;
};

void TestCardList::init()
{
    Theme::setCurrent(Theme::forSize(1920, 1080, 100, false));
    m_cards = std::make_unique<QStandardItemModel>(2000, 1);
    for (int row = 0; row < m_cards->rowCount(); ++row)
        m_cards->setData(m_cards->index(row, 0), QStringLiteral("Card %1").arg(row));
    m_list = std::make_unique<CardList>();
    m_list->setModel(m_cards.get());
    m_list->resize(600, 660);
}

void TestCardList::cleanup()
{
    m_list.reset();
    m_cards.reset();
}

bool TestCardList::laidOut(int row) const
{
    return m_list->visualRect(m_cards->index(row, 0)).isValid();
}

void TestCardList::layOutAgain()
{
    m_list->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_list.get()));
    QTRY_VERIFY(laidOut(m_cards->rowCount() - 1));
    m_list->doItemsLayout();
}

void TestCardList::firstBatchIsWhatFillsTheView()
{
    layOutAgain();
    const int first = m_list->firstBatchSize();
    const int inView = m_list->viewport()->height() / Theme::current().px(64);
    QVERIFY(laidOut(inView)); // a view full of the shortest cards, and one more
    QVERIFY(first < m_list->laterBatchSize());
    QVERIFY(!laidOut(first));
    QCOMPARE(m_list->batchSize(), m_list->laterBatchSize());
    QTRY_VERIFY(laidOut(m_cards->rowCount() - 1));
}

void TestCardList::largerTextTakesSmallerLaterBatches()
{
    QCOMPARE(m_list->laterBatchSize(), 100);
    Theme::setCurrent(Theme::forSize(1920, 1080, 200, false));
    QCOMPARE(m_list->laterBatchSize(), 50);
}

void TestCardList::aCardIsFoundWhileTheRestAreLaidOut()
{
    layOutAgain();
    QVERIFY(!laidOut(m_cards->rowCount() - 1)); // the rest are still to come
    for (const int row : {0, 3}) {
        const QModelIndex card = m_cards->index(row, 0);
        const QRect rect = m_list->visualRect(card);
        QCOMPARE(m_list->indexAt(rect.center()), card);
        QCOMPARE(m_list->indexAt(rect.topLeft()), card);
    }
    // Below the cards laid out so far: none yet.
    const int x = m_list->visualRect(m_cards->index(0, 0)).center().x();
    QVERIFY(!m_list->indexAt(QPoint(x, m_list->viewport()->height() - 1)).isValid());
}

QTEST_MAIN(TestCardList)
#include "tst_cardlist.moc"
