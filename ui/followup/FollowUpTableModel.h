#pragma once

#include "domain/LaureateFollowUp.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The Follow-up tab's rows: one laureate of the promotion each, with its status in words, what is committed,
// paid and left to pay (through Money's one formatter, right-aligned), the next tranche due and what is late
// (a planned tranche past its date and unpaid, a milestone past its planned date and not done), said with
// the word "late" and drawn in the warm warning colour, never by colour alone. Sorting reads Qt::UserRole:
// cents for amounts, dates for dates.
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Committed, Paid, LeftToPay, NextDue, Late, ColumnCount };

    explicit FollowUpTableModel(QObject *parent = nullptr);

    // "Today" decides what is late; the window's is the system date, a test sets its own.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    // Replaces every row, keeping the model's rows by candidate where they stay (resets the model).
    void setLaureates(const QList<LaureateFollowUp> &laureates);
    const QList<LaureateFollowUp> &laureates() const { return m_laureates; }
    const LaureateFollowUp &laureate(int row) const { return m_laureates.at(row); }
    // The row of that candidate, -1 when it is not a laureate of the shown promotion.
    int rowOf(qint64 candidateId) const;

    // The columns' sums, to the cent.
    Money totalCommitted() const;
    Money totalPaid() const;
    Money totalLeftToPay() const;
    Money totalReleased() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "late: tranche 2 due on 2026-06-01; Mid-term review planned on …", empty when nothing is late.
    static QString lateText(const LaureateFollowUp &laureate, const QDate &today);
    // The table's cell, short enough for a projector: "late: tranche 2 due on 2026-06-01 and 3 more"; the
    // whole list is the cell's tooltip and the dialog's.
    static QString lateSummary(const LaureateFollowUp &laureate, const QDate &today);
    static QString dateText(const QDate &date);

private:
    QVariant display(const LaureateFollowUp &laureate, int column) const;
    QVariant sortKey(const LaureateFollowUp &laureate, int column) const;

    QList<LaureateFollowUp> m_laureates;
    QDate m_today;
};
