#include "displaypower.h"

#include <QProcess>

DisplayPower::DisplayPower(const QString &platform, const QProcessEnvironment &environment)
    : m_run([](const QString &program, const QStringList &arguments) {
          return QProcess::startDetached(program, arguments);
      })
{
    choose(platform, environment);
}

QStringList DisplayPower::command(bool on) const
{
    if (!canSwitch())
        return {};
    return QStringList{m_program} + (on ? m_on : m_off);
}

bool DisplayPower::setOn(bool on, QString *error)
{
    QString why;
    if (!canSwitch())
        why = m_how;
    else if (!m_run(m_program, on ? m_on : m_off))
        why = QStringLiteral("%1 could not be started").arg(m_program);
    if (error)
        *error = why;
    return why.isEmpty();
}
