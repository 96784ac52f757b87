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

QModelIndex CardList::indexAt(const QPoint &point) const
{
    const QModelIndex found = QListView::indexAt(point);
    if (found.isValid() || !model())
        return found;
    // Until its last batch is laid out, QListView finds no card at any point (Qt 6.4): a tap
    // on a card in sight went unanswered for up to two seconds after a new text size. The
    // cards are one column, top to bottom, and those not yet laid out have no rectangle.
    int low = 0;
    int high = model()->rowCount(rootIndex()) - 1;
    while (low <= high) {
        const int middle = low + (high - low) / 2;
        const QModelIndex index = model()->index(middle, modelColumn(), rootIndex());
        const QRect rect = visualRect(index);
        if (!rect.isValid() || point.y() < rect.top())
            high = middle - 1;
        else if (point.y() > rect.bottom())
            low = middle + 1;
        else
            return rect.contains(point) ? index : QModelIndex();
    }
    return {};
}
