#include "ranking/ProposalConfirmationDialog.h"

#include "reports/DemoCommittee.h"
#include "reports/ProposalChanges.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QString euros(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x00A0));
}

} // namespace

// The proposal's confirmation on the demonstration's FAST14, as the secretariat sees it before applying:
// each change with the proposal's reason (rank 9 waitlisted because 220 000 € no longer fit the
// 190 000 € left, passed over for rank 10), and the candidates left out named with why.
class TestProposalConfirmationDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changesWithTheirReasons();
    void leftOutCandidatesAreNamed();
    void nothingToChangeStillNamesTheLeftOut();

private:
    ProposalChanges changes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
};

void TestProposalConfirmationDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("test"));
    const Outcome populated = DemoCommittee::populate(*m_store);
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
}

void TestProposalConfirmationDialog::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

ProposalChanges TestProposalConfirmationDialog::changes() const
{
    const ScoringStore scoring(*m_store);
    const QList<Candidate> candidates = m_store->candidates(14).value();
    const Proposal proposal = Proposal::propose(scoring.ranking(14).value(), *m_store->promotion(14).value(), candidates);
    return ProposalChanges::compute(proposal, candidates);
}

void TestProposalConfirmationDialog::changesWithTheirReasons()
{
    ProposalConfirmationDialog dialog(QStringLiteral("FAST14"), changes());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList lines = dialog.lines();
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines.at(0), euros("Aide Aidants (fictif): No decision → Laureate, 300_000_€ — within the envelope "
                                "(remaining after: 2_100_000_€)"));
    QCOMPARE(lines.at(7), euros("Inclusion Emploi (fictif): No decision → Laureate, 180_000_€ — within the "
                                "envelope (remaining after: 190_000_€)"));
    QCOMPARE(lines.at(8), euros("Mon Espace Élu (fictif): No decision → Waitlist — does not fit the remaining "
                                "190_000_€: passed over for Portail Archives (fictif)"));
    QCOMPARE(lines.at(9), euros("Portail Archives (fictif): No decision → Laureate, 120_000_€ — within the envelope "
                                "(remaining after: 70_000_€)"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
             QStringLiteral("Applying the proposal changes 10 decision(s) of FAST14. You can undo it afterwards."));
}

void TestProposalConfirmationDialog::leftOutCandidatesAreNamed()
{
    // Trajets Santé withdraws: it joins the two partly scored candidates among those left out.
    qint64 trajets = 0;
    for (const Candidate &candidate : m_store->candidates(14).value()) {
        if (candidate.name == QStringLiteral("Trajets Santé (fictif)"))
            trajets = candidate.id;
    }
    QVERIFY(trajets != 0);
    ScoringStore scoring(*m_store);
    QVERIFY(DecisionStore(*m_store, scoring).setDecision(trajets, Decision::Withdrawn).ok());
    ProposalConfirmationDialog dialog(QStringLiteral("FAST14"), changes());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.leftOutLines(),
             QStringList({QStringLiteral("Cadastre Solaire (fictif): incomplete scoring (5 note(s) missing): left out "
                                         "of the proposal"),
                          QStringLiteral("Observatoire Forêts (fictif): incomplete scoring (2 note(s) missing): left "
                                         "out of the proposal"),
                          QStringLiteral("Trajets Santé (fictif): withdrawn")}));
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("leftOutLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(),
             QStringLiteral("Left out of the proposal (3 candidate(s)): applying it changes nothing for them."));
    // With Trajets Santé gone, Mon Espace Élu fits.
    QVERIFY(dialog.lines().contains(euros("Mon Espace Élu (fictif): No decision → Laureate, 220_000_€ — within the "
                                          "envelope (remaining after: 270_000_€)")));
}

void TestProposalConfirmationDialog::nothingToChangeStillNamesTheLeftOut()
{
    ScoringStore scoring(*m_store);
    QVERIFY(DecisionStore(*m_store, scoring).applyProposal(14).ok());
    ProposalConfirmationDialog dialog(QStringLiteral("FAST14"), changes());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.hasChanges());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("applyButton")));
    QCOMPARE(dialog.leftOutLines().size(), 2);
    QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("leftOutListWidget"))->isVisible());
}

QTEST_MAIN(TestProposalConfirmationDialog)
#include "tst_proposalconfirmationdialog.moc"
