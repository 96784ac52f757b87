#include "fleetpanel.h"

#include "chipgroup.h"
#include "kiosksettings.h"
#include "plainlabel.h"
#include "safename.h"

#include <QDir>
#include <QLayout>

FleetPanel::FleetPanel(KioskSettings *settings, QWidget *parent)
    : Panel(tr("Signed job data and the watched folder"), {}, parent), m_settings(settings),
      m_keys(new PlainLabel({}, "body")), m_hosts(new PlainLabel({}, "body")),
      m_watch(new PlainLabel({}, "body")), m_watchStatus(new PlainLabel({}, "body")),
      m_folders(new ChipGroup(tr("Watch a folder for new job data")))
{
    for (QWidget *widget : {static_cast<QWidget *>(m_keys), static_cast<QWidget *>(m_hosts),
                            static_cast<QWidget *>(m_watch), static_cast<QWidget *>(m_watchStatus),
                            static_cast<QWidget *>(m_folders)})
        layout()->addWidget(widget);
    m_watchStatus->hide();
    connect(m_folders, &ChipGroup::chosen, this, &FleetPanel::choose);
    connect(m_settings, &KioskSettings::trustedKeysChanged, this, &FleetPanel::refresh);
    connect(m_settings, &KioskSettings::linkHostsChanged, this, &FleetPanel::refresh);
    connect(m_settings, &KioskSettings::watchFolderChanged, this, &FleetPanel::refresh);
    refresh();
}

QString FleetPanel::suggestedFolder()
{
    return QDir::home().filePath(QStringLiteral("careers-kiosk-sync"));
}

QString FleetPanel::keysText() const
{
    return m_keys->text();
}

void FleetPanel::refresh()
{
    QStringList ids;
    for (const QString &line : m_settings->trustedKeyLines())
        ids << KioskSettings::keyIdOf(line);
    // Damage never reads as "not signed here": it is named, with the repair.
    if (!m_settings->signingDamage().isEmpty())
        m_keys->setText(
            tr("Job data must be signed on this kiosk, but %1.").arg(m_settings->signingDamage()));
    else
        m_keys->setText(ids.isEmpty()
                            ? tr("Job data is not signed on this kiosk. Any valid bundle can be "
                                 "loaded from a USB drive; nothing is loaded from a watched "
                                 "folder.")
                            : tr("Only job data signed with a trusted key is loaded. Trusted "
                                 "keys: %1.")
                                  .arg(ids.join(QStringLiteral(", "))));
    const QStringList hosts = m_settings->linkHosts();
    if (m_settings->linkHostsDamaged())
        m_hosts->setText(tr("Web addresses: %1.").arg(m_settings->linkHostsDamage()));
    else
        m_hosts->setText(hosts.isEmpty() ? tr("Web addresses in job data may be on any host.")
                                         : tr("Web addresses in job data may only be on: %1.")
                                               .arg(hosts.join(QStringLiteral(", "))));
    const QString folder = m_settings->watchFolder();
    m_watch->setText(folder.isEmpty() ? tr("No watched folder.")
                                      : tr("Watched folder: %1\nThis kiosk reports there as %2.")
                                            .arg(SafeName::from(QDir::toNativeSeparators(folder)),
                                                 m_settings->kioskId()));
    QList<QPair<QString, QString>> choices{{tr("Off"), QString()}};
    for (const QString &path : {suggestedFolder(), folder}) {
        if (!path.isEmpty() && (choices.size() < 2 || choices.last().second != path))
            choices.append({SafeName::from(QDir::toNativeSeparators(path)), path});
    }
    m_folders->setChoices(choices);
    m_folders->setValue(folder);
}

void FleetPanel::setWatchStatus(const QString &text)
{
    m_watchStatus->setText(tr("Last check: %1").arg(SafeName::from(text, 1000)));
    m_watchStatus->setVisible(!text.isEmpty());
}

void FleetPanel::choose(const QString &folder)
{
    QString error;
    // The suggested folder is made on first use, so that a sync tool can be pointed at it.
    if (!folder.isEmpty())
        QDir().mkpath(folder);
    if (!m_settings->setWatchFolder(folder, &error))
        setWatchStatus(error);
    refresh();
}
