#pragma once

#include "records.h"
#include "screen.h"

class Catalogue;
class PlainLabel;
class TileButton;
class VisitorSession;

// "Questions people ask": the bundle's questions as tiles; a tap opens the answer in place,
// right under its question, with what the glossary's words in it mean. Which answer is open,
// and whether the list is Home's or a job page's, are the session's.
class QuestionsScreen : public Screen
{
    Q_OBJECT
public:
    QuestionsScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("questions"); }
    QString purpose() const override;
    void refresh() override;

    QList<TileButton *> questionTiles() const;
    // The open answer's words, with the glossary's explanations after them; empty if none.
    QString openAnswer() const;

private:
    struct Entry {
        QString id;
        TileButton *question;
        QWidget *answer; // its text and the words it uses, hidden until opened
        PlainLabel *text;
    };
    void rebuild();
    void showOpen(const QString &id);
    Entry entry(const FaqEntry &faq);

    Catalogue *m_catalogue;
    VisitorSession *m_session;
    QWidget *m_list;
    QList<Entry> m_entries;
    QString m_spoken;
};
