#include "countslist.h"

#include "interestnames.h"
#include "kineticscroll.h"
#include "plainlabel.h"
#include "theme.h"

#include <QVBoxLayout>

CountsList::CountsList(QWidget *parent) : QScrollArea(parent), m_lines(new QVBoxLayout)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *lines = new QWidget;
    lines->setObjectName(QStringLiteral("countLines"));
    m_lines->setContentsMargins(0, 0, 0, 0);
    lines->setLayout(m_lines);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(lines);
    KineticScroll::enable(this);
    setObjectName(QStringLiteral("countsList"));
}

QSize CountsList::sizeHint() const
{
    const QWidget *lines = widget();
    const int width = viewport()->width() > 0 ? viewport()->width() : lines->sizeHint().width();
    const int height =
        lines->hasHeightForWidth() ? lines->heightForWidth(width) : lines->sizeHint().height();
    return {QScrollArea::sizeHint().width(), qMin(height, Theme::current().px(560))};
}

void CountsList::clear()
{
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CountsList::addLine(QWidget *line)
{
    m_lines->addWidget(line);
    line->show(); // now, not in a later pass: the list's height is measured with it
}

int CountsList::setCounts(const QList<InterestStats::Count> &totals, const InterestNames &names)
{
    clear();
    const int indent = Theme::current().px(24);
    QString kind;
    for (const InterestStats::Count &total : totals) {
        // Visitors first, on a line of their own; then a heading for each kind.
        const bool visitors = total.kind == InterestStats::kindName(InterestStats::Kind::Visitors);
        if (total.kind != kind && !visitors)
            addLine(new PlainLabel(InterestNames::kindHeading(total.kind), "lead"));
        kind = total.kind;
        auto *line = new PlainLabel(tr("%1: %2 today, %3 in all")
                                        .arg(names.name(total.kind, total.key))
                                        .arg(total.onDay)
                                        .arg(total.count),
                                    visitors ? "lead" : "body");
        line->setIndent(visitors ? 0 : indent);
        addLine(line);
    }
    m_lines->addStretch();
    return int(m_lines->count()) - 1;
}

QStringList CountsList::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_lines->count(); ++i) {
        if (auto *label = qobject_cast<PlainLabel *>(m_lines->itemAt(i)->widget()))
            lines << label->plainText();
    }
    return lines;
}
