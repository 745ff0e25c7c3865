#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The layout rules of style.md, checked on the source tree itself so that a change that breaks one fails
// here rather than in a reviewer's reading: files that outgrow one idea, a core that reaches up into the
// window, a widget that runs SQL, a colour typed outside the palette, a store that reads the wall clock.
class SourceLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void noFileOverFiveHundredLines();
    void coreNeverIncludesTheWindow();
    void domainUsesQtCoreOnly();
    void widgetsRunNoSql();
    void storageTakesTheTimeFromItsClock();
    void coloursAreNamedInThePaletteOnly();

private:
    struct SourceFile
    {
        QString relativePath;
        QStringList lines;
    };
    static QList<SourceFile> sources(const QString &folder);
    // "path:line: text" for each line of the files under folder that matches pattern.
    // Fails listing every offender, one per line, so that the message says what to fix and where.
    static void expectNone(const QStringList &offenders);
    static QStringList matchingLines(const QString &folder, const QRegularExpression &pattern,
                                     const QStringList &exemptPaths = {});
};

QList<SourceLayoutTest::SourceFile> SourceLayoutTest::sources(const QString &folder)
{
    const QString root = QStringLiteral(FAST_SOURCE_DIR);
    QList<SourceFile> files;
    QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QString text = QString::fromUtf8(file.readAll());
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        files.append({path.mid(root.size() + 1), text.split(QLatin1Char('\n'))});
    }
    std::sort(files.begin(), files.end(),
              [](const SourceFile &a, const SourceFile &b) { return a.relativePath < b.relativePath; });
    return files;
}

QStringList SourceLayoutTest::matchingLines(const QString &folder, const QRegularExpression &pattern,
                                            const QStringList &exemptPaths)
{
    QStringList found;
    for (const SourceFile &file : sources(folder)) {
        if (exemptPaths.contains(file.relativePath))
            continue;
        for (int i = 0; i < file.lines.size(); ++i) {
            if (pattern.match(file.lines.at(i)).hasMatch())
                found.append(
                    QStringLiteral("%1:%2: %3").arg(file.relativePath).arg(i + 1).arg(file.lines.at(i).trimmed()));
        }
    }
    return found;
}

void SourceLayoutTest::expectNone(const QStringList &offenders)
{
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("\n") + offenders.join(QLatin1Char('\n'))));
}

void SourceLayoutTest::noFileOverFiveHundredLines()
{
    QStringList tooLong;
    int counted = 0;
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("ui")}) {
        for (const SourceFile &file : sources(folder)) {
            ++counted;
            if (file.lines.size() > 500)
                tooLong.append(QStringLiteral("%1: %2 lines").arg(file.relativePath).arg(file.lines.size()));
        }
    }
    QVERIFY2(counted > 300, qPrintable(QStringLiteral("only %1 files found under app/ and ui/").arg(counted)));
    expectNone(tooLong);
}

void SourceLayoutTest::coreNeverIncludesTheWindow()
{
    // app/main.cpp is the executable, which links both and chooses; the core library is everything else.
    const QRegularExpression windowInclude(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](shell|candidates|scoring|ranking|whatif|dashboard|history|)"
        R"(commands|widgets|ui)/|^\s*#\s*include\s*<(QtWidgets|QtCharts|QWidget|QApplication|QMainWindow|QDialog)\b)"));
    expectNone(matchingLines(QStringLiteral("app"), windowInclude, {QStringLiteral("app/main.cpp")}));
}

void SourceLayoutTest::domainUsesQtCoreOnly()
{
    const QRegularExpression otherModule(QStringLiteral(
        R"(^\s*#\s*include\s*<(QSql|QtSql|QtGui|QPdfWriter|QPainter|QImage|QColor|QFont|QTextDocument)\b)"));
    expectNone(matchingLines(QStringLiteral("app/domain"), otherModule));
}

void SourceLayoutTest::widgetsRunNoSql()
{
    const QRegularExpression sql(QStringLiteral(R"(#\s*include\s*<(QSql|QtSql)|\bQSql(Query|Database)\b)"));
    expectNone(matchingLines(QStringLiteral("ui"), sql));
}

void SourceLayoutTest::storageTakesTheTimeFromItsClock()
{
    const QRegularExpression wallClock(
        QStringLiteral(R"(\bQDate(Time)?::current|\bstd::chrono::system_clock\b|\btime\(nullptr\))"));
    // SystemClock is the clock: the one place that reads the time of day.
    expectNone(
        matchingLines(QStringLiteral("app/storage"), wallClock, {QStringLiteral("app/storage/SystemClock.cpp")}));
}

void SourceLayoutTest::coloursAreNamedInThePaletteOnly()
{
    const QRegularExpression colourLiteral(QStringLiteral(
        R"(#[0-9A-Fa-f]{6}\b|\bQColor\(\s*(0x)?[0-9A-Fa-f]+\s*,|\bqRgba?\(|Qt::(red|green|blue|darkRed|darkGreen|yellow|gray|darkGray|lightGray)\b)"));
    expectNone(matchingLines(QStringLiteral("ui"), colourLiteral,
                             {QStringLiteral("ui/widgets/Palette.h"), QStringLiteral("ui/widgets/ChartPalette.h")}));
}

QTEST_GUILESS_MAIN(SourceLayoutTest)
#include "tst_sourcelayout.moc"
