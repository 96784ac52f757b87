#pragma once

#include <QWidget>

class QBoxLayout;
class QScrollArea;
class QVBoxLayout;
class Theme;

// One page of the kiosk. Its content sits in a touch-scrolled column; the window shows its
// title in the top bar. What a visitor chose on it lives in the visitor session, not here.
class Screen : public QWidget
{
    Q_OBJECT
public:
    explicit Screen(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // A short fixed name for the interest counts, whatever language the title is in.
    virtual QString key() const = 0;
    // What a visitor can do here, in a sentence or two: spoken when the screen opens.
    virtual QString purpose() const { return {}; }
    // The catalogue loaded new content: show it. A screen that only renders the session's
    // choice (the capability or job shown) renders it again when it is next opened.
    virtual void refresh() {}
    // A visitor ended: anything the screen shows that is not the session's goes back to how a
    // fresh kiosk shows it. What the visitor chose is the session's and is reset there.
    virtual void reset() {}
    // Entered from elsewhere, a screen starts at its first items; only Back returns to the
    // place a visitor left.
    virtual void scrollToTop();
    // Back inside the screen first (closing a sheet it opened); false: Back leaves it.
    virtual bool back() { return false; }
    // Where a landscape screen keeps the compact keyboard beside its results, if it has one.
    virtual QBoxLayout *keyboardDock() const { return nullptr; }
    // The on-screen keyboard came up over or beside the screen, or went.
    virtual void setKeyboardUp(bool up) { Q_UNUSED(up); }
    // Set from the window's shape for every screen at once, shown or not: a hidden screen
    // still laid out for landscape would make the whole window too wide for portrait.
    void setPortrait(bool portrait);
    // The widgets that the window's styler treats as containers (see RegionStyler): none, so
    // the screen is one region. A screen that keeps a large part hidden for most of a visit
    // names the widgets around it, itself included, so that the part is a region of its own.
    virtual QList<QWidget *> containers() const { return {}; }

signals:
    // What purpose() says changed while the screen stayed (the finder's next question): said
    // again when the screen is the one in sight.
    void purposeChanged();

protected:
    QVBoxLayout *content() const { return m_content; }
    QScrollArea *scrollArea() const { return m_scroll; }
    virtual void applyTheme(const Theme &theme);
    void changeEvent(QEvent *event) override;
    bool isPortrait() const { return m_portrait; }
    virtual void orientationChanged() {}
    // Whenever the room the screen has may have changed (shown, resized, restyled): for
    // screens that arrange what must be in sight as they open.
    virtual void fitToView() {}
    // Lays the page out now at the view's width, so sizes and places are those shown.
    void layOutNow();
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QScrollArea *m_scroll;
    QVBoxLayout *m_content;
    bool m_portrait = false;
};
