// Baseline of the summary: one SQL SUM query, printed. Usage: baseline_summary DATABASE
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fputs("usage: baseline_summary DATABASE\n", stderr);
        return 2;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    database.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!database.open())
        return 1;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT p.number, COUNT(c.id), SUM(c.granted_cents) FROM promotions p "
                                   "LEFT JOIN candidates c ON c.promotion_id = p.id GROUP BY p.number")))
        return 1;
    while (query.next())
        std::printf("FAST%d %lld candidates %lld cents\n", query.value(0).toInt(), query.value(1).toLongLong(),
                    query.value(2).toLongLong());
    return 0;
}
