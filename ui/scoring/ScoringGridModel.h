#pragma once

#include "shell/PromotionPage.h"
#include "storage/ServerRole.h"

#include "domain/Candidate.h"
#include "domain/Result.h"
#include "domain/ScoreSheet.h"
#include "domain/ScoreSpread.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <optional>

class PromotionSnapshots;

// The committee's scoring grid for one promotion: one row per candidate, one column per member, and a
// last column with the candidate's score. It shows either one criterion (cells are the members' notes
// 0–5, editable) or the total (cells are each member's score S, read-only). Every cell is in one state —
// noted, missing (a note still expected: a marker "?" on a distinct background, so it is seen without
// colour) or recused (déport) — and rows whose member scores spread by 40 points or more carry a flag.
// Withdrawn candidates stay in the grid, after the others, marked "(withdrawn)" and read-only: they are
// neither ranked nor proposed, so no note is expected from them (their missing notes are not counted), but
// the notes they were given stay visible with their score. The figures come from the store's
// ScoreSheet (the promotion's shared snapshot) and ScoreSpread; setData() only parses what was typed and
// pushes a SetNoteCommand, and the model follows the snapshot's changes for its promotion (changes made by
// the command, an undo, the command line or another page). A closed promotion's grid is read-only.
class ScoringGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The criterion index that stands for the total view.
    static constexpr int totalView = -1;

    enum class CellState { Noted, Missing, Recused, Score };
    enum Role {
        CellStateRole = Qt::UserRole + 1, // CellState as int
        CandidateIdRole,
        MemberIdRole,  // member columns only
        SpreadFlagRole // bool: the row's member scores spread by 40 points or more
    };

    ScoringGridModel(PromotionSnapshots &snapshots, PromotionPage::CommandPusher pushCommand,
                     QObject *parent = nullptr);

    // Shows the promotion with this number (0: none) and re-reads it.
    void setPromotion(int number);
    int promotionNumber() const { return m_promotionNumber; }
    // A criterion index of the promotion, or totalView.
    void setCriterion(int criterionIndex);
    int criterion() const { return m_criterion; }
    bool isTotalView() const { return m_criterion == totalView; }
    // Takes the promotion's current snapshot; keeps the views' current cell when the rows and columns
    // stay the same.
    void reload();

    // No promotion, or a closed one.
    bool isReadOnly() const { return m_readOnly; }
    const ScoreSheet &sheet() const { return m_sheet; }
    const QList<Candidate> &candidates() const { return m_candidates; }
    int memberCount() const { return m_sheet.memberCount(); }
    int scoreColumn() const { return m_sheet.memberCount(); }
    const Candidate &candidateAt(int row) const { return m_candidates.at(row); }
    const CommitteeMember &memberAt(int column) const { return m_sheet.members().at(column); }
    const ScoreSpread &spreadAt(int row) const { return m_spreads.at(row); }
    bool isMemberColumn(int column) const { return column >= 0 && column < memberCount(); }
    // The row's candidate has withdrawn: shown, read-only, no note expected.
    bool isWithdrawnRow(int row) const { return m_candidates.at(row).decision == Decision::Withdrawn; }

    // Notes still expected from the members on the candidates shown, all criteria together.
    int missingNoteCount() const;
    // Candidates whose member scores spread by 40 points or more.
    int flaggedCount() const;

    // "0" to "5" give that note, an empty text clears the cell; anything else is refused with the message
    // the grid shows ("6", "-1", "2.5", "four").
    static Result<std::optional<int>> parseNote(const QString &text);
    // Pushes a SetNoteCommand for a member cell of the criterion view.
    Outcome setNoteAt(const QModelIndex &index, std::optional<int> note);
    // Pushes a RecordRecusalCommand, or a LiftRecusalCommand when the member is already recused.
    Outcome toggleRecusalAt(const QModelIndex &index);
    // Why the last setData() was refused.
    QString lastError() const { return m_lastError; }

    // The mark of a candidate flagged for discussion (also in the page's legend).
    static QIcon spreadFlagIcon();
    static QColor missingBackground();
    static QColor recusedBackground();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A typed note or a command was refused; the message says why.
    void refused(const QString &message);

private:
    // The server's role of the login: a member notes only in their own column (ServerRole::mayScoreFor).
    ServerRole serverRole() const;
    CellState cellState(int row, int column) const;
    // Criteria the member has not noted yet on the candidate.
    int missingNotesOfMember(qint64 candidateId, qint64 memberId) const;
    QVariant memberCellData(int row, int column, int role) const;
    QVariant scoreCellData(int row, int role) const;
    QString spreadToolTip(int row) const;
    Outcome refuse(const QString &message);

    PromotionSnapshots &m_snapshots;
    PromotionPage::CommandPusher m_pushCommand;
    int m_promotionNumber = 0;
    int m_loadedPromotion = 0; // the promotion the rows and columns were built for
    int m_criterion = 0;
    bool m_readOnly = true;
    ScoreSheet m_sheet;
    QList<Candidate> m_candidates; // in the store's order, the withdrawn ones last
    QList<ScoreSpread> m_spreads;  // by row
    QString m_lastError;
};
