#pragma once

#include <QPointer>
#include <QWidget>

// The keypad's focus ring: drawn over the window around the item that has the focus (or the
// current card of a list), only while the visitor uses keys. A touch hides it again.
class FocusRing : public QWidget
{
    Q_OBJECT
public:
    explicit FocusRing(QWidget *window);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Follows the focus; call again when the target moves (a scroll, a new current card).
    void follow(QWidget *target);
    QWidget *target() const { return m_target; }
    // Where the ring is drawn, in the window's coordinates; empty when it is not shown.
    QRect ringRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    QRect targetRect() const;

    QPointer<QWidget> m_target;
    bool m_active = false;
};
