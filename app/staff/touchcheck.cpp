#include "touchcheck.h"

#include <QCoreApplication>
#include <QLineF>
#include <QtMath>

#include <cmath>

namespace
{

// What the touch input may have been given instead of the screen's own orientation: the
// target at (u, v), in fractions of the screen, is reported at transform(u, v).
struct Transform {
    const char *words;
    QPointF (*map)(QPointF);
};
const Transform transforms[] = {
    {"", [](QPointF p) { return p; }},
    {QT_TRANSLATE_NOOP("SelfTest", "turned a quarter to the right"),
     [](QPointF p) { return QPointF(1 - p.y(), p.x()); }},
    {QT_TRANSLATE_NOOP("SelfTest", "turned upside down"),
     [](QPointF p) { return QPointF(1 - p.x(), 1 - p.y()); }},
    {QT_TRANSLATE_NOOP("SelfTest", "turned a quarter to the left"),
     [](QPointF p) { return QPointF(p.y(), 1 - p.x()); }},
    {QT_TRANSLATE_NOOP("SelfTest", "mirrored left to right"),
     [](QPointF p) { return QPointF(1 - p.x(), p.y()); }},
    {QT_TRANSLATE_NOOP("SelfTest", "mirrored top to bottom"),
     [](QPointF p) { return QPointF(p.x(), 1 - p.y()); }},
    {QT_TRANSLATE_NOOP("SelfTest", "turned and mirrored"),
     [](QPointF p) { return QPointF(p.y(), p.x()); }},
    {QT_TRANSLATE_NOOP("SelfTest", "turned and mirrored"),
     [](QPointF p) { return QPointF(1 - p.y(), 1 - p.x()); }},
};
constexpr int transformCount = int(std::size(transforms));

QString tr(const char *text)
{
    return QCoreApplication::translate("SelfTest", text);
}

} // namespace

TouchCheck::TouchCheck(QSize screen) : m_screen(screen) {}

QList<QPoint> TouchCheck::targets() const
{
    // Well inside the corners: a bezel never hides one, and a touch that lands a hand's
    // width off still lands on the screen, where it can be measured.
    const int inset = qMax(60, qMin(m_screen.width(), m_screen.height()) / 6);
    const int right = m_screen.width() - 1 - inset;
    const int bottom = m_screen.height() - 1 - inset;
    return {QPoint(inset, inset), QPoint(right, inset), QPoint(right, bottom),
            QPoint(inset, bottom), QPoint(m_screen.width() / 2, m_screen.height() / 2)};
}

void TouchCheck::touched(QPoint at)
{
    if (!isDone())
        m_touches << at;
}

int TouchCheck::tolerance() const
{
    return qMax(30, qMin(m_screen.width(), m_screen.height()) / 30);
}

TouchCheck::Fit TouchCheck::fit(int transform) const
{
    const QList<QPoint> shown = targets();
    const double w = m_screen.width();
    const double h = m_screen.height();
    QList<QPointF> misses;
    QPointF sum;
    for (int i = 0; i < m_touches.size(); ++i) {
        const QPointF expected =
            transforms[transform].map(QPointF(shown[i].x() / w, shown[i].y() / h));
        const QPointF miss = QPointF(m_touches[i]) - QPointF(expected.x() * w, expected.y() * h);
        misses << miss;
        sum += miss;
    }
    Fit result;
    result.transform = transform;
    result.offset = misses.isEmpty() ? QPointF() : sum / double(misses.size());
    for (const QPointF &miss : std::as_const(misses)) {
        result.spread = qMax(result.spread, QLineF(miss, result.offset).length());
        result.worst = qMax(result.worst, std::hypot(miss.x(), miss.y()));
    }
    return result;
}

TouchCheck::Fit TouchCheck::bestFit() const
{
    const Fit straight = fit(0);
    Fit best = straight;
    for (int transform = 1; transform < transformCount; ++transform) {
        const Fit other = fit(transform);
        if (other.spread < best.spread)
            best = other;
    }
    // Turned or mirrored only when that explains the touches clearly better than a plain miss.
    const bool clearly = best.spread <= tolerance() && straight.spread > 2 * tolerance();
    return clearly ? best : straight;
}

QPoint TouchCheck::offset() const
{
    return bestFit().offset.toPoint();
}

SelfTestReport::Check TouchCheck::result() const
{
    SelfTestReport::Check check = SelfTestReport::notRun(QStringLiteral("touch"));
    if (!isDone())
        return check;
    const Fit best = bestFit();
    const QString todo = tr("check the screen's rotation and the touch mapping (see the set-up "
                            "guide, docs/self-test.md)");
    if (best.transform != 0) {
        check.outcome = SelfTestReport::Outcome::Failed;
        check.text =
            tr("Touches land as if the screen were %1.").arg(tr(transforms[best.transform].words));
        check.todo = todo;
        return check;
    }
    const int x = qRound(best.offset.x());
    const int y = qRound(best.offset.y());
    QStringList where;
    if (qAbs(x) > tolerance() / 2)
        where << (x < 0 ? tr("%1 px left of") : tr("%1 px right of")).arg(qAbs(x));
    if (qAbs(y) > tolerance() / 2)
        where << (y < 0 ? tr("%1 px above") : tr("%1 px below")).arg(qAbs(y));
    if (std::hypot(x, y) > tolerance()) {
        check.outcome = SelfTestReport::Outcome::Failed;
        check.text = tr("Touches land %1 where you touch.").arg(where.join(tr(" and ")));
        check.todo = todo;
    } else if (best.spread > 2 * tolerance()) {
        check.outcome = SelfTestReport::Outcome::Failed;
        check.text = tr("Touches land up to %1 px from where you touch, in different "
                        "directions.")
                         .arg(qRound(best.worst));
        check.todo = tr("calibrate the touch screen, then check the touch mapping (see "
                        "docs/self-test.md)");
    } else {
        check.outcome = SelfTestReport::Outcome::Passed;
        check.text = tr("Touch works: every touch landed within %1 px of its target.")
                         .arg(qCeil(best.worst));
    }
    return check;
}
