#pragma once

#include "domain/CriteriaSet.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The criteria and weights of one promotion, edited in the window: names and whole weights in a table,
// criteria added, removed and reordered (the first one breaks ties in the ranking), the total shown as it
// is typed. OK hands the set to the applier (an undoable command through ScoringStore::setCriteria) and
// stays open with the reason when it is refused. The problems are said in words (a weight that is not a
// positive whole number, a repeated name, a total of 95 instead of 100), only once the user has changed
// something or tried to save, in a space kept for them so that the dialog does not jump. Once a note exists
// (rules.md: criteria cannot change after the first score) or the promotion is closed, it is read-only and
// says why.
class CriteriaDialog : public QDialog
{
    Q_OBJECT

public:
    using Applier = std::function<Outcome(const CriteriaSet &criteria)>;

    // readOnlyReason: empty when the criteria may change.
    CriteriaDialog(const CriteriaSet &criteria, int promotionNumber, const QString &readOnlyReason,
                   QWidget *parent = nullptr);

    void setApplier(Applier applier) { m_applier = std::move(applier); }
    bool isReadOnly() const { return m_readOnly; }
    // The rows as a set, checked as the store will check it; the first problem otherwise.
    Result<CriteriaSet> editedCriteria() const;
    QTableWidget *table() const { return m_table; }
    QString message() const;

    // The rows' actions, also on their buttons.
    void addCriterion();
    void removeCurrent();
    void moveCurrent(int offset);

public slots:
    void accept() override;

private:
    void fillRow(int row, const QString &name, const QString &weight);
    void updateState();
    void showMessage(const QString &message);

    bool m_readOnly;
    bool m_touched = false;
    CriteriaSet m_original;
    Applier m_applier;
    QTableWidget *m_table = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
