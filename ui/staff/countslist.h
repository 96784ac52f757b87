#pragma once

#include "intereststats.h"

#include <QScrollArea>

class InterestNames;
class QVBoxLayout;

// The day's counts on the staff screen, every line however many: visitors first on a line of
// their own, then a heading for each kind and a line for each item. As tall as its lines at
// its width, up to about a dozen of them; the rest scroll.
class CountsList : public QScrollArea
{
    Q_OBJECT
public:
    explicit CountsList(QWidget *parent = nullptr);

    // How many lines it shows now, headings included.
    int setCounts(const QList<InterestStats::Count> &totals, const InterestNames &names);
    QStringList lines() const;
    QSize sizeHint() const override;

private:
    void clear();
    void addLine(QWidget *line);

    QVBoxLayout *m_lines; // a label a line
};
