#include "finderscreen.h"

#include "catalogue.h"
#include "linkcodes.h"
#include "panel.h"
#include "plainlabel.h"
#include "theme.h"
#include "tilebutton.h"
#include "tilegrid.h"
#include "visitorsession.h"
#include "wording.h"

#include <QPushButton>
#include <QVBoxLayout>

FinderScreen::FinderScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_session(session), m_question(new QWidget),
      m_progress(new PlainLabel({}, "neutralBadge")), m_text(new PlainLabel({}, "title")),
      m_help(new PlainLabel({}, "lead")), m_answers(new TileGrid(2)), m_result(new QWidget),
      m_resultLayout(new QVBoxLayout(m_result))
{
    m_questionLayout = new QVBoxLayout(m_question);
    auto *question = m_questionLayout;
    question->setContentsMargins(0, 0, 0, 0);
    question->addWidget(m_progress, 0, Qt::AlignLeft);
    question->addWidget(m_text);
    question->addWidget(m_help);
    question->addWidget(m_answers);
    m_progress->setObjectName(QStringLiteral("finderProgress"));
    m_resultLayout->setContentsMargins(0, 0, 0, 0);
    content()->addWidget(m_question);
    content()->addWidget(m_result);
    content()->addStretch();
    connect(session, &VisitorSession::finderAnswersChanged, this, &FinderScreen::render);
    render();
}

QString FinderScreen::title() const
{
    return tr("Find work that suits you");
}

QString FinderScreen::purpose() const
{
    return m_spoken;
}

void FinderScreen::refresh()
{
    render();
}

bool FinderScreen::back()
{
    return m_session->unanswerFinder();
}

void FinderScreen::render()
{
    const RoleFinder &finder = m_catalogue->finder();
    const qsizetype step = m_session->finderAnswers().size();
    if (step < finder.questions().size())
        showQuestion(int(step));
    else
        showResult();
    scrollToTop();
    emit purposeChanged();
}

void FinderScreen::showQuestion(int index)
{
    m_showingResult = false;
    m_results.clear();
    clearResult();
    m_result->hide();
    m_question->show();
    const RoleFinder &finder = m_catalogue->finder();
    const FinderQuestion &question = finder.questions().at(index);
    const QString progress = tr("Question %1 of %2").arg(index + 1).arg(finder.questions().size());
    m_progress->setText(progress);
    m_text->setText(question.text);
    m_help->setText(question.help);
    m_help->setVisible(!question.help.isEmpty());
    replaceAnswers();
    QStringList spoken;
    const auto addTile = [&](const QString &text, const QString &id) {
        auto *tile = new TileButton(text);
        tile->setObjectName(QStringLiteral("answer:") + (id.isEmpty() ? QStringLiteral("-") : id));
        connect(tile, &TileButton::clicked, this, [this, id] { m_session->answerFinder(id); });
        m_answers->addTile(tile);
        m_answerTiles << tile;
        spoken << text;
    };
    for (const FinderAnswer &answer : finder.answersTo(question.id))
        addTile(answer.text, answer.weights.isEmpty() ? QString() : answer.id);
    if (!finder.hasOwnNotSure(question.id))
        addTile(tr("Not sure"), {});
    m_answers->setPortrait(isPortrait());
    m_answers->show(); // with its tiles, now, not a pass later: the keypad's focus goes to them
    // The question and its help are the bundle's, with their own stops: what follows them is
    // heard as a list, not a new sentence.
    m_spoken = tr("%1. %2 %3 the answers: %4.")
                   .arg(progress, question.text, question.help, spoken.join(QStringLiteral(". ")));
    // A keypad user goes on from the first answer, as on a screen just opened.
    if (m_session->keypadInUse() && m_session->screen() == key() && !m_answerTiles.isEmpty())
        m_answerTiles.first()->setFocus(Qt::TabFocusReason);
}

void FinderScreen::replaceAnswers()
{
    // A grid of its own for each question, the last one deleted later: the tap that answered
    // it is still being delivered to one of its tiles.
    auto *grid = new TileGrid(2);
    // The layout hands back the old grid's item: ours to delete (the sanitizer build found it leaked).
    delete m_questionLayout->replaceWidget(m_answers, grid);
    m_answers->hide();
    m_answers->deleteLater();
    m_answers = grid;
    m_answerTiles.clear();
}

void FinderScreen::clearResult()
{
    // Later, not now: the tap that changed the result may be on one of them.
    while (QLayoutItem *item = m_resultLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_resultTiles = nullptr;
    m_code = nullptr;
}

void FinderScreen::showResult()
{
    m_showingResult = true;
    m_resultColumns = resultColumns();
    m_question->hide();
    replaceAnswers();
    clearResult();
    m_results = m_catalogue->finder().results(m_session->finderAnswers());
    QStringList spoken;
    QStringList shown;
    if (m_results.isEmpty()) {
        m_resultLayout->addWidget(overview());
        spoken << tr("You do not need to know yet. These are our areas of work.");
    } else {
        m_resultLayout->addWidget(new PlainLabel(tr("Work that could suit you"), "title"));
        m_resultLayout->addWidget(new PlainLabel(
            tr("From your answers, these could suit you best. Others may suit you too."), "lead"));
        m_resultTiles = new TileGrid(resultColumns());
        for (const RoleFinder::Result &result : std::as_const(m_results)) {
            QWidget *panel = resultPanel(result);
            m_resultTiles->addTile(panel);
            spoken << panel->accessibleDescription();
            shown << result.target.id;
        }
        m_resultTiles->setPortrait(isPortrait());
        m_resultLayout->addWidget(m_resultTiles);
    }
    if (const std::optional<Link> pack = m_catalogue->informationPack()) {
        m_resultLayout->addWidget(
            new PlainLabel(tr("Take it with you: scan the code with your phone"), "heading"));
        m_code = new LinkCodes;
        m_code->setCompact(true);
        m_code->setLinks({*pack});
        m_code->setPortrait(isPortrait());
        connect(m_code, &LinkCodes::codeShown, m_session, &VisitorSession::showCode);
        m_resultLayout->addWidget(m_code);
    }
    auto *again = new QPushButton(tr("Start again"));
    again->setObjectName(QStringLiteral("finderAgain"));
    connect(again, &QPushButton::clicked, m_session, &VisitorSession::startFinder);
    m_resultLayout->addWidget(again, 0, Qt::AlignLeft);
    for (int i = 0; i < m_resultLayout->count(); ++i) {
        if (QWidget *widget = m_resultLayout->itemAt(i)->widget())
            widget->show(); // in place as the result is spoken and counted, not a pass later
    }
    m_result->show();
    m_spoken = spoken.join(QLatin1Char(' '));
    if (m_session->screen() == key())
        m_session->showFinderResults(shown);
}

QWidget *FinderScreen::resultPanel(const RoleFinder::Result &result)
{
    const RoleFinder::Target &target = result.target;
    const bool role = target.type == RoleFinder::Target::Type::Role;
    auto *panel = new Panel(target.name);
    panel->setObjectName(QStringLiteral("result:") + target.id);
    const QString area = m_catalogue->capabilityName(target.capabilityId);
    const QString what = role ? tr("%1 role in %2").arg(Wording::kindName(target.kind), area)
                              : tr("An area of work, with roles for officers and staff");
    const QString why = tr("Because you chose: \u201c%1\u201d").arg(result.reason);
    QStringList lines = {what, why};
    panel->layout()->addWidget(new PlainLabel(what, "small"));
    panel->layout()->addWidget(new PlainLabel(why, "body"));
    if (role && target.kind == QLatin1String("officer")) {
        // Never hidden from someone who is not an officer yet: told how to get there.
        const QString route = tr("To get there, join one of the region's police forces as an "
                                 "officer first. Then you can apply to us.");
        panel->layout()->addWidget(new PlainLabel(route, "body"));
        lines << route;
    }
    const int open = m_catalogue->openJobCount(target.capabilityId, role ? target.kind : QString());
    const QString count = Wording::openVacancies(open);
    lines << count;
    panel->layout()->addWidget(new PlainLabel(count, "body"));
    panel->layout()->addStretch();
    if (open > 0)
        panel->layout()->addWidget(
            vacanciesButton(target.capabilityId, role ? target.kind : QString(), open), 0,
            Qt::AlignLeft);
    panel->setAccessibleDescription(target.name + QStringLiteral(". ") +
                                    lines.join(QStringLiteral(". ")) + QLatin1Char('.'));
    return panel;
}

QWidget *FinderScreen::overview()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlainLabel(tr("That is fine: you do not need to know yet"), "title"));
    layout->addWidget(new PlainLabel(
        tr("These are our areas of work. Each has roles for police officers and police staff."),
        "lead"));
    m_resultTiles = new TileGrid(resultColumns());
    for (const Capability &capability : m_catalogue->capabilities()) {
        auto *panel = new Panel(capability.name, capability.summary);
        panel->setObjectName(QStringLiteral("overview:") + capability.id);
        const int open = m_catalogue->openJobCount(capability.id);
        panel->layout()->addWidget(new PlainLabel(Wording::openVacancies(open), "body"));
        panel->layout()->addStretch();
        if (open > 0)
            panel->layout()->addWidget(vacanciesButton(capability.id, {}, open), 0, Qt::AlignLeft);
        m_resultTiles->addTile(panel);
    }
    m_resultTiles->setPortrait(isPortrait());
    layout->addWidget(m_resultTiles);
    return box;
}

QPushButton *FinderScreen::vacanciesButton(const QString &capabilityId, const QString &kind,
                                           int count)
{
    // Short, under the line that says how many are open: the three results share the width,
    // and longer words in other languages must still fit.
    auto *button = new QPushButton(tr("See them (%1)").arg(count));
    button->setObjectName(QStringLiteral("vacancies:") + capabilityId + QLatin1Char(':') + kind);
    button->setAccessibleName(button->text());
    connect(button, &QPushButton::clicked, this,
            [this, capabilityId, kind] { m_session->openVacancies(capabilityId, kind); });
    return button;
}

int FinderScreen::resultColumns()
{
    // A panel's button and reasons need a third of the screen at normal text; larger text
    // takes the whole width for each, one under another.
    return Theme::current().textPercent() > 100 ? 1 : 3;
}

void FinderScreen::applyTheme(const Theme &theme)
{
    Screen::applyTheme(theme);
    if (m_showingResult && resultColumns() != m_resultColumns)
        showResult();
}

void FinderScreen::orientationChanged()
{
    m_answers->setPortrait(isPortrait());
    if (m_resultTiles)
        m_resultTiles->setPortrait(isPortrait());
    if (m_code)
        m_code->setPortrait(isPortrait());
}
