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
        auto *chip = new QPushButton(shownLabel(label, Theme::current().textPercent() >= 200));
        chip->setProperty("label", label);
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

QString ChipGroup::shownLabel(const QString &label, bool twoLines)
{
    // At the largest text a label of two or more words is broken at its middle space, so
    // that "Specialist investigation" fits a column a third of a landscape screen wide.
    if (!twoLines || label.size() < 13)
        return label;
    int best = -1;
    for (int i = label.indexOf(QLatin1Char(' ')); i >= 0;
         i = label.indexOf(QLatin1Char(' '), i + 1)) {
        if (best < 0 || qAbs(label.size() - 2 * i) < qAbs(label.size() - 2 * best))
            best = i;
    }
    return best < 0 ? label : label.left(best) + QLatin1Char('\n') + label.mid(best + 1);
}

void ChipGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        const Theme &theme = Theme::current();
        m_flow->setSpacing(theme.px(12));
        layout()->setSpacing(theme.px(8));
        for (QAbstractButton *chip : m_group->buttons())
            chip->setText(
                shownLabel(chip->property("label").toString(), theme.textPercent() >= 200));
    }
    QWidget::changeEvent(event);
}
