#pragma once

#include "reports/ProposalChanges.h"

#include <QDialog>

class QListWidget;

// Asks before the proposal of laureates is applied, listing each decision it would change
// ("Alpha: No decision → Laureate, 150 000 €"). When nothing would change it says so and offers only
// to close: accepting it then changes nothing either.
class ProposalConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalConfirmationDialog(const QString &promotionLabel, const ProposalChanges &changes,
                               QWidget *parent = nullptr);

    // The lines listed, in ranking order.
    QStringList lines() const;
    bool hasChanges() const { return !m_changes.isEmpty(); }

private:
    ProposalChanges m_changes;
    QListWidget *m_list;
};
