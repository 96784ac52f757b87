#pragma once

#include <QStackedWidget>

// The window's pages, one shown at a time: the attract screen, the main page (the bar, the
// screens, the keyboard) and, with a data folder, the staff area. The main page and the staff
// area wait outside the stack until one of them is first wanted, so that the first frame
// styles and lays out the attract screen alone.
class KioskPages : public QStackedWidget
{
    Q_OBJECT
public:
    explicit KioskPages(QWidget *attract, QWidget *parent = nullptr);

    // The staff area is none without a data folder.
    void hold(QWidget *mainPage, QWidget *staff);
    // False when they are in the stack already.
    bool addHeld();
    // What was never added is the window's to delete, not the stack's.
    void deleteHeld();
    QWidget *mainPage() const { return m_main; }
    bool isShowing(const QWidget *page) const { return page && currentWidget() == page; }

private:
    void onlyShownPageTakesRoom();

    QWidget *m_main = nullptr;
    QWidget *m_staff = nullptr;
    bool m_added = false;
};
