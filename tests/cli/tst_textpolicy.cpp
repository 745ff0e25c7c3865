#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

// The text policy (rules.md, "Names and free text") through the real executable, as testers met its
// absence: an operator name or a name with a line break forged lines in `audit` and `candidates`, a blank
// operator was recorded blank, without USER the operator was "unknown", member names had no limit, and
// invisible or bidirectional characters passed. Each refusal's first stderr line is the reason, and the
// database is unchanged.
class TestTextPolicy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badOperatorOptionRefused_data();
    void badOperatorOptionRefused();
    void badOperatorFromEnvironmentRefused();
    void badOperatorFromPreferencesRefused();
    void systemUserWhenNothingIsSet();
    void operatorStoredNormalised();
    void memberNamesChecked_data();
    void memberNamesChecked();
    void candidateCsvNamesChecked_data();
    void candidateCsvNamesChecked();
    void oldRowsCannotForgeOrHide();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    // Runs fast-committee on the test's database, with a settings folder of its own (no preference
    // stored unless the test writes one) and the given environment.
    Run run(const QStringList &arguments, const QStringList &environment = {}) const;
    QJsonArray audit() const;
    QString settingsFile() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

TestTextPolicy::Run TestTextPolicy::run(const QStringList &arguments, const QStringList &environment) const
{
    const TestSupport::ProcessResult result = TestSupport::runCommittee(
        QStringList{QStringLiteral("--db"), m_database} + arguments,
        QStringList{QString(QStringLiteral("XDG_CONFIG_HOME=") + m_dir->filePath(QStringLiteral("config")))} +
            environment);
    return {result.exitCode, QString::fromUtf8(result.standardOutput), QString::fromUtf8(result.standardError)};
}

QJsonArray TestTextPolicy::audit() const
{
    const Run listed = run(
        {QStringLiteral("--operator"), QStringLiteral("Lecteur"), QStringLiteral("audit"), QStringLiteral("--json")});
    if (listed.exitCode != 0)
        qWarning("%s", qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

QString TestTextPolicy::settingsFile() const
{
    // Where QSettings() of the organisation "DINUM" and the application "fast-committee" reads on Unix.
    return m_dir->filePath(QStringLiteral("config/DINUM/fast-committee.conf"));
}

void TestTextPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    const Run added = run({QStringLiteral("--operator"), QStringLiteral("Secrétariat"), QStringLiteral("promotion"),
                           QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                           QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestTextPolicy::badOperatorOptionRefused_data()
{
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("message");
    QTest::newRow("line break") << QStringLiteral("a\nb")
                                << QStringLiteral("Operator name (--operator): character 2 is U+000A (line feed), "
                                                  "which is not allowed in a name.");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("Operator name (--operator) is empty.");
    QTest::newRow("empty") << QString() << QStringLiteral("Operator name (--operator) is empty.");
    QTest::newRow("zero-width only") << QStringLiteral("\u200B")
                                     << QStringLiteral("Operator name (--operator): character 1 is U+200B (zero-width "
                                                       "space), which is not allowed in a name.");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Paul\u202Etnarud")
        << QStringLiteral("Operator name (--operator): character 5 is U+202E (right-to-left override), which is not "
                          "allowed in a name.");
    QTest::newRow("201 characters") << QString(201, QLatin1Char('o'))
                                    << QStringLiteral("Operator name (--operator) is 201 characters long; at most 200 "
                                                      "are allowed.");
}

void TestTextPolicy::badOperatorOptionRefused()
{
    QFETCH(QString, operatorName);
    QFETCH(QString, message);
    const QByteArray before = TestSupport::readFile(m_database);
    const Run closed =
        run({QStringLiteral("--operator"), operatorName, QStringLiteral("promotion"), QStringLiteral("close"),
             QStringLiteral("13"), QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")});
    QCOMPARE(closed.exitCode, 2);
    QCOMPARE(closed.out, QString());
    QCOMPARE(closed.err, message + QLatin1Char('\n'));
    QCOMPARE(TestSupport::readFile(m_database), before);
    // The = form too.
    const Run equals = run({QStringLiteral("--operator=") + operatorName, QStringLiteral("summary")});
    QCOMPARE(equals.exitCode, 2);
    QCOMPARE(equals.err, message + QLatin1Char('\n'));
}

void TestTextPolicy::badOperatorFromEnvironmentRefused()
{
    const Run blank = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                           QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")},
                          {QStringLiteral("FAST_COMMITTEE_OPERATOR=   ")});
    QCOMPARE(blank.exitCode, 2);
    QCOMPARE(blank.err, QStringLiteral("Operator name ($FAST_COMMITTEE_OPERATOR) is empty. Give another one with "
                                       "--operator NAME.\n"));
    const Run forged = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                            QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")},
                           {QStringLiteral("FAST_COMMITTEE_OPERATOR=Claire\n2026-01-01T00:00:00Z Paul")});
    QCOMPARE(forged.exitCode, 2);
    QCOMPARE(forged.err, QStringLiteral("Operator name ($FAST_COMMITTEE_OPERATOR): character 7 is U+000A (line "
                                        "feed), which is not allowed in a name. Give another one with --operator "
                                        "NAME.\n"));
    // --operator overrides a bad environment for one run.
    QCOMPARE(run({QStringLiteral("--operator"), QStringLiteral("Claire"), QStringLiteral("promotion"),
                  QStringLiteral("close"), QStringLiteral("13"), QStringLiteral("--committee-date"),
                  QStringLiteral("2023-06-15")},
                 {QStringLiteral("FAST_COMMITTEE_OPERATOR=   ")})
                 .exitCode,
             0);
    QCOMPARE(audit().at(0).toObject().value(QStringLiteral("operator")).toString(), QStringLiteral("Claire"));
}

void TestTextPolicy::badOperatorFromPreferencesRefused()
{
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("operatorName"), QStringLiteral("Al\u200Bice"));
    }
    const Run refused = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                             QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")},
                            {QStringLiteral("FAST_COMMITTEE_OPERATOR=")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err,
             QStringLiteral("Operator name (preferences, %1): character 3 is U+200B (zero-width space), which is not "
                            "allowed in a name. Give another one with --operator NAME.\n")
                 .arg(settingsFile()));
    QCOMPARE(audit().size(), 1);

    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("operatorName"), QStringLiteral("  Alice Martin "));
    }
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                  QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")},
                 {QStringLiteral("FAST_COMMITTEE_OPERATOR=")})
                 .exitCode,
             0);
    QCOMPARE(audit().at(0).toObject().value(QStringLiteral("operator")).toString(), QStringLiteral("Alice Martin"));
}

void TestTextPolicy::systemUserWhenNothingIsSet()
{
    const passwd *entry = getpwuid(geteuid());
    QVERIFY(entry);
    const QString systemUser = QString::fromLocal8Bit(entry->pw_name);
    QVERIFY(!systemUser.isEmpty());

    // Neither USER nor USERNAME nor FAST_COMMITTEE_OPERATOR, as under cron or `env -i`.
    const QByteArray user = qgetenv("USER");
    const QByteArray userName = qgetenv("USERNAME");
    const QByteArray operatorName = qgetenv("FAST_COMMITTEE_OPERATOR");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    qunsetenv("FAST_COMMITTEE_OPERATOR");
    const Run closed = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                            QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")});
    if (!user.isNull())
        qputenv("USER", user);
    if (!userName.isNull())
        qputenv("USERNAME", userName);
    if (!operatorName.isNull())
        qputenv("FAST_COMMITTEE_OPERATOR", operatorName);
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));

    const QJsonObject close = audit().at(0).toObject();
    QCOMPARE(close.value(QStringLiteral("action")).toString(), QStringLiteral("promotion.close"));
    QCOMPARE(close.value(QStringLiteral("operator")).toString(), systemUser);

    // A wrong USER does not change who the system says is running.
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("reopen"), QStringLiteral("13"),
                  QStringLiteral("--reason"), QStringLiteral("Recours")},
                 {QStringLiteral("USER=somebody-else"), QStringLiteral("FAST_COMMITTEE_OPERATOR=")})
                 .exitCode,
             0);
    QCOMPARE(audit().at(0).toObject().value(QStringLiteral("operator")).toString(), systemUser);
}

void TestTextPolicy::operatorStoredNormalised()
{
    QCOMPARE(run({QStringLiteral("--operator"), QStringLiteral("\u00A0 Ce\u0301line  "), QStringLiteral("promotion"),
                  QStringLiteral("close"), QStringLiteral("13"), QStringLiteral("--committee-date"),
                  QStringLiteral("2023-06-15")})
                 .exitCode,
             0);
    QCOMPARE(audit().at(0).toObject().value(QStringLiteral("operator")).toString(), QStringLiteral("C\u00E9line"));
}

void TestTextPolicy::memberNamesChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("201 characters") << QString(201, QLatin1Char('m'))
                                    << QStringLiteral("Committee member name is 201 characters long; at most 200 are "
                                                      "allowed.");
    QTest::newRow("zero-width space") << QStringLiteral("Al\u200Bpha")
                                      << QStringLiteral("Committee member name: character 3 is U+200B (zero-width "
                                                        "space), which is not allowed in a name.");
    QTest::newRow("line break") << QStringLiteral("Alpha\n2026-01-01T00:00:00Z\tPaul")
                                << QStringLiteral("Committee member name: character 6 is U+000A (line feed), which is "
                                                  "not allowed in a name.");
    QTest::newRow("zero-width only") << QStringLiteral("\u200B\u200C")
                                     << QStringLiteral("Committee member name: character 1 is U+200B (zero-width "
                                                       "space), which is not allowed in a name.");
}

void TestTextPolicy::memberNamesChecked()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QStringList add{QStringLiteral("--operator"), QStringLiteral("Secrétariat"), QStringLiteral("members"),
                          QStringLiteral("add"),        QStringLiteral("--promotion"), QStringLiteral("13")};
    const Run refused = run(add + QStringList{QStringLiteral("Alpha"), name});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err, message + QLatin1Char('\n'));
    QCOMPARE(audit().size(), 1); // nothing written, not even Alpha

    // 200 characters, and a name typed decomposed, are stored (NFC, trimmed).
    const Run added = run(add + QStringList{QString(200, QLatin1Char('m')), QStringLiteral(" E\u0301lise ")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run listed = run({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--promotion"),
                            QStringLiteral("13"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array(),
             QJsonArray({QString(200, QLatin1Char('m')), QStringLiteral("\u00C9lise")}));
}

void TestTextPolicy::candidateCsvNamesChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Projet\u202Egpj.exe")
        << QStringList{QStringLiteral("projet: Project name: character 7 is U+202E (right-to-left override), which is "
                                      "not allowed in a name.")};
    // Beside "Alpha": refused for its character, and said to be the same name, so that removing the
    // character is not the end of the story.
    QTest::newRow("zero-width space beside Alpha")
        << QStringLiteral("Al\u200Bpha")
        << QStringList{QStringLiteral("projet: Project name: character 3 is U+200B (zero-width space), which is not "
                                      "allowed in a name."),
                       QStringLiteral("projet: \"Al\u200Bpha\" is already on line 2 (names are compared without case "
                                      "or accents)")};
    QTest::newRow("line break in quotes")
        << QStringLiteral("\"Alpha\nBeta\"")
        << QStringList{QStringLiteral(
               "projet: Project name: character 6 is U+000A (line feed), which is not allowed in a name.")};
}

void TestTextPolicy::candidateCsvNamesChecked()
{
    QFETCH(QString, name);
    QFETCH(QStringList, messages);
    const QString csv = TestSupport::writeFile(*m_dir, QStringLiteral("candidates.csv"),
                                               (QStringLiteral("projet;administration;budget_annuel;montant_demande\n"
                                                               "Alpha;DGALN;400 000;150 000\n") +
                                                name + QStringLiteral(";DINUM;300 000;100 000\n"))
                                                   .toUtf8());
    const QByteArray before = TestSupport::readFile(m_database);
    const Run imported = run({QStringLiteral("--operator"), QStringLiteral("Secrétariat"), QStringLiteral("import"),
                              QStringLiteral("--promotion"), QStringLiteral("13"), csv});
    QCOMPARE(imported.exitCode, 1);
    QStringList expected;
    for (const QString &message : std::as_const(messages))
        expected.append(csv + QStringLiteral(":3: ") + message);
    expected.append(QStringLiteral("%1 problem(s): nothing was imported into FAST13.").arg(messages.size()));
    QCOMPARE(imported.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    QCOMPARE(TestSupport::readFile(m_database), before);
}

void TestTextPolicy::oldRowsCannotForgeOrHide()
{
    FAST_SQLITE_ONLY("the old rows are written into the file by hand, around the application");
    // Rows written before the policy (or by hand) are not refused on reading, but every listing and the
    // official PDF show their hidden characters as <U+XXXX>: no forged line, no text turned around.
    const QString csv = TestSupport::writeFile(*m_dir, QStringLiteral("c.csv"),
                                               "projet;administration;budget_annuel;montant_demande;decision;"
                                               "montant_accorde\nAlpha;DINUM;400000;100000;laureat;100000\n");
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv}).exitCode, 0);
    QVERIFY(TestSupport::runRaw(m_database,
                                {QStringLiteral("UPDATE candidates SET name = 'Projet' || char(0x202E) || 'gpj.exe', "
                                                "carrier = 'DINUM' || char(10) || 'FAUX'"),
                                 QStringLiteral("UPDATE audit_log SET operator = 'Secr' || char(10) || 'forged'")}));

    const Run listed = run({QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13")});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the one candidate, then the totals
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Projet<U+202E>gpj.exe")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(QStringLiteral("DINUM<U+000A>FAUX")), qPrintable(lines.at(0)));

    const Run logged = run({QStringLiteral("audit")});
    QCOMPARE(logged.exitCode, 0);
    for (const QString &line : logged.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.contains(QStringLiteral("  Secr<U+000A>forged  ")), qPrintable(line));

    const QString pdf = m_dir->filePath(QStringLiteral("laureats.pdf"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--promotion"), QStringLiteral("13"),
                  QStringLiteral("-o"), pdf})
                 .exitCode,
             0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.contains(QStringLiteral("Projet<U+202E>gpj.exe")), qPrintable(extracted));
    QVERIFY(!extracted.contains(QChar(0x202E)));
}

QTEST_GUILESS_MAIN(TestTextPolicy)
#include "tst_textpolicy.moc"
