#pragma once

#include <QByteArray>
#include <QString>

// UTF-8 as the bundle format defines it: the bytes of a text must be a well-formed UTF-8
// sequence (RFC 3629), with no overlong form, no surrogate, nothing above U+10FFFF and no
// noncharacter. SQLite and Qt's own decoder are lenient and turn such bytes into other
// characters, so that what a visitor would read is not what the bundle held.
class StrictUtf8
{
public:
    // The text, or a null string when the bytes are not strict UTF-8. `offset`, when given,
    // receives the position of the first byte that is wrong.
    static QString decode(const QByteArray &bytes, qsizetype *offset = nullptr);
    static bool isValid(const QByteArray &bytes) { return firstError(bytes) < 0; }
    // The position of the first byte that is wrong, or -1.
    static qsizetype firstError(const QByteArray &bytes);

private:
    static int sequenceLength(const unsigned char *at, qsizetype left);
    static bool isNoncharacter(char32_t c);
};
