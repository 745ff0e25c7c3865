#include "candidates/CandidateColumnFit.h"

#include "candidates/CandidateTableModel.h"
#include "candidates/CandidateTableView.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace {

using Column = CandidateTableModel::Column;

// In the order they give up their place.
constexpr Column optionalColumns[] = {Column::Reason, Column::AnnualBudget, Column::Phase, Column::Kind};

} // namespace

CandidateColumnFit::CandidateColumnFit(CandidateTableView *view)
    : QObject(view), m_view(view), m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
}

void CandidateColumnFit::fit(Mode mode)
{
    // Not the carriers' column: it takes what the others leave, which the header recomputes after.
    const QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch || header->isSectionHidden(column))
            continue;
        const int needed = std::max(m_view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (mode == Mode::Exact || needed > m_view->columnWidth(column))
            m_view->setColumnWidth(column, needed);
    }
    chooseOptionalColumns();
}

void CandidateColumnFit::setSessionMode(bool on)
{
    m_sessionMode = on;
    fit(Mode::Exact);
}

bool CandidateColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport kept from the start: while the view is destroyed its children still send events here, and
    // the view is then no longer a scroll area to ask for its viewport.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        chooseOptionalColumns();
    return QObject::eventFilter(watched, event);
}

void CandidateColumnFit::chooseOptionalColumns()
{
    // Showing or hiding a column resizes nothing that comes back here, but a scroll bar may.
    if (m_choosing || !m_view->model())
        return;
    m_choosing = true;
    const QHeaderView *header = m_view->horizontalHeader();
    const int carrier = CandidateTableModel::column(Column::Carrier);
    const auto isOptional = [](int column) {
        return std::any_of(std::begin(optionalColumns), std::end(optionalColumns),
                           [column](Column c) { return CandidateTableModel::column(c) == column; });
    };
    int used = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != carrier && !isOptional(column) && !header->isSectionHidden(column))
            used += m_view->columnWidth(column);
    }
    int left = m_view->viewport()->width() - used -
               std::max(m_view->sizeHintForColumn(carrier), header->sectionSizeHint(carrier));
    // The optional columns kept are the first ones whose widths all fit in what the carriers leave, taken
    // from the last to give up its place (the kind) to the first (the reason). A hidden column asks for no
    // width: it is shown to be measured.
    bool keep = !m_sessionMode;
    for (auto c = std::rbegin(optionalColumns); c != std::rend(optionalColumns); ++c) {
        const int column = CandidateTableModel::column(*c);
        if (keep) {
            m_view->setColumnHidden(column, false);
            const int width = std::max(m_view->sizeHintForColumn(column), header->sectionSizeHint(column));
            keep = width <= left;
            if (keep) {
                left -= width;
                if (m_view->columnWidth(column) < width)
                    m_view->setColumnWidth(column, width);
            }
        }
        m_view->setColumnHidden(column, !keep);
    }
    m_choosing = false;
}
