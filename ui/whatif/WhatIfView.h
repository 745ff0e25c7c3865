#pragma once

#include "shell/PromotionPage.h"

#include "domain/Money.h"
#include "domain/Promotion.h"
#include "domain/RankedCandidate.h"
#include "domain/Scenario.h"

#include <QList>
#include <QSet>

#include <optional>

class AmountField;
class EnvelopeGaugeBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class ScenarioCandidateModel;
class ScenarioComparisonModel;
class ScenarioListModel;
class ScenarioOutcome;
class ScenarioProposalModel;
class ScenarioStore;

// The what-if tab (issue #4): the promotion's ranking proposed again as the envelope is typed and candidates
// are ticked in or out, with the envelope gauge, all live and nothing saved; the panel can be saved as a
// named scenario (an undoable command), saved scenarios loaded back or removed, and any two of them (or
// one and the panel) compared side by side. Every figure comes from Scenario, ScenarioOutcome and
// ScenarioComparison; the page only shows them. A closed promotion can still be explored, but saving and
// removing are refused with the reason shown.
class WhatIfView : public PromotionPage
{
    Q_OBJECT

public:
    explicit WhatIfView(const Services &services, QWidget *parent = nullptr);
    ~WhatIfView() override;

    // The panel as it stands, as a scenario with the given name.
    Scenario currentScenario(const QString &name = QString()) const;
    ScenarioStore &scenarioStore() const { return *m_scenarios; }

    // The tab's scroll area gives the page the height it asks for its width: the preferred height there
    // (the tables at their preferred height, through the sections' tab widget) scrolled the gauge below a
    // projector's fold, so the page asks for its minimum and its tables take what is left.
    int heightForWidth(int width) const override;

protected:
    void reload() override;

private:
    void buildLayout();
    void recompute();
    void refreshScenarios();
    void refreshComparison();
    void envelopeEdited();
    void resetEnvelope();
    void includeAll();
    void saveScenario();
    void loadSelectedScenario();
    void removeSelectedScenario();
    void showMessage(const QString &message);
    // The scenario a comparison combo designates: the panel when its data is empty.
    std::optional<Scenario> comboScenario(const QComboBox *combo) const;
    int selectedScenarioRow() const;
    void updateButtons();

    ScenarioStore *m_scenarios;
    std::optional<Promotion> m_promotion;
    QList<RankedCandidate> m_ranking;
    Money m_envelope;
    int m_shownPromotion = 0;
    QString m_closedReason; // the message shown while the promotion is closed, cleared once it reopens

    ScenarioCandidateModel *m_candidateModel;
    ScenarioProposalModel *m_proposalModel;
    ScenarioListModel *m_listModel;
    ScenarioComparisonModel *m_comparisonModel;

    QLabel *m_titleLabel = nullptr;
    // The panel, and the saved scenarios with their comparison.
    QTabWidget *m_sections = nullptr;
    AmountField *m_envelopeField = nullptr;
    QPushButton *m_resetEnvelopeButton = nullptr;
    QPushButton *m_includeAllButton = nullptr;
    QTableView *m_candidatesView = nullptr;
    QTableView *m_proposalView = nullptr;
    EnvelopeGaugeBar *m_gauge = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTableView *m_scenariosView = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QComboBox *m_comboA = nullptr;
    QComboBox *m_comboB = nullptr;
    QTableView *m_comparisonView = nullptr;
    QLabel *m_comparisonTotalsLabel = nullptr;
};
