#include "ImportPlanRun.h"

#include "CliContext.h"
#include "reports/CandidateImportPlan.h"
#include "storage/CandidateImportStore.h"
#include "storage/CommitteeStore.h"

int ImportPlanRun::run(CliContext &context, CommitteeStore &store, const Promotion &promotion, const QString &path,
                       const CandidateCsvParse &parsed, const QList<Candidate> &stored, Options options)
{
    const CandidateImportPlan plan = CandidateImportPlan::build(stored, parsed, promotion.rule, path);
    const QStringList problems = plan.messages(options.updateDecided);
    if (!problems.isEmpty()) {
        for (const QString &message : problems)
            context.err() << message << Qt::endl;
        // The words `import` always used, in its own translation context.
        return context.fail(QCoreApplication::translate("ImportCommand", "%n problem(s): nothing was imported into %1.",
                                                        nullptr, int(problems.size()))
                                .arg(promotion.label()));
    }
    const int updated = int(plan.updates(options.updateDecided).size());
    const int unchanged = int(plan.unchanged.size());
    if (options.dryRun) {
        if (plan.onlyAdds()) {
            context.out() << QCoreApplication::translate(
                                 "ImportCommand",
                                 "%1: %n candidate(s) would be imported into %2; nothing was written (--dry-run).",
                                 nullptr, int(plan.added.size()))
                                 .arg(path, promotion.label())
                          << Qt::endl;
            return CliContext::success;
        }
        for (const QString &line : plan.describe(options.updateDecided))
            context.out() << line << Qt::endl;
        context.out() << tr("%1: %n candidate(s) would be added, %2 updated, %3 unchanged into %4; nothing was "
                            "written (--dry-run).",
                            nullptr, int(plan.added.size()))
                             .arg(path)
                             .arg(updated)
                             .arg(unchanged)
                             .arg(promotion.label())
                      << Qt::endl;
        return CliContext::success;
    }

    CandidateImportStore importer(store);
    const Result<QList<qint64>> imported =
        importer.applyImport(promotion.number, plan.added, plan.updates(options.updateDecided));
    if (!imported)
        return context.fail(imported.error());
    if (plan.onlyAdds()) {
        context.out() << QCoreApplication::translate("ImportCommand", "%1: %n candidate(s) imported into %2.", nullptr,
                                                     int(plan.added.size()))
                             .arg(path, promotion.label())
                      << Qt::endl;
        return CliContext::success;
    }
    if (!options.updateDecided) {
        for (const CandidateImportRow &row : plan.decided) {
            context.out() << tr("%1:%2: %3 is decided (%4): %n change(s) left as they are; --update-decided "
                                "applies them.",
                                nullptr, int(row.changes.size()))
                                 .arg(path)
                                 .arg(row.line)
                                 .arg(row.update.before.name, decisionDisplayName(row.update.before.decision))
                          << Qt::endl;
        }
    }
    context.out() << tr("%1: %n candidate(s) added, %2 updated, %3 unchanged into %4.", nullptr, int(plan.added.size()))
                         .arg(path)
                         .arg(updated)
                         .arg(unchanged)
                         .arg(promotion.label())
                  << Qt::endl;
    return CliContext::success;
}
