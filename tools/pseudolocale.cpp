// kiosk-pseudolocale IN.ts OUT.ts: writes a pseudo-translation (en_XA) of every message of IN.ts,
// so that the layout tests see, before a real translation does, which text would be cut when
// words get longer. Each translation is the source with its letters accented, its vowels
// doubled and padding added until it is at least 40 % longer, in brackets: a cut bracket shows
// where text is lost. Placeholders (%1, %L1, %n) and line breaks are kept as they are.
// Built and used at build time only; never installed.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace
{

constexpr double growth = 1.4;

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> letters = [] {
        QHash<QChar, QChar> map;
        const QString plain = QStringLiteral("aceinouyAEIOUCNY");
        const QString marked = QStringLiteral("áçéîñöüýÅÉÎÖÜÇÑÝ");
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain.at(i), marked.at(i));
        return map;
    }();
    return letters.value(c, c);
}

bool isVowel(QChar c)
{
    return QStringLiteral("aeiouAEIOU").contains(c);
}

// The length of a placeholder at `i` (%1, %L1, %n, %%), or 0.
qsizetype placeholderAt(const QString &text, qsizetype i)
{
    if (text.at(i) != QLatin1Char('%') || i + 1 >= text.size())
        return 0;
    qsizetype end = i + 1;
    if (text.at(end) == QLatin1Char('L') && end + 1 < text.size())
        ++end;
    if (text.at(end) == QLatin1Char('n') || text.at(end) == QLatin1Char('%'))
        return end + 1 - i;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    return end > i + 1 && text.at(end - 1).isDigit() ? end - i : 0;
}

QString pseudo(const QString &source)
{
    QString out;
    for (qsizetype i = 0; i < source.size();) {
        if (const qsizetype length = placeholderAt(source, i)) {
            out += source.mid(i, length);
            i += length;
            continue;
        }
        const QChar c = source.at(i++);
        out += accented(c);
        if (isVowel(c))
            out += accented(c);
    }
    // Padding goes into the last word, as a translation's longer words would be.
    const qsizetype wanted = qsizetype(source.size() * growth + 0.5);
    while (out.size() + 2 < wanted)
        out += QChar(0x00B7);
    return QLatin1Char('[') + out + QLatin1Char(']');
}

// Copies the reader's document to the writer, with every translation replaced.
bool translate(QXmlStreamReader &in, QXmlStreamWriter &out)
{
    QString source;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement() && in.name() == QLatin1String("TS")) {
            out.writeStartElement(QStringLiteral("TS"));
            out.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
            out.writeAttribute(QStringLiteral("language"), QStringLiteral("en_XA"));
        } else if (in.isStartElement() && in.name() == QLatin1String("source")) {
            source = in.readElementText();
            out.writeTextElement(QStringLiteral("source"), source);
        } else if (in.isStartElement() && in.name() == QLatin1String("translation")) {
            const bool numerus = in.attributes().hasAttribute(QStringLiteral("numerus")) ||
                                 source.contains(QStringLiteral("%n"));
            in.skipCurrentElement();
            out.writeStartElement(QStringLiteral("translation"));
            if (numerus) {
                out.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
                out.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
            } else
                out.writeCharacters(pseudo(source));
            out.writeEndElement();
        } else if (in.isStartElement() && in.name() != QLatin1String("location")) {
            out.writeStartElement(in.name().toString());
            out.writeAttributes(in.attributes());
        } else if (in.isEndElement() && in.name() != QLatin1String("location"))
            out.writeEndElement();
        else if (in.isCharacters() && !in.isWhitespace())
            out.writeCharacters(in.text().toString());
    }
    return !in.hasError();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: kiosk-pseudolocale IN.ts OUT.ts\n";
        return 2;
    }
    QFile inFile(args.at(1));
    QFile outFile(args.at(2));
    if (!inFile.open(QIODevice::ReadOnly) || !outFile.open(QIODevice::WriteOnly)) {
        err << "cannot open " << args.at(1) << " or " << args.at(2) << '\n';
        return 1;
    }
    QXmlStreamReader in(&inFile);
    QXmlStreamWriter out(&outFile);
    out.setAutoFormatting(true);
    out.writeStartDocument();
    out.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    if (!translate(in, out)) {
        err << args.at(1) << ": " << in.errorString() << '\n';
        return 1;
    }
    out.writeEndDocument();
    return 0;
}
