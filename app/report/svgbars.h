#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Text and bar charts for a self-contained HTML page: every piece of text escaped (a name with
// markup in it is shown as text, never read as markup), and bars as inline SVG with the number
// beside each, so that the page needs no script and nothing from the network.
class SvgBars
{
public:
    using Bar = QPair<QString, qint64>; // name, value
    static constexpr int maxBars = 40;

    // &, <, >, " and ' as entities; what is left is plain text in any element or attribute.
    static QString escaped(const QString &text);
    // A chart of at most maxBars bars, described by `title` for screen readers.
    static QString chart(const QString &title, const QList<Bar> &bars, int width = 640);
};
