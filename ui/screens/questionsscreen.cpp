#include "questionsscreen.h"

#include "catalogue.h"
#include "plainlabel.h"
#include "tilebutton.h"
#include "visitorsession.h"

#include <QVBoxLayout>

QuestionsScreen::QuestionsScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_session(session), m_list(new QWidget)
{
    content()->addWidget(new PlainLabel(tr("Questions people ask"), "title"));
    content()->addWidget(new PlainLabel(
        tr("Tap a question to see its answer. The rules differ between forces and roles, so "
           "check our information pack too."),
        "lead"));
    auto *list = new QVBoxLayout(m_list);
    list->setContentsMargins(0, 0, 0, 0);
    content()->addWidget(m_list);
    content()->addStretch();
    connect(session, &VisitorSession::faqPlaceChanged, this, &QuestionsScreen::rebuild);
    connect(session, &VisitorSession::faqOpenChanged, this, &QuestionsScreen::showOpen);
    rebuild();
}

QString QuestionsScreen::title() const
{
    return tr("Questions people ask");
}

QString QuestionsScreen::purpose() const
{
    // With an answer open, that answer is what the visitor wants to hear.
    for (const Entry &e : m_entries) {
        if (e.id == m_session->faqOpen())
            return e.question->heading() + QLatin1Char(' ') + openAnswer();
    }
    return m_spoken;
}

void QuestionsScreen::refresh()
{
    rebuild();
}

QuestionsScreen::Entry QuestionsScreen::entry(const FaqEntry &faq)
{
    auto *question = new TileButton(faq.question);
    question->setObjectName(QStringLiteral("question:") + faq.id);
    auto *answer = new QWidget;
    answer->setObjectName(QStringLiteral("answer:") + faq.id);
    auto *column = new QVBoxLayout(answer);
    auto *text = new PlainLabel(faq.answer, "body");
    column->addWidget(text);
    QStringList words;
    for (const GlossaryTerm &term : m_catalogue->glossary().termsIn(faq.answer))
        words << Glossary::entry(term);
    if (!words.isEmpty())
        column->addWidget(new PlainLabel(
            tr("Words in this answer:\n%1").arg(words.join(QLatin1Char('\n'))), "small"));
    answer->hide();
    const QString id = faq.id;
    connect(question, &TileButton::clicked, this, [this, id] { m_session->toggleAnswer(id); });
    return {id, question, answer, text};
}

void QuestionsScreen::rebuild()
{
    // A new list comes with a new bundle or another place, never from a tap on the list.
    for (const Entry &old : std::as_const(m_entries)) {
        delete old.question;
        delete old.answer;
    }
    m_entries.clear();
    const QString place =
        m_session->faqPlace().isEmpty() ? QStringLiteral("home") : m_session->faqPlace();
    QStringList questions;
    for (const FaqEntry &faq : m_catalogue->faq(place)) {
        const Entry made = entry(faq);
        m_list->layout()->addWidget(made.question);
        m_list->layout()->addWidget(made.answer);
        made.question->show();
        m_entries << made;
        questions << faq.question;
    }
    m_spoken =
        tr("Questions people ask, each with its answer. %1").arg(questions.join(QLatin1Char(' ')));
    showOpen(m_session->faqOpen());
}

void QuestionsScreen::showOpen(const QString &id)
{
    for (const Entry &e : std::as_const(m_entries)) {
        const bool open = e.id == id;
        e.answer->setVisible(open);
        e.question->setText(open ? tr("Answer shown below. Tap again to close it.")
                                 : tr("Tap to see the answer."));
    }
    if (!id.isEmpty())
        emit purposeChanged();
}

QList<TileButton *> QuestionsScreen::questionTiles() const
{
    QList<TileButton *> tiles;
    for (const Entry &e : m_entries)
        tiles << e.question;
    return tiles;
}

QString QuestionsScreen::openAnswer() const
{
    for (const Entry &e : m_entries) {
        if (e.id == m_session->faqOpen()) {
            QStringList lines;
            for (const PlainLabel *label : e.answer->findChildren<PlainLabel *>())
                lines << label->plainText();
            return lines.join(QLatin1Char('\n'));
        }
    }
    return {};
}
