#include "selftestscreen.h"

#include "catalogue.h"
#include "clock.h"
#include "eventlog.h"
#include "flowlayout.h"
#include "kiosksettings.h"
#include "panel.h"
#include "plainlabel.h"
#include "selftestchecks.h"
#include "speaker.h"
#include "stafftasks.h"
#include "theme.h"
#include "touchtargets.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>
#include <QWindow>

namespace
{

QPushButton *button(const QString &text, const char *name)
{
    auto *pushButton = new QPushButton(text);
    pushButton->setAccessibleName(text);
    pushButton->setObjectName(QLatin1String(name));
    return pushButton;
}

// The keypad's keys as KeypadNavigator reads them, by the names the check shows.
QString keyName(int key)
{
    const QStringList names = SelfTestChecks::keypadKeys();
    switch (key) {
    case Qt::Key_Up:
        return names.at(0);
    case Qt::Key_Down:
        return names.at(1);
    case Qt::Key_Left:
        return names.at(2);
    case Qt::Key_Right:
        return names.at(3);
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Select:
        return names.at(4);
    case Qt::Key_Escape:
    case Qt::Key_Back:
    case Qt::Key_Backspace:
        return names.at(5);
    case Qt::Key_Home:
        return names.at(6);
    case Qt::Key_F1:
    case Qt::Key_Help:
    case Qt::Key_Question:
        return names.at(7);
    default:
        return {};
    }
}

} // namespace

SelfTestScreen::SelfTestScreen(KioskSettings *settings, Catalogue *catalogue, StaffTasks *tasks,
                               QWidget *parent)
    : Screen(parent), m_settings(settings), m_catalogue(catalogue), m_tasks(tasks),
      m_heard(button(tr("I heard it"), "heard")),
      m_notHeard(button(tr("I didn't hear it"), "notHeard")), m_saved(new PlainLabel({}, "body"))
{
    auto *top = new QHBoxLayout;
    top->addWidget(new PlainLabel(title(), "title"), 1);
    QPushButton *back = button(tr("Back to the staff screen"), "backToStaff");
    connect(back, &QPushButton::clicked, this, &SelfTestScreen::done);
    top->addWidget(back);
    content()->addLayout(top);
    QPushButton *touch = button(tr("Start the touch test"), "startTouch");
    connect(touch, &QPushButton::clicked, this, &SelfTestScreen::startTouch);
    content()->addWidget(buildCheck(QStringLiteral("touch"), {touch}));
    content()->addWidget(buildCheck(QStringLiteral("screen"), {}));
    QPushButton *play = button(tr("Play the test sentence"), "playSentence");
    connect(play, &QPushButton::clicked, this, &SelfTestScreen::playSentence);
    connect(m_heard, &QPushButton::clicked, this, [this] { answerSound(true); });
    connect(m_notHeard, &QPushButton::clicked, this, [this] { answerSound(false); });
    content()->addWidget(buildCheck(QStringLiteral("sound"), {play, m_heard, m_notHeard}));
    content()->addWidget(buildCheck(QStringLiteral("keys"), buildKeys()));
    content()->addWidget(buildCheck(QStringLiteral("clock"), {}));
    content()->addWidget(buildCheck(QStringLiteral("data"), {}));
    auto *finish = new Panel(tr("Keep the result"));
    QPushButton *saveButton = button(tr("Save the result"), "saveSelfTest");
    connect(saveButton, &QPushButton::clicked, this, &SelfTestScreen::save);
    finish->layout()->addWidget(new PlainLabel(tr("Saved on this kiosk for the fleet's status "
                                                  "file, and on the USB drive if one is in."),
                                               "body"));
    finish->layout()->addWidget(saveButton, 0, Qt::AlignLeft);
    finish->layout()->addWidget(m_saved);
    content()->addWidget(finish);
    content()->addStretch();
    connect(m_tasks, &StaffTasks::dataChecked, this, &SelfTestScreen::showCheck);
    connect(m_tasks, &StaffTasks::fileWritten, this,
            [this](const QString &path, const QString &error) {
                if (isVisible() && path.endsWith(QLatin1String("careers-kiosk-self-test.txt")))
                    m_saved->setText(error.isEmpty()
                                         ? tr("Saved on this kiosk and written to %1.").arg(path)
                                         : tr("Saved on this kiosk; not written to a USB "
                                              "drive: %1.")
                                               .arg(error));
            });
}

QString SelfTestScreen::title() const
{
    return tr("Test this kiosk");
}

QWidget *SelfTestScreen::buildCheck(const QString &key, const QList<QWidget *> &controls)
{
    auto *panel = new Panel(SelfTestReport::notRun(key).name);
    auto *result = new PlainLabel({}, "body");
    m_results.insert(key, result);
    panel->layout()->addWidget(result);
    if (!controls.isEmpty()) {
        // Wrapped, so that a portrait screen keeps its width.
        auto *row = new QWidget;
        auto *flow = new FlowLayout(row, Theme::current().px(12));
        flow->setContentsMargins(0, 0, 0, 0);
        for (QWidget *control : controls)
            flow->addWidget(control);
        panel->layout()->addWidget(row);
    }
    showCheck(SelfTestReport::notRun(key));
    return panel;
}

QList<QWidget *> SelfTestScreen::buildKeys()
{
    QList<QWidget *> lamps;
    for (const QString &name : SelfTestChecks::keypadKeys()) {
        auto *lamp = new PlainLabel(name, "neutralBadge");
        lamp->setAlignment(Qt::AlignCenter);
        lamp->setProperty("seen", false);
        m_keyLamps.insert(name, lamp);
        lamps << lamp;
    }
    return lamps;
}

void SelfTestScreen::showCheck(const SelfTestReport::Check &check)
{
    m_report.set(check);
    static const QMap<SelfTestReport::Outcome, const char *> outcomes{
        {SelfTestReport::Outcome::NotRun, QT_TR_NOOP("Not checked yet")},
        {SelfTestReport::Outcome::Passed, QT_TR_NOOP("Passed")},
        {SelfTestReport::Outcome::Warning, QT_TR_NOOP("Look at this")},
        {SelfTestReport::Outcome::Failed, QT_TR_NOOP("Failed")}};
    QString text = tr(outcomes.value(check.outcome));
    if (check.outcome != SelfTestReport::Outcome::NotRun)
        text += QStringLiteral(": ") + check.text;
    if (!check.todo.isEmpty())
        text += QLatin1Char('\n') + tr("What to do: %1.").arg(check.todo);
    if (PlainLabel *label = m_results.value(check.key))
        label->setText(text);
}

QString SelfTestScreen::resultText(const QString &key) const
{
    const PlainLabel *label = m_results.value(key);
    return label ? label->plainText() : QString();
}

void SelfTestScreen::start()
{
    m_saved->clear();
    checkScreen();
    const QDateTime published = QDateTime::fromString(m_catalogue->info().publishedAt, Qt::ISODate);
    showCheck(SelfTestChecks::clock(m_catalogue->clock()->now(), published));
    showCheck(SelfTestChecks::keys(m_keysSeen));
    SelfTestReport::Check data = SelfTestReport::notRun(QStringLiteral("data"));
    data.text = tr("Checking…");
    m_results.value(data.key)->setText(data.text);
    m_tasks->checkData(m_settings->watchFolder());
}

void SelfTestScreen::checkScreen()
{
    QWidget *top = window();
    const QScreen *screen = top->screen();
    SelfTestChecks::ScreenFacts facts;
    facts.size = top->size();
    facts.scale = top->devicePixelRatioF();
    if (screen) {
        facts.rotation = screen->angleBetween(screen->nativeOrientation(), screen->orientation());
        // The screen's size in millimetres, for the part of it the window covers.
        const QSizeF mm = screen->physicalSize();
        const QSize px = screen->geometry().size();
        if (px.width() > 0 && px.height() > 0)
            facts.physicalMm = QSizeF(mm.width() * facts.size.width() / px.width(),
                                      mm.height() * facts.size.height() / px.height());
    }
    QFont body = font();
    body.setPixelSize(Theme::forSize(facts.size.width(), facts.size.height(), 100, false)
                          .fontPx(Theme::Text::Body));
    facts.capitalPx = QFontMetricsF(body).capHeight();
    showCheck(SelfTestChecks::screen(facts));
}

void SelfTestScreen::startTouch()
{
    if (!m_targets) {
        m_targets = new TouchTargets(window());
        connect(m_targets, &TouchTargets::finished, this,
                [this] { showCheck(m_targets->check().result()); });
    }
    m_targets->start();
}

void SelfTestScreen::playSentence()
{
    m_played = true;
    if (!m_speaker) {
        showCheck(SelfTestChecks::sound(false, false));
        return;
    }
    m_speaker->stop();
    m_speaker->say(tr("This is the kiosk's sound test. If you can hear this sentence, the "
                      "speakers work."));
}

void SelfTestScreen::answerSound(bool heard)
{
    if (m_speaker)
        m_speaker->stop();
    showCheck(SelfTestChecks::sound(m_speaker != nullptr, heard));
}

void SelfTestScreen::save()
{
    const QDateTime now = m_catalogue->clock()->now();
    const QString id = m_settings->kioskId();
    QString error;
    if (!m_report.save(m_settings->dataDir(), now, id, &error)) {
        m_saved->setText(tr("Not saved: %1.").arg(error));
        return;
    }
    EventLog::write(
        QStringLiteral("self-test saved: %1")
            .arg(m_report.passed() ? QStringLiteral("passed") : QStringLiteral("not passed")));
    m_saved->setText(tr("Saved on this kiosk. Writing it to the USB drive…"));
    m_tasks->writeToDrive(QStringLiteral("careers-kiosk-self-test.txt"),
                          m_report.text(now, id).toUtf8(), m_usedBundle);
}

QString SelfTestScreen::savedText() const
{
    return m_saved->plainText();
}

void SelfTestScreen::keyPressed(int key)
{
    const QString name = keyName(key);
    if (name.isEmpty())
        return;
    m_keysSeen.insert(name);
    PlainLabel *lamp = m_keyLamps.value(name);
    lamp->setProperty("seen", true);
    lamp->setRole("badge"); // lit up
    lamp->style()->unpolish(lamp);
    lamp->style()->polish(lamp);
    showCheck(SelfTestChecks::keys(m_keysSeen));
}

void SelfTestScreen::showEvent(QShowEvent *event)
{
    qApp->installEventFilter(this); // the keypad's keys light up, whatever has the focus
    Screen::showEvent(event);
}

void SelfTestScreen::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    if (m_speaker && m_played)
        m_speaker->stop(); // nothing is left speaking when staff leave
    if (m_targets)
        m_targets->hide();
    Screen::hideEvent(event);
}

bool SelfTestScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize)
        checkScreen(); // turned or resized while staff look: the facts follow
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return Screen::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (keyName(key).isEmpty())
        return false;
    keyPressed(key);
    return true; // a keypad key here tests the keypad, and moves nothing
}
