#pragma once

#include "screen.h"

class Catalogue;
class ChipGroup;
class JobDelegate;
class JobFilterModel;
class PlainLabel;
class QBoxLayout;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

// The open vacancies: filter chips, a search typed on the on-screen keyboard, a choice of
// order, the number of results and a touch-scrolled list of cards.
class VacanciesScreen : public Screen
{
    Q_OBJECT
public:
    explicit VacanciesScreen(Catalogue *catalogue, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("vacancies"); }
    QString purpose() const override;
    QString countText() const;
    void reset() override;
    void refresh();

    // Opens the screen already narrowed down, as the tiles on other screens do.
    void showFiltered(const QString &capabilityId, const QString &kind);

    JobFilterModel *filter() const { return m_filter; }
    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    ChipGroup *capabilityChips() const { return m_capabilities; }
    ChipGroup *kindChips() const { return m_kinds; }
    ChipGroup *locationChips() const { return m_locations; }

signals:
    void jobChosen(const QString &reference);
    void officerOrStaffChosen();
    void keyboardWanted(QLineEdit *field);
    // After every change of search, filter or order, with the new count in words.
    void resultsChanged(const QString &count);

protected:
    void orientationChanged() override;
    void applyTheme(const Theme &theme) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilters();
    QWidget *buildResults();
    void updateCount();
    void clearAll();

    Catalogue *m_catalogue;
    JobFilterModel *m_filter;
    QBoxLayout *m_split;
    QWidget *m_filters;
    QLineEdit *m_search;
    ChipGroup *m_capabilities;
    ChipGroup *m_kinds;
    ChipGroup *m_locations;
    ChipGroup *m_order;
    QPushButton *m_clear;
    PlainLabel *m_count;
    QStackedWidget *m_results;
    QListView *m_list;
    JobDelegate *m_delegate;
};
