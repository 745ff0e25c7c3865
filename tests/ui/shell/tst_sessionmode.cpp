#include "TestSupport.h"
#include "dashboard/DashboardChart.h"
#include "history/ComparePromotionsDialog.h"
#include "history/PromotionHistoryDialog.h"
#include "shell/LanguageSetting.h"
#include "shell/MainWindow.h"
#include "shell/SessionMode.h"
#include "shell/WelcomePage.h"
#include "widgets/WrappingHeaderView.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLayout>
#include <QLegend>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// Session mode, the projector view: a per-window toggle never carried to another database or the next start,
// one scale for every text (tables, headers, banner, footer, charts), and on the demo in a 1 280 × 720 window
// no elided text in the visible columns of any tab's tables and no chart text cut or drawn outside its card.
class TestSessionMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void isPerWindowAndNotRemembered();
    void scalesTablesHeadersAndCharts();
    void nothingElidedAt1280x720_data();
    void nothingElidedAt1280x720();

private:
    void useLanguage(const QString &language);
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    void trigger(const char *actionName) { child<QAction>(actionName)->trigger(); }

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

namespace {

// The text lines of a cell or header (a wrapped header has several).
QStringList linesOf(const QVariant &value)
{
    return value.toString().split(QLatin1Char('\n'));
}

// In fractions of a pixel, rounded up: the style elides "90,0" (33.4 px) in a 33 px text rectangle.
int widestLine(const QFont &font, const QStringList &lines)
{
    qreal widest = 0;
    for (const QString &line : lines)
        widest = std::max(widest, QFontMetricsF(font).horizontalAdvance(line));
    return int(std::ceil(widest));
}

// What each visible column of a table does not show in full: its cells (text plus the style's margins,
// the icon or check box beside it) and its header (text plus the header's margins and sort arrow).
QStringList elidedCells(const QTableView *view, const QString &where)
{
    QStringList problems;
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = view->horizontalHeader();
    const QStyle *style = view->style();
    if (view->horizontalScrollBar()->maximum() > 0)
        problems.append(
            QStringLiteral("%1: scrolls sideways by %2 px").arg(where).arg(view->horizontalScrollBar()->maximum()));
    // The style's margins either side of an item's text, and the grid line the cell gives up.
    const int textMargin =
        (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) * 2 + (view->showGrid() ? 1 : 0);
    const int headerMargin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) * 2;
    const int viewportWidth = view->viewport()->width();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        const int left = header->sectionViewportPosition(column);
        const int width = view->columnWidth(column);
        if (width == 0)
            continue;
        const QString headerText = model->headerData(column, Qt::Horizontal).toString();
        // Every column wholly on screen: a projector has no one to scroll sideways, and a column cut at the
        // edge ("Cum", the reasons off screen) hides what the committee is deciding on.
        if (left < 0 || left + width > viewportWidth) {
            problems.append(QStringLiteral("%1 column \"%2\": %3..%4 px, outside the %5 px viewport")
                                .arg(where, headerText)
                                .arg(left)
                                .arg(left + width)
                                .arg(viewportWidth));
            continue;
        }
        const QFontMetrics headerMetrics(header->font());
        if (qobject_cast<const WrappingHeaderView *>(header)) {
            // Wrapped at spaces: each word whole, and every line within the header's height.
            const QRect wrapped = headerMetrics.boundingRect(
                QRect(0, 0, header->sectionSize(column) - headerMargin, 10000), Qt::TextWordWrap, headerText);
            if (wrapped.width() > header->sectionSize(column) - headerMargin || wrapped.height() > header->height())
                problems.append(QStringLiteral("%1 header \"%2\": %3 x %4 px in %5 x %6 px")
                                    .arg(where, headerText)
                                    .arg(wrapped.width() + headerMargin)
                                    .arg(wrapped.height())
                                    .arg(header->sectionSize(column))
                                    .arg(header->height()));
        } else {
            const QStringList headerLines = linesOf(headerText);
            int headerNeeded = widestLine(header->font(), headerLines) + headerMargin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
                headerNeeded += style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + headerMargin;
            if (header->isVisible() && headerNeeded > header->sectionSize(column))
                problems.append(QStringLiteral("%1 header \"%2\": %3 px in %4 px")
                                    .arg(where, headerText)
                                    .arg(headerNeeded)
                                    .arg(header->sectionSize(column)));
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            if (view->isRowHidden(row))
                continue;
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            if (text.isEmpty())
                continue;
            QFont font = view->font();
            if (const QVariant cellFont = index.data(Qt::FontRole); cellFont.isValid())
                font = cellFont.value<QFont>().resolve(view->font());
            if (view->wordWrap()) {
                // Wrapped at spaces: each word whole, and every line within the row's height.
                const QRect wrapped = QFontMetricsF(font)
                                          .boundingRect(QRectF(0, 0, width - textMargin, 10000), Qt::TextWordWrap, text)
                                          .toAlignedRect();
                // At most two lines: a reason on four lines leaves two rows of the ranking on screen.
                const int lines = wrapped.height() / QFontMetrics(font).lineSpacing();
                if (lines > 2)
                    problems.append(QStringLiteral("%1 row %2 \"%3\": on %4 lines in %5 px")
                                        .arg(where)
                                        .arg(row)
                                        .arg(text)
                                        .arg(lines)
                                        .arg(width));
                if (wrapped.width() > width - textMargin || wrapped.height() > view->rowHeight(row))
                    problems.append(QStringLiteral("%1 row %2 \"%3\": %4 x %5 px in %6 x %7 px")
                                        .arg(where)
                                        .arg(row)
                                        .arg(text)
                                        .arg(wrapped.width() + textMargin)
                                        .arg(wrapped.height())
                                        .arg(width)
                                        .arg(view->rowHeight(row)));
                continue;
            }
            int needed = widestLine(font, linesOf(text)) + textMargin;
            if (index.data(Qt::DecorationRole).isValid())
                needed += view->iconSize().isValid() ? view->iconSize().width()
                                                     : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
            if (index.data(Qt::CheckStateRole).isValid())
                needed += style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, view) + textMargin;
            if (needed > width)
                problems.append(QStringLiteral("%1 row %2 \"%3\": %4 px in %5 px")
                                    .arg(where)
                                    .arg(row)
                                    .arg(text)
                                    .arg(needed)
                                    .arg(width));
        }
    }
    // Row titles (the scoring grid's candidates) in the vertical header.
    const QHeaderView *rows = view->verticalHeader();
    if (rows->isVisible()) {
        const int rowMargin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, rows) * 2;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->headerData(row, Qt::Vertical).toString();
            const int needed = widestLine(rows->font(), linesOf(text)) + rowMargin;
            if (needed > rows->width())
                problems.append(QStringLiteral("%1 row title \"%2\": %3 px in %4 px")
                                    .arg(where, text)
                                    .arg(needed)
                                    .arg(rows->width()));
        }
    }
    return problems;
}

// The texts Qt Charts draws (title, axis labels, legend): none cut short with "..." and none outside the
// chart's card, the view it is drawn in.
QStringList cutChartTexts(const DashboardChart *card, const QString &where)
{
    QStringList problems;
    const QChartView *view = card->chartView();
    const QRectF cardRect = view->mapToScene(view->viewport()->rect()).boundingRect();
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto *textItem = dynamic_cast<const QGraphicsTextItem *>(item))
            text = textItem->toPlainText();
        else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else
            continue;
        if (text.isEmpty())
            continue;
        const QString name = QStringLiteral("%1 \"%2\" \"%3\"").arg(where, card->title(), text);
        if (text.endsWith(QStringLiteral("...")) || text.endsWith(QChar(0x2026)))
            problems.append(name + QStringLiteral(": cut short"));
        const QRectF bounds = item->sceneBoundingRect();
        // Half a pixel of rounding either side.
        if (!cardRect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(bounds))
            problems.append(name + QStringLiteral(": drawn outside its card"));
    }
    return problems;
}

// A page larger than its tab scrolls in the tab's scroll area (LazyPageHost): on a projector nobody
// scrolls the page to find the table's end or the gauge, so a page that needs it counts as cut.
QStringList notWhollyShown(QWidget *tabPage, const QString &where)
{
    QStringList problems;
    for (const QScrollArea *area : tabPage->findChildren<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (area->verticalScrollBar()->maximum() > 0)
            problems.append(
                QStringLiteral("%1: the page scrolls by %2 px").arg(where).arg(area->verticalScrollBar()->maximum()));
        if (area->horizontalScrollBar()->maximum() > 0)
            problems.append(QStringLiteral("%1: the page scrolls sideways by %2 px")
                                .arg(where)
                                .arg(area->horizontalScrollBar()->maximum()));
    }
    return problems;
}

} // namespace

void TestSessionMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessionmode"));
}

void TestSessionMode::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("test"));
    m_window->resize(1400, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSessionMode::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestSessionMode::isPerWindowAndNotRemembered()
{
    QVERIFY_OUTCOME(m_window->openDemo());
    auto *splitter = child<QSplitter>("mainSplitter");
    auto *tree = child<QTreeWidget>("promotionTreeWidget");
    const int sidebar = splitter->sizes().constFirst();
    QVERIFY(sidebar > 0);
    trigger("sessionModeAction");
    QVERIFY(m_window->isSessionMode());
    QCOMPARE(splitter->sizes().constFirst(), 0);
    // Another database, unrelated to the session: normal mode, the sidebar back, the action unchecked.
    QVERIFY_OUTCOME(m_window->openDatabase(m_dir->filePath(QStringLiteral("other.sqlite"))));
    QVERIFY(!m_window->isSessionMode());
    QVERIFY(!child<QAction>("sessionModeAction")->isChecked());
    QCOMPARE(splitter->sizes().constFirst(), sidebar);
    // An empty database opens on the welcome page; with its first promotion the sidebar shows again.
    QVERIFY(m_window->welcomePage()->isVisible());
    Promotion first;
    first.number = 15;
    first.year = 2026;
    first.envelope = Money::fromEuros(1000000);
    QVERIFY_OUTCOME(m_window->addPromotion(first));
    QVERIFY(!m_window->welcomePage()->isVisible());
    QVERIFY(!tree->visibleRegion().isEmpty());
    QCOMPARE(child<QTableView>("candidatesTableView")->font().pointSizeF(), QApplication::font().pointSizeF());

    // Quit in session mode, start again: normal mode, and the sidebar saved shown.
    trigger("sessionModeAction");
    QVERIFY(m_window->isSessionMode());
    QVERIFY(m_window->close());
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(!m_window->isSessionMode());
    QVERIFY(!child<QAction>("sessionModeAction")->isChecked());
    QVERIFY(child<QSplitter>("mainSplitter")->sizes().constFirst() > 0);
    QVERIFY(!QSettings().contains(QStringLiteral("view/sessionMode")));
}

void TestSessionMode::scalesTablesHeadersAndCharts()
{
    QVERIFY_OUTCOME(m_window->openDemo());
    QVERIFY(m_window->selectPromotion(14));
    auto *tabs = child<QTabWidget>("mainTabWidget");
    // Every page built, so that each follows the change.
    for (int index = tabs->count() - 1; index >= 0; --index)
        tabs->setCurrentIndex(index);
    const QList<QTableView *> tables = m_window->findChildren<QTableView *>();
    QVERIFY(tables.size() >= 6);
    const QList<DashboardChart *> charts = m_window->findChildren<DashboardChart *>();
    QVERIFY(charts.size() >= 6);
    QHash<QObject *, qreal> normal;
    for (QTableView *table : tables) {
        normal.insert(table, table->font().pointSizeF());
        normal.insert(table->horizontalHeader(), table->horizontalHeader()->font().pointSizeF());
    }
    for (DashboardChart *chart : charts) {
        normal.insert(chart, chart->chart()->titleFont().pointSizeF());
        normal.insert(chart->chart()->legend(), chart->chart()->legend()->font().pointSizeF());
        for (QAbstractAxis *axis : chart->chart()->axes())
            normal.insert(axis, axis->labelsFont().pointSizeF());
    }
    const SessionMode *mode = m_window->findChild<SessionMode *>();
    QVERIFY(mode);
    QCOMPARE(mode->scale(), 1.0);
    trigger("sessionModeAction");
    QCOMPARE(mode->scale(), SessionMode::projectorScale);
    const auto scaled = [&](QObject *object, qreal now) {
        const qreal expected = normal.value(object) * SessionMode::projectorScale;
        return qAbs(now - expected) < 0.6;
    };
    for (QTableView *table : tables) {
        QVERIFY2(scaled(table, table->font().pointSizeF()), qPrintable(table->objectName()));
        QVERIFY2(scaled(table->horizontalHeader(), table->horizontalHeader()->font().pointSizeF()),
                 qPrintable(table->objectName()));
    }
    for (DashboardChart *chart : charts) {
        QVERIFY2(scaled(chart, chart->chart()->titleFont().pointSizeF()), qPrintable(chart->title()));
        QVERIFY2(scaled(chart->chart()->legend(), chart->chart()->legend()->font().pointSizeF()),
                 qPrintable(chart->title()));
        for (QAbstractAxis *axis : chart->chart()->axes())
            QVERIFY2(scaled(axis, axis->labelsFont().pointSizeF()), qPrintable(chart->title()));
    }
    // And back, exactly.
    trigger("sessionModeAction");
    for (QTableView *table : tables)
        QCOMPARE(table->horizontalHeader()->font().pointSizeF(), normal.value(table->horizontalHeader()));
    for (DashboardChart *chart : charts)
        QCOMPARE(chart->chart()->titleFont().pointSizeF(), normal.value(chart));
}

void TestSessionMode::nothingElidedAt1280x720_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("session");
    // French too: its texts are longer ("Administration porteuse", "Décision proposée"), and it is the
    // committee's language.
    QTest::newRow("English, normal") << QStringLiteral("en") << false;
    QTest::newRow("English, session") << QStringLiteral("en") << true;
    QTest::newRow("French, normal") << QStringLiteral("fr") << false;
    QTest::newRow("French, session") << QStringLiteral("fr") << true;
}

void TestSessionMode::nothingElidedAt1280x720()
{
    QFETCH(QString, language);
    QFETCH(bool, session);
    // The translation the application embeds, installed as it does at start-up, before the window is built.
    useLanguage(language);
    QVERIFY_OUTCOME(m_window->openDemo());
    QVERIFY(m_window->selectPromotion(14));
    if (session)
        trigger("sessionModeAction");
    QCOMPARE(m_window->isSessionMode(), session);
    m_window->resize(1280, 720);
    auto *tabs = child<QTabWidget>("mainTabWidget");
    QTRY_COMPARE(m_window->size(), QSize(1280, 720));
    QStringList problems;
    QStringList walked;
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QWidget *page = tabs->currentWidget();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QString tab = tabs->tabText(index).remove(QLatin1Char('&'));
        walked.append(page->objectName());
        for (const QTableView *view : page->findChildren<QTableView *>()) {
            if (!view->isVisible() || view->visibleRegion().isEmpty())
                continue;
            problems += elidedCells(view, tab + QLatin1Char(' ') + view->objectName());
            // Every header at the projector's scale, the pages built after the toggle too.
            const QHeaderView *header = view->horizontalHeader();
            const qreal expected =
                QApplication::font(header).pointSizeF() * (session ? SessionMode::projectorScale : 1);
            if (qAbs(header->font().pointSizeF() - expected) > 0.01)
                problems.append(QStringLiteral("%1 %2 header: %3 pt, not %4 pt")
                                    .arg(tab, view->objectName())
                                    .arg(header->font().pointSizeF())
                                    .arg(expected));
        }
        for (const DashboardChart *chart : page->findChildren<DashboardChart *>()) {
            if (!chart->isVisible())
                continue;
            problems += cutChartTexts(chart, tab);
        }
        problems += notWhollyShown(page, tab);
        if (!qEnvironmentVariableIsEmpty("FAST_SESSION_SHOTS")) // to look at each tab: a directory
            m_window->grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                      .arg(qEnvironmentVariable("FAST_SESSION_SHOTS"), language)
                                      .arg(session ? QStringLiteral("session") : QStringLiteral("normal"))
                                      .arg(index));
    }
    QCOMPARE(walked, QStringList({QStringLiteral("candidatesPageWidget"), QStringLiteral("scoringTab"),
                                  QStringLiteral("rankingTab"), QStringLiteral("whatIfTab"),
                                  QStringLiteral("followUpTab"), QStringLiteral("dashboardTab")}));
    // Simulation: the envelope, the proposal and the whole gauge, legend included, together on screen.
    tabs->setCurrentWidget(child<QWidget>("whatIfTab"));
    QTest::qWait(50);
    for (const char *name : {"scenarioEnvelopeAmountField", "scenarioProposalTableView", "scenarioGaugeBar",
                             "gaugeConsumedLabel", "gaugeProposedLabel", "gaugeRemainingLabel", "gaugeEnvelopeLabel"}) {
        const QWidget *widget = child<QWidget>("whatIfTab")->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget && widget->isVisible(), name);
        if (widget->visibleRegion().boundingRect() != widget->rect())
            problems.append(QStringLiteral("Simulation %1: %2 of its %3 px high on screen")
                                .arg(QLatin1String(name))
                                .arg(widget->visibleRegion().boundingRect().height())
                                .arg(widget->height()));
    }
    // The past promotions (Promotion > History, Compare), dialogs of the window that follow its session mode.
    for (QDialog *dialog : {static_cast<QDialog *>(m_window->openHistoryDialog()),
                            static_cast<QDialog *>(m_window->openCompareDialog())}) {
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(50);
        for (const QTableView *view : dialog->findChildren<QTableView *>()) {
            if (view->isVisible() && !view->visibleRegion().isEmpty())
                problems += elidedCells(view, dialog->objectName() + QLatin1Char(' ') + view->objectName());
        }
        dialog->close();
    }
    // One line each: QTest cuts a long failure message.
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 texts cut, first: %2").arg(problems.size()).arg(problems.value(0))));
}

void TestSessionMode::useLanguage(const QString &language)
{
    // The translators LanguageSetting installed before (children of the application) remove themselves.
    qDeleteAll(qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QVERIFY(LanguageSetting::install(*qApp, language));
    delete m_window;
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("test"));
    m_window->resize(1400, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

QTEST_MAIN(TestSessionMode)
#include "tst_sessionmode.moc"
