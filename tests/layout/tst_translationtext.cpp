#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The translations as the users read them, checked on the .ts files themselves: every message translated
// in both languages, the same placeholders on both sides (a lost %2 shows a wrong amount, an extra one
// shows "%2"), plurals through Qt's plural forms rather than "(s)", and one typographic convention for
// French (’ for the apostrophe, « » with no-break spaces for quotes), so that a screen never mixes two.
class TranslationTextTest : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void placeholdersMatchTheSource_data();
    void placeholdersMatchTheSource();
    void frenchUsesOneTypographicConvention();
    void pluralsUseQtPluralForms();

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        bool finished = true;
        QStringList translations; // one, or one per plural form
    };
    static QList<Message> messages(const QString &language);
    static void addLanguageRows();
    static QString where(const Message &message) { return message.context + QStringLiteral(" | ") + message.source; }
    static QSet<QString> placeholders(const QString &text);
    static void expectNone(const QStringList &offenders);
};

QList<TranslationTextTest::Message> TranslationTextTest::messages(const QString &language)
{
    const QString path = QStringLiteral(FAST_SOURCE_DIR "/translations/fast-committee_%1.ts").arg(language);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> found;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                found.append(message);
            }
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
            // The message is complete once its translation element closes; the forms come in order.
            if (message.translations.size() == 2)
                found.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return found;
}

void TranslationTextTest::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

QSet<QString> TranslationTextTest::placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

void TranslationTextTest::expectNone(const QStringList &offenders)
{
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("\n") + offenders.join(QLatin1Char('\n'))));
}

void TranslationTextTest::everyMessageIsTranslated_data()
{
    addLanguageRows();
}

void TranslationTextTest::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const QList<Message> all = messages(language);
    QVERIFY(all.size() > 500);
    QStringList unfinished;
    for (const Message &message : all) {
        if (!message.finished || message.translations.join(QString()).trimmed().isEmpty())
            unfinished.append(where(message));
    }
    expectNone(unfinished);
}

void TranslationTextTest::placeholdersMatchTheSource_data()
{
    addLanguageRows();
}

void TranslationTextTest::placeholdersMatchTheSource()
{
    QFETCH(QString, language);
    QStringList mismatched;
    for (const Message &message : messages(language)) {
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            QSet<QString> actual = placeholders(translation);
            // A singular form may spell the count out ("un candidat") instead of %n.
            if (message.numerus && translation == message.translations.first())
                actual.insert(QStringLiteral("%n"));
            if (actual != expected && !(message.numerus && (actual - QSet<QString>{QStringLiteral("%n")}) ==
                                                               (expected - QSet<QString>{QStringLiteral("%n")})))
                mismatched.append(where(message) + QStringLiteral(" -> ") + translation);
        }
    }
    expectNone(mismatched);
}

void TranslationTextTest::frenchUsesOneTypographicConvention()
{
    const QChar noBreakSpace(0x00A0);
    QStringList offenders;
    for (const Message &message : messages(QStringLiteral("fr"))) {
        for (const QString &translation : message.translations) {
            // The quotes of an HTML attribute (<a href="guide">) are markup, never shown: only the text counts.
            static const QRegularExpression tag(QStringLiteral("<[^<>]*>"));
            const QString text = QString(translation).remove(tag);
            QStringList problems;
            if (text.contains(QLatin1Char('\'')))
                problems.append(QStringLiteral("straight apostrophe, use ’"));
            if (text.contains(QLatin1Char('"')) || text.contains(QChar(0x201C)) || text.contains(QChar(0x201D)))
                problems.append(QStringLiteral("English quotes, use « »"));
            for (qsizetype i = text.indexOf(QChar(0x00AB)); i >= 0; i = text.indexOf(QChar(0x00AB), i + 1)) {
                if (i + 1 >= text.size() || text.at(i + 1) != noBreakSpace)
                    problems.append(QStringLiteral("« not followed by a no-break space"));
            }
            for (qsizetype i = text.indexOf(QChar(0x00BB)); i >= 0; i = text.indexOf(QChar(0x00BB), i + 1)) {
                if (i == 0 || text.at(i - 1) != noBreakSpace)
                    problems.append(QStringLiteral("» not preceded by a no-break space"));
            }
            if (!problems.isEmpty())
                offenders.append(where(message) + QStringLiteral(" -> ") + translation + QStringLiteral(" [") +
                                 problems.join(QStringLiteral(", ")) + QLatin1Char(']'));
        }
    }
    expectNone(offenders);
}

void TranslationTextTest::pluralsUseQtPluralForms()
{
    QStringList offenders;
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        for (const Message &message : messages(language)) {
            if (message.source.contains(QStringLiteral("(s)")) && !message.numerus)
                offenders.append(language + QStringLiteral(": ") + where(message));
            for (const QString &text : message.translations) {
                if (text.contains(QStringLiteral("(s)")))
                    offenders.append(language + QStringLiteral(": ") + where(message) + QStringLiteral(" -> ") + text);
            }
        }
    }
    expectNone(offenders);
}

QTEST_APPLESS_MAIN(TranslationTextTest)
#include "tst_translationtext.moc"
