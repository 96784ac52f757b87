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

private:
    QString m_plainText;
};
