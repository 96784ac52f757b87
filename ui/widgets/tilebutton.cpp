#include "tilebutton.h"

#include "plainlabel.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>
#include <QStyleOption>
#include <QVBoxLayout>

TileButton::TileButton(const QString &heading, const QString &text, QWidget *parent)
    : QAbstractButton(parent), m_layout(new QVBoxLayout(this)),
      m_heading(new PlainLabel(heading, "heading")), m_text(new PlainLabel(text, "body"))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(heading);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_text);
    m_layout->addStretch();
    m_text->setVisible(!text.isEmpty());
    for (QLabel *label : {m_heading, m_text})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    describe();
}

void TileButton::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    setAccessibleName(heading);
}

void TileButton::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    describe();
}

void TileButton::addLine(const QString &line, const char *role)
{
    auto *label = new PlainLabel(line, role);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_layout->insertWidget(m_layout->count() - 1, label);
    describe();
}

void TileButton::describe()
{
    // Screen readers and the kiosk's speech hear the lines under the heading as its
    // description, in the order they are shown.
    QStringList lines;
    for (const PlainLabel *label : findChildren<PlainLabel *>()) {
        if (label != m_heading && !label->plainText().isEmpty())
            lines << label->plainText();
    }
    setAccessibleDescription(lines.join(QLatin1Char(' ')));
}

QString TileButton::heading() const
{
    return m_heading->text();
}

QSize TileButton::sizeHint() const
{
    return m_layout->sizeHint();
}

QSize TileButton::minimumSizeHint() const
{
    return m_layout->minimumSize();
}

void TileButton::paintEvent(QPaintEvent *)
{
    // Lets the style sheet draw the tile's background and border like any other widget.
    QStyleOption option;
    option.initFrom(this);
    QPainter painter(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
    if (isDown()) {
        painter.setOpacity(0.15);
        painter.fillRect(rect(), palette().color(QPalette::WindowText));
    }
}

void TileButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        const Theme &theme = Theme::current();
        m_layout->setContentsMargins(theme.px(32), theme.px(26), theme.px(32), theme.px(26));
        m_layout->setSpacing(theme.px(10));
        setMinimumHeight(theme.px(180));
    }
    QAbstractButton::changeEvent(event);
}
