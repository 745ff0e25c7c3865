#include "Migrations.h"

#include "SqlDialect.h"
#include "StorageError.h"
#include "TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

int Migrations::latestVersion()
{
    return int(steps().size());
}

Outcome Migrations::upgrade(QSqlDatabase database, int fromVersion)
{
    return upgrade(database, fromVersion, latestVersion());
}

Outcome Migrations::upgrade(QSqlDatabase database, int fromVersion, int toVersion)
{
    const QList<QStringList> allSteps = steps(database).mid(0, qMax(toVersion, 0));
    if (fromVersion < 0 || fromVersion > allSteps.size())
        return Outcome::failure(tr("The database has schema version %1; this version of Comité FAST reads up to %2.")
                                    .arg(fromVersion)
                                    .arg(allSteps.size()));
    if (fromVersion == allSteps.size())
        return Outcome::success();

    // All the steps in one transaction: a failed upgrade leaves the database at its old version, whole.
    TransactionGuard transaction(database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    QSqlQuery query(database);
    for (qsizetype step = fromVersion; step < allSteps.size(); ++step) {
        for (const QString &statement : allSteps.at(step)) {
            if (!query.exec(statement))
                return Outcome::failure(StorageError::message(query.lastError(), database,
                                                              tr("Cannot upgrade the database to schema version %1: %2")
                                                                  .arg(step + 1)
                                                                  .arg(query.lastError().text())));
        }
    }
    if (!query.exec(SqlDialect::writeSchemaVersion(database, int(allSteps.size()))))
        return Outcome::failure(
            StorageError::message(query.lastError(), database,
                                  tr("Cannot record the database's schema version: %1").arg(query.lastError().text())));
    query.finish();
    return transaction.commit();
}

QList<QStringList> Migrations::steps(const QSqlDatabase &database)
{
    const QString identity = SqlDialect::identityColumn(database);
    QList<QStringList> all;

    // Version 1: years, promotions, candidates and the audit log. Amounts are integer cents.
    all.append({
        QStringLiteral("CREATE TABLE years ("
                       "year INTEGER PRIMARY KEY, "
                       "annual_budget_cents BIGINT NULL, "
                       "product_target INTEGER NULL)"),
        // Reference targets of indicator 1.2 (rules.md); editable afterwards.
        QStringLiteral("INSERT INTO years (year, product_target) VALUES (2023, 12)"),
        QStringLiteral("INSERT INTO years (year, product_target) VALUES (2024, 15)"),
        QStringLiteral("INSERT INTO years (year, product_target) VALUES (2025, 15)"),
        QStringLiteral("INSERT INTO years (year, product_target) VALUES (2026, 15)"),
        QStringLiteral("CREATE TABLE promotions (%1, "
                       "number INTEGER NOT NULL UNIQUE, "
                       "year INTEGER NOT NULL, "
                       "envelope_cents BIGINT NOT NULL, "
                       "rate_percent INTEGER NOT NULL, "
                       "cap_cents BIGINT NOT NULL, "
                       "min_score INTEGER NOT NULL, "
                       "status TEXT NOT NULL CHECK (status IN ('open', 'closed')), "
                       "committee_date TEXT NULL)")
            .arg(identity),
        QStringLiteral("CREATE TABLE candidates (%1, "
                       "promotion_id BIGINT NOT NULL REFERENCES promotions(id) ON DELETE CASCADE, "
                       "name TEXT NOT NULL, "
                       "name_key TEXT NOT NULL, "
                       "carrier TEXT NOT NULL, "
                       "incubator TEXT NOT NULL, "
                       "kind TEXT NOT NULL CHECK (kind IN ('product', 'incubator')), "
                       "phase TEXT NOT NULL, "
                       "annual_budget_cents BIGINT NOT NULL, "
                       "requested_cents BIGINT NOT NULL, "
                       "description TEXT NOT NULL, "
                       "decision TEXT NOT NULL "
                       "CHECK (decision IN ('none', 'laureate', 'waitlist', 'rejected', 'withdrawn')), "
                       "granted_cents BIGINT NOT NULL DEFAULT 0, "
                       "UNIQUE (promotion_id, name_key))")
            .arg(identity),
        QStringLiteral("CREATE INDEX candidates_promotion ON candidates (promotion_id)"),
        QStringLiteral("CREATE TABLE audit_log (%1, "
                       "at TEXT NOT NULL, "
                       "operator TEXT NOT NULL, "
                       "promotion_number INTEGER NULL, "
                       "action TEXT NOT NULL, "
                       "subject TEXT NOT NULL, "
                       "old_value TEXT NULL, "
                       "new_value TEXT NULL)")
            .arg(identity),
        QStringLiteral("CREATE INDEX audit_log_promotion ON audit_log (promotion_number)"),
    });

    // Version 2: the committee's scoring. Members and criteria belong to a promotion, notes and recusals to
    // a candidate and a member; removing a promotion or a candidate removes what hangs from it. The fund's
    // default criteria are given to every existing promotion, as a new promotion gets them (rules.md); they
    // are written out here rather than read from CriteriaSet::defaults() so that this step never changes.
    QStringList scoring{
        QStringLiteral("CREATE TABLE members (%1, "
                       "promotion_id BIGINT NOT NULL REFERENCES promotions(id) ON DELETE CASCADE, "
                       "name TEXT NOT NULL, "
                       "name_key TEXT NOT NULL, "
                       "UNIQUE (promotion_id, name_key))")
            .arg(identity),
        QStringLiteral("CREATE TABLE criteria (%1, "
                       "promotion_id BIGINT NOT NULL REFERENCES promotions(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, "
                       "name TEXT NOT NULL, "
                       "weight INTEGER NOT NULL CHECK (weight > 0), "
                       "UNIQUE (promotion_id, position))")
            .arg(identity),
        QStringLiteral("CREATE TABLE notes ("
                       "candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, "
                       "member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, "
                       "criterion_id BIGINT NOT NULL REFERENCES criteria(id) ON DELETE CASCADE, "
                       "note INTEGER NOT NULL CHECK (note BETWEEN 0 AND 5), "
                       "PRIMARY KEY (candidate_id, member_id, criterion_id))"),
        QStringLiteral("CREATE INDEX notes_member ON notes (member_id)"),
        QStringLiteral("CREATE TABLE recusals ("
                       "candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, "
                       "member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE, "
                       "PRIMARY KEY (candidate_id, member_id))"),
    };
    const QList<std::pair<QString, int>> defaultCriteria{
        {QStringLiteral("Impact potentiel"), 30},
        {QStringLiteral("Problème public et usagers"), 20},
        {QStringLiteral("Équipe et portage"), 20},
        {QStringLiteral("Trajectoire d''accélération"), 15},
        {QStringLiteral("Utilisation du cofinancement"), 15},
    };
    for (qsizetype position = 0; position < defaultCriteria.size(); ++position)
        scoring.append(QStringLiteral("INSERT INTO criteria (promotion_id, position, name, weight) "
                                      "SELECT id, %1, '%2', %3 FROM promotions")
                           .arg(position)
                           .arg(defaultCriteria.at(position).first)
                           .arg(defaultCriteria.at(position).second));
    all.append(scoring);

    // Version 3: the what-if panel's saved scenarios. A scenario belongs to a promotion and is named once per
    // promotion, case- and accent-insensitively (name_key = TextKey::fold(name)). Its excluded candidates are
    // a child table whose rows go with the candidate: removing a candidate can never leave a scenario that
    // fails to load.
    all.append({
        QStringLiteral("CREATE TABLE scenarios (%1, "
                       "promotion_id BIGINT NOT NULL REFERENCES promotions(id) ON DELETE CASCADE, "
                       "name TEXT NOT NULL, "
                       "name_key TEXT NOT NULL, "
                       "envelope_cents BIGINT NOT NULL CHECK (envelope_cents >= 0), "
                       "note TEXT NOT NULL DEFAULT '', "
                       "UNIQUE (promotion_id, name_key))")
            .arg(identity),
        QStringLiteral("CREATE TABLE scenario_exclusions ("
                       "scenario_id BIGINT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE, "
                       "candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, "
                       "PRIMARY KEY (scenario_id, candidate_id))"),
        QStringLiteral("CREATE INDEX scenario_exclusions_candidate ON scenario_exclusions (candidate_id)"),
    });

    // Version 4: what the call's application form says of a candidate beyond the committee's fields. The
    // form's file number (reference) is what a re-import of an updated export recognises a candidate by, so
    // it is unique in a promotion when given; a candidate entered by hand has none (''). extra_fields holds
    // the form's other answers as a JSON array of {"name", "value"} in the file's column order ('' for none).
    all.append({
        QStringLiteral("ALTER TABLE candidates ADD COLUMN reference TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN contact_email TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE candidates ADD COLUMN extra_fields TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE UNIQUE INDEX candidates_reference ON candidates (promotion_id, reference) "
                       "WHERE reference <> ''"),
    });

    // Version 5: the import's saved column mappings. A mapping is named once (case- and accent-insensitively:
    // name_key = TextKey::fold(name)), belongs to no promotion (a call's form is the same from one promotion
    // to the next) and is proposed again for a file whose header has the same titles: header_key is the JSON
    // array of the header's folded titles. fields is a JSON object from a field's French column name
    // ("budget_annuel") to the title of the column that holds it.
    all.append({
        QStringLiteral("CREATE TABLE column_mappings (%1, "
                       "name TEXT NOT NULL, "
                       "name_key TEXT NOT NULL UNIQUE, "
                       "header_key TEXT NOT NULL, "
                       "fields TEXT NOT NULL)")
            .arg(identity),
        QStringLiteral("CREATE INDEX column_mappings_header ON column_mappings (header_key)"),
    });

    // Version 6: the laureates' follow-up after the decision (issue #18). An agreement per laureate (its
    // reference, ISO dates of signature and withdrawal, an amendment's committed amount with its reason), its
    // payment tranches numbered from 1 (planned, then paid: both the date and the amount, or neither), and the
    // accompaniment's three milestones; all go with their candidate. Each year gets its opening key, the share
    // of a commitment paid in the first tranche in basis points, seeded with 2021's 78,93 % (rules.md).
    all.append({
        QStringLiteral("CREATE TABLE agreements ("
                       "candidate_id BIGINT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE, "
                       "reference TEXT NOT NULL DEFAULT '', "
                       "signed_on TEXT NULL, "
                       "amended_cents BIGINT NULL CHECK (amended_cents IS NULL OR amended_cents > 0), "
                       "amendment_reason TEXT NOT NULL DEFAULT '', "
                       "withdrawn_on TEXT NULL, "
                       "withdrawal_reason TEXT NOT NULL DEFAULT '', "
                       "CHECK (amended_cents IS NULL OR (signed_on IS NOT NULL AND amendment_reason <> '')))"),
        QStringLiteral("CREATE TABLE tranches ("
                       "candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL CHECK (position > 0), "
                       "planned_on TEXT NOT NULL, "
                       "planned_cents BIGINT NOT NULL CHECK (planned_cents > 0), "
                       "paid_on TEXT NULL, "
                       "paid_cents BIGINT NULL CHECK (paid_cents IS NULL OR paid_cents > 0), "
                       "reference TEXT NOT NULL DEFAULT '', "
                       "CHECK ((paid_on IS NULL AND paid_cents IS NULL) OR (paid_on IS NOT NULL AND paid_cents IS NOT "
                       "NULL)), "
                       "PRIMARY KEY (candidate_id, position))"),
        QStringLiteral("CREATE TABLE milestones ("
                       "candidate_id BIGINT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, "
                       "kind TEXT NOT NULL CHECK (kind IN ('kickoff', 'midterm', 'end')), "
                       "planned_on TEXT NULL, "
                       "done_on TEXT NULL, "
                       "note TEXT NOT NULL DEFAULT '', "
                       "PRIMARY KEY (candidate_id, kind))"),
        QStringLiteral("ALTER TABLE years ADD COLUMN opening_key_bp INTEGER NOT NULL DEFAULT 7893 "
                       "CHECK (opening_key_bp BETWEEN 1 AND 10000)"),
    });

    // Version 7 and later: append the next step here; never edit a released one.
    return all;
}
