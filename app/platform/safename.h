#pragma once

#include <QString>

// A file name, folder or drive label from a USB stick, or any text quoted from a bundle, turned
// into text that is safe to show, log or write into a report. Whoever made the stick or the
// bundle chooses this text: a newline could forge lines in a report or a settings file, an
// escape sequence could rewrite a terminal, a bidirectional override could show "report.txt"
// for a name that ends otherwise, and zero-width or tag characters could make two different
// names look the same.
class SafeName
{
public:
    static constexpr int defaultLength = 120;

    // Line breaks become spaces; other control, bidirectional, zero-width and tag characters
    // are dropped; invalid UTF-16 becomes U+FFFD. More than maxLength characters (code points)
    // are cut to maxLength - 1 and an ellipsis.
    static QString from(const QString &name, int maxLength = defaultLength);
};
