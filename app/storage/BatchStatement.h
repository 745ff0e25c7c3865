#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <optional>

// A multi-row statement (INSERT … VALUES (…), (…)…) written in batches of up to batchRows rows: the
// full-size statement is prepared once and reused for every full batch, the last, shorter batch gets its
// own. The caller binds the batch's values on the query it is given and executes it.
class BatchStatement
{
public:
    // builder returns the statement's text for a number of rows.
    using Builder = std::function<QString(qsizetype rows)>;

    BatchStatement(QSqlDatabase database, qsizetype batchRows, Builder builder);

    // The statement for rows rows (1 to batchRows), prepared; nullptr when the database refuses it, with
    // its error in *error (for StorageError to word).
    QSqlQuery *prepared(qsizetype rows, QSqlError *error);

private:
    QSqlDatabase m_database;
    qsizetype m_batchRows;
    Builder m_builder;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    std::optional<QSqlQuery> m_last;
};
