#include "narration.h"

#include <algorithm>

QString Narration::item(const Item &item)
{
    QStringList parts;
    for (const QString &part : {item.name.simplified(), item.role})
        if (!part.isEmpty())
            parts << part;
    parts << item.states;
    if (item.position > 0 && item.count > 1)
        parts << tr("%1 of %2").arg(item.position).arg(item.count);
    QString sentence = parts.join(QStringLiteral(", "));
    const QString description = item.description.simplified();
    if (!description.isEmpty() && description != item.name.simplified())
        sentence += QStringLiteral(". ") + description;
    return sentence;
}

QString Narration::arrival(const QString &screen, const QString &purpose)
{
    return purpose.isEmpty() ? screen : QStringLiteral("%1. %2").arg(screen, purpose);
}

QString Narration::stillThere(int seconds)
{
    return tr("Still there? The kiosk will start again for the next visitor in %1 seconds. "
              "Press any key or touch the screen to keep going.")
        .arg(seconds);
}

bool Narration::countdownWorthSaying(int seconds)
{
    return seconds == 10 || (seconds >= 1 && seconds <= 5);
}

QString Narration::secondsLeft(int seconds)
{
    return tr("%n seconds.", nullptr, seconds);
}

QString Narration::qrCode(const QString &address)
{
    return tr("QR code to apply on your phone. Point your phone's camera at the code on the "
              "screen to open this vacancy and apply online. The address is: %1.")
        .arg(spelledAddress(address));
}

QString Narration::linkCode(const QString &address)
{
    return tr("QR code to take this page away on your phone. Point your phone's camera at the "
              "code on the screen to open it. The address is: %1.")
        .arg(spelledAddress(address));
}

QString Narration::spelledAddress(const QString &address)
{
    QString rest = address.trimmed();
    // The scheme is what every phone assumes; spelling it out only delays the part that
    // matters.
    for (const QString &scheme : {QStringLiteral("https://"), QStringLiteral("http://")}) {
        if (rest.startsWith(scheme, Qt::CaseInsensitive))
            rest = rest.mid(scheme.size());
    }
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    QStringList words;
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            words << spelledRun(run);
        run.clear();
    };
    for (const QChar c : std::as_const(rest)) {
        if (c.isLetter() && (run.isEmpty() || run.back().isLetter())) {
            run += c;
            continue;
        }
        flush();
        if (c.isLetter())
            run += c;
        else if (c.isDigit())
            words << spelledRun(QString(c));
        else
            words << punctuationName(c);
    }
    flush();
    return words.join(QLatin1Char(' '));
}

QString Narration::spelledRun(const QString &run)
{
    static const QStringList digits = {tr("zero"), tr("one"), tr("two"),   tr("three"), tr("four"),
                                       tr("five"), tr("six"), tr("seven"), tr("eight"), tr("nine")};
    if (run.size() == 1 && run.at(0).isDigit())
        return digits.value(run.at(0).digitValue(), run);
    static const QString vowels = QStringLiteral("aeiouy");
    const QString lower = run.toLower();
    const bool sayable =
        lower.size() >= 3 &&
        std::any_of(lower.cbegin(), lower.cend(), [](QChar c) { return vowels.contains(c); });
    if (sayable)
        return lower;
    QStringList letters;
    for (const QChar c : lower)
        letters << QString(c.toUpper());
    return letters.join(QLatin1Char(' '));
}

QString Narration::punctuationName(QChar c)
{
    switch (c.unicode()) {
    case '.':
        return tr("dot");
    case '/':
        return tr("slash");
    case '-':
        return tr("dash");
    case '_':
        return tr("underscore");
    case ':':
        return tr("colon");
    case '?':
        return tr("question mark");
    case '=':
        return tr("equals");
    case '&':
        return tr("ampersand");
    case '#':
        return tr("hash");
    case '@':
        return tr("at");
    case '+':
        return tr("plus");
    case '%':
        return tr("percent");
    case '~':
        return tr("tilde");
    default:
        return QString(c);
    }
}

QString Narration::keypadHelp()
{
    return tr("Keypad help. Up and down arrows, or Tab, move from item to item in reading "
              "order; left and right arrows do the same. Enter chooses the item. Escape or "
              "Backspace goes back. Home goes to the start. F1 or the question mark repeats "
              "this help. Read aloud is a switch in the bar at the top; its speed and volume "
              "buttons sit beside it.");
}

QString Narration::speechOn()
{
    return tr("Reading aloud. Press F1 or the question mark for help with the keypad.");
}

QString Narration::rate(int step, int steps)
{
    return tr("Speed %1 of %2").arg(step).arg(steps);
}

QString Narration::volume(int step, int steps)
{
    return tr("Volume %1 of %2").arg(step).arg(steps);
}
