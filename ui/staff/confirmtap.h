#pragma once

#include <QString>

#include <functional>

class QPushButton;

// A staff button that asks for a second tap: the first shows `label`, a second within five
// seconds runs the action, and otherwise the button goes back to normal. Its wait is one timer
// a button, stopped when confirmed and restarted when armed again.
class ConfirmTap
{
public:
    static void arm(QPushButton *button, const QString &label, const std::function<void()> &action);
};
