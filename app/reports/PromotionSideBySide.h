#pragma once

#include "PromotionHistory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Two promotions compared line by line, as the comparison dialog shows them: candidates and laureates
// (in total and by kind), envelope, granted, remaining and mean grant. The figures are PromotionHistory's,
// so the comparison and the history never disagree; the lines carry their text, amounts in French form.
class PromotionSideBySide
{
    Q_DECLARE_TR_FUNCTIONS(PromotionSideBySide)

public:
    struct Line
    {
        QString label;
        QString left;
        QString right;
    };

    // Null figures when a number is not in the archive: its column is empty.
    static PromotionSideBySide compare(const PromotionArchive &archive, int leftNumber, int rightNumber);

    const QList<Line> &lines() const { return m_lines; }
    // "FAST12 (2023)", "FAST13 (2023, closed)"; empty when the promotion was not found.
    QString leftTitle() const { return m_leftTitle; }
    QString rightTitle() const { return m_rightTitle; }

private:
    QList<Line> m_lines;
    QString m_leftTitle;
    QString m_rightTitle;
};
