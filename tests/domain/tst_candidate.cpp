#include "domain/Candidate.h"

#include <QTest>

class TestCandidate : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void eligibility();
    void normalisedTrimsTheFormFields();
};

namespace {
Candidate envergo()
{
    Candidate candidate;
    candidate.name = QStringLiteral("Envergo");
    candidate.carrier = QStringLiteral("Ministère de la Transition écologique");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(250000);
    return candidate;
}
} // namespace

void TestCandidate::validate_data()
{
    QTest::addColumn<Candidate>("candidate");
    QTest::addColumn<QList<int>>("fields");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("valid") << envergo() << QList<int>() << QStringList();
    {
        Candidate c = envergo();
        c.name = QStringLiteral("  ");
        c.carrier.clear();
        QTest::newRow("name and carrier missing")
            << c << QList<int>{int(CandidateField::Name), int(CandidateField::Carrier)}
            << QStringList{QStringLiteral("The project name is required."),
                           QStringLiteral("The carrying administration is required.")};
    }
    {
        Candidate c = envergo();
        c.name = QString(201, QLatin1Char('x'));
        QTest::newRow("name too long") << c << QList<int>{int(CandidateField::Name)}
                                       << QStringList{
                                              QStringLiteral("The project name is longer than 200 characters.")};
    }
    {
        Candidate c = envergo();
        c.annualBudget = Money();
        c.requested = Money();
        QTest::newRow("amounts zero") << c
                                      << QList<int>{int(CandidateField::AnnualBudget), int(CandidateField::Requested)}
                                      << QStringList{QStringLiteral("The annual budget must be more than 0 €."),
                                                     QStringLiteral("The requested amount must be more than 0 €.")};
    }
    {
        Candidate c = envergo();
        c.decision = Decision::Laureate;
        c.granted = Money::fromEuros(200000);
        QTest::newRow("laureate at eligible") << c << QList<int>() << QStringList();
    }
    {
        Candidate c = envergo();
        c.decision = Decision::Laureate;
        QTest::newRow("laureate without granted")
            << c << QList<int>{int(CandidateField::Granted)}
            << QStringList{QStringLiteral("A laureate's granted amount must be more than 0 € (given: 0\u00A0€).")};
    }
    {
        Candidate c = envergo();
        c.decision = Decision::Laureate;
        c.granted = Money::fromEuros(250000);
        QTest::newRow("laureate above eligible")
            << c << QList<int>{int(CandidateField::Granted)}
            << QStringList{QStringLiteral(
                   "The granted amount 250\u00A0000\u00A0€ is more than the eligible amount 200\u00A0000\u00A0€: the "
                   "fund pays at most 50 % of the annual budget (200\u00A0000\u00A0€ of 400\u00A0000\u00A0€) and at "
                   "most 300\u00A0000\u00A0€, and never more than the requested 250\u00A0000\u00A0€.")};
    }
    {
        Candidate c = envergo();
        c.decision = Decision::Waitlist;
        c.granted = Money::fromEuros(1);
        QTest::newRow("granted on a waitlisted candidate")
            << c << QList<int>{int(CandidateField::Granted)}
            << QStringList{
                   QStringLiteral("Only a laureate has a granted amount; this candidate's decision is \"Waitlist\".")};
    }
    {
        Candidate c = envergo();
        c.reference = QStringLiteral("2026-0042");
        c.contactEmail = QStringLiteral("equipe@envergo.beta.gouv.fr");
        c.extraFields = {{QStringLiteral("Nombre d’usagers"), QStringLiteral("12 000\npar an")},
                         {QStringLiteral("Site"), QString()}};
        QTest::newRow("form fields") << c << QList<int>() << QStringList();
    }
    {
        Candidate c = envergo();
        c.contactEmail = QStringLiteral("equipe@envergo");
        QTest::newRow("e-mail without a domain")
            << c << QList<int>{int(CandidateField::ContactEmail)}
            << QStringList{QStringLiteral(
                   "The contact e-mail \"equipe@envergo\" is not an address of the form name@domain.fr.")};
    }
    {
        Candidate c = envergo();
        c.contactEmail = QStringLiteral("Envergo (DGALN)");
        QTest::newRow("e-mail column mapped wrong")
            << c << QList<int>{int(CandidateField::ContactEmail)}
            << QStringList{QStringLiteral(
                   "The contact e-mail \"Envergo (DGALN)\" is not an address of the form name@domain.fr.")};
    }
    {
        Candidate c = envergo();
        c.reference = QString(Candidate::maximumReferenceLength + 1, QLatin1Char('7'));
        QTest::newRow("file number too long")
            << c << QList<int>{int(CandidateField::Reference)}
            << QStringList{QStringLiteral("File number is 101 characters long; at most 100 are allowed.")};
    }
    {
        Candidate c = envergo();
        c.extraFields = {{QStringLiteral("Usagers"), QStringLiteral("12 000")},
                         {QStringLiteral("usagers "), QStringLiteral("13 000")},
                         {QStringLiteral(" "), QStringLiteral("orphan")}};
        QTest::newRow("extra fields twice and unnamed")
            << c << QList<int>{int(CandidateField::ExtraFields), int(CandidateField::ExtraFields)}
            << QStringList{QStringLiteral("The extra field \"usagers\" is given twice."),
                           QStringLiteral("An extra field has no name.")};
    }
}

void TestCandidate::validate()
{
    QFETCH(Candidate, candidate);
    QFETCH(QList<int>, fields);
    QFETCH(QStringList, messages);
    const QList<FieldError> errors = candidate.validate(CofinancingRule());
    QCOMPARE(errors.size(), fields.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QCOMPARE(int(errors.at(i).field), fields.at(i));
        QCOMPARE(errors.at(i).message, messages.at(i));
    }
}

void TestCandidate::eligibility()
{
    const Eligibility result = envergo().eligibility(CofinancingRule());
    QCOMPARE(result.eligible, Money::fromEuros(200000));
    QCOMPARE(result.limitedBy, LimitedBy::Rate);
}

void TestCandidate::normalisedTrimsTheFormFields()
{
    Candidate c = envergo();
    c.reference = QStringLiteral("  2026-0042 ");
    c.contactEmail = QStringLiteral(" equipe@envergo.beta.gouv.fr\t");
    c.extraFields = {{QStringLiteral(" Site "), QStringLiteral(" https://envergo.beta.gouv.fr ")}};
    const Candidate stored = c.normalised();
    QCOMPARE(stored.reference, QStringLiteral("2026-0042"));
    QCOMPARE(stored.contactEmail, QStringLiteral("equipe@envergo.beta.gouv.fr"));
    QCOMPARE(stored.extraFields,
             CandidateExtraFields({{QStringLiteral("Site"), QStringLiteral("https://envergo.beta.gouv.fr")}}));
}

QTEST_GUILESS_MAIN(TestCandidate)
#include "tst_candidate.moc"
