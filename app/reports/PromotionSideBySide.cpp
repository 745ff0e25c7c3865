#include "PromotionSideBySide.h"

#include <functional>

namespace {

QString titleOf(const PromotionArchive::Entry *entry)
{
    if (!entry)
        return QString();
    const Promotion &promotion = entry->promotion;
    return promotion.isClosed() ? PromotionSideBySide::tr("%1 (%2, closed)").arg(promotion.label()).arg(promotion.year)
                                : PromotionSideBySide::tr("%1 (%2)").arg(promotion.label()).arg(promotion.year);
}

} // namespace

PromotionSideBySide PromotionSideBySide::compare(const PromotionArchive &archive, int leftNumber, int rightNumber)
{
    const PromotionArchive::Entry *left = archive.entry(leftNumber);
    const PromotionArchive::Entry *right = archive.entry(rightNumber);
    const PromotionHistory::Row leftRow = left ? PromotionHistory::figures(*left) : PromotionHistory::Row();
    const PromotionHistory::Row rightRow = right ? PromotionHistory::figures(*right) : PromotionHistory::Row();

    PromotionSideBySide comparison;
    comparison.m_leftTitle = titleOf(left);
    comparison.m_rightTitle = titleOf(right);
    using Text = std::function<QString(const PromotionHistory::Row &)>;
    const auto add = [&](const QString &label, const Text &text) {
        comparison.m_lines.append(Line{label, left ? text(leftRow) : QString(), right ? text(rightRow) : QString()});
    };
    const auto count = [](int PromotionHistory::Row::*member) {
        return Text([member](const PromotionHistory::Row &row) { return QString::number(row.*member); });
    };
    add(tr("Candidates"), count(&PromotionHistory::Row::candidates));
    add(tr("Candidates: products"), count(&PromotionHistory::Row::productCandidates));
    add(tr("Candidates: incubators"), count(&PromotionHistory::Row::incubatorCandidates));
    add(tr("Laureates"), count(&PromotionHistory::Row::laureates));
    add(tr("Laureates: products"), count(&PromotionHistory::Row::productLaureates));
    add(tr("Laureates: incubators"), count(&PromotionHistory::Row::incubatorLaureates));
    add(tr("Envelope"), [](const PromotionHistory::Row &row) { return row.envelope.toString(); });
    add(tr("Granted"), [](const PromotionHistory::Row &row) { return row.granted.toString(); });
    add(tr("Remaining"), [](const PromotionHistory::Row &row) { return row.remaining().toString(); });
    // Without laureates there is no mean: a dash, not a zero that reads as a grant of nothing.
    add(tr("Mean grant per laureate"), [](const PromotionHistory::Row &row) {
        return row.laureates > 0 ? row.meanGrant().toString() : QStringLiteral("—");
    });
    return comparison;
}
