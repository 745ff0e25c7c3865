#pragma once

#include "reports/CandidateApplication.h"

#include <QList>
#include <QWidget>

class CandidateApplicationModel;
class QLabel;
class QTableView;

// Under the candidates of a promotion: the selected candidate's applications to the other promotions
// (EarlierApplications), earliest first, with the name as then spelt, the carrier and incubator, the
// decision, grant and score, so that the committee judges a returning project with its history in sight.
// The window hides it when there are none.
class EarlierApplicationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EarlierApplicationsPanel(QWidget *parent = nullptr);

    void setApplications(const QString &candidateName, const QList<CandidateApplication> &applications);
    CandidateApplicationModel *model() const { return m_model; }
    // The table of applications, which takes the focus after the candidates' table.
    QTableView *view() const { return m_view; }

signals:
    // Double-click or Enter on an application: go to it.
    void applicationChosen(int promotionNumber, const QString &candidateName);

private:
    CandidateApplicationModel *m_model;
    QLabel *m_titleLabel;
    QTableView *m_view;
};
