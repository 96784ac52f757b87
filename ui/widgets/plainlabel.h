#pragma once

#include <QLabel>

// A label for text that may come from a bundle: always plain text, never rich text or links,
// wrapped rather than elided, and not selectable, so a drag scrolls instead of selecting.
class PlainLabel : public QLabel
{
    Q_OBJECT
public:
    explicit PlainLabel(const QString &text = {}, const char *role = "body",
                        QWidget *parent = nullptr);
    void setRole(const char *role);

    // Hides QLabel::setText: long unbroken runs (addresses, references) get invisible break
    // opportunities so that they wrap instead of widening the screen.
    void setText(const QString &text);
    // For a web address: it may wrap only after a '/' or a '-', never inside a word. A run of
    // more than 40 characters without either still gets a break, so that no bundle can
    // widen the screen.
    void setAddress(const QString &address);
    QString plainText() const { return m_plainText; }

    // Remembers the last few heights: a layout asks a wrapped label its height at one width
    // several times in a pass (its minimum, its hint, its place), and QLabel shapes the whole
    // text each time.
    int heightForWidth(int width) const override;

private:
    // What the height depends on; when any of it changes the heights are measured again.
    struct Measuring {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        bool wrap = false;
        bool operator==(const Measuring &) const = default;
    };
    struct Measured {
        int width = 0;
        int height = 0;
    };
    Measuring measuring() const;

    QString m_plainText;
    mutable Measuring m_measuring;
    mutable QList<Measured> m_heights;
};
