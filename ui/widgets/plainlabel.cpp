#include "plainlabel.h"

#include <QStyle>

PlainLabel::PlainLabel(const QString &text, const char *role, QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setWordWrap(true);
    setText(text);
    setRole(role);
}

void PlainLabel::setText(const QString &text)
{
    m_plainText = text;
    QString shown;
    shown.reserve(text.size() + text.size() / 8);
    int run = 0;
    for (const QChar c : text) {
        shown += c;
        run = c.isSpace() ? 0 : run + 1;
        // After a slash, hyphen or dot, so that "event.kioskbundle" breaks before "kioskbundle"
        // rather than in the middle of it; a run of 16 without one breaks anyway.
        if (run >= 16 || (run > 1 && QStringLiteral("/-.").contains(c))) {
            shown += QChar(0x200B); // zero-width space
            run = 0;
        }
    }
    QLabel::setText(shown);
}

void PlainLabel::setRole(const char *role)
{
    setProperty("kiosk", QString::fromLatin1(role));
    // Badges hug their text; a wrapped label inside a left-aligned layout would be squeezed.
    setWordWrap(qstrcmp(role, "badge") != 0 && qstrcmp(role, "neutralBadge") != 0 &&
                qstrcmp(role, "invite") != 0);
    style()->unpolish(this);
    style()->polish(this);
}

void PlainLabel::setAddress(const QString &address)
{
    m_plainText = address;
    QString shown;
    shown.reserve(address.size() + address.size() / 4);
    int run = 0;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address.at(i);
        shown += c;
        ++run;
        const bool separator = (c == QLatin1Char('/') && (i + 1 == address.size() ||
                                                          address.at(i + 1) != QLatin1Char('/'))) ||
                               c == QLatin1Char('-');
        if (separator || run >= 40) {
            shown += QChar(0x200B); // zero-width space: a place to break, nothing to see
            run = 0;
        }
    }
    QLabel::setText(shown);
}

PlainLabel::Measuring PlainLabel::measuring() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), wordWrap()};
}

int PlainLabel::heightForWidth(int width) const
{
    Measuring now = measuring();
    if (now != m_measuring) {
        m_measuring = std::move(now);
        m_heights.clear();
    }
    for (const Measured &known : std::as_const(m_heights)) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == 4)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}
