#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Which translation a kiosk shows, chosen before any window: the language staff set if a
// translation for it exists, else the system's, else English only (English's own translation
// is always installed underneath, for its plural forms). No widgets: the start-up loads what
// this names.
class LanguageChoice
{
public:
    // The path of the translation for a locale name, or empty when there is none.
    using Finder = std::function<QString(const QString &name)>;

    LanguageChoice(const QString &setting, const QString &systemLocale, const Finder &find);

    // Empty: English only.
    QString file() const { return m_file; }
    QString language() const { return m_language; }
    // What was chosen and why, for the log.
    QString logLine() const { return m_log; }

    // Looks for careers-kiosk_<name>.qm, then for its language alone ("cy" for "cy_GB"), in
    // each folder in turn.
    static QString findIn(const QStringList &folders, const QString &name);

private:
    QString m_file;
    QString m_language;
    QString m_log;
};
