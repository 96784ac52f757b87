#include "svgbars.h"

#include <QLocale>

#include <algorithm>

QString SvgBars::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString SvgBars::chart(const QString &title, const QList<Bar> &bars, int width)
{
    const int row = 22;
    const int nameWidth = width * 2 / 5;
    const int barSpace = width - nameWidth - 70;
    const qsizetype count = std::min<qsizetype>(bars.size(), maxBars);
    qint64 most = 1;
    for (const Bar &bar : bars)
        most = std::max(most, bar.second);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                                 "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                                 "aria-label=\"%3\">")
                      .arg(width)
                      .arg(count * row + 4)
                      .arg(escaped(title));
    for (qsizetype i = 0; i < count; ++i) {
        const Bar &bar = bars.at(i);
        const int y = int(i) * row;
        const int length = int(qreal(barSpace) * qreal(bar.second) / qreal(most));
        QString name = bar.first;
        if (name.size() > 40)
            name = name.left(39) + QChar(0x2026);
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" class=\"name\">%2</text>"
                              "<rect x=\"%3\" y=\"%4\" width=\"%5\" height=\"14\" class=\"bar\"/>"
                              "<text x=\"%6\" y=\"%1\" class=\"value\">%7</text>")
                   // One pass: a name holding "%3" is text, not a place for the next number.
                   .arg(QString::number(y + 15), escaped(name), QString::number(nameWidth),
                        QString::number(y + 4), QString::number(std::max(length, 1)),
                        QString::number(nameWidth + std::max(length, 1) + 6),
                        QLocale().toString(bar.second));
    }
    return svg + QStringLiteral("</svg>");
}
