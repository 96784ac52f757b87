#pragma once

#include <QList>
#include <QObject>
#include <QString>

class Screen;

// The screens a visitor can open, in one list: whatever the window does to every screen (new
// content, the window's shape, the keyboard going, a visitor's reset, styling) is a loop over
// it, so a new screen is registered once and needs nothing else of the window.
class ScreenRegistry
{
public:
    void add(Screen *screen);
    const QList<Screen *> &all() const { return m_screens; }
    // None for a key no screen has.
    Screen *byKey(const QString &key) const;
    template <class T> T *find() const
    {
        for (Screen *screen : m_screens) {
            if (auto *found = qobject_cast<T *>(screen))
                return found;
        }
        return nullptr;
    }
    void refresh() const;
    void reset() const;
    void setPortrait(bool portrait) const;
    void setKeyboardUp(bool up) const;

private:
    QList<Screen *> m_screens;
};
