// Baseline of the candidates list: one SELECT of a promotion's rows into a QStandardItemModel shown in a
// QTableView, painted once, then quitting. Usage: baseline_candidates DATABASE PROMOTION_NUMBER
#include <QApplication>
#include <QEvent>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    if (argc != 3) {
        std::fputs("usage: baseline_candidates DATABASE PROMOTION_NUMBER\n", stderr);
        return 2;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    database.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!database.open())
        return 1;
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Projet"), QStringLiteral("Administration"),
                                     QStringLiteral("Budget"), QStringLiteral("Demandé")});
    {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT c.name, c.carrier, c.annual_budget_cents, c.requested_cents FROM "
                                     "candidates c JOIN promotions p ON p.id = c.promotion_id WHERE p.number = ? "
                                     "ORDER BY c.name_key"));
        query.addBindValue(QString::fromLocal8Bit(argv[2]).toInt());
        if (!query.exec())
            return 1;
        while (query.next()) {
            model.appendRow({new QStandardItem(query.value(0).toString()), new QStandardItem(query.value(1).toString()),
                             new QStandardItem(QString::number(query.value(2).toLongLong() / 100)),
                             new QStandardItem(QString::number(query.value(3).toLongLong() / 100))});
        }
    }
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 700);
    QuitAfterPaint quitter;
    view.viewport()->installEventFilter(&quitter);
    view.show();
    return QApplication::exec();
}
