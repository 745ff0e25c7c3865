#pragma once

#include "ColumnMapping.h"

#include <QString>
#include <QStringList>

// Proposes which column of a file holds each candidate field, from the header's titles alone. Titles are
// compared folded (case, accents, spacing, punctuation: "Budget annuel (€)" is "budget annuel"); every field
// first looks for its own column names ("budget_annuel", "annual budget"), then for a known title of the
// call's forms, then for such a title inside a longer question ("Quel est le montant demandé au FAST pour
// l’année ?" holds "montant demandé au FAST"; only titles of two words or more, so that "Dossier" does not
// take "État du dossier"). Each pass runs over every field before the next pass starts, so that an exact name
// is never taken by another field's looser match, and a column is never given to two fields.
class ColumnMappingProposal
{
public:
    static ColumnMapping propose(const QStringList &headerNames);
    // How many fields, and how many required ones, the proposal finds in these titles: how the import
    // tells a header row from a title block above it.
    struct Score
    {
        int fields = 0;
        int required = 0;
    };
    static Score score(const QStringList &headerNames);
    // Whether a proposal reads a form's export: a file number column, or any field found by a form's whole title.
    // A file that only names the app's own columns is the app's CSV, whose unknown columns are mistakes to
    // report (a misspelt "anual_budget", an amount in a column nobody reads), not answers to keep.
    static bool readsAFormExport(const ColumnMapping &proposal);
    // The key titles are compared by: CsvColumnMap::columnKey with every character that is neither a letter
    // nor a digit read as a space.
    static QString titleKey(const QString &title);
};
