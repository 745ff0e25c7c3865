#include "candidates/ImportChangesView.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { LineColumn, ProjectColumn, ChangeColumn };

QTreeWidgetItem *item(QTreeWidgetItem *parent, int line, const QString &project, const QString &change)
{
    auto *made = new QTreeWidgetItem(parent, {line > 0 ? QString::number(line) : QString(), project, change});
    made->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
    made->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return made;
}

} // namespace

ImportChangesView::ImportChangesView(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)),
      m_updateDecidedCheckBox(new QCheckBox(tr("Also &change decided candidates"), this))
{
    setObjectName(QStringLiteral("importChangesView"));
    m_tree->setObjectName(QStringLiteral("importChangesTreeWidget"));
    m_tree->setAccessibleName(tr("Changes the import would make"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Line"), tr("Project"), tr("Change")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_updateDecidedCheckBox->setObjectName(QStringLiteral("updateDecidedCheckBox"));
    m_updateDecidedCheckBox->setToolTip(
        tr("The committee has decided on these candidates: by default the import leaves them as they are."));
    connect(m_updateDecidedCheckBox, &QCheckBox::toggled, this, [this] {
        if (m_decidedGroup)
            m_decidedGroup->setText(LineColumn, decidedGroupTitle());
        emit forceDecidedChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_updateDecidedCheckBox);
    hide();
}

void ImportChangesView::setStoredCandidates(const QList<Candidate> &stored, const CofinancingRule &rule,
                                            const QString &fileName)
{
    m_stored = stored;
    m_rule = rule;
    m_fileName = fileName;
}

CandidateCsvParse ImportChangesView::showPlan(const CandidateCsvParse &parse)
{
    m_plan = parse.ok() ? CandidateImportPlan::build(m_stored, parse, m_rule, m_fileName) : CandidateImportPlan();
    CandidateCsvParse shown = parse;
    if (!m_plan.ok()) {
        shown.problems.append(m_plan.problems);
        std::stable_sort(shown.problems.begin(), shown.problems.end(),
                         [](const CsvProblem &left, const CsvProblem &right) { return left.line < right.line; });
        shown.candidates.clear();
        shown.lines.clear();
    }
    fill();
    setVisible(isReimport());
    return shown;
}

bool ImportChangesView::forceDecided() const
{
    return !m_plan.decided.isEmpty() && m_updateDecidedCheckBox->isChecked();
}

QString ImportChangesView::decidedGroupTitle() const
{
    const int count = int(m_plan.decided.size());
    return forceDecided() ? tr("Decided, changed too (%1)").arg(count)
                          : tr("Decided, left as they are (%1)").arg(count);
}

QTreeWidgetItem *ImportChangesView::addGroup(const QString &title, bool expanded)
{
    auto *group = new QTreeWidgetItem(m_tree, {title});
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    QFont bold = group->font(LineColumn);
    bold.setBold(true);
    group->setFont(LineColumn, bold);
    group->setExpanded(expanded);
    return group;
}

void ImportChangesView::addRow(QTreeWidgetItem *group, const CandidateImportRow &row, const QString &decision)
{
    // One change reads on the candidate's own row; several are counted there and listed beneath it.
    const qsizetype count = row.changes.size();
    QString what = count == 1 ? row.changes.constFirst().toString() : tr("%n change(s)", nullptr, int(count));
    if (!decision.isEmpty())
        what = tr("%1: %2").arg(decision, what);
    QTreeWidgetItem *candidate = item(group, row.line, row.update.before.name, what);
    if (count > 1) {
        for (const CandidateImportChange &change : row.changes)
            item(candidate, 0, QString(), change.toString());
    }
    candidate->setExpanded(true);
}

void ImportChangesView::fill()
{
    m_tree->clear();
    m_decidedGroup = nullptr;
    m_updateDecidedCheckBox->setVisible(!m_plan.decided.isEmpty());
    if (!isReimport())
        return;
    if (!m_plan.added.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("To add (%1)").arg(m_plan.added.size()), true);
        for (qsizetype i = 0; i < m_plan.added.size(); ++i) {
            const Candidate &added = m_plan.added.at(i);
            item(group, m_plan.addedLines.value(i), added.name,
                 added.reference.isEmpty() ? tr("new, without file number")
                                           : tr("new, file number %1").arg(added.reference));
        }
    }
    if (!m_plan.changed.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("To update (%1)").arg(m_plan.changed.size()), true);
        for (const CandidateImportRow &row : m_plan.changed)
            addRow(group, row, QString());
    }
    if (!m_plan.decided.isEmpty()) {
        m_decidedGroup = addGroup(decidedGroupTitle(), true);
        for (const CandidateImportRow &row : m_plan.decided)
            addRow(m_decidedGroup, row, decisionDisplayName(row.update.before.decision));
    }
    if (!m_plan.unchanged.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("Unchanged (%1)").arg(m_plan.unchanged.size()), false);
        for (const CandidateImportRow &row : m_plan.unchanged)
            item(group, row.line, row.update.before.name, QString());
    }
    fitColumns();
}

void ImportChangesView::fitColumns()
{
    m_tree->resizeColumnToContents(LineColumn);
    m_tree->resizeColumnToContents(ProjectColumn);
}

void ImportChangesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Session mode enlarges the font: the names must still show whole.
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

QString ImportChangesView::importButtonText() const
{
    const int added = int(m_plan.added.size());
    const int updated = int(m_plan.updates(forceDecided()).size());
    if (added > 0 && updated > 0)
        return tr("&Import %1, update %2").arg(added).arg(updated);
    if (updated > 0)
        return tr("&Update %1").arg(updated);
    if (added > 0)
        return tr("&Import %1").arg(added);
    return tr("&Import");
}

QString ImportChangesView::summary(const QString &promotionLabel) const
{
    QStringList parts;
    const int added = int(m_plan.added.size());
    const int updated = int(m_plan.updates(forceDecided()).size());
    if (added > 0)
        parts.append(tr("%n to add", nullptr, added));
    if (updated > 0)
        parts.append(tr("%n to update", nullptr, updated));
    if (!m_plan.unchanged.isEmpty())
        parts.append(tr("%n unchanged", nullptr, int(m_plan.unchanged.size())));
    if (!forceDecided() && !m_plan.decided.isEmpty())
        parts.append(tr("%n decided left as it is", nullptr, int(m_plan.decided.size())));
    const QString counts = parts.join(QStringLiteral(", "));
    if (forceDecided() && !m_plan.forcedProblems.isEmpty())
        return tr("Compared with %1 by file number: %2. The decided candidates cannot all be changed: line %3: %4")
            .arg(promotionLabel, counts)
            .arg(m_plan.forcedProblems.constFirst().line)
            .arg(m_plan.forcedProblems.constFirst().reason);
    if (!writes())
        return tr("Compared with %1 by file number: %2. Nothing to import.").arg(promotionLabel, counts);
    return tr("Compared with %1 by file number: %2. Nothing is written until you press Import.")
        .arg(promotionLabel, counts);
}
