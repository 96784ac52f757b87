#pragma once

#include <QListView>

// A list of cards of different heights, laid out in batches so that thousands of them never
// hold up a touch. Its first batch is only as many cards as can fill the view: after a new
// text size or a first visit, the frame waits for the cards in sight, not for a hundred.
class CardList : public QListView
{
    Q_OBJECT
public:
    explicit CardList(QWidget *parent = nullptr);

    void doItemsLayout() override;
    QModelIndex indexAt(const QPoint &point) const override;
    // The cards laid out before the first frame.
    int firstBatchSize() const;
    // The cards laid out in each later pass of the event loop: a hundred at normal text
    // size, fewer for larger text, whose cards wrap more, so that each pass fits a frame.
    int laterBatchSize() const;
};
