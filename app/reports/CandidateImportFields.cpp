#include "CandidateImportFields.h"

#include "CsvColumnMap.h"

namespace {

QStringList words(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

const QList<CandidateImportFields::Field> &CandidateImportFields::all()
{
    // The synonyms are those of the FAST call's application forms (démarches simplifiées exports of
    // FAST 11 to 14) and of the secretariat's own tables; each is a question title or a column title met in
    // those files. "Dossier" and "Numéro" alone stand for the file number, the first column of every export.
    static const QList<Field> fields{
        {CandidateField::Name, QStringLiteral("projet"), QStringLiteral("name"), true,
         words({"Intitulé du projet", "Nom du service numérique", "Nom du projet", "Nom du service", "Nom du produit",
                "Projet", "Service"})},
        {CandidateField::Carrier, QStringLiteral("administration"), QStringLiteral("carrier"), true,
         words({"Ministère ou administration porteuse", "Administration porteuse du projet", "Administration porteuse",
                "Administration", "Ministère", "Porteur du projet", "Porteur"})},
        {CandidateField::Incubator, QStringLiteral("incubateur"), QStringLiteral("incubator"), false,
         words({"Incubateur de rattachement", "Incubateur", "Fabrique"})},
        {CandidateField::Kind, QStringLiteral("type"), QStringLiteral("kind"), false,
         words({"Type de candidature", "Type de projet", "Nature du projet"})},
        {CandidateField::Phase, QStringLiteral("phase"), QStringLiteral("phase"), false,
         words({"Phase actuelle du projet", "Phase du projet", "Stade du projet", "Phase"})},
        {CandidateField::AnnualBudget, QStringLiteral("budget_annuel"), QStringLiteral("annual_budget"), true,
         words({"Budget annuel du projet", "Budget prévisionnel annuel", "Budget annuel (€)", "Budget annuel",
                "Budget total"})},
        {CandidateField::Requested, QStringLiteral("montant_demande"), QStringLiteral("requested"), true,
         words({"Montant demandé au FAST", "Montant de cofinancement demandé", "Cofinancement demandé",
                "Montant sollicité", "Montant demandé"})},
        {CandidateField::Description, QStringLiteral("description"), QStringLiteral("description"), false,
         words({"Description du projet", "Présentation du projet", "Résumé du projet", "Décrivez votre projet"})},
        {CandidateField::Decision, QStringLiteral("decision"), QStringLiteral("decision"), false,
         words({"Décision du comité"})},
        {CandidateField::Granted, QStringLiteral("montant_accorde"), QStringLiteral("granted"), false,
         words({"Montant accordé"})},
        {CandidateField::Reference, QStringLiteral("numero_dossier"), QStringLiteral("file_number"), false,
         words({"Numéro de dossier", "N° de dossier", "N° dossier", "No dossier", "Dossier", "Numéro"})},
        {CandidateField::ContactEmail, QStringLiteral("email_contact"), QStringLiteral("contact_email"), false,
         words({"Email du demandeur", "E-mail du demandeur", "Adresse électronique", "Adresse e-mail", "Courriel",
                "E-mail", "Email", "Mél"})},
    };
    return fields;
}

QString CandidateImportFields::displayName(CandidateField field)
{
    switch (field) {
    case CandidateField::Name:
        return tr("Project");
    case CandidateField::Carrier:
        return tr("Carrying administration");
    case CandidateField::Incubator:
        return tr("Incubator");
    case CandidateField::Kind:
        return tr("Kind");
    case CandidateField::Phase:
        return tr("Phase");
    case CandidateField::AnnualBudget:
        return tr("Annual budget");
    case CandidateField::Requested:
        return tr("Requested amount");
    case CandidateField::Description:
        return tr("Description");
    case CandidateField::Decision:
        return tr("Decision");
    case CandidateField::Granted:
        return tr("Granted amount");
    case CandidateField::Reference:
        return tr("File number");
    case CandidateField::ContactEmail:
        return tr("Contact e-mail");
    case CandidateField::ExtraFields:
        return tr("Other answers");
    }
    return QString();
}

std::optional<CandidateField> CandidateImportFields::fromName(const QString &name)
{
    const QString key = CsvColumnMap::columnKey(name);
    for (const Field &field : all()) {
        if (key == CsvColumnMap::columnKey(field.french) || key == CsvColumnMap::columnKey(field.english))
            return field.field;
    }
    return std::nullopt;
}

QString CandidateImportFields::namesDescription()
{
    QStringList names;
    for (const Field &field : all())
        names.append(field.french == field.english ? field.french : field.french + QLatin1Char('/') + field.english);
    return names.join(QLatin1String(", "));
}
