#pragma once

#include <QAccessibleWidget>

// What a Panel is to a screen reader and to the kiosk's own speech: a section named by its
// heading whose description is the text in it, read afresh each time, since screens fill
// their panels after making them. A name or description set on the panel wins.
class PanelAccessible : public QAccessibleWidget
{
public:
    explicit PanelAccessible(QWidget *panel);
    // Registers the interface with Qt's accessibility; once a process is enough.
    static void install();

    QString text(QAccessible::Text t) const override;

private:
    static QAccessibleInterface *factory(const QString &className, QObject *object);
    QStringList texts() const;
};
