#pragma once

#include "reports/CandidateImportPlan.h"

#include <QWidget>

class QCheckBox;
class QTreeWidget;
class QTreeWidgetItem;

// What an import would change in a promotion that already holds candidates brought by an earlier export of
// the call's form, shown in the import preview before anything is written: the file's rows compared with
// the stored candidates by file number (CandidateImportPlan) in four groups with their counts: the rows to
// add, the candidates to update (each change "field: old → new" beneath its row), the decided candidates the
// file would change (left as they are unless "Also change decided candidates" is ticked) and the unchanged
// rows. Hidden for a file whose rows are all new, which the preview shows as it always did.
class ImportChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportChangesView(QWidget *parent = nullptr);

    // The promotion's candidates and rule, which the file is compared with; fileName locates the problems.
    void setStoredCandidates(const QList<Candidate> &stored, const CofinancingRule &rule, const QString &fileName);
    // Plans the parse and shows the plan. Returns the parse with the plan's problems added to its own (a file
    // number twice, a name another candidate has), so that the preview lists them as the file's.
    CandidateCsvParse showPlan(const CandidateCsvParse &parse);

    const CandidateImportPlan &plan() const { return m_plan; }
    bool forceDecided() const;
    // Whether any row of the file matches a stored candidate (the view is then shown).
    bool isReimport() const { return m_plan.ok() && !m_plan.onlyAdds(); }
    // Whether Import would write anything.
    // Not when a forced decided candidate would break its rule (a laureate's granted amount above what it
    // would be eligible to).
    bool writes() const
    {
        return m_plan.ok() && m_plan.writes(forceDecided()) && (!forceDecided() || m_plan.forcedProblems.isEmpty());
    }
    // "Import 1, update 2", for the preview's button.
    QString importButtonText() const;
    // "Compared with FAST14 by file number: 1 to add, 2 to update, 1 unchanged, 1 decided left as it is."
    QString summary(const QString &promotionLabel) const;

    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *updateDecidedCheckBox() const { return m_updateDecidedCheckBox; }

signals:
    // The user ticked or unticked "Also change decided candidates".
    void forceDecidedChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fitColumns();
    QTreeWidgetItem *addGroup(const QString &title, bool expanded);
    // A changed row; decision names the stored decision of a decided candidate, empty otherwise.
    void addRow(QTreeWidgetItem *group, const CandidateImportRow &row, const QString &decision);
    QString decidedGroupTitle() const;

    QList<Candidate> m_stored;
    CofinancingRule m_rule;
    QString m_fileName;
    CandidateImportPlan m_plan;
    QTreeWidget *m_tree;
    QCheckBox *m_updateDecidedCheckBox;
    QTreeWidgetItem *m_decidedGroup = nullptr;
};
