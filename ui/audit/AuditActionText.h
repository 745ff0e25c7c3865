#pragma once

#include <QCoreApplication>
#include <QString>

// The audit log's action keys ("decision.update") in the words a committee member reads ("Decision
// changed"). The keys stay in the CSV export (the stable column the command line prints); the view shows
// these words, and an unknown key (a newer version's) as it is stored.
class AuditActionText
{
    Q_DECLARE_TR_FUNCTIONS(AuditActionText)

public:
    static QString label(const QString &action);
};
