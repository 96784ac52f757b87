#pragma once

#include <QWidget>

class QScrollArea;
class QVBoxLayout;
class Theme;

// One page of the kiosk. Its content sits in a touch-scrolled column; the window shows its
// title in the top bar and resets it when a visitor walks away.
class Screen : public QWidget
{
    Q_OBJECT
public:
    explicit Screen(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // Clears everything a visitor did here: choices, text, scroll position.
    virtual void reset();

protected:
    QVBoxLayout *content() const { return m_content; }
    QScrollArea *scrollArea() const { return m_scroll; }
    virtual void applyTheme(const Theme &theme);
    void changeEvent(QEvent *event) override;
    // The window's shape, not this screen's: the on-screen keyboard takes height from a screen.
    bool isPortrait() const { return window()->height() > window()->width(); }

private:
    QScrollArea *m_scroll;
    QVBoxLayout *m_content;
};
