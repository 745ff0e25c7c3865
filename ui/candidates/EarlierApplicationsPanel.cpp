#include "candidates/EarlierApplicationsPanel.h"

#include "candidates/CandidateApplicationModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

EarlierApplicationsPanel::EarlierApplicationsPanel(QWidget *parent)
    : QWidget(parent), m_model(new CandidateApplicationModel(this)), m_titleLabel(new QLabel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("earlierApplicationsWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // No taller than the title and the rows: the splitter gives the rest of the height to the candidates.
    layout->setSizeConstraint(QLayout::SetMaximumSize);
    m_titleLabel->setObjectName(QStringLiteral("earlierApplicationsTitleLabel"));
    m_titleLabel->setWordWrap(false);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    layout->addWidget(m_titleLabel);

    m_view->setObjectName(QStringLiteral("earlierApplicationsTableView"));
    m_view->setAccessibleName(tr("Applications of the candidate to other promotions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The carrier may have changed between applications; its long name takes what is left.
    m_view->horizontalHeader()->setSectionResizeMode(
        CandidateApplicationModel::column(CandidateApplicationModel::Column::Carrier), QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const CandidateApplication &application = m_model->applicationAt(index.row());
        emit applicationChosen(application.promotionNumber, application.name);
    });
    layout->addWidget(m_view, 1);
}

void EarlierApplicationsPanel::setApplications(const QString &candidateName,
                                               const QList<CandidateApplication> &applications)
{
    m_model->setApplications(applications);
    m_titleLabel->setText(
        applications.isEmpty()
            ? tr("No application of %1 to another promotion.").arg(candidateName)
            : tr("%1 also applied to %n other promotion(s):", nullptr, int(applications.size())).arg(candidateName));
    m_view->setVisible(!applications.isEmpty());
    // As tall as its rows (five at most, then it scrolls): the candidates keep the rest of the height.
    const int rows = std::min(int(applications.size()), 5);
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                           rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
}
