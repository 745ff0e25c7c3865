#pragma once

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "reports/CandidateCsvParse.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CliContext;
class CommitteeStore;

// The end of `import` once the file is read: the rows are compared with the promotion's stored candidates by
// file number (CandidateImportPlan), the problems printed as "FILE:LINE: …", the plan printed for --dry-run
// ("~ Envergo: annual budget: 600 000 € → 650 000 €", "+ Docurba", "= 5 unchanged"), or applied in one
// transaction (CandidateImportStore), the decided candidates the file would change listed and left alone
// unless --update-decided. A file whose rows are all new prints what a first import always printed.
class ImportPlanRun
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanRun)

public:
    struct Options
    {
        bool dryRun = false;
        bool updateDecided = false;
    };

    static int run(CliContext &context, CommitteeStore &store, const Promotion &promotion, const QString &path,
                   const CandidateCsvParse &parsed, const QList<Candidate> &stored, Options options);
};
