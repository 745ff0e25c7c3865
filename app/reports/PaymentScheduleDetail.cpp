#include "PaymentScheduleDetail.h"

#include "PaymentSchedule.h"
#include "domain/TextKey.h"

#include <algorithm>

void PaymentScheduleDetail::Sums::add(const Line &line)
{
    ++laureates;
    committed += line.committed;
    paidInYear += line.paidInYear;
    paidToDate += line.paidToDate;
    leftToPay += line.leftToPay;
}

PaymentScheduleDetail PaymentScheduleDetail::compute(const QList<LaureateFollowUp> &laureates, int year,
                                                     const QDate &today)
{
    PaymentScheduleDetail detail;
    detail.m_year = year;
    const QDate end(year, 12, 31);
    QList<const LaureateFollowUp *> inYear;
    for (const LaureateFollowUp &laureate : laureates) {
        if (PaymentSchedule::hasLineInYear(laureate, year))
            inYear.append(&laureate);
    }
    std::sort(inYear.begin(), inYear.end(), [](const LaureateFollowUp *left, const LaureateFollowUp *right) {
        if (left->promotionNumber != right->promotionNumber)
            return left->promotionNumber < right->promotionNumber;
        const QString leftKey = TextKey::fold(left->name);
        const QString rightKey = TextKey::fold(right->name);
        return leftKey != rightKey ? leftKey < rightKey : left->candidateId < right->candidateId;
    });

    for (const LaureateFollowUp *laureate : inYear) {
        Line line;
        line.promotionNumber = laureate->promotionNumber;
        line.name = laureate->name;
        line.status = laureate->status();
        line.withdrawnOn = laureate->agreement.withdrawnOn;
        line.committed = laureate->committedAt(end);
        line.paidToDate = laureate->paidUpTo(end);
        line.paidInYear = line.paidToDate - laureate->paidUpTo(QDate(year - 1, 12, 31));
        line.leftToPay = line.committed - line.paidToDate;
        line.nextDue = laureate->nextDue();
        line.late = !laureate->lateTranches(today).isEmpty();
        if (detail.m_groups.isEmpty() || detail.m_groups.constLast().promotionNumber != line.promotionNumber) {
            Group group;
            group.promotionNumber = line.promotionNumber;
            group.promotionYear = laureate->promotionYear;
            detail.m_groups.append(group);
        }
        Group &group = detail.m_groups.last();
        group.subtotal.add(line);
        detail.m_totals.add(line);
        group.lines.append(line);
    }
    return detail;
}
