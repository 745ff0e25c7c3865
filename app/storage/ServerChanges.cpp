#include "ServerChanges.h"

#include "CommitteeStore.h"
#include "Database.h"
#include "DecisionStore.h"
#include "ScoringStore.h"
#include "SqlDialect.h"

#include <QSqlDriver>

ServerChanges::ServerChanges(Database &database, CommitteeStore &committee, ScoringStore &scoring,
                             DecisionStore &decisions, QObject *parent)
    : QObject(parent), m_database(database), m_committee(committee), m_scoring(scoring), m_decisions(decisions)
{
    if (!SqlDialect::isServer(database.connection()))
        return;
    QSqlDriver *driver = database.connection().driver();
    m_listening = driver->subscribeToNotification(QLatin1String(SqlDialect::changeChannel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != QLatin1String(SqlDialect::changeChannel) || source == QSqlDriver::SelfSource || m_suspended)
                    return;
                // "TABLE PROMOTION_NUMBER", as the server's trigger writes it.
                const QString text = payload.toString();
                relay(text.section(QLatin1Char(' '), 0, 0), text.section(QLatin1Char(' '), 1, 1).toInt());
            });
}

bool ServerChanges::listenAgain()
{
    if (!SqlDialect::isServer(m_database.connection()))
        return false;
    m_suspended = false;
    QSqlDriver *driver = m_database.connection().driver();
    // Closing the connection made Qt forget the subscription; were it still listed, subscribing again would be
    // refused as a duplicate.
    if (driver->subscribedToNotifications().contains(QLatin1String(SqlDialect::changeChannel)))
        driver->unsubscribeFromNotification(QLatin1String(SqlDialect::changeChannel));
    m_listening = driver->subscribeToNotification(QLatin1String(SqlDialect::changeChannel));
    return m_listening;
}

void ServerChanges::relayEverything()
{
    emit m_committee.yearsChanged();
    emit m_committee.promotionsChanged();
    const Result<QList<Promotion>> promotions = m_committee.promotions();
    if (!promotions)
        return;
    for (const Promotion &promotion : promotions.value()) {
        for (const char *table : {"members", "criteria", "candidates", "notes"})
            relay(QLatin1String(table), promotion.number);
    }
}

ServerChanges::~ServerChanges()
{
    if (m_listening && m_database.isOpen())
        m_database.connection().driver()->unsubscribeFromNotification(QLatin1String(SqlDialect::changeChannel));
}

void ServerChanges::relay(const QString &table, int promotionNumber)
{
    emit changedElsewhere(table, promotionNumber);
    if (table == QLatin1String("promotions")) {
        emit m_committee.promotionsChanged();
    } else if (table == QLatin1String("candidates")) {
        // A decision is a candidate's column.
        emit m_committee.candidatesChanged(promotionNumber);
        emit m_decisions.decisionsChanged(promotionNumber);
    } else if (table == QLatin1String("members")) {
        emit m_scoring.membersChanged(promotionNumber);
    } else if (table == QLatin1String("criteria")) {
        emit m_scoring.criteriaChanged(promotionNumber);
    } else if (table == QLatin1String("notes") || table == QLatin1String("recusals")) {
        emit m_scoring.scoresChanged(promotionNumber);
    } else if (table == QLatin1String("years")) {
        emit m_committee.yearsChanged();
    } else if (table == QLatin1String("agreements") || table == QLatin1String("tranches") ||
               table == QLatin1String("milestones")) {
        // A laureate's follow-up: a withdrawal changes what the envelope's sums count (Candidate::released).
        emit m_committee.candidatesChanged(promotionNumber);
    }
}
