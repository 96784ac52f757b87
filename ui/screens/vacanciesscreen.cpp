#include "vacanciesscreen.h"

#include "catalogue.h"
#include "chipgroup.h"
#include "jobdelegate.h"
#include "jobfiltermodel.h"
#include "kineticscroll.h"
#include "plainlabel.h"
#include "theme.h"
#include "wording.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>

VacanciesScreen::VacanciesScreen(Catalogue *catalogue, QWidget *parent)
    : Screen(parent), m_catalogue(catalogue), m_filter(new JobFilterModel(this)),
      m_split(new QBoxLayout(QBoxLayout::LeftToRight)), m_search(new QLineEdit),
      m_capabilities(new ChipGroup(tr("Capability"), tr("filter"))),
      m_kinds(new ChipGroup(tr("Police officer or police staff"), tr("filter"))),
      m_locations(new ChipGroup(tr("Location"), tr("filter"))),
      m_order(new ChipGroup(tr("Sort by"), tr("sort order"))),
      m_clear(new QPushButton(tr("Clear all"))), m_count(new PlainLabel({}, "heading")),
      m_results(new QStackedWidget), m_list(new QListView), m_delegate(new JobDelegate(m_list))
{
    m_filter->setJobs(catalogue->jobs());
    // The list scrolls by itself, so the page around it does not.
    scrollArea()->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scrollArea()->widget()->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_filters = buildFilters();
    m_split->addWidget(m_filters, 2);
    m_split->addWidget(buildResults(), 3);
    content()->addLayout(m_split, 1);
    connect(m_filter, &JobFilterModel::filterChanged, this, &VacanciesScreen::updateCount);
    connect(m_filter, &JobFilterModel::modelReset, this, &VacanciesScreen::updateCount);
    refresh();
}

QWidget *VacanciesScreen::buildFilters()
{
    auto *area = new QScrollArea;
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search: touch here to type"));
    m_search->setAccessibleName(tr("Search the vacancies"));
    m_search->setContextMenuPolicy(Qt::NoContextMenu);
    m_search->setDragEnabled(false);
    m_search->setMaxLength(60);
    m_search->installEventFilter(this);
    m_clear->setAccessibleName(tr("Clear the search and all filters"));
    m_kinds->setChoices({{tr("All"), {}},
                         {tr("Police officer"), QStringLiteral("officer")},
                         {tr("Police staff"), QStringLiteral("staff")}});
    m_order->setChoices({{tr("Closing soonest"), {}}, {tr("A to Z"), QStringLiteral("title")}});
    layout->addWidget(m_search);
    for (ChipGroup *group : {m_capabilities, m_kinds, m_locations}) {
        layout->addWidget(group);
        if (group == m_kinds) {
            // Right under the choice it explains.
            auto *difference = new QPushButton(tr("Police officer or police staff?"));
            difference->setObjectName(QStringLiteral("officerOrStaff"));
            difference->setAccessibleName(tr("What is the difference between a police officer "
                                             "and police staff?"));
            connect(difference, &QPushButton::clicked, this,
                    &VacanciesScreen::officerOrStaffChosen);
            layout->addWidget(difference, 0, Qt::AlignLeft);
        }
    }
    layout->addStretch();
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    KineticScroll::enable(area);

    connect(m_search, &QLineEdit::textChanged, m_filter, &JobFilterModel::setSearchText);
    connect(m_capabilities, &ChipGroup::chosen, m_filter, &JobFilterModel::setCapability);
    connect(m_kinds, &ChipGroup::chosen, m_filter, &JobFilterModel::setKind);
    connect(m_locations, &ChipGroup::chosen, m_filter, &JobFilterModel::setLocation);
    connect(m_order, &ChipGroup::chosen, this, [this](const QString &order) {
        m_catalogue->jobs()->setOrder(order.isEmpty() ? JobListModel::Order::ClosingDate
                                                      : JobListModel::Order::Title);
        emit resultsChanged(m_count->plainText());
    });
    connect(m_clear, &QPushButton::clicked, this, &VacanciesScreen::clearAll);
    return area;
}

QWidget *VacanciesScreen::buildResults()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_count->setObjectName(QStringLiteral("resultCount"));
    layout->addWidget(m_count);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_order);
    tools->addStretch();
    tools->addWidget(m_clear, 0, Qt::AlignBottom);
    layout->addLayout(tools);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(m_delegate);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setLayoutMode(QListView::Batched); // thousands of cards never block a touch
    m_list->setBatchSize(200);
    m_list->setAccessibleName(tr("Vacancies"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::NoContextMenu);
    KineticScroll::enable(m_list);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit jobChosen(index.data(JobListModel::ReferenceRole).toString());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit jobChosen(index.data(JobListModel::ReferenceRole).toString());
    });

    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(new PlainLabel(
        tr("No vacancies match your choices. Try fewer filters or other words."), "lead"));
    auto *clear = new QPushButton(tr("Clear the filters"));
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setAccessibleName(clear->text());
    connect(clear, &QPushButton::clicked, this, &VacanciesScreen::clearAll);
    emptyLayout->addWidget(clear, 0, Qt::AlignLeft);
    emptyLayout->addStretch();
    m_results->addWidget(m_list);
    m_results->addWidget(empty);
    layout->addWidget(m_results, 1);
    return column;
}

QString VacanciesScreen::title() const
{
    return tr("Current vacancies");
}

QString VacanciesScreen::purpose() const
{
    return tr("A search, filters and a choice of order, then the list of vacancies. %1.")
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
    m_delegate->themeChanged();
    updateCount();
}

void VacanciesScreen::showFiltered(const QString &capabilityId, const QString &kind)
{
    clearAll();
    m_capabilities->setValue(capabilityId);
    m_kinds->setValue(kind);
    m_filter->setCapability(m_capabilities->value());
    m_filter->setKind(m_kinds->value());
}

void VacanciesScreen::clearAll()
{
    m_search->clear();
    for (ChipGroup *group : {m_capabilities, m_kinds, m_locations})
        group->setValue({});
    m_filter->clear();
    m_list->scrollToTop();
}

void VacanciesScreen::reset()
{
    clearAll();
    m_order->setValue({});
    m_catalogue->jobs()->setOrder(JobListModel::Order::ClosingDate);
    KineticScroll::stop(m_list);
    KineticScroll::stop(static_cast<QScrollArea *>(m_filters));
    Screen::reset();
}

void VacanciesScreen::updateCount()
{
    const int shown = m_filter->rowCount();
    m_count->setText(m_filter->isFiltered()
                         ? tr("%1 of %2 vacancies").arg(shown).arg(m_catalogue->jobs()->rowCount())
                         : Wording::openVacancies(shown));
    m_results->setCurrentIndex(shown == 0 ? 1 : 0);
    m_clear->setEnabled(m_filter->isFiltered());
    emit resultsChanged(m_count->plainText());
}

void VacanciesScreen::orientationChanged()
{
    m_split->setDirection(isPortrait() ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void VacanciesScreen::applyTheme(const Theme &theme)
{
    Screen::applyTheme(theme);
    m_split->setSpacing(theme.px(40));
    m_delegate->themeChanged(); // the list lays its cards out again when it is next shown
    // With larger text the question is wider than the filter column: two lines then.
    if (auto *difference = findChild<QPushButton *>(QStringLiteral("officerOrStaff")))
        difference->setText(theme.largeText() ? tr("Police officer or\npolice staff?")
                                              : tr("Police officer or police staff?"));
}

bool VacanciesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::MouseButtonRelease)
        emit keyboardWanted(m_search);
    return Screen::eventFilter(watched, event);
}
