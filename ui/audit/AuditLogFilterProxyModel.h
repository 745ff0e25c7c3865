#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

// The audit-log view's filters over an AuditLogModel, all of them together: one promotion (0: every one),
// the candidate's name containing a text (case- and accent-insensitive, as names compare everywhere), one
// operator (empty: everyone) and a range of days in local time (an invalid date leaves that end open).
// Sorting by the "when" column follows the moment, not its text.
class AuditLogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditLogFilterProxyModel(QObject *parent = nullptr);

    void setPromotion(int number);
    void setCandidateText(const QString &text);
    void setOperator(const QString &name);
    void setDateRange(const QDate &from, const QDate &to);

    int promotion() const { return m_promotion; }
    QString candidateText() const { return m_candidateText; }
    QString operatorName() const { return m_operator; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_promotion = 0;
    QString m_candidateText;
    QString m_candidateKey; // TextKey::fold of the text
    QString m_operator;
    QDate m_from;
    QDate m_to;
};
