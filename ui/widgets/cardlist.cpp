#include "cardlist.h"

#include "theme.h"

CardList::CardList(QWidget *parent) : QListView(parent)
{
    setUniformItemSizes(false);
    setLayoutMode(QListView::Batched);
    setBatchSize(laterBatchSize());
}

int CardList::firstBatchSize() const
{
    // No card is shorter than a line of text and its margins, 64 px at 1080p. One more for
    // the card cut at the bottom, and one as QListView shows all but the last of a batch.
    const int shortestCard = qMax(1, Theme::current().px(64));
    return qMin(laterBatchSize(), viewport()->height() / shortestCard + 2);
}

int CardList::laterBatchSize() const
{
    return 100 * 100 / qMax(100, Theme::current().textPercent());
}

void CardList::doItemsLayout()
{
    // QListView lays the first batch out here and the others from a timer, one an event-loop
    // pass, with the batch size of the moment.
    setBatchSize(firstBatchSize());
    QListView::doItemsLayout();
    setBatchSize(laterBatchSize());
}
