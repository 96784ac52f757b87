#include "staffscreen.h"

#include "catalogue.h"
#include "chipgroup.h"
#include "clock.h"
#include "confirmtap.h"
#include "countslist.h"
#include "eventlog.h"
#include "eventreportpanel.h"
#include "fleetpanel.h"
#include "interestnames.h"
#include "intereststats.h"
#include "kiosksettings.h"
#include "panel.h"
#include "plainlabel.h"
#include "removablemedia.h"
#include "safename.h"
#include "standpanel.h"
#include "storedirectory.h"
#include "theme.h"
#include "tilebutton.h"
#include "wording.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

StaffScreen::StaffScreen(KioskSettings *settings, Catalogue *catalogue, InterestStats *stats,
                         StaffTasks *tasks, QWidget *parent)
    : Screen(parent), m_dataDir(settings->dataDir()), m_settings(settings), m_catalogue(catalogue),
      m_stats(stats), m_tasks(tasks), m_live(new PlainLabel({}, "body")),
      m_noticeLabel(new PlainLabel({}, "body")), m_bundleList(new QVBoxLayout),
      m_noBundles(new PlainLabel(tr("No job data file (.kioskbundle) found. Put in a USB drive "
                                    "with one at its top level or in a folder called "
                                    "careers-kiosk."),
                                 "body")),
      m_moreBundles(new PlainLabel({}, "body")), m_result(new PlainLabel({}, "lead")),
      m_load(new QPushButton(tr("Make it live"))), m_cancel(new QPushButton(tr("Cancel"))),
      m_rollback(new QPushButton(tr("Go back to the previous data"))),
      m_rollbackResult(new PlainLabel({}, "body")), m_undo(nullptr),
      m_idle(new ChipGroup(tr("Return to the welcome screen after"))),
      m_reach(new ChipGroup(tr("Each visitor starts with"))),
      m_noCounts(new PlainLabel(tr("Nothing counted yet."), "body")),
      m_countsHint(new PlainLabel({}, "small")), m_countsList(new CountsList),
      m_exportResult(new PlainLabel({}, "body")), m_fleet(new FleetPanel(settings)),
      m_report(new EventReportPanel(stats, catalogue, tasks)),
      m_stand(new StandPanel(settings, catalogue->clock())), m_poll(catalogue->clock())
{
    auto *top = new QHBoxLayout;
    top->addWidget(new PlainLabel(tr("Staff"), "title"), 1);
    auto *leave = new QPushButton(tr("Back to the kiosk"));
    leave->setAccessibleName(leave->text());
    connect(leave, &QPushButton::clicked, this, &StaffScreen::leaveRequested);
    top->addWidget(leave);
    content()->addLayout(top);
    auto *live = new Panel(tr("Live data"));
    live->layout()->addWidget(m_live);
    live->layout()->addWidget(m_noticeLabel);
    m_noticeLabel->hide();
    content()->addWidget(live);
    content()->addWidget(m_stand);
    connect(m_stand, &StandPanel::selfTestRequested, this, &StaffScreen::selfTestRequested);
    content()->addWidget(buildUsbPanel());
    content()->addWidget(m_fleet);
    auto *undo = new Panel(tr("Undo the last load"));
    m_undo = undo;
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_rollback);
    undoRow->addWidget(m_rollbackResult, 1); // its result beside it, not in the USB panel
    undo->layout()->addLayout(undoRow);
    content()->addWidget(undo);
    auto *idle = new Panel(tr("Idle time"));
    m_idle->setObjectName(QStringLiteral("idleTime"));
    m_idle->setChoices({{tr("1 minute"), QStringLiteral("60")},
                        {tr("90 seconds"), QStringLiteral("90")},
                        {tr("2 minutes"), QStringLiteral("120")},
                        {tr("3 minutes"), QStringLiteral("180")}});
    idle->layout()->addWidget(m_idle);
    content()->addWidget(idle);
    content()->addWidget(buildReachPanel());
    content()->addWidget(m_report);
    m_report->setUsedBundle([this] { return m_usedBundle; });
    content()->addWidget(buildCountsPanel());
    content()->addWidget(buildFinishPanel());
    content()->addStretch();
    for (QPushButton *button : {m_load, m_cancel, m_rollback})
        button->setAccessibleName(button->text());
    connect(m_load, &QPushButton::clicked, this, &StaffScreen::confirmLoad);
    connect(m_cancel, &QPushButton::clicked, this, [this] { showResult({}, false); });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        ConfirmTap::arm(m_rollback, tr("Tap again to go back"), [this] { rollback(); });
    });
    connect(m_idle, &ChipGroup::chosen, this, [this](const QString &value) {
        QString error;
        if (!m_settings->setIdleSeconds(value.toInt(), &error)) {
            EventLog::write(QStringLiteral("idle time not saved: ") + error);
            m_idle->setValue(QString::number(m_settings->idleSeconds()));
        }
    });
    connect(m_settings, &KioskSettings::noticeChanged, this, &StaffScreen::showNotice);
    m_poll.setInterval(2000);
    connect(&m_poll, &ClockTimer::timeout, this, &StaffScreen::lookForBundles);
    connect(m_tasks, &StaffTasks::bundlesFound, this, &StaffScreen::showBundles);
    connect(m_tasks, &StaffTasks::checked, this, &StaffScreen::checked);
    connect(m_tasks, &StaffTasks::imported, this, &StaffScreen::imported);
    connect(m_tasks, &StaffTasks::rolledBack, this, &StaffScreen::rolledBack);
    connect(m_tasks, &StaffTasks::busyChanged, this, &StaffScreen::setBusy);
    // After the load's report or the saved counts: the kiosk unmounted the stick it mounted.
    connect(m_tasks, &StaffTasks::drivesReleased, this, [this] {
        const QString shown = m_result->plainText();
        const QString removable = tr("You can remove the drive now.");
        if (isVisible())
            showResult(shown.isEmpty() ? removable : shown + QLatin1Char('\n') + removable, false);
    });
    connect(
        m_tasks, &StaffTasks::fileWritten, this, [this](const QString &path, const QString &error) {
            m_exportResult->setText(
                error.isEmpty() ? tr("Saved %1").arg(SafeName::from(QDir::toNativeSeparators(path)))
                                : tr("Cannot save the counts: %1").arg(error));
            EventLog::write(error.isEmpty() ? QStringLiteral("counts exported to ") + path
                                            : QStringLiteral("counts export failed: ") + error);
        });
    showResult({}, false);
}

QWidget *StaffScreen::buildUsbPanel()
{
    auto *usb = new Panel(tr("Load job data from a USB drive"));
    usb->layout()->addWidget(m_noBundles);
    // Above the tiles: staff read it before scrolling through fifty of them.
    usb->layout()->addWidget(m_moreBundles);
    usb->layout()->addLayout(m_bundleList);
    usb->layout()->addWidget(m_result);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    usb->layout()->addLayout(buttons);
    return usb;
}

QWidget *StaffScreen::buildCountsPanel()
{
    auto *counts = new Panel(tr("What visitors looked at (counts only, nothing about who)"));
    counts->layout()->addWidget(m_noCounts);
    // Every line, however many: they scroll in a list of their own under the heading.
    counts->layout()->addWidget(m_countsList);
    counts->layout()->addWidget(m_countsHint);
    auto *exportButton = new QPushButton(tr("Save the counts to the USB drive"));
    exportButton->setAccessibleName(exportButton->text());
    connect(exportButton, &QPushButton::clicked, this, &StaffScreen::exportCounts);
    counts->layout()->addWidget(exportButton, 0, Qt::AlignLeft);
    counts->layout()->addWidget(m_exportResult);
    return counts;
}

QWidget *StaffScreen::buildFinishPanel()
{
    auto *finish = new Panel(tr("Finish"));
    auto *row = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to the kiosk"));
    auto *exit = new QPushButton(tr("Exit the kiosk"));
    exit->setObjectName(QStringLiteral("exitKiosk"));
    for (QPushButton *button : {back, exit}) {
        button->setAccessibleName(button->text());
        row->addWidget(button);
    }
    row->addStretch();
    finish->layout()->addLayout(row);
    connect(back, &QPushButton::clicked, this, &StaffScreen::leaveRequested);
    connect(exit, &QPushButton::clicked, this, [this, exit] {
        ConfirmTap::arm(exit, tr("Tap again to exit"), [this] { emit exitRequested(); });
    });
    return finish;
}

QString StaffScreen::title() const
{
    return tr("Staff");
}

void StaffScreen::setNotice(const QString &text)
{
    m_notice = text;
    showNotice();
}

QString StaffScreen::notice() const
{
    return m_noticeLabel->plainText();
}

void StaffScreen::showNotice()
{
    QStringList lines;
    for (const QString &line : {m_notice, m_settings->notice()}) {
        if (!line.isEmpty())
            lines << line;
    }
    m_noticeLabel->setText(lines.join(QLatin1Char('\n')));
    m_noticeLabel->setVisible(!lines.isEmpty());
}

QWidget *StaffScreen::buildReachPanel()
{
    // For a stand where many visitors are seated: "Within reach" on from the start, and on
    // again after each idle reset.
    auto *panel = new Panel(tr("Within reach (tall screens)"));
    m_reach->setObjectName(QStringLiteral("withinReachDefault"));
    m_reach->setChoices(
        {{tr("The whole screen"), {}}, {tr("Everything within reach"), QStringLiteral("on")}});
    panel->layout()->addWidget(m_reach);
    connect(m_reach, &ChipGroup::chosen, this, [this](const QString &value) {
        QString error;
        if (!m_settings->setWithinReachDefault(!value.isEmpty(), &error)) {
            EventLog::write(QStringLiteral("\"Within reach\" for each visitor not saved: ") +
                            error);
            setWithinReachDefault(m_settings->withinReachDefault());
        }
    });
    return panel;
}

void StaffScreen::setWithinReachDefault(bool on)
{
    m_reach->setValue(on ? QStringLiteral("on") : QString());
}

void StaffScreen::setIdleSeconds(int seconds)
{
    m_idle->setValue(QString::number(seconds));
}

void StaffScreen::refresh()
{
    const StoreInfo info = m_catalogue->info();
    m_live->setText(tr("%1\nPublished %2 by %3\n%4%5\nCareers Kiosk %6")
                        .arg(info.title, publishedInWords(info.publishedAt), info.publisher,
                             Wording::openVacancies(m_catalogue->jobs()->rowCount()),
                             info.sample ? tr(" (sample data)") : QString(),
                             QStringLiteral(KIOSK_VERSION)));
    showCounts();
    m_report->refresh();
    updateUndo();
    // Another program (the command line) may have changed the settings, or damage found.
    m_settings->reload();
    showNotice();
    m_fleet->refresh();
    lookForBundles();
}

void StaffScreen::updateUndo()
{
    // Offered only when there is something to go back to.
    m_undo->setVisible(!StoreDirectory(m_dataDir).previousPath().isEmpty());
}

void StaffScreen::showCounts()
{
    const QDate today = m_catalogue->clock()->today();
    const QList<InterestStats::Count> totals =
        m_stats ? m_stats->totals(today) : QList<InterestStats::Count>();
    const int lines = m_countsList->setCounts(totals, InterestNames(m_catalogue));
    m_noCounts->setVisible(totals.isEmpty());
    m_countsList->setVisible(!totals.isEmpty());
    // More than the list shows at once: staff are told it scrolls, since no bar says so.
    m_countsHint->setText(tr("%1 lines: drag the list to see them all.").arg(lines));
    m_countsHint->setVisible(lines > 14);
    m_countsList->updateGeometry(); // its height follows its lines
}

QStringList StaffScreen::countLines() const
{
    return m_countsList->lines();
}

QString StaffScreen::publishedInWords(const QString &publishedAt) const
{
    return Wording::dateAndTime(publishedAt, m_catalogue->clock()->zone());
}

void StaffScreen::lookForBundles()
{
    // Drives are listed on the worker: a stick full of files must not stall the screen.
    if (m_looking)
        return;
    m_looking = true;
    m_tasks->findBundles();
}

void StaffScreen::showBundles(const QStringList &found, qsizetype total)
{
    m_looking = false;
    const qsizetype more = total - found.size();
    m_moreBundles->setText(tr("The newest %1 of the %2 job data files on the drive are shown, "
                              "and %3 more are not. Put fewer on the drive to see them.")
                               .arg(found.size())
                               .arg(QLocale().toString(total), QLocale().toString(more)));
    m_moreBundles->setVisible(more > 0);
    if (found == m_offered)
        return;
    for (const QString &path : found) {
        if (!m_offered.contains(path))
            EventLog::write(QStringLiteral("bundle found on a drive: ") +
                            SafeName::from(path, 400));
    }
    m_offered = found;
    // A check's result or a refusal is about a file on the drive: once that file has gone (the
    // stick taken out, the file removed), what was said of it goes too. A load's result stays.
    if (!m_resultBundle.isEmpty() && !found.contains(m_resultBundle)) {
        m_resultBundle.clear();
        showResult({}, false);
    }
    while (QLayoutItem *item = m_bundleList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &path : found) {
        // A tile, not a button: drive paths can be long, and a tile wraps them.
        const QFileInfo file(path);
        // Names come from whoever made the stick: shown only once made safe.
        auto *tile = new TileButton(tr("Check %1").arg(SafeName::from(file.fileName())),
                                    SafeName::from(QDir::toNativeSeparators(file.absolutePath())));
        tile->setObjectName(QStringLiteral("bundle:") + path);
        tile->setEnabled(!m_tasks->isBusy());
        connect(tile, &TileButton::clicked, this, [this, path] { offer(path); });
        m_bundleList->addWidget(tile);
    }
    m_noBundles->setVisible(found.isEmpty());
}

QString StaffScreen::reportNote(const StaffTasks::Outcome &outcome)
{
    if (outcome.reportError.isEmpty())
        return {};
    EventLog::write(QStringLiteral("report not written to the drive: ") + outcome.reportError);
    return tr("\nThe report could not be written to the drive: %1").arg(outcome.reportError);
}

void StaffScreen::setBusy(bool busy)
{
    // One task at a time: nothing to start while one runs, and staff see that it is working.
    for (int i = 0; i < m_bundleList->count(); ++i) {
        if (QWidget *tile = m_bundleList->itemAt(i)->widget())
            tile->setEnabled(!busy);
    }
    for (QPushButton *button : {m_load, m_rollback})
        button->setEnabled(!busy);
}

void StaffScreen::showResult(const QString &text, bool canLoad)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    m_load->setVisible(canLoad);
    m_cancel->setVisible(canLoad);
    if (!canLoad) {
        m_pending.clear();
        m_pendingFingerprint.clear();
    }
}

void StaffScreen::offer(const QString &bundlePath)
{
    if (m_tasks->isBusy())
        return;
    showResult(tr("Checking %1…").arg(SafeName::from(QFileInfo(bundlePath).fileName())), false);
    m_tasks->check(bundlePath);
}

void StaffScreen::checked(const QString &bundlePath, const StaffTasks::Outcome &outcome)
{
    m_usedBundle = bundlePath; // the counts go to the same drive
    m_resultBundle = bundlePath;
    if (!outcome.ok) {
        EventLog::write(QStringLiteral("bundle refused: %1: %2")
                            .arg(SafeName::from(bundlePath, 400), outcome.error));
        showResult(outcome.text + reportNote(outcome), false);
        return;
    }
    m_pending = bundlePath;
    m_pendingFingerprint = outcome.fingerprint;
    m_pendingIsOlder = QDateTime::fromString(outcome.summary.publishedAt, Qt::ISODate) <
                       QDateTime::fromString(m_catalogue->info().publishedAt, Qt::ISODate);
    QString text = outcome.text;
    // Before "Make it live": an unfamiliar host here is the sign of a changed bundle.
    text += QLatin1Char('\n') + outcome.summary.hostsText();
    if (outcome.summary.signedBy.isEmpty())
        text += tr("\nNot signed: job data is not signed on this kiosk.");
    if (m_pendingIsOlder)
        text += tr("\nIt is older than the live data (published %1).")
                    .arg(publishedInWords(m_catalogue->info().publishedAt));
    showResult(text, true);
}

void StaffScreen::confirmLoad()
{
    const QString path = m_pending;
    const QByteArray fingerprint = m_pendingFingerprint;
    if (path.isEmpty() || m_tasks->isBusy())
        return;
    showResult(tr("Loading %1…").arg(SafeName::from(QFileInfo(path).fileName())), false);
    m_tasks->import(path, m_pendingIsOlder, fingerprint);
}

void StaffScreen::imported(const QString &bundlePath, const StaffTasks::Outcome &outcome)
{
    m_usedBundle = bundlePath;
    m_resultBundle = outcome.ok ? QString() : bundlePath;
    const QString &text = outcome.text;
    const QString name = SafeName::from(bundlePath, 400);
    EventLog::write(outcome.ok ? QStringLiteral("import %1: %2").arg(name, outcome.summary.text())
                               : QStringLiteral("import refused %1: %2").arg(name, outcome.error));
    showResult(text + reportNote(outcome), false);
    updateUndo();
    if (outcome.ok)
        emit dataChanged();
}

QString StaffScreen::resultText() const
{
    return m_result->plainText();
}

void StaffScreen::rollback()
{
    if (!m_tasks->isBusy())
        m_tasks->rollback();
}

void StaffScreen::rolledBack(const StaffTasks::Outcome &outcome)
{
    EventLog::write(outcome.ok ? QStringLiteral("rolled back to the previous data")
                               : QStringLiteral("rollback refused: ") + outcome.error);
    m_rollbackResult->setText(outcome.ok ? tr("Done: the previous data is live again.")
                                         : tr("Cannot go back: %1").arg(outcome.error));
    showResult({}, false);
    updateUndo();
    if (outcome.ok)
        emit dataChanged();
}

void StaffScreen::exportCounts()
{
    if (!m_stats) {
        m_exportResult->setText(tr("No counts are kept on this kiosk."));
        return;
    }
    const QString name = QStringLiteral("careers-kiosk-interest-%1.csv")
                             .arg(m_catalogue->clock()->today().toString(Qt::ISODate));
    m_exportResult->setText(tr("Saving…"));
    const InterestNames names(m_catalogue);
    m_tasks->writeToDrive(name, m_stats->csv([&names](const QString &kind, const QString &key) {
        return names.name(kind, key);
    }),
                          m_usedBundle);
}

void StaffScreen::showEvent(QShowEvent *event)
{
    refresh();
    m_stand->refresh(); // open or closed now, by the clock
    m_poll.start();
    Screen::showEvent(event);
}

void StaffScreen::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    m_tasks->releaseDrives(); // staff are done: a stick the kiosk mounted is unmounted
    showResult({}, false);
    m_exportResult->clear();
    m_rollbackResult->clear();
    Screen::hideEvent(event);
}

QScrollArea *StaffScreen::countsList() const
{
    return m_countsList;
}
