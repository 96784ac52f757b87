#include "panelaccessible.h"

#include "plainlabel.h"

PanelAccessible::PanelAccessible(QWidget *panel) : QAccessibleWidget(panel, QAccessible::Section) {}

void PanelAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&PanelAccessible::factory);
        return true;
    }();
    Q_UNUSED(installed);
}

QAccessibleInterface *PanelAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Panel") && object && object->isWidgetType())
        return new PanelAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

QStringList PanelAccessible::texts() const
{
    QStringList texts;
    for (const PlainLabel *label : widget()->findChildren<PlainLabel *>()) {
        if (label->isVisibleTo(widget()) && !label->plainText().trimmed().isEmpty())
            texts << label->plainText().trimmed();
    }
    return texts;
}

QString PanelAccessible::text(QAccessible::Text t) const
{
    const QString own = t == QAccessible::Name          ? widget()->accessibleName()
                        : t == QAccessible::Description ? widget()->accessibleDescription()
                                                        : QString();
    if (!own.isEmpty() || (t != QAccessible::Name && t != QAccessible::Description))
        return own.isEmpty() ? QAccessibleWidget::text(t) : own;
    const QStringList all = texts();
    const bool headed = widget()->property("heading").toBool();
    if (t == QAccessible::Name)
        return headed ? all.value(0) : QString();
    // Sentences that end without a full stop are joined with one, so speech pauses there.
    QStringList body = headed ? all.mid(1) : all;
    for (QString &line : body) {
        if (!line.back().isPunct())
            line += QLatin1Char('.');
    }
    return body.join(QLatin1Char(' '));
}
