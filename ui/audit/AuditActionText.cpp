#include "audit/AuditActionText.h"

#include "domain/AuditAction.h"

#include <QHash>

QString AuditActionText::label(const QString &action)
{
    // Built on each call (a few dozen rows a second at most): the words follow the language loaded.
    const QHash<QString, QString> labels = {
        {AuditAction::promotionAdd, tr("Promotion created")},
        {AuditAction::promotionUpdate, tr("Promotion changed")},
        {AuditAction::promotionRemove, tr("Promotion removed")},
        {AuditAction::promotionClose, tr("Promotion closed")},
        {AuditAction::promotionReopen, tr("Promotion reopened")},
        {AuditAction::candidateAdd, tr("Candidate added")},
        {AuditAction::candidateUpdate, tr("Candidate changed")},
        {AuditAction::candidateRemove, tr("Candidate removed")},
        {AuditAction::candidateImport, tr("Candidate imported")},
        {AuditAction::yearTarget, tr("Indicator target")},
        {AuditAction::yearBudget, tr("Year's budget")},
        {AuditAction::memberAdd, tr("Member added")},
        {AuditAction::memberRemove, tr("Member removed")},
        {AuditAction::criteriaUpdate, tr("Criteria changed")},
        {AuditAction::scoreSet, tr("Note given")},
        {AuditAction::scoreClear, tr("Note cleared")},
        {AuditAction::scoreImport, tr("Note imported")},
        {AuditAction::recusalRecord, tr("Recusal recorded")},
        {AuditAction::recusalLift, tr("Recusal lifted")},
        {AuditAction::decisionUpdate, tr("Decision")},
        {AuditAction::proposalApply, tr("Proposal applied")},
        {AuditAction::scenarioSave, tr("Scenario saved")},
        {AuditAction::scenarioRemove, tr("Scenario removed")},
        {AuditAction::mappingSave, tr("Column mapping saved")},
    };
    return labels.value(action, action);
}
