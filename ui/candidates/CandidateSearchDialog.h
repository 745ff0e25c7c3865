#pragma once

#include "reports/PromotionArchive.h"

#include <QDialog>

class CandidateApplicationModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// Searches candidates across every promotion (CandidateSearch) as the text is typed: by name, carrier or
// incubator, case- and accent-insensitive. Enter or a double-click goes to the candidate in its
// promotion; Down moves from the text to the results.
class CandidateSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CandidateSearchDialog(const PromotionArchive &archive, QWidget *parent = nullptr);

    CandidateApplicationModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

signals:
    void candidateChosen(int promotionNumber, const QString &candidateName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose(const QModelIndex &index);

    PromotionArchive m_archive;
    CandidateApplicationModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_searchEdit;
    QTableView *m_view;
    QLabel *m_countLabel;
};
