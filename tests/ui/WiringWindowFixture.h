#pragma once

#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QPair>
#include <QString>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

// The window the wiring suites drive: a new database in a temporary folder, shown and exposed, holding
// FAST15 (2025) and its candidates, written through the window's own stores so that every page follows.
namespace WiringWindowFixture {

// The window on dir/committee.sqlite, shown at that size; null (with the test failed) when it cannot open.
inline MainWindow *openWindow(const QTemporaryDir &dir, int width, int height)
{
    auto *window = new MainWindow;
    window->setOperatorName(QStringLiteral("test"));
    if (const Outcome opened = window->openDatabase(dir.filePath(QStringLiteral("committee.sqlite"))); !opened) {
        delete window;
        QTest::qFail(qPrintable(opened.error()), __FILE__, __LINE__);
        return nullptr;
    }
    window->resize(width, height);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        QTest::qFail("the window was not exposed", __FILE__, __LINE__);
    return window;
}

// FAST15 with that envelope and one candidate per (name, requested euros), each with a 400 000 € annual
// budget. Empty when everything was written, else the first refusal.
inline QString addPromotionWithCandidates(MainWindow &window, qint64 envelopeEuros,
                                          const QList<QPair<QString, qint64>> &candidates)
{
    Promotion promotion;
    promotion.number = 15;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(envelopeEuros);
    if (const Outcome added = window.addPromotion(promotion); !added)
        return added.error();
    for (const auto &[name, requestedEuros] : candidates) {
        Candidate candidate;
        candidate.name = name;
        candidate.carrier = QStringLiteral("Ministère");
        candidate.annualBudget = Money::fromEuros(400000);
        candidate.requested = Money::fromEuros(requestedEuros);
        if (const Outcome added = window.addCandidate(candidate); !added)
            return name + QStringLiteral(": ") + added.error();
    }
    return QString();
}

// Alice alone on FAST15's committee, noting every criterion 4 for Alpha and 3 for the others (Alpha 80.0,
// the others 60.0). Empty when everything was written, else the first refusal.
inline QString scoreByAliceAlone(MainWindow &window)
{
    ScoringStore &scoring = *window.scoringStore();
    const Result<QList<CommitteeMember>> members = scoring.addMembers(15, {QStringLiteral("Alice")});
    if (!members)
        return members.error();
    for (const Candidate &candidate : window.store()->candidates(15).value()) {
        for (int criterion = 0; criterion < 5; ++criterion) {
            if (const Outcome noted = scoring.setNote(15, candidate.id, members.value().first().id, criterion,
                                                      candidate.name == QLatin1String("Alpha") ? 4 : 3);
                !noted)
                return noted.error();
        }
    }
    return QString();
}

template <typename T> T *child(const MainWindow &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

inline void showTab(const MainWindow &window, const char *name)
{
    child<QTabWidget>(window, "mainTabWidget")->setCurrentWidget(child<QWidget>(window, name));
}

} // namespace WiringWindowFixture
