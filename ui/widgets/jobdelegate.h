#pragma once

#include <QDate>
#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;

// Draws a vacancy as a card: its title in full, then kind, capability and place, then the
// closing date with a "Closes soon" badge in the last week. Text wraps and is never elided.
class JobDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit JobDelegate(QAbstractItemView *view);

    void setToday(const QDate &today) { m_today = today; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Measures the cards again if the theme changed their sizes (larger text, a new screen
    // size), not for new colours alone.
    void themeChanged();
    // Measures the cards again: new jobs, or a new day for the closing dates.
    void forgetHeights();
    // Title and "Closes soon" only: while a visitor types with larger text, so that two
    // results stay in sight beside the keyboard. The rest is a tap away, on the job's page.
    void setBrief(bool brief);
    bool isBrief() const { return m_brief; }
    // The card's lines after its title, as sentences for speech.
    QString spokenDetails(const QModelIndex &index) const;

private:
    struct Layout {
        QRect title;
        QRect details;
        QRect closing;
        QRect badge;
        int height = 0;
    };
    Layout layoutFor(const QModelIndex &index, int width) const;
    QFont font(int size, bool bold) const;
    QFont titleFont() const;
    static QRect textRect(const QFontMetrics &metrics, const QRect &area, const QString &text);
    QString details(const QModelIndex &index) const;
    QString closing(const QModelIndex &index) const;

    QAbstractItemView *m_view;
    QDate m_today;
    bool m_brief = false;
    struct Measured {
        int width = 0;
        int height = 0;
    };
    QList<int> cardSizes() const;

    // By reference, text measuring being slow. The key is the model's own string, shared, so
    // that forgetting 20,000 heights frees no strings.
    mutable QHash<QString, Measured> m_heights;
    QList<int> m_measuredWith; // the card's sizes that the heights were measured with
};
