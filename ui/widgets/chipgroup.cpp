#include "chipgroup.h"

#include "flowlayout.h"
#include "plainlabel.h"
#include "theme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

ChipGroup::ChipGroup(const QString &label, const QString &role, QWidget *parent)
    : QWidget(parent), m_label(new PlainLabel(label, "small")), m_chips(new QWidget),
      m_flow(new FlowLayout(m_chips)), m_group(new QButtonGroup(this)), m_role(role)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_chips);
    m_group->setExclusive(true);
}

void ChipGroup::setChoices(const QList<QPair<QString, QString>> &choices)
{
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    for (const auto &choice : choices) {
        // Named copies, not a structured binding: clang before 16 cannot capture one.
        const QString label = choice.first;
        const QString value = choice.second;
        auto *chip = new QPushButton(label);
        chip->setCheckable(true);
        chip->setProperty("kiosk", QStringLiteral("chip"));
        chip->setProperty("value", value);
        // The chip's own label first, as it is heard most; the group's after it.
        chip->setAccessibleName(label);
        chip->setAccessibleDescription(m_label->plainText());
        chip->setProperty("spokenRole", m_role);
        m_group->addButton(chip);
        m_flow->addWidget(chip);
        connect(chip, &QPushButton::clicked, this, [this, value] {
            m_value = value;
            emit chosen(value);
        });
    }
    setValue(m_value);
}

void ChipGroup::setValue(const QString &value)
{
    QPushButton *target = chip(value);
    if (!target)
        target = chip({});
    if (target) {
        target->setChecked(true);
        m_value = target->property("value").toString();
    }
}

QPushButton *ChipGroup::chip(const QString &value) const
{
    for (QAbstractButton *button : m_group->buttons()) {
        if (button->property("value").toString() == value)
            return static_cast<QPushButton *>(button);
    }
    return nullptr;
}

void ChipGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        m_flow->setSpacing(Theme::current().px(12));
        layout()->setSpacing(Theme::current().px(8));
    }
    QWidget::changeEvent(event);
}
