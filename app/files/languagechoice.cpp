#include "languagechoice.h"

#include "settingsvalue.h"

#include <QDir>
#include <QFileInfo>

LanguageChoice::LanguageChoice(const QString &setting, const QString &systemLocale,
                               const Finder &find)
{
    QString settingFile;
    if (!setting.isEmpty() && SettingsValue::checkLanguage(setting).isEmpty())
        settingFile = find(setting);
    if (!settingFile.isEmpty()) {
        m_file = settingFile;
        m_language = setting;
        m_log = QStringLiteral("language %1, as set (%2)").arg(setting, settingFile);
        return;
    }
    const QString fellBack =
        setting.isEmpty()
            ? QString()
            : QStringLiteral("no translation for the language set, %1, so ").arg(setting.left(40));
    // Only a name a translation's file name may hold is looked for: "C" or "POSIX" is none.
    const QString systemFile =
        SettingsValue::checkLanguage(systemLocale).isEmpty() ? find(systemLocale) : QString();
    if (!systemFile.isEmpty()) {
        m_file = systemFile;
        m_language = systemLocale;
        m_log = fellBack +
                QStringLiteral("language %1, the system's (%2)").arg(systemLocale, systemFile);
        return;
    }
    m_language = QStringLiteral("en");
    m_log = fellBack + QStringLiteral("English only (no translation for the system's "
                                      "language, %1)")
                           .arg(systemLocale.left(40));
}

QString LanguageChoice::findIn(const QStringList &folders, const QString &name)
{
    QStringList names = {name};
    if (name.contains(QLatin1Char('_')))
        names << name.section(QLatin1Char('_'), 0, 0);
    for (const QString &candidate : names) {
        for (const QString &folder : folders) {
            const QString path =
                QDir(folder).filePath(QStringLiteral("careers-kiosk_%1.qm").arg(candidate));
            if (QFileInfo(path).isFile())
                return path;
        }
    }
    return {};
}
