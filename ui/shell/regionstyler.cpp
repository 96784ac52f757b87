#include "regionstyler.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

RegionStyler::RegionStyler(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &RegionStyler::styleNextWaiting);
}

void RegionStyler::setContainers(const QList<QWidget *> &containers)
{
    m_containers.clear();
    for (QWidget *container : containers)
        m_containers << container;
}

void RegionStyler::setThemed(const QList<QWidget *> &containers)
{
    m_themed.clear();
    for (QWidget *container : containers)
        m_themed << container;
}

QList<QWidget *> RegionStyler::regions() const
{
    QList<QWidget *> found;
    const auto isContainer = [this](QWidget *widget) {
        return std::any_of(m_containers.cbegin(), m_containers.cend(),
                           [widget](const QPointer<QWidget> &c) { return c == widget; });
    };
    for (const QPointer<QWidget> &container : m_containers) {
        if (!container)
            continue;
        const auto children = container->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            if (!isContainer(child) && !found.contains(child))
                found << child;
        }
    }
    for (const QPointer<QWidget> &styled : m_styled) {
        if (styled && !found.contains(styled.data()))
            found << styled.data();
    }
    return found;
}

void RegionStyler::setShownFirst(QWidget *region)
{
    m_shownFirst << region;
}

void RegionStyler::apply(const QString &sheet)
{
    m_sheet = sheet;
    m_waiting.clear();
    m_untold.clear();
    m_idle.stop();
    for (QWidget *region : regions()) {
        if (region->styleSheet() != sheet)
            style(region);
    }
    for (const QPointer<QWidget> &container : m_themed) {
        if (container)
            tell(container);
    }
}

void RegionStyler::applyInSight(const QString &sheet)
{
    if (sheet == m_sheet)
        return;
    m_sheet = sheet;
    m_waiting.clear();
    m_untold.clear();
    for (QWidget *region : regions()) {
        if (region->styleSheet() != sheet)
            nowOrWhenShown(region, &RegionStyler::style, m_waiting);
    }
    for (const QPointer<QWidget> &container : m_themed) {
        if (container)
            nowOrWhenShown(container, &RegionStyler::tell, m_untold);
    }
    if (!m_untold.isEmpty() ||
        std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                    [this](const QPointer<QWidget> &w) { return !m_shownFirst.contains(w); }))
        m_idle.start();
}

void RegionStyler::nowOrWhenShown(QWidget *widget, void (RegionStyler::*change)(QWidget *),
                                  QList<QPointer<QWidget>> &later)
{
    if (widget->isVisible()) {
        (this->*change)(widget);
        return;
    }
    later << widget; // or while the event loop is idle
    widget->installEventFilter(this);
}

void RegionStyler::style(QWidget *region)
{
    m_waiting.removeAll(region);
    if (!m_untold.contains(region))
        region->removeEventFilter(this);
    if (!m_styled.contains(region))
        m_styled << region;
    region->setStyleSheet(m_sheet);
}

void RegionStyler::tell(QWidget *container)
{
    m_untold.removeAll(container);
    if (!m_waiting.contains(container))
        container->removeEventFilter(this);
    QEvent change(QEvent::StyleChange);
    QCoreApplication::sendEvent(container, &change);
}

void RegionStyler::styleNextWaiting()
{
    m_waiting.removeAll(nullptr);
    const auto next =
        std::find_if(m_waiting.cbegin(), m_waiting.cend(),
                     [this](const QPointer<QWidget> &w) { return !m_shownFirst.contains(w); });
    if (next == m_waiting.cend()) {
        // Last, the hidden containers, whose regions now all have the sheet.
        m_untold.removeAll(nullptr);
        if (!m_untold.isEmpty()) {
            tell(m_untold.first().data());
            m_idle.start();
        }
        return;
    }
    style(next->data()); // one region a pass, each within a frame
    m_idle.start();
}

bool RegionStyler::isSettled() const
{
    return m_untold.isEmpty() &&
           std::all_of(m_waiting.cbegin(), m_waiting.cend(), [this](const QPointer<QWidget> &w) {
               return !w || w->styleSheet() == m_sheet;
           });
}

bool RegionStyler::eventFilter(QObject *watched, QEvent *event)
{
    // Before the region is laid out and painted for the first time since the change.
    if (event->type() == QEvent::Show) {
        auto *widget = static_cast<QWidget *>(watched);
        if (m_waiting.contains(widget))
            style(widget);
        if (m_untold.contains(widget))
            tell(widget);
    }
    return false;
}
