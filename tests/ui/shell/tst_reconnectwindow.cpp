#include "commands/SetDecisionCommand.h"
#include "shell/ConnectionBanner.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/PendingWrites.h"
#include "storage/ScoringStore.h"
#include "storage/ServerReconnect.h"

#include "RestartableTestServer.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

// The window on a committee whose server stops in the middle of the scoring and comes back (issue #17,
// items 2 and 7): the notes typed meanwhile stay in the window, the banner says so in words, the window
// reconnects by itself and sends them once, in order, keeping the grid's current cell; a decision another
// made during the outage is still refused with who made it; closing with changes waiting asks. Each case
// runs a server of its own, which it stops and restarts; skipped, saying so, without FAST_TEST_POSTGRES.
class TestReconnectWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void notesTypedWhileTheServerIsDownAreSentOnce();
    void undoingAChangeNeverSentForgetsIt();
    void aDecisionMadeMeanwhileByAnotherIsRefusedWithWhoMadeIt();
    void closingWithChangesWaitingAsks();

private:
    QTableView *showGrid();
    void type(QTableView *table, int row, int column, Qt::Key digit);
    ConnectionBanner *banner() const;
    // Every note of the committee as "candidate/member/criterion=note", read on a connection of its own.
    QStringList storedNotes() const;
    int auditRows(const QString &action) const;

    std::unique_ptr<RestartableTestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_envergo = 0;
};

void TestReconnectWindow::initTestCase()
{

    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("fast-committee-reconnect-tests"));
    QSettings().clear();
}

void TestReconnectWindow::init()
{
    m_server = std::make_unique<RestartableTestServer>();
    if (m_server->address().isEmpty())
        QSKIP(qPrintable(m_server->error()));
    m_window = std::make_unique<MainWindow>();
    m_window->setOperatorName(QStringLiteral("Alice"));
    const Outcome opened = m_window->openDatabase(m_server->address());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    CommitteeStore &store = *m_window->session()->store();
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(store.addPromotion(promotion).ok());
    Candidate candidate;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(600000);
    candidate.requested = Money::fromEuros(300000);
    for (const QString &name : {QStringLiteral("Envergo"), QStringLiteral("Mano")}) {
        candidate.name = name;
        const Result<Candidate> added = store.addCandidate(14, candidate);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        if (name == QLatin1String("Envergo"))
            m_envergo = added.value().id;
    }
    QVERIFY(m_window->session()->scoring()->addMembers(14, {QStringLiteral("Alice"), QStringLiteral("Bruno")}).ok());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->selectPromotion(14));
}

void TestReconnectWindow::cleanup()
{
    // Whatever a case left waiting must not ask a question nobody answers.
    if (m_window && m_window->session()->pendingWrites())
        m_window->session()->pendingWrites()->clear();
    m_window.reset();
    m_server.reset();
}

QTableView *TestReconnectWindow::showGrid()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    for (int index = 0; index < tabs->count(); ++index) {
        if (tabs->widget(index)->objectName() == QLatin1String("scoringTab"))
            tabs->setCurrentIndex(index);
    }
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("scoringTableView"));
    if (table)
        table->setFocus();
    return table;
}

void TestReconnectWindow::type(QTableView *table, int row, int column, Qt::Key digit)
{
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, digit);
}

ConnectionBanner *TestReconnectWindow::banner() const
{
    return m_window->findChild<ConnectionBanner *>(QStringLiteral("connectionBanner"));
}

QStringList TestReconnectWindow::storedNotes() const
{
    Database reader;
    if (!reader.open(m_server->address()))
        return {QStringLiteral("unreadable")};
    QStringList notes;
    QSqlQuery query(reader.connection());
    query.exec(QStringLiteral("SELECT c.name, m.name, cr.position, n.note FROM notes n JOIN candidates c ON c.id = "
                              "n.candidate_id JOIN members m ON m.id = n.member_id JOIN criteria cr ON cr.id = "
                              "n.criterion_id ORDER BY c.name, m.name, cr.position"));
    while (query.next())
        notes.append(QStringLiteral("%1/%2/%3=%4")
                         .arg(query.value(0).toString(), query.value(1).toString())
                         .arg(query.value(2).toInt())
                         .arg(query.value(3).toInt()));
    return notes;
}

int TestReconnectWindow::auditRows(const QString &action) const
{
    Database reader;
    if (!reader.open(m_server->address()))
        return -1;
    QSqlQuery query(reader.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestReconnectWindow::notesTypedWhileTheServerIsDownAreSentOnce()
{
    m_window->session()->reconnect()->setDelays({200, 400});
    QTableView *table = showGrid();
    QVERIFY(table);
    type(table, 0, 0, Qt::Key_4);
    QVERIFY(!banner()->isVisible());

    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    type(table, 0, 1, Qt::Key_3);
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->message(), QStringLiteral("Connection to 127.0.0.1 lost; your change is kept and will be sent "
                                                 "when the server is back."));
    QCOMPARE(banner()->pendingLabel()->text(), QStringLiteral("Waiting: Note 3 by Bruno on Envergo."));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Note 3 by Bruno on Envergo: kept until the server is back"));
    // The edit stays in the window: on the undo stack, and the grid moved on as after any note.
    QCOMPARE(m_window->undoStack()->count(), 2);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Note 3 by Bruno on Envergo"));
    QCOMPARE(table->currentIndex(), table->model()->index(1, 0));
    type(table, 1, 0, Qt::Key_5);
    type(table, 1, 1, Qt::Key_1);
    QCOMPARE(banner()->message(), QStringLiteral("Connection to 127.0.0.1 lost; your 3 changes are kept and will be "
                                                 "sent when the server is back."));
    QCOMPARE(banner()->pendingLabel()->text(),
             QStringLiteral("Waiting: Note 3 by Bruno on Envergo; Note 5 by Alice on Mano; Note 1 by Bruno on Mano."));
    // Every attempt while the server is down fails and says when the next comes.
    QTest::qWait(700);
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->findChild<QLabel *>(QStringLiteral("nextAttemptLabel"))->text(),
             QStringLiteral("The server does not answer yet: next attempt in 1 second(s)."));
    // On a projector the banner grows with the rest of the window.
    const qreal normalSize = banner()->font().pointSizeF();
    m_window->setSessionMode(true);
    QVERIFY(banner()->font().pointSizeF() > normalSize);
    QCOMPARE(banner()->messageLabel()->font().pointSizeF(), banner()->font().pointSizeF());
    QCOMPARE(banner()->pendingLabel()->font().pointSizeF(), banner()->font().pointSizeF());
    QVERIFY(banner()->messageLabel()->font().bold());
    m_window->setSessionMode(false);
    QCOMPARE(banner()->font().pointSizeF(), normalSize);
    table->setCurrentIndex(table->model()->index(1, 1));

    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), 5000);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Connection to 127.0.0.1 is back: 3 change(s) sent."));
    QCOMPARE(storedNotes(), (QStringList{QStringLiteral("Envergo/Alice/0=4"), QStringLiteral("Envergo/Bruno/0=3"),
                                         QStringLiteral("Mano/Alice/0=5"), QStringLiteral("Mano/Bruno/0=1")}));
    QCOMPARE(auditRows(QStringLiteral("score.set")), 4);
    // The grid reloaded, its current cell kept.
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("5"));
    QCOMPARE(table->currentIndex(), table->model()->index(1, 1));
    // The window writes again on the same connection, and undoes what was sent.
    QCOMPARE(m_window->undoStack()->count(), 4);
    m_window->undoStack()->undo();
    QCOMPARE(storedNotes(), (QStringList{QStringLiteral("Envergo/Alice/0=4"), QStringLiteral("Envergo/Bruno/0=3"),
                                         QStringLiteral("Mano/Alice/0=5")}));
}

void TestReconnectWindow::undoingAChangeNeverSentForgetsIt()
{
    m_window->session()->reconnect()->setDelays({200});
    QTableView *table = showGrid();
    QVERIFY(table);
    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    type(table, 0, 0, Qt::Key_2);
    QCOMPARE(m_window->session()->pendingWrites()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->session()->pendingWrites()->count(), 0);
    QCOMPARE(banner()->message(), QStringLiteral("Connection to 127.0.0.1 lost; reconnecting. Your changes will be "
                                                 "kept until the server is back."));
    QVERIFY(!banner()->pendingLabel()->isVisible());
    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner()->isVisible(), 5000);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Connection to 127.0.0.1 is back."));
    QCOMPARE(storedNotes(), QStringList());
    QCOMPARE(auditRows(QStringLiteral("score.set")), 0);
}

void TestReconnectWindow::aDecisionMadeMeanwhileByAnotherIsRefusedWithWhoMadeIt()
{
    // Only Try Now reconnects here: the other process decides first.
    m_window->session()->reconnect()->setDelays({600000});
    CandidateDecision seen;
    seen.candidateId = m_envergo;
    seen.decision = Decision::None;
    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    const Outcome pushed = m_window->pushCommand(
        new SetDecisionCommand(*m_window->session()->store(), *m_window->session()->decisions(), 14, m_envergo,
                               Decision::Laureate, std::nullopt, seen, QStringLiteral("Envergo")));
    QVERIFY2(pushed.ok(), qPrintable(pushed.error()));
    QVERIFY(banner()->isVisible());
    QCOMPARE(banner()->pendingLabel()->text(), QStringLiteral("Waiting: Decide Envergo: Laureate."));

    QVERIFY2(m_server->resume(), qPrintable(m_server->error()));
    {
        Database other;
        QVERIFY(other.open(m_server->address()).ok());
        CommitteeStore committee(other);
        committee.setOperatorName(QStringLiteral("Bruno"));
        ScoringStore scoring(committee);
        DecisionStore decisions(committee, scoring);
        QVERIFY(decisions.setDecision(m_envergo, Decision::Waitlist).ok());
    }
    QTest::mouseClick(banner()->tryNowButton(), Qt::LeftButton);
    QVERIFY(!banner()->isVisible());
    auto *refusal = m_window->findChild<QMessageBox *>(QStringLiteral("refusalMessageBox"));
    QVERIFY(refusal);
    QVERIFY2(refusal->text().startsWith(QLatin1String("Envergo was changed by Bruno at ")),
             qPrintable(refusal->text()));
    QVERIFY2(refusal->text().endsWith(QLatin1String(" while you were deciding: it is now \"Waitlist\". Nothing was "
                                                    "written; decide again to replace it.")),
             qPrintable(refusal->text()));
    refusal->close();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Connection to 127.0.0.1 is back: 1 change(s) refused (see the message)."));
    // The refused decision leaves the stack at the next undo without writing anything.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->undoStack()->count(), 0);
    const Result<QList<Candidate>> candidates = m_window->session()->store()->candidates(14);
    QVERIFY(candidates.ok());
    QCOMPARE(candidates.value().at(0).decision, Decision::Waitlist);
    QCOMPARE(auditRows(QStringLiteral("decision.update")), 1);
}

void TestReconnectWindow::closingWithChangesWaitingAsks()
{
    m_window->session()->reconnect()->setDelays({600000});
    QTableView *table = showGrid();
    QVERIFY(table);
    QVERIFY2(m_server->halt(), qPrintable(m_server->error()));
    type(table, 0, 0, Qt::Key_2);
    type(table, 0, 1, Qt::Key_4);

    QString text;
    QString informative;
    QStringList buttons;
    const auto answer = [&](const char *button) {
        QTimer::singleShot(0, this, [&, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            informative = box->informativeText();
            buttons.clear();
            for (QAbstractButton *one : box->buttons())
                buttons.append(one->text());
            box->findChild<QPushButton *>(QLatin1String(button))->click();
        });
    };
    answer("keepWaitingButton");
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(text, QStringLiteral("2 change(s) could not reach 127.0.0.1 yet: they will be sent when the server is "
                                  "back, if the window stays open."));
    QCOMPARE(informative, QStringLiteral("• Note 2 by Alice on Envergo\n• Note 4 by Bruno on Envergo"));
    QCOMPARE(buttons, (QStringList{QStringLiteral("&Keep Waiting"), QStringLiteral("&Quit and Lose 2 Change(s)")}));
    // Opening another committee would lose them too: refused, saying why.
    const Outcome other = m_window->session()->openDemo();
    QVERIFY(!other);
    QCOMPARE(other.error(), QStringLiteral("2 change(s) still wait for the connection to 127.0.0.1: keep this "
                                           "committee open until they are sent, or quit Comité FAST to lose them."));

    answer("quitAndLoseButton");
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestReconnectWindow)
#include "tst_reconnectwindow.moc"
