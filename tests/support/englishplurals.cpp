// Linked into every test program: English is the source language, but its plural forms
// ("1 vacancy", "2 vacancies") come from its translation, as in the kiosk, which installs it
// at start. Runs as the test's QCoreApplication is made.
#include <QCoreApplication>
#include <QTranslator>

namespace
{

void installEnglish()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (!english->load(QStringLiteral(KIOSK_ENGLISH_QM)))
        qFatal("cannot load the English translation %s", KIOSK_ENGLISH_QM);
    QCoreApplication::installTranslator(english);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
