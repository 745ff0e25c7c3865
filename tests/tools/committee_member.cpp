// One committee member's process for the concurrency tests (tests/storage/tst_concurrentwriters): it opens
// the committee through the core, as a window does, and writes through the stores' one write path.
//
//   committee_member notes ADDRESS PROMOTION MEMBER SECONDS
//       writes and overwrites MEMBER's own notes on every candidate and criterion for SECONDS seconds, each
//       write changing the note (0 to 20 ms apart), then prints one line per cell "CANDIDATE_ID CRITERION_INDEX NOTE"
//       with its last value and a last line "writes N"; a refused write is printed as "refused MESSAGE" (exit 1).
//   committee_member decide ADDRESS CANDIDATE_ID OPERATOR DECISION BARRIER_FILE
//       reads the candidate's decision as a decision dialog shows it, prints "ready", waits until
//       BARRIER_FILE exists, then decides (laureate at its eligible amount, or waitlist) with the decision it
//       read as the one it saw; prints "saved" or "refused MESSAGE".
// Built with the suites (not only with the tools) because a test runs it.
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

namespace {

int writeNotes(const QString &address, int promotionNumber, const QString &memberName, int seconds)
{
    QTextStream out(stdout);
    Database database;
    if (const Outcome opened = database.open(address); !opened) {
        out << "refused " << opened.error() << Qt::endl;
        return 1;
    }
    CommitteeStore committee(database);
    committee.setOperatorName(memberName);
    ScoringStore scoring(committee);
    const Result<ScoreSheet> sheet = scoring.scoreSheet(promotionNumber);
    if (!sheet) {
        out << "refused " << sheet.error() << Qt::endl;
        return 1;
    }
    qint64 memberId = 0;
    for (const CommitteeMember &member : sheet.value().members()) {
        if (member.name == memberName)
            memberId = member.id;
    }
    const QList<qint64> candidates = sheet.value().candidateIds();
    const int criteria = int(sheet.value().criteria().count());
    // Each cell's last value; the next write is always a different note (0 to 5, round the clock), so that
    // every write changes the cell and writes one audit row.
    QHash<QPair<qint64, int>, int> last;
    qint64 writes = 0;
    int step = memberId % 6;
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    while (!deadline.hasExpired()) {
        for (const qint64 candidate : candidates) {
            for (int criterion = 0; criterion < criteria; ++criterion) {
                const QPair<qint64, int> cell(candidate, criterion);
                int note = (step++) % 6;
                if (last.contains(cell) && last.value(cell) == note)
                    note = (note + 1) % 6;
                QElapsedTimer took;
                took.start();
                if (const Outcome set = scoring.setNote(promotionNumber, candidate, memberId, criterion, note); !set) {
                    out << "refused after " << writes << " writes, waited " << took.elapsed() << " ms: " << set.error()
                        << Qt::endl;
                    return 1;
                }
                last.insert(cell, note);
                ++writes;
                // A member between two notes: a pause of 0 to 20 ms, far quicker than anyone types, so that the
                // nine processes keep overlapping. With none at all, eight writers taking the file's write lock
                // back to back starve the ninth, whose busy wait only retries every 100 ms at most.
                QThread::msleep(QRandomGenerator::global()->bounded(21));
            }
        }
    }
    for (auto cell = last.cbegin(); cell != last.cend(); ++cell)
        out << cell.key().first << ' ' << cell.key().second << ' ' << cell.value() << '\n';
    out << "writes " << writes << Qt::endl;
    return 0;
}

int decide(const QString &address, qint64 candidateId, const QString &operatorName, const QString &decisionName,
           const QString &barrier)
{
    QTextStream out(stdout);
    Database database;
    if (const Outcome opened = database.open(address); !opened) {
        out << "refused " << opened.error() << Qt::endl;
        return 1;
    }
    CommitteeStore committee(database);
    committee.setOperatorName(operatorName);
    ScoringStore scoring(committee);
    DecisionStore decisions(committee, scoring);
    const Result<std::optional<Candidate>> read = committee.candidate(candidateId);
    if (!read || !read.value()) {
        out << "refused " << (read ? QStringLiteral("no such candidate") : read.error()) << Qt::endl;
        return 1;
    }
    const CandidateDecision seen{candidateId, read.value()->decision, read.value()->granted};
    out << "ready" << Qt::endl;
    const QDeadlineTimer giveUp(30000);
    while (!QFile::exists(barrier)) {
        if (giveUp.hasExpired()) {
            out << "refused the barrier never opened" << Qt::endl;
            return 1;
        }
        QThread::usleep(100);
    }
    const Decision decision = decisionName == QLatin1String("laureate") ? Decision::Laureate : Decision::Waitlist;
    const Outcome decided = decisions.setDecision(candidateId, decision, std::nullopt, seen);
    if (decided)
        out << "saved" << Qt::endl;
    else
        out << "refused " << decided.error() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() == 6 && arguments.at(1) == QLatin1String("notes"))
        return writeNotes(arguments.at(2), arguments.at(3).toInt(), arguments.at(4), arguments.at(5).toInt());
    if (arguments.size() == 7 && arguments.at(1) == QLatin1String("decide"))
        return decide(arguments.at(2), arguments.at(3).toLongLong(), arguments.at(4), arguments.at(5), arguments.at(6));
    QTextStream(stderr) << "usage: committee_member notes ADDRESS PROMOTION MEMBER SECONDS\n"
                           "       committee_member decide ADDRESS CANDIDATE_ID OPERATOR laureate|waitlist BARRIER\n";
    return 2;
}
