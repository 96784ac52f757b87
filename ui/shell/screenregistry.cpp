#include "screenregistry.h"

#include "screen.h"

#include <algorithm>

void ScreenRegistry::add(Screen *screen)
{
    m_screens << screen;
}

Screen *ScreenRegistry::byKey(const QString &key) const
{
    const auto found = std::find_if(m_screens.cbegin(), m_screens.cend(),
                                    [&key](const Screen *screen) { return screen->key() == key; });
    return found == m_screens.cend() ? nullptr : *found;
}

void ScreenRegistry::refresh() const
{
    for (Screen *screen : m_screens)
        screen->refresh();
}

void ScreenRegistry::reset() const
{
    for (Screen *screen : m_screens)
        screen->reset();
}

void ScreenRegistry::setPortrait(bool portrait) const
{
    for (Screen *screen : m_screens)
        screen->setPortrait(portrait);
}

void ScreenRegistry::setKeyboardUp(bool up) const
{
    for (Screen *screen : m_screens)
        screen->setKeyboardUp(up);
}
