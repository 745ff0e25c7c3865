#include "dashboard/DashboardChart.h"
#include "dashboard/DashboardView.h"
#include "dashboard/PaymentScheduleChart.h"
#include "dashboard/YearConsumptionChart.h"
#include "domain/Score.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"
#include "widgets/EmptyState.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QtTest>

#include <memory>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const auto outcome_ = (expression);                                                                            \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The dashboard fits its window: on the demo with its laureates' agreements signed and partly paid, in French
// and in English, at 1 280 × 720 (the projector) and 1 600 × 1 000, in normal and session mode, every chart
// card's title, legend entries (with their whole amounts) and axis labels are drawn whole and inside the
// card, the cards below the fold included; a chart with nothing to draw shows what it waits for instead of an
// empty frame; the year's figures are a grid whose amounts line up.
class TestDashboardFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyTextWholeInsideItsCard_data();
    void everyTextWholeInsideItsCard();
    void emptyChartsSayWhatTheyWaitFor();
    void yearFiguresLineUp_data();
    void yearFiguresLineUp();

private:
    // Installs the embedded translation of `language` ("fr" or "en") and opens the demo in a new window.
    void openDemoIn(const QString &language);
    // The demo's laureates sign and are paid, so that the year's AE and CP are drawn: FAST11's in 2022 (two
    // paid in full in 2023), FAST12's in 2023 (the first amended), FAST13's in 2023 (the first withdrawn).
    void signAgreements();
    DashboardView *showDashboard(QSize size, bool sessionMode);

    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// As drawn: rich text as plain text, and no-break spaces as spaces (QTextDocument's plain text has no
// no-break space).
QString plain(const QString &text)
{
    QString shown = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return shown.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x2028), QLatin1Char('\n'));
}

// The texts Qt Charts draws in the card's view, visible ones only, as plain text (a line break in rich
// text becomes "\n").
QStringList drawnTexts(const DashboardChart *card)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = card->chartView()->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        if (const auto *textItem = dynamic_cast<const QGraphicsTextItem *>(item))
            texts.append(plain(textItem->toPlainText()));
        else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            texts.append(plain(simple->text()));
    }
    return texts;
}

// Whether a label shows all of its text within its own rectangle.
bool labelShowsAll(const QLabel *label)
{
    const QRect contents = label->contentsRect();
    if (label->wordWrap()) {
        // Every word fits the width (a word never breaks) and every line the height.
        const QFontMetrics metrics(label->font());
        const QStringList words = plain(label->text()).split(QRegularExpression(QStringLiteral("[ \\n]")));
        for (const QString &word : words) {
            if (metrics.horizontalAdvance(word) > contents.width())
                return false;
        }
        return label->heightForWidth(label->width()) <= label->height();
    }
    return label->sizeHint().width() <= label->width() && label->sizeHint().height() <= label->height() + 1;
}

// Everything a card does not show whole or draws outside itself, one line each.
QStringList cardProblems(const DashboardChart *card, const QString &where)
{
    QStringList problems;
    const QString name = QStringLiteral("%1 [%2, %3 px, at least %4]")
                             .arg(where, card->objectName())
                             .arg(card->width())
                             .arg(card->minimumSizeHint().width());
    const QRect cardRect = card->rect();
    const QChartView *view = card->chartView();

    // A card with no figure shows what it waits for, not a frame with axes.
    if (!card->hasFigures() && view->isVisible() && !card->emptyState()->isVisible())
        problems.append(name + QStringLiteral(": an empty frame"));
    const bool chartShown = view->isVisible() && !card->emptyState()->isVisible();

    // Qt Charts' own texts: never cut short with "...", never outside the card.
    if (chartShown) {
        const QRectF viewRect = view->mapToScene(view->viewport()->rect()).boundingRect();
        const QRect viewInCard(view->mapTo(card, QPoint(0, 0)), view->size());
        const QList<QGraphicsItem *> items = view->scene()->items();
        QList<QPair<QString, QRectF>> placed;
        for (const QGraphicsItem *item : items) {
            if (!item->isVisible())
                continue;
            QString text;
            if (const auto *textItem = dynamic_cast<const QGraphicsTextItem *>(item))
                text = textItem->toPlainText();
            else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            if (text.isEmpty())
                continue;
            if (text.contains(QStringLiteral("...")))
                problems.append(QStringLiteral("%1 \"%2\": cut short").arg(name, text));
            if (!viewRect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(item->sceneBoundingRect()) ||
                !cardRect.contains(viewInCard))
                problems.append(QStringLiteral("%1 \"%2\": outside its card").arg(name, text));
            // No text drawn over another (a label left from earlier figures, labels too close).
            const QRectF bounds = item->sceneBoundingRect().adjusted(1, 1, -1, -1);
            for (const auto &[otherText, otherBounds] : std::as_const(placed)) {
                if (bounds.intersects(otherBounds))
                    problems.append(QStringLiteral("%1 \"%2\": over \"%3\"").arg(name, text, otherText));
            }
            placed.append({text, bounds});
        }
    }

    // The card's labels (title, legend, notes, figures): whole and inside the card.
    QStringList labelTexts;
    const QList<QLabel *> labels = card->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(card) || label->text().isEmpty())
            continue;
        const QString text = plain(label->text());
        labelTexts.append(text);
        if (!labelShowsAll(label))
            problems.append(
                QStringLiteral("%1 label \"%2\": cut (%3 × %4 px, needs %5 × %6)")
                    .arg(name, text)
                    .arg(label->width())
                    .arg(label->height())
                    .arg(label->sizeHint().width())
                    .arg(label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height()));
        const QRect inCard(label->mapTo(card, QPoint(0, 0)), label->size());
        if (!cardRect.contains(inCard))
            problems.append(QStringLiteral("%1 label \"%2\": outside its card").arg(name, text));
    }

    // What must be read: the title, every legend entry with its whole amount, every axis label, each
    // shown in full either by Qt Charts or by a label of the card.
    const QStringList drawn = drawnTexts(card);
    const auto shownWhole = [&](const QString &expected) {
        const QString wanted = plain(expected);
        return drawn.contains(wanted) || labelTexts.contains(wanted);
    };
    if (!shownWhole(card->title()))
        problems.append(QStringLiteral("%1 title \"%2\": not shown whole").arg(name, card->title()));
    if (!chartShown)
        return problems;
    // Every marker of the chart's legend, whoever draws it (Qt Charts' markers report themselves hidden
    // when its legend is).
    const QList<QLegendMarker *> markers = card->chart()->legend()->markers();
    int legendEntries = 0;
    for (const QLegendMarker *marker : markers) {
        if (!card->showsLegend())
            break;
        ++legendEntries;
        if (!shownWhole(marker->label()))
            problems.append(QStringLiteral("%1 legend \"%2\": not shown whole").arg(name, marker->label()));
    }
    // Only the carriers' bars, one series named by the title, go without a legend.
    if (legendEntries == 0 && card->objectName() != QLatin1String("carrierChart"))
        problems.append(name + QStringLiteral(": no legend"));
    const QList<QAbstractAxis *> axes = card->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        QStringList expected;
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            expected = categories->categories();
        else if (auto *money = qobject_cast<QCategoryAxis *>(axis))
            expected = money->categoriesLabels();
        for (const QString &label : std::as_const(expected)) {
            if (!shownWhole(label))
                problems.append(QStringLiteral("%1 axis label \"%2\": not shown whole").arg(name, plain(label)));
        }
    }
    return problems;
}

} // namespace

void TestDashboardFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardfit"));
    QSettings().clear();
}

void TestDashboardFit::cleanup()
{
    m_window.reset();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QLocale::setDefault(QLocale::c());
}

void TestDashboardFit::openDemoIn(const QString &language)
{
    // As LanguageSetting installs it at start, but removable between rows.
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/fast-committee_%1.qm").arg(language)));
    QCoreApplication::installTranslator(m_translator.get());
    const bool english = language == QLatin1String("en");
    Score::setDisplayDecimalMark(english ? QLatin1Char('.') : QLatin1Char(','));
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale(QLocale::French, QLocale::France));
    m_window = std::make_unique<MainWindow>();
    m_window->setOperatorName(QStringLiteral("test"));
    QVERIFY_OUTCOME(m_window->openDemo());
}

void TestDashboardFit::signAgreements()
{
    CommitteeStore &store = *m_window->session()->store();
    FollowUpStore &followUp = *m_window->session()->followUp();
    for (const int promotion : {11, 12, 13}) {
        QList<Candidate> laureates;
        for (const Candidate &candidate : store.candidates(promotion).value()) {
            if (candidate.decision == Decision::Laureate)
                laureates.append(candidate);
        }
        std::sort(laureates.begin(), laureates.end(),
                  [](const Candidate &left, const Candidate &right) { return left.name < right.name; });
        for (qsizetype index = 0; index < laureates.size(); ++index) {
            const qint64 id = laureates.at(index).id;
            if (promotion == 11) {
                QVERIFY_OUTCOME(followUp.sign(id, QDate(2022, 9, 1), QString()));
                QVERIFY_OUTCOME(followUp.markPaid(id, 1, QDate(2022, 9, 15)));
                if (index < 2)
                    QVERIFY_OUTCOME(followUp.markPaid(id, 2, QDate(2023, 1, 20)));
            } else if (promotion == 12) {
                const std::optional<Money> amended =
                    index == 0 ? std::optional<Money>(laureates.at(index).granted - Money::fromEuros(50000))
                               : std::nullopt;
                QVERIFY_OUTCOME(
                    followUp.sign(id, QDate(2023, 3, 1), QString(), amended, QStringLiteral("budget revu")));
                QVERIFY_OUTCOME(followUp.markPaid(id, 1, QDate(2023, 3, 20)));
            } else {
                QVERIFY_OUTCOME(followUp.sign(id, QDate(2023, 10, 1), QString()));
                if (index == 0)
                    QVERIFY_OUTCOME(followUp.withdraw(id, QDate(2023, 11, 1), QStringLiteral("abandon")));
                else if (index % 2 == 1)
                    QVERIFY_OUTCOME(followUp.markPaid(id, 1, QDate(2023, 10, 20)));
            }
        }
    }
}

DashboardView *TestDashboardFit::showDashboard(QSize size, bool sessionMode)
{
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->setSessionMode(sessionMode);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("dashboardTab")));
    QTest::qWait(100);
    return m_window->findChild<DashboardView *>(QStringLiteral("dashboardView"));
}

void TestDashboardFit::everyTextWholeInsideItsCard_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("sessionMode");
    QTest::addColumn<int>("promotion");
    QTest::addColumn<bool>("wholeYear");
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        for (const QSize size : {QSize(1280, 720), QSize(1600, 1000)}) {
            for (const bool session : {false, true}) {
                const QString row = QStringLiteral("%1 %2x%3 %4")
                                        .arg(language)
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(session ? QStringLiteral("session") : QStringLiteral("normal"));
                // FAST14: open, nothing decided; FAST13's year: every chart full, both kinds in the donut.
                QTest::newRow(qPrintable(row + QStringLiteral(" FAST14")))
                    << language << size << session << 14 << false;
                QTest::newRow(qPrintable(row + QStringLiteral(" 2023"))) << language << size << session << 13 << true;
            }
        }
    }
}

void TestDashboardFit::everyTextWholeInsideItsCard()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, sessionMode);
    QFETCH(int, promotion);
    QFETCH(bool, wholeYear);
    openDemoIn(language);
    signAgreements();
    QVERIFY(m_window->selectPromotion(promotion));
    DashboardView *view = showDashboard(size, sessionMode);
    QVERIFY(view);
    view->setPromotion(promotion);
    view->setBreakdownScope(wholeYear ? DashboardView::BreakdownScope::Year : DashboardView::BreakdownScope::Promotion);
    QTRY_COMPARE(m_window->size(), size);
    QCOMPARE(view->promotionNumber(), promotion);
    auto *scroll = view->findChild<QScrollArea *>(QStringLiteral("dashboardScrollArea"));
    QVERIFY(scroll);
    // Old axes are deleted later: the event loop runs, as in the window, before anything is measured.
    QTest::qWait(50);

    QStringList problems;
    // Nothing is cut at the right: the cards fit the width, only the height scrolls.
    if (scroll->widget()->width() > scroll->viewport()->width())
        problems.append(QStringLiteral("the cards are %1 px wide in %2 px")
                            .arg(scroll->widget()->width())
                            .arg(scroll->viewport()->width()));
    const QList<DashboardChart *> cards = view->findChildren<DashboardChart *>();
    QCOMPARE(cards.size(), 7);
    int belowTheFold = 0;
    for (DashboardChart *card : cards) {
        // Each card scrolled to, as a reader would, those below the fold too.
        const QRect inViewport(card->mapTo(scroll->viewport(), QPoint(0, 0)), card->size());
        if (!scroll->viewport()->rect().contains(inViewport))
            ++belowTheFold;
        scroll->ensureWidgetVisible(card, 0, 0);
        QCoreApplication::processEvents();
        QVERIFY(
            scroll->viewport()->rect().intersects(QRect(card->mapTo(scroll->viewport(), QPoint(0, 0)), card->size())));
        problems += cardProblems(card, QString::fromLatin1(QTest::currentDataTag()));
        // The card lies within the scrolled content, which the scroll bar reaches to its end.
        const QRect inContent(card->mapTo(scroll->widget(), QPoint(0, 0)), card->size());
        if (!scroll->widget()->rect().contains(inContent))
            problems.append(QStringLiteral("%1: outside the dashboard's content").arg(card->objectName()));
    }
    // The indicator's year grid under its card: every figure whole, inside the dashboard's width.
    auto *years = view->findChild<QWidget *>(QStringLiteral("indicatorTargetEditor"));
    QVERIFY(years);
    scroll->ensureWidgetVisible(years, 0, 0);
    for (const QLabel *label : years->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(years) || label->text().isEmpty())
            continue;
        const QRect inContent(label->mapTo(scroll->widget(), QPoint(0, 0)), label->size());
        if (!labelShowsAll(label) || inContent.right() > scroll->viewport()->width())
            problems.append(QStringLiteral("year grid \"%1\": cut").arg(label->text()));
    }
    // FAST_FIT_SHOTS=DIR keeps the whole dashboard of each row, below the fold included, and the window scrolled
    // to the year's AE and CP, to look at.
    if (const QString shots = qEnvironmentVariable("FAST_FIT_SHOTS"); !shots.isEmpty()) {
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-window.png").arg(shots, name)));
        QVERIFY(scroll->widget()->grab().save(QStringLiteral("%1/%2-content.png").arg(shots, name)));
        // The year's AE and CP as the room sees them once scrolled to.
        scroll->ensureWidgetVisible(view->paymentScheduleChart(), 0, 0);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-schedule.png").arg(shots, name)));
    }
    QCOMPARE(scroll->verticalScrollBar()->maximum(),
             std::max(0, scroll->widget()->height() - scroll->viewport()->height()));
    // At 1 280 × 720 the dashboard scrolls: the walk above did look below the fold.
    if (size.height() == 720)
        QVERIFY(belowTheFold > 0);
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, first: %2").arg(problems.size()).arg(problems.value(0))));
}

void TestDashboardFit::emptyChartsSayWhatTheyWaitFor()
{
    openDemoIn(QStringLiteral("fr"));
    // A new promotion in a new year: no candidate, nothing granted, no budget.
    Promotion fresh;
    fresh.number = 15;
    fresh.year = 2027;
    fresh.envelope = Money::fromEuros(1000000);
    QVERIFY_OUTCOME(m_window->addPromotion(fresh));
    QVERIFY(m_window->selectPromotion(15));
    DashboardView *view = showDashboard(QSize(1280, 720), true);
    QVERIFY(view);
    view->setPromotion(15);
    QCoreApplication::processEvents();
    QStringList empty;
    for (const DashboardChart *card : view->findChildren<DashboardChart *>()) {
        if (!card->hasFigures()) {
            empty.append(card->objectName());
            QVERIFY2(card->emptyState()->isVisible(), qPrintable(card->objectName()));
            QVERIFY(!card->emptyState()->message().isEmpty());
            // The sentence is as large as the card's text, session mode's included.
            const auto *message = card->emptyState()->findChild<QLabel *>(QStringLiteral("emptyStateMessageLabel"));
            QVERIFY(message);
            QCOMPARE(message->font().pointSizeF(), card->font().pointSizeF());
            QVERIFY(card->font().pointSizeF() > QApplication::font().pointSizeF());
        } else {
            QVERIFY2(!card->emptyState()->isVisible(), qPrintable(card->objectName()));
        }
    }
    // FAST15's carriers and kinds have nothing granted, and no agreement is signed; its envelope and its year
    // have figures.
    empty.sort();
    QCOMPARE(empty, (QStringList{QStringLiteral("carrierChart"), QStringLiteral("kindChart"),
                                 QStringLiteral("paymentScheduleChart")}));
}

void TestDashboardFit::yearFiguresLineUp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("sessionMode");
    QTest::newRow("en normal") << QStringLiteral("en") << false;
    QTest::newRow("fr session") << QStringLiteral("fr") << true;
}

void TestDashboardFit::yearFiguresLineUp()
{
    QFETCH(QString, language);
    QFETCH(bool, sessionMode);
    // FAST13's year, 2023: FAST12 and FAST13, the demo's budget of 4 500 000 €. The names in the language
    // installed (English until the translation has them).
    const auto translated = [](const char *source) {
        return QCoreApplication::translate("YearConsumptionChart", source);
    };
    const QStringList amounts{Money::fromEuros(4050000).toString(), Money::fromEuros(3400000).toString(),
                              Money::fromEuros(4500000).toString(), Money::fromEuros(450000).toString()};
    QCOMPARE(amounts.at(3), QStringLiteral("450\u00A0000\u00A0€"));
    openDemoIn(language);
    const QStringList names{translated("Envelopes"), translated("Granted"), translated("Annual budget"),
                            translated("Not allocated")};
    DashboardView *view = showDashboard(QSize(1280, 720), sessionMode);
    QVERIFY(view);
    view->setPromotion(13);
    QCoreApplication::processEvents();
    YearConsumptionChart *chart = view->yearConsumptionChart();
    auto *grid = chart->findChild<QWidget *>(QStringLiteral("yearFiguresGrid"));
    QVERIFY2(grid, "the year's figures are not a grid");
    QVERIFY(grid->isVisible());
    auto *layout = qobject_cast<QGridLayout *>(grid->layout());
    QVERIFY(layout);
    QCOMPARE(layout->rowCount(), names.size());
    int amountsRight = -1;
    for (int row = 0; row < names.size(); ++row) {
        auto *name = qobject_cast<QLabel *>(layout->itemAtPosition(row, 0)->widget());
        auto *amount = qobject_cast<QLabel *>(layout->itemAtPosition(row, 1)->widget());
        QVERIFY(name && amount);
        QCOMPARE(name->text(), names.at(row));
        QCOMPARE(amount->text(), amounts.at(row));
        // One line each, the amounts' right edges in one column.
        QVERIFY(!name->wordWrap() && !amount->wordWrap());
        QVERIFY2(labelShowsAll(name) && labelShowsAll(amount), qPrintable(name->text()));
        const int right = amount->mapTo(chart, QPoint(amount->width(), 0)).x();
        QVERIFY(amount->alignment() & Qt::AlignRight);
        if (amountsRight >= 0)
            QCOMPARE(right, amountsRight);
        amountsRight = right;
        QVERIFY(chart->rect().contains(QRect(amount->mapTo(chart, QPoint(0, 0)), amount->size())));
    }
}

QTEST_MAIN(TestDashboardFit)
#include "tst_dashboardfit.moc"
