#pragma once

#include "domain/Money.h"

#include <QString>
#include <QtGlobal>

// One cell of a workbook's table (WorkbookSheet), kept exact until the file is written: an amount as its
// cents, a score or a share as a fraction of integers, so that nothing is rounded before the writer (the
// only place a spreadsheet's floating-point number is made) and a test can compare the exact values.
struct WorkbookCell
{
    enum class Kind {
        Empty,
        Text,    // written as a string, never as a formula, whatever it starts with
        Integer, // a rank, a row number
        Amount,  // euros, shown "300 000 €" (cents only when not whole)
        Decimal, // numerator / denominator shown with one decimal (a score)
        Percent, // numerator / denominator shown as a percentage with one decimal (a share)
    };

    Kind kind = Kind::Empty;
    QString text;
    qint64 integer = 0;
    Money amount;
    qint64 numerator = 0;
    qint64 denominator = 1;

    static WorkbookCell ofText(const QString &value)
    {
        WorkbookCell cell;
        if (!value.isEmpty()) {
            cell.kind = Kind::Text;
            cell.text = value;
        }
        return cell;
    }
    static WorkbookCell ofInteger(qint64 value)
    {
        WorkbookCell cell;
        cell.kind = Kind::Integer;
        cell.integer = value;
        return cell;
    }
    static WorkbookCell ofAmount(Money value)
    {
        WorkbookCell cell;
        cell.kind = Kind::Amount;
        cell.amount = value;
        return cell;
    }
    static WorkbookCell ofRatio(Kind kind, qint64 numerator, qint64 denominator)
    {
        WorkbookCell cell;
        cell.kind = kind;
        cell.numerator = numerator;
        cell.denominator = denominator;
        return cell;
    }
};
