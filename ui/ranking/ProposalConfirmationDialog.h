#pragma once

#include "reports/ProposalChanges.h"

#include <QDialog>

class QListWidget;

// Asks before the proposal of laureates is applied, listing each decision it would change with the
// proposal's reason ("Alpha: No decision → Waitlist — does not fit the remaining 50 000 €: passed over for
// Gamma"), then the candidates the proposal leaves out and why (incomplete scoring, withdrawn), so that
// nobody is surprised that a partly scored project got nothing. When nothing would change it says so and
// offers only to close: accepting it then changes nothing either.
class ProposalConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalConfirmationDialog(const QString &promotionLabel, const ProposalChanges &changes,
                               QWidget *parent = nullptr);

    // The lines listed, in ranking order.
    QStringList lines() const;
    // The candidates left out of the proposal, one line each ("Delta: withdrawn").
    QStringList leftOutLines() const;
    bool hasChanges() const { return !m_changes.isEmpty(); }

private:
    ProposalChanges m_changes;
    QListWidget *m_list;
    QListWidget *m_leftOutList;
};
