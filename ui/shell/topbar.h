#pragma once

#include <QWidget>

class FlowLayout;
class PlainLabel;
class QBoxLayout;
class QPushButton;
class SpeechControls;
class Theme;
class VisitorSession;

// The bar over every screen (under it in portrait, within a seated visitor's reach): Back and
// Home, the screen's title, and the visitor's switches. The switches are the session's: a tap
// is sent to it, and the buttons show what it says.
class TopBar : public QWidget
{
    Q_OBJECT
public:
    // Without speech controls there is no "Read aloud" switch.
    TopBar(VisitorSession *session, SpeechControls *speechControls, QWidget *parent = nullptr);

    QPushButton *backButton() const { return m_back; }
    QPushButton *homeButton() const { return m_home; }
    QPushButton *largeTextButton() const { return m_largeText; }
    QPushButton *contrastButton() const { return m_contrast; }
    QPushButton *readAloudButton() const { return m_readAloud; }
    QPushButton *withinReachButton() const { return m_reach; }
    // A visitor's tap on "Larger text" or "High contrast" is under way: what it changes is
    // styled in sight first.
    bool isTapping() const { return m_tapped; }
    void setTitle(const QString &title);
    // Home has no Back and no Home.
    void showScreen(const QString &title, bool home);
    void placeTitle(bool narrow);
    void placeIn(QBoxLayout *page, bool portrait);
    void showSwitches(bool shown, bool portrait);
    void applyTheme(const Theme &theme);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildRows();
    void connectSwitches();
    void renderTextSize(int percent);
    int lines() const;

    VisitorSession *m_session;
    QPushButton *m_back;
    QPushButton *m_home;
    QPushButton *m_largeText;
    QPushButton *m_contrast;
    QPushButton *m_readAloud;
    QPushButton *m_reach;
    PlainLabel *m_title;
    QBoxLayout *m_buttonRow = nullptr;
    FlowLayout *m_switchRow = nullptr; // narrow and crowded: the other switches, wrapped
    QBoxLayout *m_titleRow = nullptr;  // narrow or larger text: the title and "Read aloud"
    bool m_tapped = false;
    bool m_narrow = false;
    int m_lines = 1; // of buttons and title: see lines()
};
