#include "vacanciesscreen.h"

#include "cardlist.h"
#include "catalogue.h"
#include "chipgroup.h"
#include "filtersheet.h"
#include "jobdelegate.h"
#include "jobfiltermodel.h"
#include "kineticscroll.h"
#include "plainlabel.h"
#include "theme.h"
#include "visitorsession.h"
#include "wording.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionFrame>

VacanciesScreen::VacanciesScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_session(session),
      m_filter(new JobFilterModel(this)), m_pages(new QStackedWidget),
      m_split(new QBoxLayout(QBoxLayout::LeftToRight)), m_dock(new QVBoxLayout),
      m_search(new QLineEdit), m_clearSearch(new QPushButton), m_filtersButton(new QPushButton),
      m_capabilities(new ChipGroup(tr("Capability"), tr("filter"))),
      m_kinds(new ChipGroup(tr("Police officer or police staff"), tr("filter"))),
      m_locations(new ChipGroup(tr("Location"), tr("filter"))),
      m_order(new ChipGroup(tr("Sort by"), tr("sort order"))),
      m_difference(new QPushButton(tr("Police officer or police staff?"))),
      m_sheet(new FilterSheet({m_capabilities, m_kinds, m_locations})),
      m_clear(new QPushButton(tr("Clear all"))), m_emptyClear(new QPushButton),
      m_chosen(new PlainLabel({}, "small")), m_filterRow(new QWidget),
      m_count(new PlainLabel({}, "heading")), m_results(new QStackedWidget), m_list(new CardList),
      m_delegate(new JobDelegate(m_list))
{
    m_filter->setJobs(catalogue->jobs());
    // The list scrolls by itself, so the page around it does not.
    scrollArea()->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scrollArea()->widget()->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *main = new QWidget;
    main->setLayout(m_split);
    m_split->setContentsMargins(0, 0, 0, 0);
    m_split->addWidget(buildToolsColumn(), 1);
    m_split->addWidget(buildResults(), 1);
    m_pages->addWidget(main);
    m_pages->addWidget(m_sheet);
    // The sheet, tall as it is, does not make the page under the keyboard as tall.
    m_sheet->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    content()->addWidget(m_pages, 1);
    connectFilters();
    connect(m_filter, &JobFilterModel::filterChanged, this, &VacanciesScreen::updateCount);
    connect(m_filter, &JobFilterModel::modelReset, this, &VacanciesScreen::updateCount);
    refresh();
    connectSession();
}

QWidget *VacanciesScreen::buildToolsColumn()
{
    // The tools are one region for the window's styler and the keyboard docked under them
    // another (see containers()): a switch restyles the tools once, not once a row.
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildTools());
    layout->addLayout(m_dock);
    layout->addStretch();
    return column;
}

QWidget *VacanciesScreen::buildTools()
{
    auto *tools = new QWidget;
    auto *layout = new QVBoxLayout(tools);
    layout->setContentsMargins(0, 0, 0, 0);
    fitSearchInvitation();
    m_search->setAccessibleName(tr("Search the vacancies"));
    m_search->setContextMenuPolicy(Qt::NoContextMenu);
    m_search->setDragEnabled(false);
    m_search->setMaxLength(60);
    m_search->installEventFilter(this);
    m_clearSearch->setText(QStringLiteral("\u00d7"));
    m_clearSearch->setObjectName(QStringLiteral("clearSearch"));
    m_clearSearch->setAccessibleName(tr("Clear the search"));
    m_clearSearch->hide();
    m_filtersButton->setObjectName(QStringLiteral("filters"));
    m_clear->setAccessibleName(tr("Clear the search and all filters"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clearSearch);
    auto *filterRow = new QHBoxLayout(m_filterRow);
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filtersButton);
    filterRow->addWidget(m_clear);
    filterRow->addStretch();
    layout->addLayout(searchRow);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_chosen);
    layout->addWidget(m_order);
    // Under the filters, for a visitor who cannot choose between the two; not on the filter
    // sheet, whose every line is needed for chips on a screen drawn within reach.
    m_difference->setObjectName(QStringLiteral("officerOrStaff"));
    m_difference->setAccessibleName(
        tr("What is the difference between a police officer and police staff?"));
    connect(m_difference, &QPushButton::clicked, this, &VacanciesScreen::officerOrStaffChosen);
    layout->addWidget(m_difference, 0, Qt::AlignLeft);
    return tools;
}

void VacanciesScreen::connectFilters()
{
    m_kinds->setChoices({{tr("All"), {}},
                         {tr("Police officer"), QStringLiteral("officer")},
                         {tr("Police staff"), QStringLiteral("staff")}});
    m_order->setChoices({{tr("Closing soonest"), {}}, {tr("A to Z"), QStringLiteral("title")}});
    // What the visitor types and chooses goes to the session; connectSession() shows it.
    connect(m_search, &QLineEdit::textChanged, m_session, &VisitorSession::setQuerySearch);
    connect(m_clearSearch, &QPushButton::clicked, this, [this] { m_session->setQuerySearch({}); });
    connect(m_capabilities, &ChipGroup::chosen, m_session, &VisitorSession::setQueryCapability);
    connect(m_kinds, &ChipGroup::chosen, m_session, &VisitorSession::setQueryKind);
    connect(m_locations, &ChipGroup::chosen, m_session, &VisitorSession::setQueryLocation);
    connect(m_order, &ChipGroup::chosen, this, [this](const QString &order) {
        m_session->setQueryOrder(order.isEmpty() ? VisitorSession::Order::ClosingSoonest
                                                 : VisitorSession::Order::Title);
    });
    connect(m_filtersButton, &QPushButton::clicked, this, &VacanciesScreen::openFilters);
    connect(m_sheet, &FilterSheet::closeWanted, this, &VacanciesScreen::closeFilters);
    connect(m_sheet, &FilterSheet::clearWanted, this, &VacanciesScreen::clearFilters);
    connect(m_clear, &QPushButton::clicked, this, &VacanciesScreen::clearAll);
    connect(m_emptyClear, &QPushButton::clicked, this, &VacanciesScreen::clearWhatStopsResults);
}

void VacanciesScreen::connectSession()
{
    // The field, the chips and the list follow the session's query, whoever changed it.
    using Session = VisitorSession;
    for (auto changed : {&Session::querySearchChanged, &Session::queryCapabilityChanged,
                         &Session::queryKindChanged, &Session::queryLocationChanged})
        connect(m_session, changed, this, &VacanciesScreen::showQuery);
    connect(m_session, &Session::queryOrderChanged, this, [this] {
        showOrder();
        emit resultsChanged(m_count->plainText());
    });
    // As the screen is built: a fresh session's query, normally.
    showQuery();
    showOrder();
}

void VacanciesScreen::showQuery()
{
    const VisitorSession::Query &query = m_session->query();
    if (m_search->text() != query.search)
        m_search->setText(query.search);
    m_clearSearch->setVisible(!m_search->text().isEmpty());
    m_capabilities->setValue(query.capability);
    m_kinds->setValue(query.kind);
    m_locations->setValue(query.location);
    // Each a no-op when it holds the value already.
    m_filter->setSearchText(m_search->text());
    m_filter->setCapability(query.capability);
    m_filter->setKind(query.kind);
    m_filter->setLocation(query.location);
}

void VacanciesScreen::showOrder()
{
    const bool title = m_session->query().order == VisitorSession::Order::Title;
    m_order->setValue(title ? QStringLiteral("title") : QString());
    m_catalogue->jobs()->setOrder(title ? JobListModel::Order::Title
                                        : JobListModel::Order::ClosingDate);
}

QWidget *VacanciesScreen::buildResults()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_count->setObjectName(QStringLiteral("resultCount"));
    layout->addWidget(m_count);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(m_delegate);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAccessibleName(tr("Vacancies"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The card touched last stays current; a list that followed it would open, next time,
    // wherever that card now sits. The keypad scrolls to the cards it moves to itself.
    m_list->setAutoScroll(false);
    m_list->setContextMenuPolicy(Qt::NoContextMenu);
    m_list->setFocusPolicy(Qt::TabFocus); // the keypad's; a touch never makes a card current
    KineticScroll::enable(m_list);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit jobChosen(index.data(JobListModel::ReferenceRole).toString());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit jobChosen(index.data(JobListModel::ReferenceRole).toString());
    });
    m_results->addWidget(m_list);
    m_results->addWidget(buildEmpty());
    // Under a keyboard within reach the results get what room is left, however little: the
    // search above the keyboard comes first.
    for (int i = 0; i < m_results->count(); ++i)
        m_results->widget(i)->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    layout->addWidget(m_results, 1);
    return column;
}

QWidget *VacanciesScreen::buildEmpty()
{
    auto *empty = new QWidget;
    auto *layout = new QVBoxLayout(empty);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlainLabel(
        tr("No vacancies match your choices. Try fewer filters or other words."), "lead"));
    m_emptyClear->setObjectName(QStringLiteral("clearFilters"));
    layout->addWidget(m_emptyClear, 0, Qt::AlignLeft);
    layout->addStretch();
    // With large text, the keyboard up and speech's row in the bar, a portrait screen can
    // leave less room than the sentence needs: it scrolls then rather than being cut.
    QScrollArea *area = KineticScroll::around(empty);
    area->setObjectName(QStringLiteral("emptyResults"));
    return area;
}

QString VacanciesScreen::title() const
{
    return tr("Current vacancies");
}

QString VacanciesScreen::purpose() const
{
    return tr("Search, filter or sort the vacancies, then choose one from the list. %1.")
        .arg(countText());
}

QString VacanciesScreen::countText() const
{
    return m_count->plainText();
}

void VacanciesScreen::refresh()
{
    QList<QPair<QString, QString>> capabilities = {{tr("All"), {}}};
    for (const Capability &capability : m_catalogue->capabilities())
        capabilities.append({capability.name, capability.id});
    m_capabilities->setChoices(capabilities);
    QList<QPair<QString, QString>> places = {{tr("All"), {}}};
    for (const QString &place : m_catalogue->jobs()->locations())
        places.append({place, place});
    m_locations->setChoices(places);
    m_delegate->setToday(m_catalogue->today());
    m_delegate->forgetHeights();
    updateCount();
}

void VacanciesScreen::showFiltered(const QString &capabilityId, const QString &kind)
{
    clearAll();
    m_session->setQueryCapability(capabilityId);
    m_session->setQueryKind(kind);
}

void VacanciesScreen::setKeyboardUp(bool up)
{
    // While the visitor types, the keyboard takes the order's room, and in portrait the
    // filters' too: the search and some results must still fit above it. Done brings them
    // back.
    m_order->setVisible(!up);
    m_difference->setVisible(!up);
    m_filterRow->setVisible(!up || !isPortrait());
    m_delegate->setBrief(up && Theme::current().largeText());
    showChosen();
}

void VacanciesScreen::openFilters()
{
    m_pages->setCurrentWidget(m_sheet);
    emit filtersOpened();
    // The button that opened the sheet is hidden with the list; the focus goes on to the
    // sheet's first chip rather than wherever Qt would hand it.
    if (QPushButton *first = m_capabilities->chip({}))
        first->setFocus(Qt::OtherFocusReason);
}

void VacanciesScreen::closeFilters()
{
    m_pages->setCurrentIndex(0);
    m_list->selectionModel()->clearCurrentIndex();
    m_list->scrollToTop(); // new choices, new results: from their first
    m_filtersButton->setFocus(Qt::OtherFocusReason);
}

bool VacanciesScreen::isFilterSheetShowing() const
{
    return m_pages->currentWidget() == m_sheet;
}

bool VacanciesScreen::back()
{
    if (!isFilterSheetShowing())
        return false;
    closeFilters();
    return true;
}

void VacanciesScreen::keepFocusOutOfTheList()
{
    // The button that had the focus is disabled or hidden next; Qt would hand the focus on
    // to the list, whose first card would then look chosen.
    QWidget *focus = focusWidget();
    if (focus && (focus == m_clear || focus == m_emptyClear || focus == m_clearSearch))
        m_search->setFocus(Qt::OtherFocusReason);
}

void VacanciesScreen::clearAll()
{
    keepFocusOutOfTheList();
    m_session->clearQuerySearchAndFilters();
    m_list->scrollToTop();
}

void VacanciesScreen::clearFilters()
{
    m_session->clearQueryFilters();
}

void VacanciesScreen::clearWhatStopsResults()
{
    // The filters first, keeping the words typed; the words only when they alone find
    // nothing. The button says which it will clear.
    keepFocusOutOfTheList();
    if (chosenFilters() > 0)
        clearFilters();
    else
        m_session->setQuerySearch({});
}

void VacanciesScreen::showChosen()
{
    // What the filters hold, in sight without opening the sheet.
    QStringList names;
    for (ChipGroup *group : {m_capabilities, m_kinds, m_locations}) {
        if (QPushButton *chip = group->chip(group->value()); chip && !group->value().isEmpty())
            names << chip->text();
    }
    m_chosen->setText(names.join(QStringLiteral("  \u00b7  ")));
    m_chosen->setVisible(!names.isEmpty() && m_filterRow->isVisibleTo(this));
}

int VacanciesScreen::chosenFilters() const
{
    int chosen = 0;
    for (const QString &value : {m_filter->capability(), m_filter->kind(), m_filter->location()})
        chosen += value.isEmpty() ? 0 : 1;
    return chosen;
}

void VacanciesScreen::scrollToTop()
{
    m_pages->setCurrentIndex(0);
    m_list->selectionModel()->clearCurrentIndex();
    KineticScroll::stop(m_list);
    Screen::scrollToTop();
}

void VacanciesScreen::updateCount()
{
    const int shown = m_filter->rowCount();
    m_count->setText(
        m_filter->isFiltered()
            ? tr("%1 of %n vacancies", nullptr, m_catalogue->jobs()->rowCount()).arg(shown)
            : Wording::openVacancies(shown));
    m_sheet->setCount(shown);
    const int chosen = chosenFilters();
    m_filtersButton->setText(chosen == 0 ? tr("Filters") : tr("Filters (%1 chosen)").arg(chosen));
    m_filtersButton->setAccessibleName(m_filtersButton->text());
    showChosen();
    m_emptyClear->setText(chosen > 0 ? tr("Clear the filters") : tr("Clear the search"));
    m_emptyClear->setAccessibleName(m_emptyClear->text());
    m_results->setCurrentIndex(shown == 0 ? 1 : 0);
    m_clear->setEnabled(m_filter->isFiltered());
    emit resultsChanged(m_count->plainText());
}

void VacanciesScreen::orientationChanged()
{
    // In portrait the search and filters sit under the list, just above the keyboard and the
    // bar, within reach; they take only their own height.
    m_split->setDirection(isPortrait() ? QBoxLayout::BottomToTop : QBoxLayout::LeftToRight);
    m_split->setStretch(0, isPortrait() ? 0 : 1);
    m_sheet->setPortrait(isPortrait());
}

void VacanciesScreen::applyTheme(const Theme &theme)
{
    Screen::applyTheme(theme);
    m_split->setSpacing(theme.px(40));
    m_delegate->themeChanged(); // the list lays its cards out again if their sizes changed
    // With larger text the question is wider than the filter column: two lines then.
    if (auto *difference = findChild<QPushButton *>(QStringLiteral("officerOrStaff")))
        difference->setText(theme.largeText() ? tr("Police officer or\npolice staff?")
                                              : tr("Police officer or police staff?"));
}

QList<QWidget *> VacanciesScreen::containers() const
{
    // The filter sheet and the keyboard docked under the tools are hidden for most of a
    // visit; as regions of their own they take a new theme when next shown, not while the
    // visitor waits for a switch. The column and everything around the two are containers.
    QWidget *column = m_dock->parentWidget();
    QList<QWidget *> around{column};
    for (QWidget *inner : {static_cast<QWidget *>(m_sheet), column}) {
        for (QWidget *outer = inner->parentWidget(); outer && !around.contains(outer);
             outer = outer->parentWidget()) {
            around << outer;
            if (outer == this)
                break;
        }
    }
    return around;
}

void VacanciesScreen::resizeEvent(QResizeEvent *event)
{
    // The page never scrolls here, the list does: the page is as tall as the screen, never
    // as tall as the sheet's chips or a long list would make it.
    scrollArea()->widget()->setMaximumHeight(event->size().height());
    Screen::resizeEvent(event);
}

bool VacanciesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::MouseButtonRelease)
        emit keyboardWanted(m_search);
    if (watched == m_search &&
        (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        fitSearchInvitation();
    return Screen::eventFilter(watched, event);
}

// The longest invitation the empty search field shows whole: Qt cuts a placeholder short with
// an ellipsis, and at 200 % "Search: touch here t…" hid what the field is for.
void VacanciesScreen::fitSearchInvitation()
{
    const QStringList invitations = {tr("Search: touch here to type"), tr("Touch here to search"),
                                     tr("Touch to search"), tr("Search")};
    // The room QLineEdit gives its text: its contents, less its text margins and 2 px a side.
    QStyleOptionFrame frame;
    frame.initFrom(m_search);
    frame.rect = m_search->contentsRect();
    frame.lineWidth =
        m_search->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, m_search);
    const QRect contents =
        m_search->style()->subElementRect(QStyle::SE_LineEditContents, &frame, m_search);
    const int room = contents.marginsRemoved(m_search->textMargins()).width() - 4;
    const QFontMetrics metrics(m_search->font());
    QString chosen = invitations.last();
    for (const QString &invitation : invitations) {
        if (metrics.horizontalAdvance(invitation) <= room) {
            chosen = invitation;
            break;
        }
    }
    if (m_search->placeholderText() != chosen)
        m_search->setPlaceholderText(chosen);
}
