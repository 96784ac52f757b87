#include "confirmtap.h"

#include <QPushButton>
#include <QTimer>

void ConfirmTap::arm(QPushButton *button, const QString &label, const std::function<void()> &action)
{
    // A second tap within five seconds confirms; otherwise the button goes back to normal. One
    // timer a button, restarted when armed and stopped when confirmed, so that a button armed
    // again is given its whole five seconds.
    auto *timer = button->findChild<QTimer *>(QStringLiteral("confirmTimer"));
    if (!timer) {
        timer = new QTimer(button);
        timer->setObjectName(QStringLiteral("confirmTimer"));
        timer->setSingleShot(true);
        timer->setInterval(5000);
        QObject::connect(timer, &QTimer::timeout, button, [button] {
            button->setProperty("armed", false);
            button->setText(button->accessibleName());
        });
    }
    if (button->property("armed").toBool()) {
        timer->stop();
        button->setProperty("armed", false);
        button->setText(button->accessibleName());
        action();
        return;
    }
    button->setProperty("armed", true);
    button->setText(label);
    timer->start();
}
