#pragma once

#include <QWidget>

class ChipGroup;
class PlainLabel;
class QGridLayout;
class QHBoxLayout;
class QPushButton;
class QScrollArea;

// Every filter of the vacancies at once, each chip in full and none in a scrolled corner:
// opened in place of the list, and closed by the button that shows the results. Only text at
// 200 % makes the chips scroll, as a whole page would.
class FilterSheet : public QWidget
{
    Q_OBJECT
public:
    explicit FilterSheet(const QList<ChipGroup *> &groups, QWidget *parent = nullptr);

    // Two columns side by side on a landscape screen, one column on a portrait one.
    void setPortrait(bool portrait);
    // The live count, on the button that closes the sheet.
    void setCount(int shown);
    QPushButton *showButton() const { return m_show; }
    QPushButton *clearButton() const { return m_clear; }
    // Scrolls only when larger text makes the chips taller than the screen.
    QScrollArea *chipArea() const { return m_scroll; }

signals:
    void closeWanted();
    void clearWanted();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    QList<ChipGroup *> m_groups;
    QGridLayout *m_grid;
    PlainLabel *m_heading;
    QScrollArea *m_scroll = nullptr;
    QHBoxLayout *m_buttons;
    QPushButton *m_clear;
    QPushButton *m_show;
    bool m_portrait = false;
};
