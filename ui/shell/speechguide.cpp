#include "speechguide.h"

#include "jobdelegate.h"
#include "keypadnavigator.h"
#include "narrator.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QTimer>

SpeechGuide::SpeechGuide(Narrator *narrator, QWidget *window)
    : QObject(window), m_narrator(narrator), m_window(window)
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { focusChanged(now); });
}

void SpeechGuide::speak(const QString &text)
{
    if (!m_narrator->isEnabled())
        return;
    if (m_fresh) {
        startEvent();
        m_narrator->interrupt(text);
    } else {
        m_narrator->say(text);
    }
}

void SpeechGuide::startEvent()
{
    m_fresh = false;
    scheduleEnd();
}

void SpeechGuide::scheduleEnd()
{
    if (!m_ending) {
        m_ending = true;
        QTimer::singleShot(0, this, &SpeechGuide::endEvent);
    }
}

void SpeechGuide::endEvent()
{
    m_ending = false;
    QWidget *focus = m_pendingFocus;
    m_pendingFocus = nullptr;
    if (focus && focus == QApplication::focusWidget() && focus->isVisible())
        describe(focus); // queued after whatever this event said, or said at once
    m_fresh = true;
    m_pinned = false;
}

void SpeechGuide::arrive(const QString &screen, const QString &purpose)
{
    if (!m_narrator->isEnabled())
        return;
    const QString text = Narration::arrival(screen, purpose);
    startEvent();
    if (m_pinned)
        m_narrator->say(text);
    else
        m_narrator->interrupt(text);
}

void SpeechGuide::speechSwitchedOn()
{
    speak(Narration::speechOn());
    m_pinned = true;
}

void SpeechGuide::describe(QWidget *widget)
{
    if (widget)
        speak(Narration::item(itemFor(widget)));
}

void SpeechGuide::help()
{
    speak(Narration::keypadHelp());
}

void SpeechGuide::results(const QString &count, const QString &search)
{
    QWidget *focus = QApplication::focusWidget();
    QString before;
    const bool typing = qobject_cast<QLineEdit *>(focus) ||
                        (focus && focus->property("kiosk").toString() == QLatin1String("key"));
    if (typing)
        before = search.isEmpty() ? tr("Search empty.") : tr("Search: %1.").arg(search);
    else if (focus && !focus->property("spokenRole").toString().isEmpty())
        before = Narration::item(itemFor(focus)) + QLatin1Char('.');
    speak(before.isEmpty() ? count : before + QLatin1Char(' ') + count);
}

void SpeechGuide::focusChanged(QWidget *now)
{
    if (!now || !m_window || !m_window->isAncestorOf(now))
        return;
    m_pendingFocus = now;
    scheduleEnd();
}

Narration::Item SpeechGuide::itemFor(QWidget *widget)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        return listItem(view);
    Narration::Item item;
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return item;
    item.name = accessible->text(QAccessible::Name);
    item.description = accessible->text(QAccessible::Description);
    item.role = roleWord(widget, accessible);
    item.states = states(widget, accessible);
    placeInSet(widget, item);
    if (qobject_cast<QLineEdit *>(widget))
        item.description = tr("Press Enter to type with the on-screen keyboard.");
    return item;
}

Narration::Item SpeechGuide::listItem(QAbstractItemView *view)
{
    Narration::Item item;
    const QModelIndex index = view->currentIndex();
    if (!index.isValid()) {
        item.name = view->accessibleName();
        item.role = tr("list");
        item.states << (view->model()->rowCount() == 0 ? tr("empty") : QString());
        item.states.removeAll(QString());
        return item;
    }
    item.name = index.data().toString();
    item.role = tr("vacancy");
    item.position = index.row() + 1;
    item.count = view->model()->rowCount();
    if (auto *delegate = qobject_cast<JobDelegate *>(view->itemDelegate()))
        item.description = delegate->spokenDetails(index);
    return item;
}

QString SpeechGuide::roleWord(QWidget *widget, const QAccessibleInterface *accessible)
{
    const QString spoken = widget->property("spokenRole").toString();
    if (!spoken.isEmpty())
        return spoken;
    switch (accessible->role()) {
    case QAccessible::CheckBox:
        return tr("switch");
    case QAccessible::RadioButton:
        return tr("option");
    case QAccessible::EditableText:
        return tr("text field");
    case QAccessible::Section:
        return tr("section");
    case QAccessible::Button:
        return tr("button");
    default:
        return {};
    }
}

QStringList SpeechGuide::states(QWidget *widget, const QAccessibleInterface *accessible)
{
    const QAccessible::State state = accessible->state();
    QStringList states;
    const bool chip = !widget->property("spokenRole").toString().isEmpty();
    if (state.checkable && chip)
        states << (state.checked ? tr("selected") : tr("not selected"));
    else if (state.checkable)
        states << (state.checked ? tr("on") : tr("off"));
    if (state.disabled)
        states << tr("dimmed");
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        states << (edit->text().isEmpty() ? tr("empty") : tr("contains %1").arg(edit->text()));
    return states;
}

void SpeechGuide::placeInSet(QWidget *widget, Narration::Item &item)
{
    // A set is made of alike items side by side: chips, tiles, panels, keys. The top bar's
    // buttons are not one, each being a different thing.
    const QVariant kind = widget->property("kiosk");
    if (!widget->parentWidget() || kind.toString() == QLatin1String("nav"))
        return;
    int position = 0;
    int count = 0;
    for (QWidget *sibling :
         widget->parentWidget()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (sibling->metaObject() != widget->metaObject() || sibling->property("kiosk") != kind ||
            !KeypadNavigator::isItem(sibling))
            continue;
        ++count;
        if (sibling == widget)
            position = count;
    }
    item.position = position;
    item.count = count;
}
