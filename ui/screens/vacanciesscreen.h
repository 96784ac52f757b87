#pragma once

#include "screen.h"

class Catalogue;
class ChipGroup;
class FilterSheet;
class JobDelegate;
class JobFilterModel;
class PlainLabel;
class QBoxLayout;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class VisitorSession;

// The open vacancies: a search typed on the on-screen keyboard, filters chosen on a sheet of
// their own, a choice of order, the number of results and a touch-scrolled list of cards.
// The search, the filters and the order are the visitor session's query: the screen shows it
// and sends the visitor's changes to it.
class VacanciesScreen : public Screen
{
    Q_OBJECT
public:
    VacanciesScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("vacancies"); }
    QString purpose() const override;
    QString countText() const;
    void scrollToTop() override;
    bool back() override;
    QBoxLayout *keyboardDock() const override { return m_dock; }
    void setKeyboardUp(bool up) override;
    QList<QWidget *> containers() const override;
    void refresh() override;

    // The query narrowed down to a capability or a kind (or neither), as the tiles on other
    // screens open it: the words and other filters cleared.
    void showFiltered(const QString &capabilityId, const QString &kind);
    void openFilters();
    void closeFilters();
    bool isFilterSheetShowing() const;

    JobFilterModel *filter() const { return m_filter; }
    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *clearSearchButton() const { return m_clearSearch; }
    QPushButton *filtersButton() const { return m_filtersButton; }
    QPushButton *clearAllButton() const { return m_clear; }
    QPushButton *emptyClearButton() const { return m_emptyClear; }
    FilterSheet *filterSheet() const { return m_sheet; }
    ChipGroup *capabilityChips() const { return m_capabilities; }
    ChipGroup *kindChips() const { return m_kinds; }
    ChipGroup *locationChips() const { return m_locations; }
    ChipGroup *orderChips() const { return m_order; }
    PlainLabel *countLabel() const { return m_count; }

signals:
    void jobChosen(const QString &reference);
    void officerOrStaffChosen();
    void keyboardWanted(QLineEdit *field);
    // The filter sheet took the place of the list: no keyboard beside it.
    void filtersOpened();
    // After every change of search, filter or order, with the new count in words.
    void resultsChanged(const QString &count);

protected:
    void orientationChanged() override;
    void applyTheme(const Theme &theme) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildToolsColumn();
    QWidget *buildTools();
    QWidget *buildResults();
    QWidget *buildEmpty();
    void connectFilters();
    void connectSession();
    void showQuery();
    void showOrder();
    void updateCount();
    void clearAll();
    void clearFilters();
    void clearWhatStopsResults();
    void keepFocusOutOfTheList();
    void fitSearchInvitation();
    int chosenFilters() const;
    void showChosen();

    Catalogue *m_catalogue;
    VisitorSession *m_session;
    JobFilterModel *m_filter;
    QStackedWidget *m_pages;
    QBoxLayout *m_split;
    QBoxLayout *m_dock;
    QLineEdit *m_search;
    QPushButton *m_clearSearch;
    QPushButton *m_filtersButton;
    ChipGroup *m_capabilities;
    ChipGroup *m_kinds;
    ChipGroup *m_locations;
    ChipGroup *m_order;
    QPushButton *m_difference;
    FilterSheet *m_sheet;
    QPushButton *m_clear;
    QPushButton *m_emptyClear;
    PlainLabel *m_chosen;
    QWidget *m_filterRow;
    PlainLabel *m_count;
    QStackedWidget *m_results;
    QListView *m_list;
    JobDelegate *m_delegate;
};
