#include "pinpad.h"

#include "plainlabel.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

PinPad::PinPad(QWidget *parent)
    : QWidget(parent), m_prompt(new PlainLabel({}, "title")), m_dots(new PlainLabel({}, "title")),
      m_message(new PlainLabel({}, "lead")), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("screen"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (PlainLabel *label : {m_prompt, m_dots, m_message}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
    layout->addLayout(m_grid);
    layout->addStretch();
    const QStringList labels = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                                tr("Delete"),        QStringLiteral("0"), tr("OK")};
    const QStringList names = {QStringLiteral("1"),      QStringLiteral("2"), QStringLiteral("3"),
                               QStringLiteral("4"),      QStringLiteral("5"), QStringLiteral("6"),
                               QStringLiteral("7"),      QStringLiteral("8"), QStringLiteral("9"),
                               QStringLiteral("delete"), QStringLiteral("0"), QStringLiteral("ok")};
    for (int i = 0; i < labels.size(); ++i) {
        auto *button = new QPushButton(labels.at(i));
        button->setObjectName(QStringLiteral("pin-") + names.at(i));
        button->setAccessibleName(names.at(i) == QLatin1String("ok") ? tr("Enter the PIN")
                                                                     : labels.at(i));
        button->setFocusPolicy(Qt::NoFocus);
        m_grid->addWidget(button, i / 3, i % 3);
        m_keys << button;
        const QString name = names.at(i);
        connect(button, &QPushButton::clicked, this, [this, name] { type(name); });
    }
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("pin-cancel"));
    cancel->setAccessibleName(tr("Cancel and go back to the kiosk"));
    m_grid->addWidget(cancel, 4, 0, 1, 3);
    m_keys << cancel;
    connect(cancel, &QPushButton::clicked, this, &PinPad::cancelled);
    updateDots();
}

QPushButton *PinPad::key(const QString &name) const
{
    return findChild<QPushButton *>(QStringLiteral("pin-") + name);
}

void PinPad::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

void PinPad::setMessage(const QString &message)
{
    m_message->setText(message);
}

void PinPad::setBusy(bool busy)
{
    const QPushButton *cancel = key(QStringLiteral("cancel"));
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(!busy && (m_digitsEnabled || key == cancel));
    if (busy)
        m_message->setText(tr("Checking…"));
}

void PinPad::clear()
{
    m_digits.clear();
    updateDots();
}

void PinPad::setDigitsEnabled(bool enabled)
{
    m_digitsEnabled = enabled;
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(enabled || key == this->key(QStringLiteral("cancel")));
    m_dots->setVisible(enabled);
}

void PinPad::type(const QString &name)
{
    if (!m_digitsEnabled)
        return; // a hardware keyboard reaches here too

    if (name == QLatin1String("delete"))
        m_digits.chop(1);
    else if (name == QLatin1String("ok"))
        emit submitted(m_digits);
    else if (m_digits.size() < 12)
        m_digits += name;
    updateDots();
}

void PinPad::updateDots()
{
    m_dots->setText(m_digits.isEmpty() ? QStringLiteral(" ")
                                       : QString(m_digits.size(), QChar(0x25CF)));
}

void PinPad::keyPressEvent(QKeyEvent *event)
{
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)
        type(QString::number(event->key() - Qt::Key_0));
    else if (event->key() == Qt::Key_Backspace)
        type(QStringLiteral("delete"));
    else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        type(QStringLiteral("ok"));
    else if (event->key() == Qt::Key_Escape)
        emit cancelled();
    else
        QWidget::keyPressEvent(event);
}

void PinPad::resizeEvent(QResizeEvent *event)
{
    // The pad keeps a thumb-friendly width in the middle of a wide screen.
    const Theme &theme = Theme::current();
    const int margin = qMax(theme.px(48), (width() - theme.px(720)) / 2);
    layout()->setContentsMargins(margin, theme.px(32), margin, theme.px(32));
    QWidget::resizeEvent(event);
}

void PinPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange) {
        const Theme &theme = Theme::current();
        m_grid->setSpacing(theme.px(16));
        for (QPushButton *key : std::as_const(m_keys))
            key->setMinimumHeight(theme.touchTarget() * 5 / 4);
    }
    QWidget::changeEvent(event);
}
