#include "whatif/WhatIfView.h"

#include "commands/RemoveScenarioCommand.h"
#include "commands/SaveScenarioCommand.h"
#include "whatif/ScenarioCandidateModel.h"
#include "whatif/ScenarioComparisonModel.h"
#include "whatif/ScenarioListModel.h"
#include "whatif/ScenarioProposalModel.h"
#include "whatif/ScenarioTableView.h"
#include "widgets/AmountField.h"
#include "widgets/EnvelopeGaugeBar.h"
#include "widgets/TitledPane.h"

#include "domain/ScenarioComparison.h"
#include "domain/ScenarioOutcome.h"
#include "domain/TextKey.h"
#include "reports/EnvelopeGauge.h"
#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScenarioStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

WhatIfView::WhatIfView(const Services &services, QWidget *parent)
    : PromotionPage(services, parent), m_scenarios(new ScenarioStore(services.store, this)),
      m_candidateModel(new ScenarioCandidateModel(this)), m_proposalModel(new ScenarioProposalModel(this)),
      m_listModel(new ScenarioListModel(this)), m_comparisonModel(new ScenarioComparisonModel(this))
{
    setObjectName(QStringLiteral("whatIfView"));
    buildLayout();

    connect(m_envelopeField, &AmountField::valueChanged, this, &WhatIfView::envelopeEdited);
    connect(m_resetEnvelopeButton, &QPushButton::clicked, this, &WhatIfView::resetEnvelope);
    connect(m_includeAllButton, &QPushButton::clicked, this, &WhatIfView::includeAll);
    connect(m_candidateModel, &ScenarioCandidateModel::exclusionChanged, this, &WhatIfView::recompute);
    connect(m_saveButton, &QPushButton::clicked, this, &WhatIfView::saveScenario);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &WhatIfView::saveScenario);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &WhatIfView::updateButtons);
    connect(m_loadButton, &QPushButton::clicked, this, &WhatIfView::loadSelectedScenario);
    connect(m_scenariosView, &QTableView::doubleClicked, this, &WhatIfView::loadSelectedScenario);
    connect(m_removeButton, &QPushButton::clicked, this, &WhatIfView::removeSelectedScenario);
    connect(m_scenariosView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WhatIfView::updateButtons);
    connect(m_comboA, &QComboBox::currentIndexChanged, this, &WhatIfView::refreshComparison);
    connect(m_comboB, &QComboBox::currentIndexChanged, this, &WhatIfView::refreshComparison);

    connect(&snapshots(), &PromotionSnapshots::changed, this, [this](int number) {
        if (number == promotionNumber() || number == PromotionSnapshots::everyPromotion)
            reloadWhenShown();
    });
    connect(m_scenarios, &ScenarioStore::scenariosChanged, this, [this](int number) {
        if (number == promotionNumber())
            refreshScenarios();
    });
    reload();
}

WhatIfView::~WhatIfView() = default;

void WhatIfView::buildLayout()
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("whatIfTitleLabel"));
    m_titleLabel->setWordWrap(true);

    // The panel, live and unsaved: the envelope, the candidates ticked in or out beside the proposal they
    // give, and the gauge under both, all in view together at 1 280 × 720 in session mode.
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("whatIfPanelWidget"));
    m_envelopeField = new AmountField(QStringLiteral("scenarioEnvelope"), panel);
    m_envelopeField->setObjectName(QStringLiteral("scenarioEnvelopeAmountField"));
    m_envelopeField->setAccessibleName(tr("Envelope of the what-if"));
    m_resetEnvelopeButton = new QPushButton(tr("&Reset envelope"), panel);
    m_resetEnvelopeButton->setObjectName(QStringLiteral("resetEnvelopeButton"));
    m_resetEnvelopeButton->setToolTip(tr("Back to the promotion's envelope"));
    m_includeAllButton = new QPushButton(tr("&Include all"), panel);
    m_includeAllButton->setObjectName(QStringLiteral("includeAllButton"));
    auto *envelopeRow = new QHBoxLayout;
    auto *envelopeLabel = new QLabel(tr("&Envelope:"), panel);
    envelopeLabel->setBuddy(m_envelopeField->lineEdit());
    // Level with the field's line, not with the message line the field keeps under it.
    envelopeLabel->setMinimumHeight(m_envelopeField->lineEdit()->sizeHint().height());
    envelopeRow->addWidget(envelopeLabel, 0, Qt::AlignTop);
    m_envelopeField->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    envelopeRow->addWidget(m_envelopeField, 1);
    envelopeRow->addWidget(m_resetEnvelopeButton, 0, Qt::AlignTop);
    envelopeRow->addWidget(m_includeAllButton, 0, Qt::AlignTop);
    envelopeRow->addStretch(1);

    m_candidatesView = new ScenarioTableView(QStringLiteral("scenarioCandidatesTableView"), m_candidateModel, panel);
    // The proposal beside it gives the rank, the score and the amount: the ticks need only the name, and
    // the proposal the width (its cumulative amounts were cut at 1 280 pixels in session mode).
    m_candidatesView->setColumnHidden(ScenarioCandidateModel::RankColumn, true);
    m_candidatesView->setColumnHidden(ScenarioCandidateModel::ScoreColumn, true);
    m_candidatesView->setColumnHidden(ScenarioCandidateModel::EligibleColumn, true);
    m_candidatesView->horizontalHeader()->setStretchLastSection(true);
    m_candidatesView->setAccessibleName(tr("Candidates included in the what-if"));
    m_proposalView = new ScenarioTableView(QStringLiteral("scenarioProposalTableView"), m_proposalModel, panel);
    // Names in full (never "Aide Ai…"): every column fits its contents and the last takes what is left.
    m_proposalView->horizontalHeader()->setStretchLastSection(true);
    m_proposalView->setAccessibleName(tr("Proposal of the what-if"));
    m_gauge = new EnvelopeGaugeBar(panel);
    m_gauge->setObjectName(QStringLiteral("scenarioGaugeBar"));
    // Compact: the envelope is in the legend, and the height goes to the two tables.
    m_gauge->setCompact(true);
    m_totalsLabel = new QLabel(panel);
    m_totalsLabel->setObjectName(QStringLiteral("scenarioTotalsLabel"));
    m_totalsLabel->setWordWrap(true);

    const auto titled = [panel](const QString &title, QWidget *table) {
        auto *pane = new TitledPane(title, panel);
        pane->titleLabel()->setBuddy(table);
        pane->body()->addWidget(table, 1);
        return pane;
    };
    auto *tables = new QSplitter(Qt::Horizontal, panel);
    tables->setObjectName(QStringLiteral("whatIfSplitter"));
    tables->addWidget(titled(tr("Candidates (untick to leave one out):"), m_candidatesView));
    tables->addWidget(titled(tr("Proposal:"), m_proposalView));
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 7);
    tables->setSizes({2700, 7300});
    tables->setChildrenCollapsible(false);

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addLayout(envelopeRow);
    panelLayout->addWidget(tables, 1);
    panelLayout->addWidget(m_gauge);
    panelLayout->addWidget(m_totalsLabel);

    // Saved scenarios and the comparison: a page of their own, the comparison the whole width, so that
    // names and "Laureate — 300 000 €" both show in full.
    auto *scenarios = new QWidget(this);
    scenarios->setObjectName(QStringLiteral("whatIfScenariosWidget"));
    m_nameEdit = new QLineEdit(scenarios);
    m_nameEdit->setObjectName(QStringLiteral("scenarioNameEdit"));
    m_nameEdit->setPlaceholderText(tr("Scenario name"));
    m_nameEdit->setMaxLength(Scenario::maximumNameLength);
    m_saveButton = new QPushButton(tr("&Save scenario as…"), scenarios);
    m_saveButton->setObjectName(QStringLiteral("saveScenarioButton"));
    m_scenariosView = new ScenarioTableView(QStringLiteral("savedScenariosTableView"), m_listModel, scenarios);
    m_scenariosView->horizontalHeader()->setSectionResizeMode(ScenarioListModel::NameColumn, QHeaderView::Stretch);
    m_loadButton = new QPushButton(tr("&Load into the panel"), scenarios);
    m_loadButton->setObjectName(QStringLiteral("loadScenarioButton"));
    m_removeButton = new QPushButton(tr("&Delete"), scenarios);
    m_removeButton->setObjectName(QStringLiteral("removeScenarioButton"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_nameEdit, 1);
    saveRow->addWidget(m_saveButton);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_loadButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    auto *saved = new TitledPane(tr("Saved scenarios"), scenarios);
    saved->body()->addLayout(saveRow);
    saved->body()->addWidget(m_scenariosView, 1);
    saved->body()->addLayout(listButtons);

    m_comboA = new QComboBox(scenarios);
    m_comboA->setObjectName(QStringLiteral("scenarioAComboBox"));
    m_comboB = new QComboBox(scenarios);
    m_comboB->setObjectName(QStringLiteral("scenarioBComboBox"));
    m_comparisonView =
        new ScenarioTableView(QStringLiteral("scenarioComparisonTableView"), m_comparisonModel, scenarios);
    // Names in full: they are what the committee reads first; the marker column takes what is left.
    m_comparisonView->horizontalHeader()->setStretchLastSection(true);
    m_comparisonView->setAccessibleName(tr("Two scenarios side by side"));
    m_comparisonTotalsLabel = new QLabel(scenarios);
    m_comparisonTotalsLabel->setObjectName(QStringLiteral("comparisonTotalsLabel"));
    m_comparisonTotalsLabel->setTextFormat(Qt::RichText);
    m_comparisonTotalsLabel->setWordWrap(true);
    auto *comboRow = new QHBoxLayout;
    auto *labelA = new QLabel(tr("Scenario &A:"), scenarios);
    labelA->setBuddy(m_comboA);
    auto *labelB = new QLabel(tr("Scenario &B:"), scenarios);
    labelB->setBuddy(m_comboB);
    comboRow->addWidget(labelA);
    comboRow->addWidget(m_comboA, 1);
    comboRow->addWidget(labelB);
    comboRow->addWidget(m_comboB, 1);
    auto *compare = new TitledPane(tr("Compare two scenarios"), scenarios);
    compare->body()->addLayout(comboRow);
    compare->body()->addWidget(m_comparisonView, 1);
    compare->body()->addWidget(m_comparisonTotalsLabel);

    auto *scenariosSplitter = new QSplitter(Qt::Horizontal, scenarios);
    scenariosSplitter->setObjectName(QStringLiteral("scenariosSplitter"));
    scenariosSplitter->addWidget(saved);
    scenariosSplitter->addWidget(compare);
    scenariosSplitter->setStretchFactor(0, 1);
    scenariosSplitter->setStretchFactor(1, 3);
    scenariosSplitter->setSizes({2500, 7500});
    scenariosSplitter->setChildrenCollapsible(false);
    auto *scenariosLayout = new QVBoxLayout(scenarios);
    scenariosLayout->addWidget(scenariosSplitter);

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("whatIfSectionsTabWidget"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(panel, tr("What-if panel (nothing is saved)"));
    m_sections->addTab(scenarios, tr("Saved scenarios and comparison"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("scenarioMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_sections, 1);
    layout->addWidget(m_messageLabel);
}

int WhatIfView::heightForWidth(int width) const
{
    Q_UNUSED(width)
    return minimumSizeHint().height();
}

Scenario WhatIfView::currentScenario(const QString &name) const
{
    Scenario scenario;
    scenario.name = name;
    scenario.promotionNumber = promotionNumber();
    scenario.envelope = m_envelope;
    scenario.excludedCandidateIds = m_candidateModel->excluded();
    return scenario;
}

void WhatIfView::reload()
{
    const int number = promotionNumber();
    const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots().of(number);
    m_promotion = snapshot->promotion;
    const bool samePromotion = number == m_shownPromotion;
    m_shownPromotion = number;
    m_ranking.clear();
    if (m_promotion) {
        if (snapshot->isScored())
            m_ranking = snapshot->ranking;
        else
            showMessage(snapshot->error);
    }
    m_candidateModel->setRanking(m_ranking);
    if (!samePromotion) {
        // Another promotion: the panel starts again from its envelope, everyone included.
        m_envelope = m_promotion ? m_promotion->envelope : Money();
        const QSignalBlocker blocker(m_envelopeField);
        m_envelopeField->setValue(m_envelope);
        m_candidateModel->setExcluded({});
        m_nameEdit->clear();
        m_messageLabel->clear();
    }
    if (m_promotion) {
        m_titleLabel->setText(
            m_promotion->isClosed()
                ? tr("What-if on %1 (envelope %2). %1 is closed: scenarios can be explored and compared, not saved.")
                      .arg(m_promotion->label(), m_promotion->envelope.toString())
                : tr("What-if on %1 (envelope %2): change the envelope or leave candidates out; nothing is saved "
                     "until you save a scenario.")
                      .arg(m_promotion->label(), m_promotion->envelope.toString()));
    } else {
        m_titleLabel->setText(tr("Choose a promotion to explore what-ifs."));
    }
    setEnabled(m_promotion.has_value());
    refreshScenarios();
    recompute();
}

void WhatIfView::recompute()
{
    const int minimumScore = m_promotion ? m_promotion->minimumScore : 0;
    const ScenarioOutcome outcome = currentScenario().outcome(m_ranking, minimumScore);
    m_proposalModel->setOutcome(m_ranking, outcome);
    m_gauge->setGauge(EnvelopeGauge(outcome.envelope(), Money(), outcome.gaugeProposed()));
    // One plural form per count: three counts, three tr() calls.
    m_totalsLabel->setText(
        tr("%n laureate(s) for %1 out of %2; %3 remaining;", nullptr, outcome.laureateCount())
            .arg(outcome.consumed().toString(), outcome.envelope().toString(), outcome.remaining().toString()) +
        QLatin1Char(' ') + tr("%n waitlisted;", nullptr, outcome.waitlistCount()) + QLatin1Char(' ') +
        tr("%n left out.", nullptr, outcome.excludedCount()));
    refreshComparison();
}

void WhatIfView::refreshScenarios()
{
    const Result<QList<Scenario>> read =
        m_promotion ? m_scenarios->scenarios(m_promotion->number) : Result<QList<Scenario>>::success({});
    if (!read)
        showMessage(read.error());
    const QList<Scenario> scenarios = read ? read.value() : QList<Scenario>();
    const int selected = selectedScenarioRow();
    const QString selectedName = selected >= 0 ? m_listModel->scenarioAt(selected).name : QString();
    m_listModel->setScenarios(scenarios);
    for (int row = 0; row < scenarios.size(); ++row) {
        if (scenarios.at(row).name == selectedName)
            m_scenariosView->selectRow(row);
    }

    // The combos keep what they showed when it still exists; a new pair starts with the first saved
    // scenario against the panel.
    const bool fresh = m_comboA->count() == 0 || m_comboA->property("promotion").toInt() != promotionNumber();
    const QVariant previousA = m_comboA->currentData();
    const QVariant previousB = m_comboB->currentData();
    for (QComboBox *combo : {m_comboA, m_comboB}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Current panel"), QString());
        for (const Scenario &scenario : scenarios)
            combo->addItem(scenario.name, scenario.name);
        combo->setProperty("promotion", promotionNumber());
    }
    {
        const QSignalBlocker blockA(m_comboA);
        const QSignalBlocker blockB(m_comboB);
        if (fresh) {
            m_comboA->setCurrentIndex(scenarios.isEmpty() ? 0 : 1);
            m_comboB->setCurrentIndex(0);
        } else {
            m_comboA->setCurrentIndex(std::max(0, m_comboA->findData(previousA)));
            m_comboB->setCurrentIndex(std::max(0, m_comboB->findData(previousB)));
        }
    }
    updateButtons();
    refreshComparison();
}

std::optional<Scenario> WhatIfView::comboScenario(const QComboBox *combo) const
{
    const QString name = combo->currentData().toString();
    if (name.isEmpty())
        return currentScenario(tr("Current panel"));
    for (const Scenario &scenario : m_listModel->scenarios()) {
        if (scenario.name == name)
            return scenario;
    }
    return std::nullopt;
}

void WhatIfView::refreshComparison()
{
    const std::optional<Scenario> a = comboScenario(m_comboA);
    const std::optional<Scenario> b = comboScenario(m_comboB);
    if (!a || !b) {
        m_comparisonModel->setComparison(ScenarioComparison(), QString(), QString());
        m_comparisonTotalsLabel->clear();
        return;
    }
    const int minimumScore = m_promotion ? m_promotion->minimumScore : 0;
    const ScenarioComparison comparison = ScenarioComparison::compare(m_ranking, a->outcome(m_ranking, minimumScore),
                                                                      b->outcome(m_ranking, minimumScore));
    m_comparisonModel->setComparison(comparison, a->name, b->name);

    const ScenarioComparison::Totals totalsA = comparison.totalsA();
    const ScenarioComparison::Totals totalsB = comparison.totalsB();
    const auto line = [](const QString &label, const QString &valueA, const QString &valueB) {
        const bool differs = valueA != valueB;
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td>%4</td></tr>")
            .arg(label.toHtmlEscaped(), valueA.toHtmlEscaped(), valueB.toHtmlEscaped(),
                 differs ? QStringLiteral("<b>≠</b>") : QString());
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th></th><th align=\"right\">A: "
                                  "%1</th><th align=\"right\">B: %2</th><th></th></tr>")
                       .arg(a->name.toHtmlEscaped(), b->name.toHtmlEscaped());
    html += line(tr("Envelope"), totalsA.envelope.toString(), totalsB.envelope.toString());
    html += line(tr("Laureates"), QString::number(totalsA.laureates), QString::number(totalsB.laureates));
    html += line(tr("Granted"), totalsA.consumed.toString(), totalsB.consumed.toString());
    html += line(tr("Remaining"), totalsA.remaining.toString(), totalsB.remaining.toString());
    html += QStringLiteral("</table>");
    html += tr("%n candidate(s) with a different proposal.", nullptr, comparison.differenceCount());
    m_comparisonTotalsLabel->setText(html);
}

void WhatIfView::envelopeEdited()
{
    // A refused or empty amount keeps the last good one, so the proposal never jumps to zero mid-typing;
    // the field shows the parser's message.
    if (const std::optional<Money> value = m_envelopeField->value())
        m_envelope = *value;
    recompute();
}

void WhatIfView::resetEnvelope()
{
    if (m_promotion)
        m_envelopeField->setValue(m_promotion->envelope);
}

void WhatIfView::includeAll()
{
    m_candidateModel->setExcluded({});
    recompute();
}

void WhatIfView::saveScenario()
{
    if (!m_promotion)
        return;
    const QString name = m_nameEdit->text().trimmed();
    if (const Outcome named = Scenario::checkName(name); !named) {
        showMessage(named.error());
        return;
    }
    if (!m_envelopeField->value()) {
        showMessage(tr("Type a valid envelope before saving."));
        return;
    }
    const Result<std::optional<Scenario>> existing = m_scenarios->scenario(m_promotion->number, name);
    if (!existing) {
        showMessage(existing.error());
        return;
    }
    const bool replacing = existing.value().has_value();
    const Outcome pushed = pushCommand(new SaveScenarioCommand(store(), *m_scenarios, currentScenario(name)));
    if (!pushed) {
        showMessage(pushed.error());
        return;
    }
    showMessage(replacing ? tr("Scenario \"%1\" replaced.").arg(name) : tr("Scenario \"%1\" saved.").arg(name));
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        if (TextKey::fold(m_listModel->scenarioAt(row).name) == TextKey::fold(name))
            m_scenariosView->selectRow(row);
    }
}

int WhatIfView::selectedScenarioRow() const
{
    const QModelIndexList rows = m_scenariosView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void WhatIfView::loadSelectedScenario()
{
    const int row = selectedScenarioRow();
    if (row < 0)
        return;
    const Scenario scenario = m_listModel->scenarioAt(row);
    m_envelope = scenario.envelope;
    {
        const QSignalBlocker blocker(m_envelopeField);
        m_envelopeField->setValue(scenario.envelope);
    }
    m_candidateModel->setExcluded(scenario.excludedCandidateIds);
    m_nameEdit->setText(scenario.name);
    showMessage(tr("Scenario \"%1\" loaded into the panel.").arg(scenario.name));
    m_sections->setCurrentIndex(0);
    recompute();
}

void WhatIfView::removeSelectedScenario()
{
    const int row = selectedScenarioRow();
    if (row < 0)
        return;
    const Scenario scenario = m_listModel->scenarioAt(row);
    const Outcome pushed = pushCommand(new RemoveScenarioCommand(store(), *m_scenarios, scenario));
    showMessage(pushed ? tr("Scenario \"%1\" deleted.").arg(scenario.name) : pushed.error());
}

void WhatIfView::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
}

void WhatIfView::updateButtons()
{
    const bool writable = m_promotion && !m_promotion->isClosed();
    const bool selected = selectedScenarioRow() >= 0;
    m_saveButton->setEnabled(writable && !m_nameEdit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(writable && selected);
    m_loadButton->setEnabled(selected);
    m_nameEdit->setEnabled(writable);
    const QString reason =
        m_promotion && m_promotion->isClosed()
            ? tr("%1 is closed: reopen it before saving or deleting a scenario.").arg(m_promotion->label())
            : QString();
    m_saveButton->setToolTip(reason);
    m_removeButton->setToolTip(reason);
    if (!reason.isEmpty())
        showMessage(reason);
    else if (!m_closedReason.isEmpty() && m_messageLabel->text() == m_closedReason)
        m_messageLabel->clear(); // reopened meanwhile
    m_closedReason = reason;
}
