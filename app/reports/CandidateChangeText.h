#pragma once

#include "CandidateImportChange.h"
#include "domain/Candidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The fields two versions of a candidate differ in, worded for the people who read a re-import's preview:
// the field's everyday name and the values as the candidates' table shows them. The audit log keeps its own
// stable keys (AuditText); this is only what the window and the command line say.
class CandidateChangeText
{
    Q_DECLARE_TR_FUNCTIONS(CandidateChangeText)

public:
    // In CandidateField order, then each extra field by its question (before's order, then after's new ones).
    // The file number is what the two are matched by, so it is never listed.
    static QList<CandidateImportChange> changes(const Candidate &before, const Candidate &after);
    // "annual budget", "requested amount", "contact e-mail"...
    static QString fieldName(CandidateField field);
    // How an empty value reads: "(empty)".
    static QString emptyValue();
};
