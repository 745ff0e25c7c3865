#pragma once

#include "CandidateImportChange.h"
#include "domain/CandidateUpdate.h"

#include <QList>

// A row of a re-imported file that matches a stored candidate by its file number: the stored candidate,
// what the import would make of it, the file's line and every field that differs.
struct CandidateImportRow
{
    CandidateUpdate update;
    int line = 0;
    QList<CandidateImportChange> changes; // in CandidateField order, extra fields last; empty when unchanged
};
