#include "candidates/CandidateSearchDialog.h"

#include "candidates/CandidateApplicationModel.h"
#include "reports/CandidateSearch.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

CandidateSearchDialog::CandidateSearchDialog(const PromotionArchive &archive, QWidget *parent)
    : QDialog(parent), m_archive(archive), m_model(new CandidateApplicationModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_searchEdit(new QLineEdit(this)), m_view(new QTableView(this)),
      m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("candidateSearchDialog"));
    setWindowTitle(tr("Search all promotions"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidateApplicationModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Project, carrier or incubator:"), this);
    label->setObjectName(QStringLiteral("searchPromptLabel"));
    label->setBuddy(m_searchEdit);
    layout->addWidget(label);
    m_searchEdit->setObjectName(QStringLiteral("allPromotionsSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Type part of a name; accents and case do not matter"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &CandidateSearchDialog::search);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        choose(current.isValid() ? current : m_proxy->index(0, 0));
    });
    layout->addWidget(m_searchEdit);

    m_view->setObjectName(QStringLiteral("searchResultsTableView"));
    m_view->setAccessibleName(tr("Candidates found in every promotion"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Unsorted (-1): the search's own order, newest promotion first, then by name.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CandidateApplicationModel::column(CandidateApplicationModel::Column::Carrier),
                                 QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, &CandidateSearchDialog::choose);
    layout->addWidget(m_view, 1);

    m_countLabel->setObjectName(QStringLiteral("searchResultCountLabel"));
    layout->addWidget(m_countLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("searchButtonBox"));
    // Enter goes to the candidate found, never to the Close button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    search(QString());
    m_searchEdit->setFocus();
    resize(1100, 480);
}

void CandidateSearchDialog::search(const QString &text)
{
    m_model->setApplications(CandidateSearch::search(m_archive, text));
    const int found = m_model->rowCount();
    if (text.trimmed().isEmpty())
        m_countLabel->setText(tr("Type to search the candidates of every promotion."));
    else if (found == 0)
        m_countLabel->setText(tr("No candidate matches \"%1\".").arg(text.trimmed()));
    else
        m_countLabel->setText(
            tr("%n candidate(s) found. Enter or double-click goes to the candidate.", nullptr, found));
    if (found > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CandidateSearchDialog::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const CandidateApplication &application = m_model->applicationAt(m_proxy->mapToSource(index).row());
    emit candidateChosen(application.promotionNumber, application.name);
    accept();
}

bool CandidateSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the text goes to the results, where Up, Down and Enter work as in any table.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->selectRow(0);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
