#include "candidates/CandidateItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

// The candidates' cells must look exactly as the standard delegate draws them: same pixels for text
// that fits (left and right aligned, bold, coloured, selected), the same elision for text that does not.
class TestCandidateItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fittingTextHasTheStandardPixels();
    void selectedRowHasTheStandardPixels();
    void narrowColumnElidesAsTheStandard();
    void emptyCellDrawsOnlyTheBackground();

private:
    QImage grabWith(QAbstractItemDelegate *delegate);
    // Grabs the view with the standard delegate, then with ours, and compares the two pictures.
    void comparePictures();

    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

void TestCandidateItemDelegate::init()
{
    m_model = new QStandardItemModel(0, 3);
    const QList<QStringList> rows = {
        {QStringLiteral("Mon Espace Élu"), QStringLiteral("Agence nationale de la cohésion des territoires"),
         QStringLiteral("220\u00a0000,00\u00a0€")},
        {QStringLiteral("Portail Archives"), QStringLiteral("Ministère de la Culture"),
         QStringLiteral("120\u00a0000,00\u00a0€")},
        {QStringLiteral("Démarches simplifiées"), QString(), QStringLiteral("300\u00a0000,00\u00a0€")}};
    for (const QStringList &texts : rows) {
        QList<QStandardItem *> items;
        for (const QString &text : texts)
            items.append(new QStandardItem(text));
        QFont bold;
        bold.setBold(true);
        items.at(0)->setFont(bold);
        items.at(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items.at(2)->setForeground(QColor(0x00, 0x6b, 0x3c));
        m_model->appendRow(items);
    }
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->resize(700, 160);
    m_view->setColumnWidth(0, 200);
    m_view->setColumnWidth(1, 330);
    m_view->setColumnWidth(2, 140);
}

void TestCandidateItemDelegate::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_model;
    m_model = nullptr;
}

QImage TestCandidateItemDelegate::grabWith(QAbstractItemDelegate *delegate)
{
    m_view->setItemDelegate(delegate);
    return m_view->viewport()->grab().toImage();
}

void TestCandidateItemDelegate::comparePictures()
{
    QStyledItemDelegate standard;
    CandidateItemDelegate fast;
    const QImage expected = grabWith(&standard);
    const QImage actual = grabWith(&fast);
    m_view->setItemDelegate(nullptr);
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual, expected);
}

void TestCandidateItemDelegate::fittingTextHasTheStandardPixels()
{
    comparePictures();
}

void TestCandidateItemDelegate::selectedRowHasTheStandardPixels()
{
    m_view->selectRow(1);
    comparePictures();
}

void TestCandidateItemDelegate::narrowColumnElidesAsTheStandard()
{
    m_view->setColumnWidth(1, 120);
    comparePictures();
}

void TestCandidateItemDelegate::emptyCellDrawsOnlyTheBackground()
{
    m_model->item(2, 1)->setText(QString());
    comparePictures();
}

QTEST_MAIN(TestCandidateItemDelegate)
#include "tst_candidateitemdelegate.moc"
