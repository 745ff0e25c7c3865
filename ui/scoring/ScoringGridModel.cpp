#include "scoring/ScoringGridModel.h"

#include "commands/LiftRecusalCommand.h"
#include "commands/RecordRecusalCommand.h"
#include "commands/SetNoteCommand.h"
#include "widgets/ChartPalette.h"

#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ServerRefusal.h"
#include "widgets/Palette.h"

#include <QBrush>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

ScoringGridModel::ScoringGridModel(PromotionSnapshots &snapshots, PromotionPage::CommandPusher pushCommand,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_snapshots(snapshots), m_pushCommand(std::move(pushCommand))
{
    // Any change of the promotion (notes, recusals, members, criteria, candidates) and, with
    // everyPromotion, its closing or reopening, which makes the grid read-only or writable again.
    connect(&m_snapshots, &PromotionSnapshots::changed, this, [this](int number) {
        if (m_promotionNumber != 0 && (number == m_promotionNumber || number == PromotionSnapshots::everyPromotion))
            reload();
    });
}

void ScoringGridModel::setPromotion(int number)
{
    m_promotionNumber = number;
    reload();
}

void ScoringGridModel::setCriterion(int criterionIndex)
{
    if (criterionIndex != totalView && (criterionIndex < 0 || criterionIndex >= m_sheet.criteria().count()))
        criterionIndex = m_sheet.criteria().isEmpty() ? totalView : 0;
    if (criterionIndex == m_criterion)
        return;
    m_criterion = criterionIndex;
    // Same rows and columns, other cells.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ScoringGridModel::reload()
{
    ScoreSheet sheet;
    QList<Candidate> candidates;
    bool readOnly = true;
    const std::shared_ptr<const PromotionSnapshot> snapshot = m_snapshots.of(m_promotionNumber);
    if (snapshot->isScored()) {
        sheet = snapshot->sheet;
        readOnly = snapshot->promotion->isClosed();
        // Withdrawn candidates last, so that typing notes row after row never runs into them.
        QList<Candidate> withdrawn;
        for (const Candidate &candidate : snapshot->candidates)
            (candidate.decision == Decision::Withdrawn ? withdrawn : candidates).append(candidate);
        candidates += withdrawn;
    }
    QList<ScoreSpread> spreads;
    spreads.reserve(candidates.size());
    // A withdrawn candidate is no longer discussed: no flag.
    for (const Candidate &candidate : std::as_const(candidates))
        spreads.append(candidate.decision == Decision::Withdrawn ? ScoreSpread()
                                                                 : ScoreSpread::of(sheet, candidate.id));

    const auto idsOf = [](const QList<Candidate> &list) {
        QList<qint64> ids;
        for (const Candidate &candidate : list)
            ids.append(candidate.id);
        return ids;
    };
    const bool sameShape = m_loadedPromotion == m_promotionNumber && idsOf(candidates) == idsOf(m_candidates) &&
                           sheet.members() == m_sheet.members() && sheet.criteria() == m_sheet.criteria();
    if (!sameShape)
        beginResetModel();
    m_sheet = std::move(sheet);
    m_candidates = std::move(candidates);
    m_spreads = std::move(spreads);
    m_readOnly = readOnly;
    m_loadedPromotion = m_promotionNumber;
    if (m_criterion != totalView && m_criterion >= m_sheet.criteria().count())
        m_criterion = m_sheet.criteria().isEmpty() ? totalView : 0;
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Only values changed: the views keep their current cell, so typing can go on from cell to cell.
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ScoringGridModel::missingNoteCount() const
{
    int missing = 0;
    for (const Candidate &candidate : m_candidates) {
        if (candidate.decision != Decision::Withdrawn)
            missing += m_sheet.missingNoteCount(candidate.id);
    }
    return missing;
}

int ScoringGridModel::flaggedCount() const
{
    int flagged = 0;
    for (const ScoreSpread &spread : m_spreads)
        flagged += spread.needsDiscussion() ? 1 : 0;
    return flagged;
}

Result<std::optional<int>> ScoringGridModel::parseNote(const QString &text)
{
    using Parsed = Result<std::optional<int>>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Parsed::success(std::nullopt);
    if (trimmed.size() == 1 && trimmed.at(0) >= QLatin1Char('0') &&
        trimmed.at(0) <= QLatin1Char('0' + ScoreSheet::maximumNote))
        return Parsed::success(trimmed.at(0).digitValue());
    return Parsed::failure(tr("A note is a whole number from %1 to %2: \"%3\" is not one.")
                               .arg(ScoreSheet::minimumNote)
                               .arg(ScoreSheet::maximumNote)
                               .arg(trimmed));
}

Outcome ScoringGridModel::refuse(const QString &message)
{
    m_lastError = message;
    emit refused(message);
    return Outcome::failure(message);
}

Outcome ScoringGridModel::setNoteAt(const QModelIndex &index, std::optional<int> note)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isMemberColumn(index.column()))
        return refuse(tr("Choose a member's cell to note."));
    if (m_readOnly)
        return refuse(tr("FAST%1 is closed: its notes can no longer change.").arg(m_promotionNumber));
    if (isTotalView())
        return refuse(tr("The total is computed from the criteria: choose a criterion to note."));
    const Candidate &candidate = m_candidates.at(index.row());
    const CommitteeMember &member = memberAt(index.column());
    if (isWithdrawnRow(index.row()))
        return refuse(tr("%1 has withdrawn: its notes can no longer change.").arg(candidate.name));
    if (const ServerRole role = serverRole(); !role.mayScoreFor(member.name))
        return refuse(ServerRefusal::notesRefusal(role));
    if (m_sheet.isRecused(candidate.id, member.id))
        return refuse(tr("%1 is recused on %2: lift the recusal before noting.").arg(member.name, candidate.name));
    if (m_sheet.note(candidate.id, member.id, m_criterion) == note)
        return Outcome::success();
    const Outcome pushed = m_pushCommand(
        new SetNoteCommand(m_snapshots, m_promotionNumber, candidate.name, member.name, m_criterion, note));
    if (!pushed)
        return refuse(pushed.error());
    m_lastError.clear();
    return pushed;
}

Outcome ScoringGridModel::toggleRecusalAt(const QModelIndex &index)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isMemberColumn(index.column()))
        return refuse(tr("Choose a member's cell to record or lift a recusal."));
    if (m_readOnly)
        return refuse(tr("FAST%1 is closed: its recusals can no longer change.").arg(m_promotionNumber));
    const Candidate &candidate = m_candidates.at(index.row());
    if (isWithdrawnRow(index.row()))
        return refuse(tr("%1 has withdrawn: its recusals can no longer change.").arg(candidate.name));
    const CommitteeMember &member = memberAt(index.column());
    if (const ServerRole role = serverRole(); !role.mayScoreFor(member.name))
        return refuse(ServerRefusal::recusalsRefusal(role));
    StoreCommand *command = m_sheet.isRecused(candidate.id, member.id)
                                ? static_cast<StoreCommand *>(new LiftRecusalCommand(m_snapshots, m_promotionNumber,
                                                                                     candidate.name, member.name))
                                : new RecordRecusalCommand(m_snapshots, m_promotionNumber, candidate.name, member.name);
    const Outcome pushed = m_pushCommand(command);
    if (!pushed)
        return refuse(pushed.error());
    m_lastError.clear();
    return pushed;
}

int ScoringGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int ScoringGridModel::columnCount(const QModelIndex &parent) const
{
    // The score column exists even before the first member joins, so the grid never looks broken.
    return parent.isValid() || m_loadedPromotion == 0 ? 0 : memberCount() + 1;
}

ScoringGridModel::CellState ScoringGridModel::cellState(int row, int column) const
{
    if (!isMemberColumn(column))
        return CellState::Score;
    const qint64 candidateId = m_candidates.at(row).id;
    const qint64 memberId = memberAt(column).id;
    if (m_sheet.isRecused(candidateId, memberId))
        return CellState::Recused;
    if (isTotalView())
        return m_sheet.memberScore(candidateId, memberId) ? CellState::Noted : CellState::Missing;
    return m_sheet.note(candidateId, memberId, m_criterion) ? CellState::Noted : CellState::Missing;
}

int ScoringGridModel::missingNotesOfMember(qint64 candidateId, qint64 memberId) const
{
    if (m_sheet.isRecused(candidateId, memberId))
        return 0;
    int missing = 0;
    for (int criterion = 0; criterion < m_sheet.criteria().count(); ++criterion)
        missing += m_sheet.note(candidateId, memberId, criterion) ? 0 : 1;
    return missing;
}

QVariant ScoringGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case CellStateRole:
        return static_cast<int>(cellState(index.row(), index.column()));
    case CandidateIdRole:
        return m_candidates.at(index.row()).id;
    case MemberIdRole:
        return isMemberColumn(index.column()) ? QVariant(memberAt(index.column()).id) : QVariant();
    case SpreadFlagRole:
        return m_spreads.at(index.row()).needsDiscussion();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    default:
        break;
    }
    return isMemberColumn(index.column()) ? memberCellData(index.row(), index.column(), role)
                                          : scoreCellData(index.row(), role);
}

QVariant ScoringGridModel::memberCellData(int row, int column, int role) const
{
    const Candidate &candidate = m_candidates.at(row);
    const CommitteeMember &member = memberAt(column);
    const CellState state = cellState(row, column);
    // -1: no note, or the total view. A plain int: GCC's -O2 sees an std::optional here as maybe uninitialised.
    const int note = isTotalView() ? -1 : m_sheet.note(candidate.id, member.id, m_criterion).value_or(-1);
    // A withdrawn candidate's empty cell expects nothing: a dash, not the "?" that asks for a note.
    if (isWithdrawnRow(row) && state == CellState::Missing) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return tr("%1 has withdrawn: no note is expected.").arg(candidate.name);
        if (role == Qt::ForegroundRole)
            return QBrush(Palette::outOfRankingText());
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (state) {
        case CellState::Recused:
            return tr("recused");
        case CellState::Missing:
            if (isTotalView())
                return tr("? (%n missing)", nullptr, missingNotesOfMember(candidate.id, member.id));
            return QStringLiteral("?");
        case CellState::Noted:
            if (isTotalView())
                return m_sheet.memberScore(candidate.id, member.id)->toDisplayString();
            return QString::number(note);
        case CellState::Score:
            break;
        }
        return QVariant();
    case Qt::EditRole:
        return note >= 0 ? QString::number(note) : QString();
    case Qt::ToolTipRole:
        switch (state) {
        case CellState::Recused:
            return tr("%1 is recused on %2 (conflict of interest): no note. Ctrl+D lifts the recusal.")
                .arg(member.name, candidate.name);
        case CellState::Missing:
            if (isTotalView())
                return tr("%1 has %n note(s) to give on %2.", nullptr, missingNotesOfMember(candidate.id, member.id))
                    .arg(member.name, candidate.name);
            return tr("Note missing: %1 on %2, %3.")
                .arg(member.name, candidate.name, m_sheet.criteria().at(m_criterion).name);
        case CellState::Noted:
            if (isTotalView())
                return tr("Score of %1 on %2: %3 / 100")
                    .arg(member.name, candidate.name, m_sheet.memberScore(candidate.id, member.id)->toDisplayString());
            return tr("%1 on %2, %3: %4 / %5")
                .arg(member.name, candidate.name, m_sheet.criteria().at(m_criterion).name)
                .arg(note)
                .arg(ScoreSheet::maximumNote);
        case CellState::Score:
            break;
        }
        return QVariant();
    case Qt::BackgroundRole:
        if (state == CellState::Recused)
            return QBrush(recusedBackground());
        if (state == CellState::Missing)
            return QBrush(missingBackground());
        return QVariant();
    case Qt::ForegroundRole:
        if (state == CellState::Recused)
            return QBrush(Palette::recusedText());
        return QVariant();
    case Qt::FontRole:
        if (state == CellState::Recused || state == CellState::Missing) {
            QFont font;
            font.setItalic(state == CellState::Recused);
            font.setBold(state == CellState::Missing);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ScoringGridModel::scoreCellData(int row, int role) const
{
    const Candidate &candidate = m_candidates.at(row);
    const std::optional<Score> score = m_sheet.score(candidate.id);
    const int missing = m_sheet.missingNoteCount(candidate.id);
    const bool flagged = m_spreads.at(row).needsDiscussion();
    if (isWithdrawnRow(row)) {
        switch (role) {
        case Qt::DisplayRole:
            return score ? tr("%1 (withdrawn)").arg(score->toDisplayString()) : tr("withdrawn");
        case Qt::ToolTipRole:
            return tr("%1 has withdrawn: not ranked, read-only.").arg(candidate.name);
        case Qt::ForegroundRole:
            return QBrush(Palette::outOfRankingText());
        default:
            return QVariant();
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (score)
            return score->toDisplayString();
        if (missing > 0)
            return tr("incomplete: %n note(s) missing", nullptr, missing);
        return tr("no member scores it");
    case Qt::ToolTipRole:
        if (flagged)
            return spreadToolTip(row);
        if (score)
            return tr("Mean of the %n scoring member(s)", nullptr, m_sheet.scoringMemberCount(candidate.id));
        return QVariant();
    case Qt::DecorationRole:
        return flagged ? QVariant(spreadFlagIcon()) : QVariant();
    case Qt::BackgroundRole:
        return score ? QVariant() : QVariant(QBrush(missingBackground()));
    case Qt::FontRole: {
        QFont font;
        font.setBold(score.has_value());
        return font;
    }
    default:
        return QVariant();
    }
}

QString ScoringGridModel::spreadToolTip(int row) const
{
    const ScoreSpread &spread = m_spreads.at(row);
    const auto names = [this](const QList<qint64> &ids) {
        QStringList list;
        for (const CommitteeMember &member : m_sheet.members()) {
            if (ids.contains(member.id))
                list.append(member.name);
        }
        return list.join(QStringLiteral(", "));
    };
    return tr("To discuss: member scores %1 points apart (%2 or more).\nHighest: %3 (%4)\nLowest: %5 (%6)")
        .arg(spread.difference().toDisplayString())
        .arg(ScoreSpread::discussionThreshold)
        .arg(spread.highest()->toDisplayString(), names(spread.highestMemberIds()), spread.lowest()->toDisplayString(),
             names(spread.lowestMemberIds()));
}

QVariant ScoringGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return QAbstractTableModel::headerData(section, orientation, role);
        const bool flagged = m_spreads.at(section).needsDiscussion();
        switch (role) {
        case Qt::DisplayRole:
            return isWithdrawnRow(section) ? tr("%1 (withdrawn)").arg(m_candidates.at(section).name)
                                           : m_candidates.at(section).name;
        case Qt::ForegroundRole:
            return isWithdrawnRow(section) ? QVariant(QBrush(Palette::outOfRankingText())) : QVariant();
        case Qt::DecorationRole:
            return flagged ? QVariant(spreadFlagIcon()) : QVariant();
        case Qt::ToolTipRole:
            return flagged ? QVariant(spreadToolTip(section)) : QVariant();
        default:
            return QVariant();
        }
    }
    if (section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (!isMemberColumn(section))
            return tr("Score");
        return memberAt(section).name;
    }
    if (role == Qt::ToolTipRole) {
        if (!isMemberColumn(section))
            return tr("The candidate's score: the mean of its scoring members' scores, out of 100.");
        int missing = 0;
        for (const Candidate &candidate : m_candidates) {
            if (candidate.decision != Decision::Withdrawn)
                missing += missingNotesOfMember(candidate.id, memberAt(section).id);
        }
        return tr("%1: %n note(s) still to give", nullptr, missing).arg(memberAt(section).name);
    }
    return QVariant();
}

ServerRole ScoringGridModel::serverRole() const
{
    return m_snapshots.committee().database().serverRole();
}

Qt::ItemFlags ScoringGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && !isTotalView() && !isWithdrawnRow(index.row()) &&
        cellState(index.row(), index.column()) != CellState::Recused && isMemberColumn(index.column()) &&
        serverRole().mayScoreFor(memberAt(index.column()).name))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ScoringGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Result<std::optional<int>> parsed = parseNote(value.toString());
    if (!parsed) {
        refuse(parsed.error());
        return false;
    }
    return setNoteAt(index, parsed.value()).ok();
}

QIcon ScoringGridModel::spreadFlagIcon()
{
    // A pennant on a pole: a shape, not only a colour, for readers who do not tell colours apart.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Palette::iconOutline(), 3));
    painter.drawLine(QPointF(8, 4), QPointF(8, 29));
    QPainterPath pennant;
    pennant.moveTo(9.5, 4);
    pennant.lineTo(28, 10.5);
    pennant.lineTo(9.5, 17);
    pennant.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(ChartPalette::reddishPurple());
    painter.drawPath(pennant);
    painter.end();
    return QIcon(pixmap);
}

QColor ScoringGridModel::missingBackground()
{
    return Palette::missingBackground();
}

QColor ScoringGridModel::recusedBackground()
{
    return Palette::recusedBackground();
}
