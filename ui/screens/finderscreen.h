#pragma once

#include "rolefinder.h"
#include "screen.h"

class Catalogue;
class LinkCodes;
class PlainLabel;
class QPushButton;
class QVBoxLayout;
class TileGrid;
class VisitorSession;

// "Find work that suits you": the bundle's finder questions one at a time, with big answer
// tiles, "Not sure" always among them and the progress above ("Question 2 of 5"); then the
// kinds of work and roles the answers speak for, each with why, its open vacancies and the way
// to them, and the information pack's code to take away. The answers are the session's: this
// screen renders them and sends it each answer; Back takes the last one away.
class FinderScreen : public Screen
{
    Q_OBJECT
public:
    FinderScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("finder"); }
    QString purpose() const override;
    void refresh() override;
    bool back() override;

    // The answer tiles of the question shown ("Not sure" last); none on the result.
    QList<QWidget *> answerTiles() const { return m_answerTiles; }
    bool isShowingResult() const { return m_showingResult; }
    QList<RoleFinder::Result> results() const { return m_results; }

protected:
    void orientationChanged() override;
    void applyTheme(const Theme &theme) override;

private:
    void render();
    void showQuestion(int index);
    void showResult();
    QWidget *resultPanel(const RoleFinder::Result &result);
    QWidget *overview();
    QPushButton *vacanciesButton(const QString &capabilityId, const QString &kind, int count);
    void clearResult();
    void replaceAnswers();
    static int resultColumns();

    Catalogue *m_catalogue;
    VisitorSession *m_session;
    QWidget *m_question;
    QVBoxLayout *m_questionLayout = nullptr;
    PlainLabel *m_progress;
    PlainLabel *m_text;
    PlainLabel *m_help;
    TileGrid *m_answers;
    QWidget *m_result;
    QVBoxLayout *m_resultLayout;
    TileGrid *m_resultTiles = nullptr;
    LinkCodes *m_code = nullptr;
    QList<QWidget *> m_answerTiles;
    QList<RoleFinder::Result> m_results;
    QString m_spoken;
    bool m_showingResult = false;
    int m_resultColumns = 0; // as the result was last laid out
};
