// Baseline of the CSV import: read the file with QFile, split the lines and the fields, insert every row
// in one SQLite transaction with one prepared statement (QtSql). No quoting, no amount parsing, no rule,
// no audit: the least the same import does. Usage: baseline_csvimport FILE.csv NEW_DATABASE
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 3) {
        std::fputs("usage: baseline_csvimport FILE.csv NEW_DATABASE\n", stderr);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    database.setDatabaseName(QString::fromLocal8Bit(argv[2]));
    if (!database.open())
        return 1;
    QSqlQuery query(database);
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!query.exec(QStringLiteral("CREATE TABLE candidates (id INTEGER PRIMARY KEY, name TEXT, carrier TEXT, "
                                   "incubator TEXT, kind TEXT, phase TEXT, budget TEXT, requested TEXT, "
                                   "description TEXT)")))
        return 1;
    database.transaction();
    query.prepare(QStringLiteral("INSERT INTO candidates (name, carrier, incubator, kind, phase, budget, requested, "
                                 "description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char(';'));
        for (int column = 0; column < 8; ++column)
            query.addBindValue(fields.value(column));
        if (!query.exec())
            return 1;
        ++rows;
    }
    if (!database.commit())
        return 1;
    std::printf("%d rows\n", rows);
    return 0;
}
