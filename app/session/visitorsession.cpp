#include "visitorsession.h"

#include <QDebug>

#include <algorithm>
#include <iterator>

namespace
{
// The keys of the screens the session opens by itself; the screens' own key().
QString capabilityKey()
{
    return QStringLiteral("capability");
}

QString jobKey()
{
    return QStringLiteral("job");
}

QString vacanciesKey()
{
    return QStringLiteral("vacancies");
}

QString finderKey()
{
    return QStringLiteral("finder");
}

QString questionsKey()
{
    return QStringLiteral("questions");
}
} // namespace

VisitorSession::VisitorSession(QObject *parent) : QObject(parent), m_fields(fresh()) {}

QString VisitorSession::featureName(Feature feature)
{
    switch (feature) {
    case Feature::LargerText:
        return QStringLiteral("larger-text");
    case Feature::HighContrast:
        return QStringLiteral("high-contrast");
    case Feature::WithinReach:
        return QStringLiteral("within-reach");
    case Feature::ReadAloud:
        return QStringLiteral("read-aloud");
    case Feature::Keypad:
        return QStringLiteral("keypad");
    }
    return {};
}

QString VisitorSession::openedName(Opened kind)
{
    switch (kind) {
    case Opened::Screen:
        return QStringLiteral("screen");
    case Opened::Capability:
        return QStringLiteral("capability");
    case Opened::Job:
        return QStringLiteral("job");
    case Opened::Code:
        return QStringLiteral("code");
    case Opened::Finder:
        return QStringLiteral("finder");
    case Opened::FinderResult:
        return QStringLiteral("finder-result");
    case Opened::Faq:
        return QStringLiteral("faq");
    }
    return {};
}

VisitorSession::Fields VisitorSession::fresh() const
{
    Fields fields;
    fields.withinReach = m_reachDefault;
    return fields;
}

void VisitorSession::setReachDefault(bool on)
{
    m_reachDefault = on;
    if (m_fields.page != Page::Attract)
        return; // a visitor's or staff's: the next reset takes it
    const Fields before = m_fields;
    m_fields.withinReach = on;
    commit(before);
}

void VisitorSession::moveTo(const QString &key)
{
    if (m_fields.page == Page::Screen && m_fields.screen != key)
        m_fields.history.append(m_fields.screen);
    m_fields.page = Page::Screen;
    m_fields.screen = key;
}

void VisitorSession::wake()
{
    if (m_fields.page == Page::Attract)
        goHome();
}

void VisitorSession::open(const QString &screenKey)
{
    if (screenKey.isEmpty() || m_fields.page == Page::Staff)
        return;
    const Fields before = m_fields;
    moveTo(screenKey);
    commit(before);
    noteOpened(Opened::Screen, screenKey);
}

void VisitorSession::back()
{
    if (m_fields.page != Page::Screen)
        return;
    if (m_fields.history.isEmpty()) {
        goHome();
        return;
    }
    const Fields before = m_fields;
    m_fields.screen = m_fields.history.takeLast();
    commit(before, true);
}

void VisitorSession::goHome()
{
    if (m_fields.page == Page::Staff)
        return;
    const Fields before = m_fields;
    m_fields.page = Page::Screen;
    m_fields.screen = homeKey();
    m_fields.history.clear();
    commit(before);
    noteOpened(Opened::Screen, homeKey());
}

void VisitorSession::showCapability(const QString &id)
{
    if (m_fields.page == Page::Staff)
        return;
    const Fields before = m_fields;
    m_fields.capability = id;
    moveTo(capabilityKey());
    commit(before);
    noteOpened(Opened::Capability, id);
    noteOpened(Opened::Screen, capabilityKey());
}

void VisitorSession::showJob(const QString &reference)
{
    if (m_fields.page == Page::Staff)
        return;
    const Fields before = m_fields;
    m_fields.job = reference;
    moveTo(jobKey());
    commit(before);
    noteOpened(Opened::Job, reference);
    noteOpened(Opened::Screen, jobKey());
}

void VisitorSession::openVacancies(const QString &capability, const QString &kind)
{
    if (m_fields.page == Page::Staff)
        return;
    const Fields before = m_fields;
    Query &query = m_fields.query;
    query.search.clear();
    query.capability = capability;
    query.kind = kind;
    query.location.clear();
    moveTo(vacanciesKey());
    commit(before);
    noteOpened(Opened::Screen, vacanciesKey());
}

void VisitorSession::showCode(const QString &key)
{
    noteOpened(Opened::Code, key);
}

void VisitorSession::startFinder()
{
    if (m_fields.page == Page::Staff)
        return;
    const Fields before = m_fields;
    m_fields.finderAnswers.clear();
    moveTo(finderKey());
    commit(before);
    noteOpened(Opened::Screen, finderKey());
    noteOpened(Opened::Finder, QStringLiteral("started"));
}

void VisitorSession::answerFinder(const QString &answerId)
{
    if (m_fields.page != Page::Screen || m_fields.screen != finderKey())
        return;
    const Fields before = m_fields;
    m_fields.finderAnswers.append(answerId);
    commit(before);
}

bool VisitorSession::unanswerFinder()
{
    if (m_fields.finderAnswers.isEmpty())
        return false;
    const Fields before = m_fields;
    m_fields.finderAnswers.removeLast();
    commit(before);
    return true;
}

void VisitorSession::showFinderResults(const QStringList &ids)
{
    noteOpened(Opened::Finder, QStringLiteral("finished"));
    for (const QString &id : ids)
        noteOpened(Opened::FinderResult, id);
}

void VisitorSession::openQuestions(const QString &place)
{
    if (m_fields.page == Page::Staff)
        return;
    const Fields before = m_fields;
    m_fields.faqPlace = place;
    m_fields.faqOpen.clear();
    moveTo(questionsKey());
    commit(before);
    noteOpened(Opened::Screen, questionsKey());
}

void VisitorSession::toggleAnswer(const QString &faqId)
{
    if (m_fields.page != Page::Screen)
        return;
    const Fields before = m_fields;
    m_fields.faqOpen = m_fields.faqOpen == faqId ? QString() : faqId;
    commit(before);
    if (!m_fields.faqOpen.isEmpty())
        noteOpened(Opened::Faq, faqId);
}

void VisitorSession::openStaff()
{
    resetTo(Page::Staff);
}

void VisitorSession::setTextSize(int percent)
{
    if (std::find(std::begin(textSizes), std::end(textSizes), percent) == std::end(textSizes))
        return;
    const Fields before = m_fields;
    m_fields.textSize = percent;
    commit(before);
    if (percent > 100 && before.textSize != percent)
        noteFeature(Feature::LargerText);
}

void VisitorSession::stepTextSize()
{
    const auto at = std::find(std::begin(textSizes), std::end(textSizes), m_fields.textSize);
    setTextSize(at != std::end(textSizes) && at + 1 != std::end(textSizes) ? *(at + 1)
                                                                           : textSizes[0]);
}

void VisitorSession::setContrast(bool on)
{
    const Fields before = m_fields;
    m_fields.highContrast = on;
    commit(before);
    if (on && !before.highContrast)
        noteFeature(Feature::HighContrast);
}

void VisitorSession::setReach(bool on)
{
    const Fields before = m_fields;
    m_fields.withinReach = on;
    commit(before);
    if (on && !before.withinReach)
        noteFeature(Feature::WithinReach);
}

void VisitorSession::setSpeech(bool on)
{
    const Fields before = m_fields;
    m_fields.speechOn = on;
    if (before.speechOn && !on)
        m_fields.speechDeclined = true;
    commit(before);
    if (on && !before.speechOn)
        noteFeature(Feature::ReadAloud);
}

void VisitorSession::setKeypadInUse(bool inUse)
{
    const Fields before = m_fields;
    m_fields.keypadInUse = inUse;
    commit(before);
    if (inUse && !before.keypadInUse)
        noteFeature(Feature::Keypad);
}

void VisitorSession::setQuerySearch(const QString &text)
{
    const Fields before = m_fields;
    m_fields.query.search = text;
    commit(before);
}

void VisitorSession::setQueryCapability(const QString &id)
{
    const Fields before = m_fields;
    m_fields.query.capability = id;
    commit(before);
}

void VisitorSession::setQueryKind(const QString &kind)
{
    const Fields before = m_fields;
    m_fields.query.kind = kind;
    commit(before);
}

void VisitorSession::setQueryLocation(const QString &location)
{
    const Fields before = m_fields;
    m_fields.query.location = location;
    commit(before);
}

void VisitorSession::setQueryOrder(Order order)
{
    const Fields before = m_fields;
    m_fields.query.order = order;
    commit(before);
}

void VisitorSession::clearQueryFilters()
{
    const Fields before = m_fields;
    m_fields.query.capability.clear();
    m_fields.query.kind.clear();
    m_fields.query.location.clear();
    commit(before);
}

void VisitorSession::clearQuerySearchAndFilters()
{
    const Fields before = m_fields;
    m_fields.query.search.clear();
    m_fields.query.capability.clear();
    m_fields.query.kind.clear();
    m_fields.query.location.clear();
    commit(before);
}

void VisitorSession::reset()
{
    resetTo(Page::Attract);
}

void VisitorSession::resetTo(Page page)
{
    if (m_fields.page == Page::Screen)
        emit visitorEnded();
    const Fields before = m_fields;
    // The whole record at once: a field added to Fields is reset without a line here.
    m_fields = fresh();
    m_fields.page = page;
    commit(before);
}

void VisitorSession::noteOpened(Opened kind, const QString &key)
{
    if (m_fields.page != Page::Screen || key.isEmpty())
        return;
    const QString entry = QString::number(int(kind)) + QLatin1Char(' ') + key;
    if (m_fields.opened.contains(entry))
        return;
    m_fields.opened.insert(entry);
    emit opened(kind, key);
}

void VisitorSession::noteFeature(Feature feature)
{
    const QString name = featureName(feature);
    if (m_fields.page != Page::Screen || m_fields.featuresUsed.contains(name))
        return;
    m_fields.featuresUsed.insert(name);
    emit featureUsed(name);
}

void VisitorSession::commit(const Fields &before, bool back)
{
    // What a listener changes in turn (an intent of its own) it announces itself: the values
    // here are those this change made.
    const Fields now = m_fields;
    if (now.history != before.history)
        emit historyChanged(now.history);
    if (now.textSize != before.textSize)
        emit textSizeChanged(now.textSize);
    if (now.highContrast != before.highContrast)
        emit contrastChanged(now.highContrast);
    if (now.withinReach != before.withinReach)
        emit reachChanged(now.withinReach);
    if (now.speechOn != before.speechOn)
        emit speechChanged(now.speechOn);
    if (now.speechDeclined != before.speechDeclined)
        emit speechDeclinedChanged(now.speechDeclined);
    if (now.keypadInUse != before.keypadInUse)
        emit keypadInUseChanged(now.keypadInUse);
    if (now.query.search != before.query.search)
        emit querySearchChanged(now.query.search);
    if (now.query.capability != before.query.capability)
        emit queryCapabilityChanged(now.query.capability);
    if (now.query.kind != before.query.kind)
        emit queryKindChanged(now.query.kind);
    if (now.query.location != before.query.location)
        emit queryLocationChanged(now.query.location);
    if (now.query.order != before.query.order)
        emit queryOrderChanged(now.query.order);
    if (now.capability != before.capability)
        emit capabilityChanged(now.capability);
    if (now.job != before.job)
        emit jobChanged(now.job);
    if (now.finderAnswers != before.finderAnswers)
        emit finderAnswersChanged(now.finderAnswers);
    if (now.faqPlace != before.faqPlace)
        emit faqPlaceChanged(now.faqPlace);
    if (now.faqOpen != before.faqOpen)
        emit faqOpenChanged(now.faqOpen);
    // The visit begins before its first page is shown: what that page shows (Home's codes)
    // is this visit's.
    if (before.page == Page::Attract && now.page == Page::Screen) {
        emit visitorStarted();
        // What the waking key turned on, on the attract screen, is this visit's too.
        const Fields start = fresh();
        if (m_fields.textSize > start.textSize)
            noteFeature(Feature::LargerText);
        if (m_fields.highContrast && !start.highContrast)
            noteFeature(Feature::HighContrast);
        if (m_fields.withinReach && !start.withinReach)
            noteFeature(Feature::WithinReach);
        if (m_fields.speechOn && !start.speechOn)
            noteFeature(Feature::ReadAloud);
        if (m_fields.keypadInUse && !start.keypadInUse)
            noteFeature(Feature::Keypad);
    }
    // Last, so that the page is shown with everything it shows already in place.
    const bool otherItem = (now.screen == capabilityKey() && now.capability != before.capability) ||
                           (now.screen == jobKey() && now.job != before.job);
    if (now.page != before.page || now.screen != before.screen ||
        (now.page == Page::Screen && otherItem))
        emit pageChanged(back);
}

QDebug operator<<(QDebug debug, const VisitorSession::Fields &f)
{
    QDebugStateSaver saver(debug);
    QStringList opened(f.opened.cbegin(), f.opened.cend());
    QStringList features(f.featuresUsed.cbegin(), f.featuresUsed.cend());
    opened.sort();
    features.sort();
    debug.nospace() << "Fields(page " << f.page << ' ' << f.screen << ", history " << f.history
                    << ", text " << f.textSize << ", contrast " << f.highContrast << ", reach "
                    << f.withinReach << ", speech " << f.speechOn << ", declined "
                    << f.speechDeclined << ", keypad " << f.keypadInUse << ", search "
                    << f.query.search << ", capability filter " << f.query.capability << ", kind "
                    << f.query.kind << ", location " << f.query.location << ", order "
                    << f.query.order << ", capability " << f.capability << ", job " << f.job
                    << ", opened " << opened << ", features " << features << ')';
    return debug;
}
