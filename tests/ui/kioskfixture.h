#pragma once

#include "bundlecontent.h"
#include "catalogue.h"
#include "clock.h"
#include "kioskwindow.h"

#include <QSize>
#include <QTemporaryDir>
#include <functional>
#include <memory>

// A kiosk window over its own data folder, for widget tests: the shipped sample data or
// content made to measure, a fixed clock that tests move, and short idle times and few PIN
// hashing rounds when a test wants them.
class KioskFixture
{
public:
    static const QDate today; // the sample data's publication day
    // Hidden: built but not yet shown, for tests of what happens as the kiosk starts.
    enum class Start { Shown, Hidden };

    explicit KioskFixture(const BundleContent *content = nullptr, KioskWindow::Options options = {},
                          Start start = Start::Shown);

    KioskWindow *window() const { return m_window.get(); }
    Catalogue *catalogue() const { return m_catalogue.get(); }
    Clock *clock() const { return m_clock.get(); }
    QString dataDir() const { return m_dir.path(); }
    void resize(int width, int height);
    // Waits (five seconds at most) for the catalogue to notice that other data became live,
    // as after an import by another process, moving the clock on past its settling time.
    bool noticeLiveData();
    // Sized as a screen, on Home, with larger text or not, as a visitor starts.
    void startAtHome(QSize size, bool largeText = false);
    // The visitor screens past Home and About, as a visitor reaches them, with `visit` called
    // on each: the capabilities and each capability, the vacancies with their filter sheet,
    // keyboard and no results, and three jobs' pages (the longest title, the longest
    // address, a short one), then visitFinder().
    void visitScreens(const std::function<void(const QString &where)> &visit);
    // The role finder's first question, a result, the overview after all "Not sure", and the
    // questions people ask with an answer open; nothing when the bundle has no finder.
    void visitFinder(const std::function<void(const QString &where)> &visit);
    // Test rows "WxH" (and "WxH larger text"): columns size and, if asked, largeText.
    static void addSizeRows(bool withLargeText, bool with4k = false);
    // With KIOSK_PSEUDO_LOCALE naming the pseudo-locale's .qm (as CTest's *_pseudolocale tests
    // do), every fixture's window is drawn in it: every string about 40 % longer.
    static bool pseudoLocale();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<KioskWindow> m_window;
};
