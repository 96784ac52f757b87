#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

// Gives the theme's style sheet to a window region by region, so that a change of theme
// costs what is in sight. A sheet set on the window would restyle every hidden screen and
// the staff area as well: at 20,000 jobs that made "Larger text" take 60 to 90 ms. Regions
// in sight take the new sheet at once; the others when they are next shown, or one at a
// time while the event loop is idle, each within a frame.
//
// The regions are the children of the containers (the window, the stacks and pages that
// hold screens, and the parts of a screen around what it keeps hidden for most of a visit),
// and every widget that was given the sheet before, wherever it has moved. A hidden part of
// a region would be restyled with it: the vacancies screen's filter sheet and keyboard were
// three quarters of a switch's cost until the screen became a container.
class RegionStyler : public QObject
{
    Q_OBJECT
public:
    explicit RegionStyler(QObject *parent = nullptr);

    // Containers take no sheet of their own; their children are the regions.
    void setContainers(const QList<QWidget *> &containers);
    // Of the containers, those that size something by the theme themselves (a screen, its
    // margins and cards): as Qt tells a region, they are sent a StyleChange, once the regions
    // they hold have the new sheet. Qt's own containers are not: a scroll area told of a new
    // style measures everything it holds, hidden pages too.
    void setThemed(const QList<QWidget *> &containers);
    // Styled only when shown, never while idle: a region that visitors never see and that
    // takes longer than a frame to restyle (the staff area).
    void setShownFirst(QWidget *region);
    // Every region at once: at start, on a new screen size, and whenever what follows
    // measures hidden screens at once (a visitor who walks away, a test).
    void apply(const QString &sheet);
    // The regions in sight at once, the others later: for a visitor's tap.
    void applyInSight(const QString &sheet);
    QString sheet() const { return m_sheet; }
    // Whether every region has the current sheet.
    bool isSettled() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QWidget *> regions() const;
    // In sight: now; hidden: put in `later`, for its Show or an idle pass.
    void nowOrWhenShown(QWidget *widget, void (RegionStyler::*change)(QWidget *),
                        QList<QPointer<QWidget>> &later);
    void style(QWidget *region);
    void tell(QWidget *container);
    void styleNextWaiting();

    QList<QPointer<QWidget>> m_containers;
    QList<QPointer<QWidget>> m_themed;
    QList<QPointer<QWidget>> m_styled;  // every region ever given a sheet
    QList<QPointer<QWidget>> m_waiting; // hidden regions whose sheet is out of date
    QList<QPointer<QWidget>> m_untold;  // hidden themed containers not yet told of the change
    QList<QPointer<QWidget>> m_shownFirst;
    QString m_sheet;
    QTimer m_idle;
};
