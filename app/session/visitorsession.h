#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QDebug;

// The one record of the visitor now: what they see and what they have chosen. The window and
// the screens render it and send it intents; nothing on screen keeps a visitor's choice of
// its own, so that reset() is all it takes for the next visitor to find a fresh kiosk.
//
// The fields (each with a getter and a changed signal, emitted only when its value changes):
// - the page: the attract screen, a screen by its key ("home", "vacancies", "job", ...), or
//   the staff area;
// - the history: the keys of the screens Back returns to, the last one first to go;
// - text size (100, 150 or 200 per cent), high contrast, within reach;
// - speech: on, and declined (the visitor switched it off, so keys leave it off);
// - keypad in use: the last thing the visitor did was a key, not a touch;
// - the vacancy query: search text, the chosen capability, kind and location, the order;
// - the capability and the job shown on their screens;
// - the role finder's answers: one answer id for each question answered so far, in order,
//   an empty string for "Not sure" (held here only: forgotten at the reset, never stored);
// - the questions people ask: where they were opened from ("home" or "job") and the one
//   whose answer is open.
// Every field lives in Fields, whose snapshot compares two sessions field by field.
//
// The visitor's events, for counting (each emitted after the fields it concerns have
// changed, and only while a visitor is at the kiosk: the page is a screen):
// - visitorStarted(): a visit began; the touch or key that leaves the attract screen (wake(),
//   or any other intent that opens a screen from it). Once a visit, before pageChanged(), so
//   that what the first page shows (Home's codes) is counted for it.
// - opened(kind, key): the visitor opened a screen, a capability, a job or a take-away code.
//   Once a visit for each kind and key: a second look at the same job is not a second
//   opening. Never for Back returning to a screen, nor for reset() going back to attract.
//   Waking opens Home, once. Also the finder's "started" and "finished", each result it
//   showed, and each question people ask whose answer was opened.
// - featureUsed(name): the visitor turned on larger text, high contrast, within reach, read
//   aloud or the keypad (the names in featureName()). Once a visit for each. What the
//   waking key turned on (the keypad, and speech with it) counts as the visit starts; a
//   visit's starting values do not (within reach by the staff's default is nobody's use).
// - visitorEnded(): reset() or openStaff() ended a visit; emitted first, while the fields
//   still hold what the visitor left, and only after a visitorStarted().
class VisitorSession : public QObject
{
    Q_OBJECT
public:
    enum class Page { Attract, Screen, Staff };
    Q_ENUM(Page)
    enum class Order { ClosingSoonest, Title };
    Q_ENUM(Order)
    enum class Opened { Screen, Capability, Job, Code, Finder, FinderResult, Faq };
    Q_ENUM(Opened)
    enum class Feature { LargerText, HighContrast, WithinReach, ReadAloud, Keypad };
    Q_ENUM(Feature)

    // The text sizes a visitor can choose, in per cent of normal (WCAG 1.4.4 asks for 200).
    static constexpr int textSizes[] = {100, 150, 200};
    static QString homeKey() { return QStringLiteral("home"); }
    static QString featureName(Feature feature);
    // "screen", "capability", "job", "code", "finder", "finder-result" or "faq": what the
    // counts call each kind.
    static QString openedName(Opened kind);

    // What the vacancies show: empty strings mean "any".
    struct Query {
        QString search;
        QString capability;
        QString kind;
        QString location;
        Order order = Order::ClosingSoonest;
        bool operator==(const Query &other) const = default;
    };

    // Every field of the session, and the once-a-visit bookkeeping of its events.
    struct Fields {
        Page page = Page::Attract;
        QString screen; // the screen's key while the page is a screen
        QStringList history;
        int textSize = 100;
        bool highContrast = false;
        bool withinReach = false;
        bool speechOn = false;
        bool speechDeclined = false;
        bool keypadInUse = false;
        Query query;
        QString capability;
        QString job;
        QStringList finderAnswers;
        QString faqPlace; // "home" or "job"
        QString faqOpen;
        QSet<QString> opened;       // what this visit has opened, as "kind key"
        QSet<QString> featuresUsed; // by name
        bool operator==(const Fields &other) const = default;
    };

    explicit VisitorSession(QObject *parent = nullptr);

    // Every field at once, to compare with another session's.
    const Fields &fields() const { return m_fields; }

    Page page() const { return m_fields.page; }
    QString screen() const { return m_fields.screen; }
    bool isVisiting() const { return m_fields.page == Page::Screen; }
    QStringList history() const { return m_fields.history; }
    int textSize() const { return m_fields.textSize; }
    bool highContrast() const { return m_fields.highContrast; }
    bool withinReach() const { return m_fields.withinReach; }
    bool speechOn() const { return m_fields.speechOn; }
    bool speechDeclined() const { return m_fields.speechDeclined; }
    bool keypadInUse() const { return m_fields.keypadInUse; }
    const Query &query() const { return m_fields.query; }
    QString capability() const { return m_fields.capability; }
    QString job() const { return m_fields.job; }
    const QStringList &finderAnswers() const { return m_fields.finderAnswers; }
    QString faqPlace() const { return m_fields.faqPlace; }
    QString faqOpen() const { return m_fields.faqOpen; }

    // "Within reach" for each new visitor, as staff choose it: not a visitor's field but a
    // setting, which reset() starts from. On the attract screen, where nobody is using the
    // kiosk, it applies at once.
    void setReachDefault(bool on);
    bool reachDefault() const { return m_reachDefault; }

    // Navigation.
    // The touch or key on the attract screen: Home, and a visit begins. Elsewhere nothing.
    void wake();
    // A screen by its key, from another: the one shown goes on the history.
    void open(const QString &screenKey);
    // The screen before, or Home when there is none.
    void back();
    // Home, with no history.
    void goHome();
    // A capability's screen, or a job's, with what it shows.
    void showCapability(const QString &id);
    void showJob(const QString &reference);
    // The vacancies, narrowed down to a capability or a kind (or neither); the words and the
    // other filters cleared, the order kept.
    void openVacancies(const QString &capability, const QString &kind);
    // A take-away code (a QR code) came into the visitor's sight: an event only.
    void showCode(const QString &key);
    // The role finder from its first question, with no answers.
    void startFinder();
    // The answer to the question now asked (an empty id: "Not sure"); the next is asked.
    void answerFinder(const QString &answerId);
    // Back to the question before, its answer taken away; false when none was answered.
    bool unanswerFinder();
    // The finder's result came into sight, naming these capabilities and roles: events only.
    void showFinderResults(const QStringList &ids);
    // The questions people ask, as listed for `place` ("home" or "job"), every answer closed.
    void openQuestions(const QString &place);
    // Opens the answer to a question, closing the one open; the open one closes.
    void toggleAnswer(const QString &faqId);
    // Staff took over: the visit ends as in reset(), and the staff area shows.
    void openStaff();

    // The visitor's choices.
    void setTextSize(int percent); // one of textSizes; anything else is ignored
    void stepTextSize();           // the next of textSizes, after the largest the first
    void setContrast(bool on);
    void setReach(bool on);
    // Switching speech off while it is on declines it for the rest of the visit.
    void setSpeech(bool on);
    void setKeypadInUse(bool inUse);

    // The vacancy query.
    void setQuerySearch(const QString &text);
    void setQueryCapability(const QString &id);
    void setQueryKind(const QString &kind);
    void setQueryLocation(const QString &location);
    void setQueryOrder(Order order);
    void clearQueryFilters();          // capability, kind and location
    void clearQuerySearchAndFilters(); // "Clear all": the order stays

    // The visitor walked away (or staff left): every field back to a fresh session's, the
    // attract screen showing.
    void reset();

signals:
    // The page or the screen changed, or the capability or job its screen shows; `back`: Back
    // returned to it, to be shown as it was left.
    void pageChanged(bool back);
    void historyChanged(const QStringList &history);
    void textSizeChanged(int percent);
    void contrastChanged(bool on);
    void reachChanged(bool on);
    void speechChanged(bool on);
    void speechDeclinedChanged(bool declined);
    void keypadInUseChanged(bool inUse);
    void querySearchChanged(const QString &text);
    void queryCapabilityChanged(const QString &id);
    void queryKindChanged(const QString &kind);
    void queryLocationChanged(const QString &location);
    void queryOrderChanged(VisitorSession::Order order);
    void capabilityChanged(const QString &id);
    void jobChanged(const QString &reference);
    void finderAnswersChanged(const QStringList &answers);
    void faqPlaceChanged(const QString &place);
    void faqOpenChanged(const QString &id);

    void visitorStarted();
    void opened(VisitorSession::Opened kind, const QString &key);
    void featureUsed(const QString &name);
    void visitorEnded();

private:
    Fields fresh() const;
    // To the screen `key`, the one shown going on the history.
    void moveTo(const QString &key);
    void noteOpened(Opened kind, const QString &key);
    void noteFeature(Feature feature);
    void resetTo(Page page);
    // The changed signals for what differs from `before`, the page's last; and
    // visitorStarted() if the change left the attract screen for a screen.
    void commit(const Fields &before, bool back = false);

    bool m_reachDefault = false; // first: fresh() reads it as m_fields is made
    Fields m_fields;
};

QDebug operator<<(QDebug debug, const VisitorSession::Fields &fields);
