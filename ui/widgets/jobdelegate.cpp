#include "jobdelegate.h"

#include "joblistmodel.h"
#include "theme.h"
#include "wording.h"

#include <QAbstractItemView>
#include <QPainter>

namespace
{
constexpr int wrapFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
}

JobDelegate::JobDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

QList<int> JobDelegate::cardSizes() const
{
    const Theme &theme = Theme::current();
    return {theme.fontPx(Theme::Text::Lead), theme.fontPx(Theme::Text::Body),
            theme.fontPx(Theme::Text::Small), theme.px(100), int(m_brief)};
}

void JobDelegate::themeChanged()
{
    // High contrast changes colours only: 20,000 cards measured again would be wasted.
    if (cardSizes() != m_measuredWith)
        forgetHeights();
}

void JobDelegate::forgetHeights()
{
    m_measuredWith = cardSizes();
    m_heights.clear();
    emit sizeHintChanged({});
}

void JobDelegate::setBrief(bool brief)
{
    if (brief != m_brief) {
        m_brief = brief;
        forgetHeights();
    }
}

QRect JobDelegate::textRect(const QFontMetrics &metrics, const QRect &area, const QString &text)
{
    // Most lines fit on one line; measuring a wrapped layout costs ten times as much.
    const int width = metrics.horizontalAdvance(text);
    if (width < area.width())
        return {area.topLeft(), QSize(area.width(), metrics.height())};
    return metrics.boundingRect(area, wrapFlags, text);
}

QFont JobDelegate::font(int size, bool bold) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(size);
    font.setBold(bold);
    return font;
}

QFont JobDelegate::titleFont() const
{
    // Brief cards are there to be found while typing: body size keeps two of them in sight.
    return font(Theme::current().fontPx(m_brief ? Theme::Text::Body : Theme::Text::Lead), true);
}

QString JobDelegate::details(const QModelIndex &index) const
{
    return QStringLiteral("%1  ·  %2  ·  %3")
        .arg(Wording::kindName(index.data(JobListModel::KindRole).toString()),
             index.data(JobListModel::CapabilityNameRole).toString(),
             index.data(JobListModel::LocationRole).toString());
}

QString JobDelegate::closing(const QModelIndex &index) const
{
    const QDate date = index.data(JobListModel::ClosingDateRole).toDate();
    if (date == m_today)
        return tr("Closes today, %1").arg(Wording::longDate(date));
    return tr("Closes %1").arg(Wording::longDate(date));
}

QString JobDelegate::spokenDetails(const QModelIndex &index) const
{
    QString text = details(index).replace(QStringLiteral("  ·  "), QStringLiteral(", ")) +
                   QStringLiteral(". ") + closing(index) + QLatin1Char('.');
    if (Wording::closesSoon(index.data(JobListModel::ClosingDateRole).toDate(), m_today))
        text += QLatin1Char(' ') + tr("Closes soon.");
    return text;
}

JobDelegate::Layout JobDelegate::layoutFor(const QModelIndex &index, int width) const
{
    const Theme &theme = Theme::current();
    const int pad = theme.px(m_brief ? 16 : 28);
    const int textWidth = qMax(1, width - 2 * pad);
    const QFontMetrics titleMetrics(titleFont());
    const QFontMetrics bodyMetrics(font(theme.fontPx(Theme::Text::Small), false));
    const auto below = [&](const QRect &rect) { return rect.bottom() + theme.px(10); };
    Layout layout;
    layout.title =
        textRect(titleMetrics, QRect(pad, pad, textWidth, 100000), index.data().toString());
    const QString closingText = m_brief ? QString() : closing(index);
    if (m_brief) {
        layout.details = layout.closing = QRect(pad, layout.title.bottom(), textWidth, 0);
    } else {
        layout.details = textRect(bodyMetrics, QRect(pad, below(layout.title), textWidth, 100000),
                                  details(index));
        layout.closing = textRect(bodyMetrics, QRect(pad, below(layout.details), textWidth, 100000),
                                  closingText);
    }
    const QDate date = index.data(JobListModel::ClosingDateRole).toDate();
    if (Wording::closesSoon(date, m_today)) {
        const QFontMetrics badgeMetrics(font(theme.fontPx(Theme::Text::Small), true));
        const QSize badge =
            badgeMetrics.size(0, tr("Closes soon")) + QSize(2 * theme.px(16), 2 * theme.px(6));
        // Beside the date when there is room, under it when there is not.
        const bool oneLine = !m_brief && layout.closing.height() <= bodyMetrics.height();
        QPoint at(pad + bodyMetrics.horizontalAdvance(closingText) + theme.px(20),
                  layout.closing.top() - theme.px(6));
        if (!oneLine || at.x() + badge.width() > pad + textWidth)
            at = QPoint(pad, below(layout.closing));
        layout.badge = QRect(at, badge);
    }
    layout.height = qMax(layout.closing.bottom(), layout.badge.bottom()) + pad + theme.px(16);
    return layout;
}

QSize JobDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    // The list lays items out before it gives them a rectangle: the card is as wide as the
    // view, and only its height depends on the text.
    const int width = m_view->viewport()->width();
    Measured &measured = m_heights[index.data(JobListModel::ReferenceRole).toString()];
    if (measured.width != width)
        measured = {width, layoutFor(index, width).height};
    return {width, measured.height};
}

void JobDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    const Theme &theme = Theme::current();
    const Layout layout = layoutFor(index, option.rect.width());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    const QRect card(0, 0, option.rect.width(), layout.height - theme.px(16));
    painter->setPen(QPen(theme.border(), theme.px(3)));
    painter->setBrush(option.state & QStyle::State_Sunken ? theme.background() : theme.surface());
    painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), theme.px(16), theme.px(16));
    painter->setPen(theme.accent());
    painter->setFont(titleFont());
    painter->drawText(layout.title, wrapFlags, index.data().toString());
    if (!m_brief) {
        painter->setFont(font(theme.fontPx(Theme::Text::Small), false));
        painter->setPen(theme.text());
        painter->drawText(layout.details, wrapFlags, details(index));
        painter->drawText(layout.closing, wrapFlags, closing(index));
    }
    if (!layout.badge.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.colours().soon);
        painter->drawRoundedRect(layout.badge, theme.px(8), theme.px(8));
        painter->setPen(theme.colours().onSoon);
        painter->setFont(font(theme.fontPx(Theme::Text::Small), true));
        painter->drawText(layout.badge, Qt::AlignCenter, tr("Closes soon"));
    }
    painter->restore();
}
