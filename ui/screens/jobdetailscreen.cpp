#include "jobdetailscreen.h"

#include "catalogue.h"
#include "narration.h"
#include "panel.h"
#include "plainlabel.h"
#include "qrcodewidget.h"
#include "theme.h"
#include "visitorsession.h"
#include "wording.h"

#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

JobDetailScreen::JobDetailScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_title(new PlainLabel({}, "title")),
      m_kind(new PlainLabel({}, "lead")), m_timeLeft(new PlainLabel({}, "badge")),
      m_summary(new PlainLabel({}, "lead")), m_description(new PlainLabel({}, "body")),
      m_words(new PlainLabel({}, "small")), m_factsBox(new QWidget), m_apply(nullptr),
      m_facts(new QGridLayout(m_factsBox)), m_grid(new QGridLayout), m_qr(new QrCodeWidget),
      m_url(new PlainLabel({}, "small")), m_questions(new QPushButton(tr("Questions people ask")))
{
    auto *facts = new Panel;
    m_factsPanel = facts;
    facts->setAccessibleName(tr("Job details"));
    facts->layout()->addWidget(m_summary);
    facts->layout()->addWidget(m_factsBox);
    facts->layout()->addStretch();
    m_factsBox->setObjectName(QStringLiteral("jobFacts"));
    m_facts->setContentsMargins(0, 0, 0, 0);
    m_facts->setColumnStretch(1, 1);
    for (const QString &name : {tr("Closing date"), tr("Location"), tr("Salary"), tr("Hours"),
                                tr("Contract"), tr("Vetting"), tr("Reference")})
        addFact(name);

    auto *apply = new Panel(tr("Apply on your phone"));
    m_apply = apply;
    // The code and its address first, the words on how to use it after: with text at 200 %
    // the words take eight lines, and the code must still be in sight as the job opens.
    m_code = new QBoxLayout(QBoxLayout::TopToBottom);
    m_code->addWidget(m_qr);
    m_code->addWidget(m_url, 1);
    static_cast<QBoxLayout *>(apply->layout())->addLayout(m_code);
    apply->layout()->addWidget(
        new PlainLabel(tr("Point your phone's camera at the code to open this vacancy and "
                          "apply online."),
                       "body"));
    apply->layout()->addStretch();
    m_url->setObjectName(QStringLiteral("applyAddress"));
    connect(m_qr, &QrCodeWidget::shown, this, [this] { emit qrCodeShown(m_job.reference); });

    m_about = new Panel(tr("About the job"));
    m_about->layout()->addWidget(m_description);
    m_words->setObjectName(QStringLiteral("wordsOnThisPage"));
    m_about->layout()->addWidget(m_words);
    // Degrees, records, part time: what a visitor wonders about any job, answered in one place.
    m_questions->setObjectName(QStringLiteral("jobQuestions"));
    m_questions->setAccessibleName(m_questions->text());
    static_cast<QVBoxLayout *>(m_about->layout())->addWidget(m_questions, 0, Qt::AlignLeft);
    connect(m_questions, &QPushButton::clicked, this, &JobDetailScreen::questionsChosen);
    m_grid->setContentsMargins(0, 0, 0, 0);
    // Children in reading order, whatever the layout: the keypad and speech follow it.
    for (QWidget *part :
         QList<QWidget *>{m_title, m_kind, m_timeLeft, m_factsPanel, m_apply, m_about})
        part->setParent(scrollArea()->widget());
    content()->addLayout(m_grid);
    content()->addStretch();
    relayout();
    connect(session, &VisitorSession::jobChanged, this, &JobDetailScreen::showJob);
    showJob(session->job());
}

void JobDetailScreen::relayout()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the wrapper only: the widget stays, to be placed again
    // The way to apply is in sight as the screen opens: beside the job in landscape, right
    // under its title in portrait (at 200 % a long title takes three lines, and the code and
    // its address must still fit). The reading order (details, apply, about) stays as it is.
    QList<QWidget *> column = {m_title, m_kind, m_timeLeft, m_factsPanel, m_about};
    if (isPortrait())
        column.insert(1, m_apply);
    for (int row = 0; row < column.size(); ++row)
        m_grid->addWidget(column.at(row), row, 0,
                          column.at(row) == m_timeLeft ? Qt::AlignLeft : Qt::Alignment());
    if (!isPortrait())
        m_grid->addWidget(m_apply, 0, 1, int(column.size()), 1, Qt::AlignTop);
    // At 200 % the way to apply gets half the width, so that its heading and address take
    // fewer lines and the address stays above the fold.
    const bool largest = Theme::current().textPercent() >= 200;
    m_grid->setColumnStretch(0, largest ? 1 : 3);
    m_grid->setColumnStretch(1, isPortrait() ? 0 : (largest ? 1 : 2));
    // The address under the code; at 200 %, where height is short, beside it.
    m_code->setDirection(largest ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_code->setAlignment(m_qr, largest ? Qt::AlignTop : Qt::AlignHCenter);
    m_url->setAlignment(largest ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignHCenter);
}

QString JobDetailScreen::title() const
{
    return tr("Vacancy");
}

QString JobDetailScreen::purpose() const
{
    return QStringLiteral("%1. %2. %3.")
        .arg(m_title->plainText(),
             m_kind->plainText().replace(QStringLiteral("  ·  "), QStringLiteral(", ")),
             m_timeLeft->plainText());
}

// The rows are made once and only their values change: a grid layout never gives back a row,
// so rows added for each job would grow it, and the time to lay it out, all day.
void JobDetailScreen::addFact(const QString &name)
{
    const int row = int(m_factValues.size());
    auto *label = new PlainLabel(name, "small");
    label->setWordWrap(false);
    m_facts->addWidget(label, row, 0, Qt::AlignTop);
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_factValues.append(new PlainLabel({}, "body"));
    column->addWidget(m_factValues.last());
    // What a short form or police word means, right under the fact that uses it.
    m_factNotes.append(new PlainLabel({}, "small"));
    column->addWidget(m_factNotes.last());
    m_facts->addWidget(cell, row, 1);
}

void JobDetailScreen::setFact(int row, const QString &value)
{
    m_factValues.at(row)->setText(value);
    const QString explained = explain(value);
    m_factNotes.at(row)->setText(explained);
    m_factNotes.at(row)->setVisible(!explained.isEmpty());
}

QString JobDetailScreen::explain(const QString &text)
{
    QStringList entries;
    for (const GlossaryTerm &term : m_catalogue->glossary().termsIn(text)) {
        if (m_explained.contains(term.term))
            continue;
        m_explained << term.term;
        entries << Glossary::entry(term);
    }
    return entries.join(QLatin1Char('\n'));
}

void JobDetailScreen::showJob(const QString &reference)
{
    const std::optional<Job> job = m_catalogue->job(reference);
    if (!job) {
        m_job = {}; // none chosen (or gone): what the screen showed last stays out of sight
        return;
    }
    m_job = *job;
    m_title->setText(m_job.title);
    m_kind->setText(
        QStringLiteral("%1  ·  %2")
            .arg(Wording::kindName(m_job.kind), m_catalogue->capabilityName(m_job.capabilityId)));
    refresh();
    m_summary->setText(m_job.summary);
    m_description->setText(m_job.description);
    m_explained.clear();
    const QStringList values = {Wording::longDate(m_job.closingDate),
                                m_job.location,
                                m_job.salary,
                                m_job.hours,
                                m_job.contract,
                                m_job.vetting,
                                m_job.reference};
    for (int row = 0; row < int(values.size()); ++row)
        setFact(row, values.at(row));
    const QString words =
        explain(QStringList{m_job.title, m_job.summary, m_job.description}.join(QLatin1Char('\n')));
    m_words->setText(words.isEmpty() ? QString() : tr("Words on this page:\n%1").arg(words));
    m_words->setVisible(!words.isEmpty());
    m_qr->setText(m_job.applyUrl);
    m_url->setAddress(m_job.applyUrl);
    // Heard as its purpose and the address spelled in words, not as a string of letters.
    m_apply->setAccessibleDescription(Narration::qrCode(m_job.applyUrl));
    fitQrCode();
    scrollToTop();
}

void JobDetailScreen::refresh()
{
    m_questions->setVisible(!m_catalogue->faq(QStringLiteral("job")).isEmpty());
    if (m_job.reference.isEmpty())
        return;
    const QDate today = m_catalogue->today();
    m_timeLeft->setText(Wording::timeLeft(m_job.closingDate, today));
    // Yellow means "closes soon" and nothing else; further off, the days left are neutral.
    const char *role = Wording::closesSoon(m_job.closingDate, today) ? "badge" : "neutralBadge";
    if (m_timeLeft->property("kiosk").toString() != QLatin1String(role))
        m_timeLeft->setRole(role);
}

QLabel *JobDetailScreen::applyAddress() const
{
    return m_url;
}

void JobDetailScreen::fitQrCode()
{
    // The address under the code is in sight as the screen opens, at every size and text
    // scale: the code gives up the room it must, down to a size a phone still reads.
    if (!m_about || !isVisible())
        return; // still being built, or fitted when shown
    const Theme &theme = Theme::current();
    // Beside the address (at 200 %) the code takes the smallest size, which leaves the
    // address's longest unbroken part room on the line.
    int side = theme.px(theme.textPercent() >= 200 ? 240 : 420);
    m_qr->setFixedSize(side, side);
    layOutNow();
    m_apply->layout()->activate();
    QWidget *page = scrollArea()->widget();
    const int room = scrollArea()->viewport()->height();
    const int bottom = qMax(m_url->mapTo(page, QPoint(0, m_url->height())).y(),
                            m_qr->mapTo(page, QPoint(0, m_qr->height())).y()) +
                       theme.px(24);
    if (bottom > room) {
        side = qMax(theme.px(240), side - (bottom - room));
        m_qr->setFixedSize(side, side);
    }
}

void JobDetailScreen::orientationChanged()
{
    relayout();
}

void JobDetailScreen::applyTheme(const Theme &theme)
{
    Screen::applyTheme(theme);
    relayout();
    m_grid->setHorizontalSpacing(theme.px(32));
    m_grid->setVerticalSpacing(theme.px(24));
    m_facts->setHorizontalSpacing(theme.px(28));
    m_facts->setVerticalSpacing(theme.px(12));
}
