#include "CandidateImportCheck.h"

#include "domain/TextKey.h"

#include <QCoreApplication>
#include <QHash>

Result<QStringList> CandidateImportCheck::check(const Promotion &owner, const QList<Candidate> &stored,
                                                const QList<Candidate> &candidates, const CandidateUpdates &updates)
{
    QStringList problems;
    QHash<QString, QString> existingNames; // folded name -> the name as stored
    QHash<QString, qint64> nameHolders;    // folded name -> the id of the candidate that has it
    for (const Candidate &each : stored) {
        existingNames.insert(TextKey::fold(each.name), each.name);
        nameHolders.insert(TextKey::fold(each.name), each.id);
    }
    QHash<QString, QString> existingReferences; // file number -> the name of the candidate that has it
    QHash<QString, qint64> referenceHolders;
    for (const Candidate &each : stored) {
        if (!each.reference.isEmpty()) {
            existingReferences.insert(each.reference, each.name);
            referenceHolders.insert(each.reference, each.id);
        }
    }
    // An updated candidate keeps its file number and may keep its name; a new name must be no other
    // candidate's, now or once the import has renamed it, so that no row ever holds another's name, even
    // for the moment between two of the import's statements.
    for (const CandidateUpdate &update : updates) {
        const Candidate &candidate = update.after;
        for (const FieldError &error : candidate.validate(owner.rule))
            problems.append(QCoreApplication::translate("CommitteeStore", "\"%1\" (%2): %3")
                                .arg(candidate.name, candidateFieldColumn(error.field), error.message));
        const QString key = TextKey::fold(candidate.name);
        if (const auto holder = nameHolders.constFind(key); holder != nameHolders.cend() && *holder != candidate.id) {
            problems.append(QCoreApplication::translate("CommitteeStore", "\"%1\": %2")
                                .arg(candidate.name, duplicateNameMessage(owner, existingNames.value(key))));
        } else {
            existingNames.insert(key, candidate.name);
            nameHolders.insert(key, candidate.id);
        }
        if (const auto holder = referenceHolders.constFind(candidate.reference);
            !candidate.reference.isEmpty() && holder != referenceHolders.cend() && *holder != candidate.id)
            problems.append(
                QCoreApplication::translate("CommitteeStore", "\"%1\": %2")
                    .arg(candidate.name, duplicateReferenceMessage(owner, candidate.reference,
                                                                   existingReferences.value(candidate.reference))));
    }
    QHash<QString, QString> importedReferences;
    QHash<QString, QString> importedNames;
    importedNames.reserve(candidates.size());
    QStringList nameKeys;
    nameKeys.reserve(candidates.size());
    for (const Candidate &candidate : candidates) {
        for (const FieldError &error : candidate.validate(owner.rule))
            problems.append(QCoreApplication::translate("CommitteeStore", "\"%1\" (%2): %3")
                                .arg(candidate.name, candidateFieldColumn(error.field), error.message));
        if (const QString reference = candidate.reference.trimmed(); !reference.isEmpty()) {
            if (const auto found = existingReferences.constFind(reference); found != existingReferences.cend())
                problems.append(QCoreApplication::translate("CommitteeStore", "\"%1\": %2")
                                    .arg(candidate.name, duplicateReferenceMessage(owner, reference, found.value())));
            else if (const auto earlier = importedReferences.constFind(reference); earlier != importedReferences.cend())
                problems.append(
                    QCoreApplication::translate(
                        "CommitteeStore", "\"%1\": the file number %2 appears twice in the import (also on \"%3\").")
                        .arg(candidate.name, reference, earlier.value()));
            else
                importedReferences.insert(reference, candidate.name);
        }
        const QString key = TextKey::fold(candidate.name);
        nameKeys.append(key);
        if (key.isEmpty())
            continue;
        if (const auto found = existingNames.constFind(key); found != existingNames.cend())
            problems.append(QCoreApplication::translate("CommitteeStore", "\"%1\": %2")
                                .arg(candidate.name, duplicateNameMessage(owner, found.value())));
        else if (const auto earlier = importedNames.constFind(key); earlier != importedNames.cend())
            problems.append(
                QCoreApplication::translate("CommitteeStore",
                                            "\"%1\": this candidate appears twice in the import (also as \"%2\").")
                    .arg(candidate.name, earlier.value()));
        else
            importedNames.insert(key, candidate.name);
    }
    if (!problems.isEmpty())
        return Result<QStringList>::failure(problems.join(QLatin1Char('\n')));
    return Result<QStringList>::success(nameKeys);
}

QString CandidateImportCheck::duplicateNameMessage(const Promotion &promotion, const QString &existingName)
{
    return QCoreApplication::translate("CommitteeStore", "%1 already has a candidate called \"%2\".")
        .arg(promotion.label(), existingName);
}

QString CandidateImportCheck::duplicateReferenceMessage(const Promotion &promotion, const QString &reference,
                                                        const QString &holderName)
{
    return QCoreApplication::translate("CommitteeStore", "%1 already has the file number %2 (candidate \"%3\").")
        .arg(promotion.label(), reference, holderName);
}
