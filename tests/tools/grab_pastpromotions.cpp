#include "candidates/CandidateSearchDialog.h"
#include "history/ComparePromotionsDialog.h"
#include "candidates/EarlierApplicationsPanel.h"
#include "shell/MainWindow.h"
#include "history/PromotionHistoryDialog.h"
#include "storage/CommitteeStore.h"

#include <QLineEdit>
#include <QTableView>
#include <QtTest>

// Not a check but pictures to look at, so not a ctest suite: with FAST_SCREENSHOT_DIR set, draws the
// demonstration's promotion history, the search across promotions, the comparison of FAST13 and FAST14,
// a returning candidate's earlier applications beside the candidates, and writes FAST13's PDF list there.
// The demonstration has no returning candidate: one is added to FAST14 (open) for the picture.
class GrabPastPromotions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void grab();

private:
    QString m_directory;
};

void GrabPastPromotions::initTestCase()
{
    m_directory = qEnvironmentVariable("FAST_SCREENSHOT_DIR");
    if (m_directory.isEmpty())
        QSKIP("FAST_SCREENSHOT_DIR is not set");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("grab_pastpromotions"));
}

void GrabPastPromotions::grab()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(13));
    QVERIFY(window.exportLaureateList(m_directory + QStringLiteral("/FAST13-laureats.pdf")).ok());

    const std::optional<Candidate> returning = [&]() -> std::optional<Candidate> {
        const QList<Candidate> candidates = window.store()->candidates(13).value();
        for (const Candidate &candidate : candidates) {
            if (candidate.name == QString::fromUtf8("Réfugiés.info"))
                return candidate;
        }
        return std::nullopt;
    }();
    QVERIFY(returning);
    Candidate again = *returning;
    again.id = 0;
    again.decision = Decision::None;
    again.granted = Money();
    const Result<Candidate> added = window.store()->addCandidate(14, again);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(window.goToCandidate(14, again.name));
    QTest::qWait(100);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/earlier-applications.png")));

    PromotionHistoryDialog *history = window.openHistoryDialog();
    QVERIFY(history);
    QVERIFY(QTest::qWaitForWindowExposed(history));
    QVERIFY(history->grab().save(m_directory + QStringLiteral("/history.png")));
    history->close();

    CandidateSearchDialog *search = window.openSearchAllDialog();
    QVERIFY(search);
    QVERIFY(QTest::qWaitForWindowExposed(search));
    QTest::keyClicks(search->findChild<QLineEdit *>(QStringLiteral("allPromotionsSearchLineEdit")),
                     QStringLiteral("inter"));
    QVERIFY(search->grab().save(m_directory + QStringLiteral("/search.png")));
    search->close();

    ComparePromotionsDialog *compare = window.openCompareDialog();
    QVERIFY(compare);
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QVERIFY(compare->grab().save(m_directory + QStringLiteral("/compare.png")));
    compare->close();
}

QTEST_MAIN(GrabPastPromotions)
#include "grab_pastpromotions.moc"
