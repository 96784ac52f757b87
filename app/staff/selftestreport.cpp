#include "selftestreport.h"

#include "datafolder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

QStringList SelfTestReport::keys()
{
    return {QStringLiteral("touch"), QStringLiteral("screen"), QStringLiteral("sound"),
            QStringLiteral("keys"),  QStringLiteral("clock"),  QStringLiteral("data")};
}

SelfTestReport::Check SelfTestReport::notRun(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("touch"), QT_TRANSLATE_NOOP("SelfTest", "Touch")},
        {QStringLiteral("screen"), QT_TRANSLATE_NOOP("SelfTest", "Screen")},
        {QStringLiteral("sound"), QT_TRANSLATE_NOOP("SelfTest", "Sound")},
        {QStringLiteral("keys"), QT_TRANSLATE_NOOP("SelfTest", "Keys")},
        {QStringLiteral("clock"), QT_TRANSLATE_NOOP("SelfTest", "Clock")},
        {QStringLiteral("data"), QT_TRANSLATE_NOOP("SelfTest", "Data and disk")}};
    Check check;
    check.key = key;
    check.name = QCoreApplication::translate("SelfTest", names.value(key, ""));
    check.text = QCoreApplication::translate("SelfTest", "Not checked yet.");
    return check;
}

QString SelfTestReport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::NotRun:
        break;
    }
    return QStringLiteral("not run");
}

SelfTestReport::SelfTestReport()
{
    for (const QString &key : keys())
        m_checks << notRun(key);
}

void SelfTestReport::set(const Check &check)
{
    for (Check &mine : m_checks) {
        if (mine.key == check.key)
            mine = check;
    }
}

SelfTestReport::Check SelfTestReport::check(const QString &key) const
{
    for (const Check &mine : m_checks) {
        if (mine.key == key)
            return mine;
    }
    return notRun(key);
}

bool SelfTestReport::passed() const
{
    return std::all_of(m_checks.begin(), m_checks.end(), [](const Check &check) {
        return check.outcome == Outcome::Passed || check.outcome == Outcome::Warning;
    });
}

QByteArray SelfTestReport::json(const QDateTime &at, const QString &kioskId) const
{
    QJsonArray checks;
    for (const Check &check : m_checks)
        checks.append(QJsonObject{{QStringLiteral("check"), check.key},
                                  {QStringLiteral("result"), outcomeName(check.outcome)},
                                  {QStringLiteral("found"), check.text},
                                  {QStringLiteral("todo"), check.todo}});
    const QJsonObject root{{QStringLiteral("kiosk"), kioskId},
                           {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("passed"), passed()},
                           {QStringLiteral("checks"), checks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SelfTestReport::text(const QDateTime &at, const QString &kioskId) const
{
    QStringList lines{
        QCoreApplication::translate("SelfTest", "Careers Kiosk self-test of %1, %2: %3")
            .arg(kioskId, at.toString(QStringLiteral("dddd d MMMM yyyy HH:mm")),
                 passed() ? QCoreApplication::translate("SelfTest", "passed")
                          : QCoreApplication::translate("SelfTest", "not passed")),
        QString()};
    for (const Check &check : m_checks) {
        lines << QStringLiteral("%1 (%2): %3")
                     .arg(check.name, outcomeName(check.outcome), check.text);
        if (!check.todo.isEmpty())
            lines << QCoreApplication::translate("SelfTest", "  What to do: %1").arg(check.todo);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool SelfTestReport::save(const QString &dataDir, const QDateTime &at, const QString &kioskId,
                          QString *error) const
{
    return DataFolder(dataDir).write(DataFolder::File::SelfTest, json(at, kioskId), error);
}
