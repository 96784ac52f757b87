#pragma once

#include <QTimer>
#include <QWidget>

class Catalogue;
class PlainLabel;
class QVBoxLayout;

// The screen a passer-by sees: the unit's name, a slowly changing highlight of its
// capabilities, and an invitation to touch. The touch that wakes it does nothing else.
class AttractScreen : public QWidget
{
    Q_OBJECT
public:
    explicit AttractScreen(Catalogue *catalogue, QWidget *parent = nullptr);

    void refresh();
    void showHighlight(int index);
    int highlightIndex() const { return m_index; }

signals:
    void woken();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitInvite();

    Catalogue *m_catalogue;
    QVBoxLayout *m_layout;
    PlainLabel *m_unit;
    PlainLabel *m_question;
    PlainLabel *m_highlightName;
    PlainLabel *m_highlightText;
    PlainLabel *m_dots;
    PlainLabel *m_invite;
    PlainLabel *m_sample;
    QTimer m_rotation;
    bool m_pressed = false;
    int m_index = 0;
};
