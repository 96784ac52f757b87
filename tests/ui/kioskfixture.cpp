#include "kioskfixture.h"

#include "bundlefactory.h"
#include "capabilitiesscreen.h"
#include "capabilityscreen.h"
#include "importer.h"
#include "jobdetailscreen.h"
#include "vacanciesscreen.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

const QDate KioskFixture::today(2026, 11, 25);

bool KioskFixture::pseudoLocale()
{
    return !qEnvironmentVariableIsEmpty("KIOSK_PSEUDO_LOCALE");
}

namespace
{

void installPseudoLocaleIfAsked()
{
    static QTranslator *translator = nullptr;
    if (translator || !KioskFixture::pseudoLocale())
        return;
    translator = new QTranslator(QCoreApplication::instance());
    const QString qm = qEnvironmentVariable("KIOSK_PSEUDO_LOCALE");
    if (!translator->load(qm) || translator->isEmpty())
        qFatal("cannot load the pseudo-locale %s", qPrintable(qm));
    QCoreApplication::installTranslator(translator);
}

} // namespace

KioskFixture::KioskFixture(const BundleContent *content, KioskWindow::Options options, Start start)
{
    installPseudoLocaleIfAsked();
    Importer importer(m_dir.path());
    if (content) {
        const QString path = m_dir.filePath(QStringLiteral("content.kioskbundle"));
        BundleFactory::write(*content, path);
        if (!importer.import(path, true))
            qFatal("fixture import: %s", qPrintable(importer.error()));
    } else if (!importer.syncDefault(QStringLiteral(KIOSK_DEFAULT_BUNDLE))) {
        qFatal("fixture sync: %s", qPrintable(importer.error()));
    }
    m_clock = std::make_unique<Clock>();
    m_clock->setFixedTime(QDateTime(today, QTime(10, 0), m_clock->zone()));
    m_catalogue = std::make_unique<Catalogue>(m_dir.path(), m_clock.get());
    m_catalogue->load();
    if (options.pinRounds == StaffPin::defaultRounds)
        options.pinRounds = 1000;   // hashing cost is not what these tests are about
    options.dataDir = m_dir.path(); // staff mode works on the same data as the screens
    m_window = std::make_unique<KioskWindow>(m_catalogue.get(), options);
    resize(1920, 1080);
    if (start == Start::Hidden)
        return;
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("fixture: the window was not exposed");
}

void KioskFixture::resize(int width, int height)
{
    m_window->resize(width, height);
    QCoreApplication::processEvents();
}

bool KioskFixture::noticeLiveData()
{
    // The folder's change comes from the system when it comes; only the settling is timed.
    QSignalSpy noticed(m_catalogue.get(), &Catalogue::liveDataChanged);
    return QTest::qWaitFor([&] {
        m_clock->advance(Catalogue::settleMsec);
        return !noticed.isEmpty();
    });
}

void KioskFixture::startAtHome(QSize size, bool largeText)
{
    resize(size.width(), size.height());
    m_window->goHome();
    m_window->setTextSize(largeText ? 200 : 100);
    QCoreApplication::processEvents();
}

void KioskFixture::visitScreens(const std::function<void(const QString &)> &visit)
{
    KioskWindow *w = m_window.get();
    w->open(w->capabilities());
    visit(QStringLiteral("capabilities"));
    for (const char *id : {"intelligence", "specialist-investigation", "covert"}) {
        w->showCapability(id);
        visit(QStringLiteral("capability ") + id);
    }
    w->vacancies()->showFiltered({}, {});
    w->open(w->vacancies());
    visit(QStringLiteral("vacancies"));
    w->vacancies()->openFilters();
    visit(QStringLiteral("filter sheet"));
    w->vacancies()->closeFilters();
    QMetaObject::invokeMethod(w->vacancies(), "keyboardWanted",
                              Q_ARG(QLineEdit *, w->vacancies()->searchField()));
    visit(QStringLiteral("vacancies with keyboard"));
    w->vacancies()->searchField()->setText(QStringLiteral("no such job anywhere"));
    visit(QStringLiteral("no results"));
    for (const char *ref : {"SAMPLE-S-0101", "SAMPLE-O-0108", "SAMPLE-S-0124"}) {
        QVERIFY(w->showJob(ref));
        visit(QStringLiteral("job ") + ref);
    }
    visitFinder(visit);
}

void KioskFixture::visitFinder(const std::function<void(const QString &)> &visit)
{
    VisitorSession *session = m_window->session();
    const RoleFinder &finder = m_catalogue->finder();
    if (finder.isEmpty())
        return;
    session->startFinder();
    visit(QStringLiteral("finder question"));
    // The answers that speak for officer roles, whose results say the most.
    for (const FinderQuestion &question : finder.questions())
        session->answerFinder(finder.answersTo(question.id).constLast().id);
    visit(QStringLiteral("finder result"));
    session->startFinder();
    for (qsizetype i = 0; i < finder.questions().size(); ++i)
        session->answerFinder({});
    visit(QStringLiteral("finder overview"));
    session->openQuestions(QStringLiteral("job"));
    const QList<FaqEntry> faq = m_catalogue->faq(QStringLiteral("job"));
    if (!faq.isEmpty())
        session->toggleAnswer(faq.constLast().id);
    visit(QStringLiteral("questions"));
}

void KioskFixture::addSizeRows(bool withLargeText, bool with4k)
{
    QTest::addColumn<QSize>("size");
    if (withLargeText)
        QTest::addColumn<bool>("largeText");
    QList<QSize> sizes = {QSize(1920, 1080), QSize(1080, 1920)};
    if (with4k)
        sizes << QSize(3840, 2160);
    for (const QSize size : sizes) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        if (!withLargeText) {
            QTest::newRow(qPrintable(name)) << size;
            continue;
        }
        QTest::newRow(qPrintable(name)) << size << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" larger text"))) << size << true;
    }
}
