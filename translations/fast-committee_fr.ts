<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>About Comité FAST</source>
        <translation>À propos de Comité FAST</translation>
    </message>
    <message>
        <source>Comité FAST %1</source>
        <translation>Comité FAST %1</translation>
    </message>
    <message>
        <source>Scoring, ranking and laureates of the investment committee of the Fonds d’accélération des startups d’État et de territoires (FAST).</source>
        <translation>Notation, classement et lauréats du comité d’investissement du Fonds d’accélération des startups d’État et de territoires (FAST).</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système :</translation>
    </message>
    <message>
        <source>Copies these lines, to paste them into a support request.</source>
        <translation>Copie ces lignes, à coller dans une demande d’assistance.</translation>
    </message>
    <message>
        <source>Copied: paste it into your message.</source>
        <translation>Copié : collez-le dans votre message.</translation>
    </message>
</context>
<context>
    <name>AboutFacts</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>Comité FAST %1</source>
        <translation>Comité FAST %1</translation>
    </message>
    <message>
        <source>Licence: %1 (%2)</source>
        <translation>Licence : %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt : %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
</context>
<context>
    <name>AddCandidateCommand</name>
    <message>
        <source>Add candidate %1</source>
        <translation>Ajouter la candidature %1</translation>
    </message>
</context>
<context>
    <name>AddMembersCommand</name>
    <message numerus="yes">
        <source>Add %n committee member(s)</source>
        <translation>
            <numerusform>Ajouter %n membre du comité</numerusform>
            <numerusform>Ajouter %n membres du comité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPromotionCommand</name>
    <message>
        <source>Add promotion %1</source>
        <translation>Ajouter la promotion %1</translation>
    </message>
</context>
<context>
    <name>AgreementCommand</name>
    <message>
        <source>The laureate's promotion.</source>
        <translation>La promotion du lauréat.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>Le nom du lauréat (majuscules et accents indifférents).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The date, 2025-07-14 or 14/07/2025.</source>
        <translation>La date, 2025-07-14 ou 14/07/2025.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The agreement's reference.</source>
        <translation>La référence de la convention.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>The committed amount an amendment sets (with --reason).</source>
        <translation>Le montant engagé que fixe un avenant (avec --reason).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>Why (goes to the audit log).</source>
        <translation>Pourquoi (inscrit au journal d’audit).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Usage: fast-committee agreement sign|amend|withdraw ... ("%1" is not one of them).</source>
        <translation>Usage : fast-committee agreement sign|amend|withdraw ... (« %1 » n’en fait pas partie).</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --date, and --amount only with its --reason. Usage: %1</source>
        <translation>Indiquez --promotion, --candidate et --date, et --amount seulement avec son --reason. Usage : %1</translation>
    </message>
    <message>
        <source>%1: agreement signed on %2, committed %3.</source>
        <translation>%1 : convention signée le %2, engagement de %3.</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate, --amount and --reason. Usage: %1</source>
        <translation>Indiquez --promotion, --candidate, --amount et --reason. Usage : %1</translation>
    </message>
    <message>
        <source>%1: the amendment commits %2 (granted %3).</source>
        <translation>%1 : l’avenant engage %2 (accordé : %3).</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --date. Usage: %1</source>
        <translation>Indiquez --promotion, --candidate et --date. Usage : %1</translation>
    </message>
    <message>
        <source>%1 withdrew on %2 before any payment: its %3 go back to %4's envelope.</source>
        <translation>%1 s’est retiré le %2 avant tout paiement : ses %3 reviennent à l’enveloppe de %4.</translation>
    </message>
    <message>
        <source>%1 withdrew on %2: it keeps the %3 paid; %4 go back to %5's envelope.</source>
        <translation>%1 s’est retiré le %2 : il garde les %3 versés ; %4 reviennent à l’enveloppe de %5.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Required when the committed amount differs</source>
        <translation>Obligatoire quand le montant engagé diffère</translation>
    </message>
    <message>
        <source>Reason of the withdrawal</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signée le :</translation>
    </message>
    <message>
        <source>&amp;Committed:</source>
        <translation>&amp;Engagé :</translation>
    </message>
    <message>
        <source>&amp;Amendment reason:</source>
        <translation>Motif de l’&amp;avenant :</translation>
    </message>
    <message>
        <source>Withdrawal:</source>
        <translation>Retrait :</translation>
    </message>
    <message>
        <source>%1 (granted)</source>
        <translation>%1 (attribué)</translation>
    </message>
    <message>
        <source>Save the a&amp;greement</source>
        <translation>Enre&amp;gistrer la convention</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>Si&amp;gner</translation>
    </message>
    <message>
        <source>Withdrawn on %1 before any payment: %2 back to the promotion's envelope.</source>
        <translation>Retiré le %1 avant tout paiement : %2 reviennent à l’enveloppe de la promotion.</translation>
    </message>
    <message>
        <source>Withdrawn on %1: the laureate keeps the %2 paid, the rest is cancelled.</source>
        <translation>Retiré le %1 : le lauréat garde les %2 versés, le reste est annulé.</translation>
    </message>
    <message>
        <source>Sign the agreement of %1</source>
        <translation>Signer la convention de %1</translation>
    </message>
    <message>
        <source>Change the agreement of %1</source>
        <translation>Modifier la convention de %1</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>ApplyProposalCommand</name>
    <message>
        <source>Propose the laureates of FAST%1</source>
        <translation>Proposer les lauréats de FAST%1</translation>
    </message>
</context>
<context>
    <name>AuditActionText</name>
    <message>
        <source>Promotion created</source>
        <translation>Promotion créée</translation>
    </message>
    <message>
        <source>Promotion changed</source>
        <translation>Promotion modifiée</translation>
    </message>
    <message>
        <source>Promotion removed</source>
        <translation>Promotion supprimée</translation>
    </message>
    <message>
        <source>Promotion closed</source>
        <translation>Promotion clôturée</translation>
    </message>
    <message>
        <source>Promotion reopened</source>
        <translation>Promotion rouverte</translation>
    </message>
    <message>
        <source>Candidate added</source>
        <translation>Candidature ajoutée</translation>
    </message>
    <message>
        <source>Candidate changed</source>
        <translation>Candidature modifiée</translation>
    </message>
    <message>
        <source>Candidate removed</source>
        <translation>Candidature supprimée</translation>
    </message>
    <message>
        <source>Candidate imported</source>
        <translation>Candidature importée</translation>
    </message>
    <message>
        <source>Indicator target</source>
        <translation>Cible de l’indicateur</translation>
    </message>
    <message>
        <source>Year's budget</source>
        <translation>Budget de l’exercice</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Membre ajouté</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Membre retiré</translation>
    </message>
    <message>
        <source>Criteria changed</source>
        <translation>Critères modifiés</translation>
    </message>
    <message>
        <source>Note given</source>
        <translation>Note donnée</translation>
    </message>
    <message>
        <source>Note cleared</source>
        <translation>Note effacée</translation>
    </message>
    <message>
        <source>Note imported</source>
        <translation>Note importée</translation>
    </message>
    <message>
        <source>Recusal recorded</source>
        <translation>Déport enregistré</translation>
    </message>
    <message>
        <source>Recusal lifted</source>
        <translation>Déport levé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Proposal applied</source>
        <translation>Proposition appliquée</translation>
    </message>
    <message>
        <source>Scenario saved</source>
        <translation>Scénario enregistré</translation>
    </message>
    <message>
        <source>Scenario removed</source>
        <translation>Scénario supprimé</translation>
    </message>
    <message>
        <source>Column mapping saved</source>
        <translation>Correspondance de colonnes enregistrée</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Only this promotion's changes.</source>
        <translation>Seulement les modifications de cette promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Affiche un tableau JSON.</translation>
    </message>
    <message>
        <source>audit takes no argument. Usage: %1</source>
        <translation>audit ne prend pas d’argument. Usage : %1</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d’audit est vide.</translation>
    </message>
    <message>
        <source>Writes the entries to a CSV file.</source>
        <translation>Écrit les entrées dans un fichier CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both. Usage: %1</source>
        <translation>Donnez --json ou --csv, pas les deux. Usage : %1</translation>
    </message>
    <message>
        <source>--csv needs a file name. Usage: %1</source>
        <translation>--csv attend un nom de fichier. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n audit entry(ies) exported.</source>
        <translation>
            <numerusform>%1 : %n entrée du journal d’audit exportée.</numerusform>
            <numerusform>%1 : %n entrées du journal d’audit exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogAction</name>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Every change, who made it, the old and the new value</source>
        <translation>Chaque modification, son auteur, l’ancienne et la nouvelle valeur</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Le nom contient…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>C&amp;andidate:</source>
        <translation>C&amp;andidature :</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file, with the columns of "fast-committee audit"</source>
        <translation>Écrire les entrées affichées dans un fichier CSV, avec les colonnes de « fast-committee audit »</translation>
    </message>
    <message>
        <source>All promotions</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(ies) shown</source>
        <translation>
            <numerusform>Affichage : %1 sur %n entrée</numerusform>
            <numerusform>Affichage : %1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1</source>
        <translation>
            <numerusform>%n entrée exportée vers %1</numerusform>
            <numerusform>%n entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
</context>
<context>
    <name>AuditLogRepository</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Impossible d’écrire le journal d’audit : %1</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>le journal d’audit</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>No laureate yet.</source>
        <translation>Aucun lauréat pour l’instant.</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n laureate(s))</source>
        <translation>
            <numerusform>%1 (%n lauréat)</numerusform>
            <numerusform>%1 (%n lauréats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total granted: %1</source>
        <translation>Total accordé : %1</translation>
    </message>
</context>
<context>
    <name>BreakdownDonutChart</name>
    <message>
        <source>No laureate yet.</source>
        <translation>Aucun lauréat pour l’instant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total granted: %1</source>
        <translation>Total accordé : %1</translation>
    </message>
</context>
<context>
    <name>Candidate</name>
    <message>
        <source>The project name is required.</source>
        <translation>Le nom du projet est obligatoire.</translation>
    </message>
    <message>
        <source>The project name is longer than %1 characters.</source>
        <translation>Le nom du projet dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The carrying administration is required.</source>
        <translation>L’administration porteuse est obligatoire.</translation>
    </message>
    <message>
        <source>The carrying administration is longer than %1 characters.</source>
        <translation>L’administration porteuse dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The incubator is longer than %1 characters.</source>
        <translation>L’incubateur dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The annual budget must be more than 0 €.</source>
        <translation>Le budget annuel doit être supérieur à 0 €.</translation>
    </message>
    <message>
        <source>The requested amount must be more than 0 €.</source>
        <translation>Le montant demandé doit être supérieur à 0 €.</translation>
    </message>
    <message>
        <source>Only a laureate has a granted amount; this candidate's decision is "%1".</source>
        <translation>Seul un lauréat a un montant accordé ; la décision de cette candidature est « %1 ».</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Administration porteuse</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <source>The contact e-mail "%1" is not an address of the form name@domain.fr.</source>
        <translation>Le courriel de contact « %1 » n’est pas une adresse de la forme nom@domaine.fr.</translation>
    </message>
    <message>
        <source>An extra field has no name.</source>
        <translation>Une réponse supplémentaire n’a pas de nom.</translation>
    </message>
    <message>
        <source>Extra field name</source>
        <translation>Nom de la réponse supplémentaire</translation>
    </message>
    <message>
        <source>The extra field "%1" is given twice.</source>
        <translation>La réponse supplémentaire « %1 » figure deux fois.</translation>
    </message>
</context>
<context>
    <name>CandidateApplicationModel</name>
    <message>
        <source>FAST%1 (closed)</source>
        <translation>FAST%1 (clôturée)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Administration porteuse</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirée)</translation>
    </message>
</context>
<context>
    <name>CandidateChangeText</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>carrying administration</source>
        <translation>administration porteuse</translation>
    </message>
    <message>
        <source>incubator</source>
        <translation>incubateur</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>annual budget</source>
        <translation>budget annuel</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>granted amount</source>
        <translation>montant accordé</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>numéro de dossier</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>e-mail de contact</translation>
    </message>
    <message>
        <source>other answers</source>
        <translation>autres réponses</translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>the file has no header row</source>
        <translation>le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>the header row is empty: the first line must name the columns (%1)</source>
        <translation>la ligne d’en-tête est vide : la première ligne doit nommer les colonnes (%1)</translation>
    </message>
    <message>
        <source>unknown column; the accepted columns are %1</source>
        <translation>colonne inconnue ; les colonnes acceptées sont %1</translation>
    </message>
    <message>
        <source>duplicate column: column %1 ("%2") already holds it</source>
        <translation>colonne en double : la colonne %1 (« %2 ») la contient déjà</translation>
    </message>
    <message>
        <source>the required column "%1" (or "%2") is missing</source>
        <translation>la colonne obligatoire « %1 » (ou « %2 ») manque</translation>
    </message>
    <message>
        <source>the row has more fields than the header (%1 instead of %2): a value that contains "%3" must be put in double quotes</source>
        <translation>la ligne a plus de champs que l’en-tête (%1 au lieu de %2) : une valeur qui contient « %3 » doit être mise entre guillemets droits</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>the row has fewer fields than the header (%1 instead of %2)</source>
        <translation>la ligne a moins de champs que l’en-tête (%1 au lieu de %2)</translation>
    </message>
    <message>
        <source>column %1 has no name in the header but holds "%2"</source>
        <translation>la colonne %1 n’a pas de nom dans l’en-tête mais contient « %2 »</translation>
    </message>
    <message>
        <source>"%1" is not a kind of candidate: write one of %2</source>
        <translation>« %1 » n’est pas un type de candidature : écrivez l’un de %2</translation>
    </message>
    <message>
        <source>"%1" is not a phase: write one of %2, or leave it empty</source>
        <translation>« %1 » n’est pas une phase : écrivez l’une de %2, ou laissez vide</translation>
    </message>
    <message>
        <source>"%1" is not a decision: write one of %2, or leave it empty</source>
        <translation>« %1 » n’est pas une décision : écrivez l’une de %2, ou laissez vide</translation>
    </message>
    <message>
        <source>a laureate needs a granted amount</source>
        <translation>un lauréat doit avoir un montant accordé</translation>
    </message>
    <message>
        <source>a laureate needs a granted amount, but the file has no "%1" (or "%2") column</source>
        <translation>un lauréat doit avoir un montant accordé, mais le fichier n’a pas de colonne « %1 » (ou « %2 »)</translation>
    </message>
    <message>
        <source>"%1" is already a candidate of this promotion</source>
        <translation>« %1 » est déjà candidat dans cette promotion</translation>
    </message>
    <message>
        <source>"%1" is already on line %2 (names are compared without case or accents)</source>
        <translation>« %1 » figure déjà ligne %2 (les noms sont comparés sans casse ni accents)</translation>
    </message>
    <message>
        <source>no column is mapped to the required field « %1 »; the file's columns are %2</source>
        <translation>aucune colonne n’est associée au champ obligatoire « %1 » ; les colonnes du fichier sont %2</translation>
    </message>
    <message>
        <source>column %1 ("%2") has the same title: rename one, or map one to a field</source>
        <translation>la colonne %1 (« %2 ») a le même titre : renommez l’une des deux, ou associez-en une à un champ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Administration porteuse</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>New candidate — %1</source>
        <translation>Nouvelle candidature — %1</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>Nom du &amp;projet :</translation>
    </message>
    <message>
        <source>Ministry, operator or local authority</source>
        <translation>Ministère, opérateur ou collectivité</translation>
    </message>
    <message>
        <source>&amp;Carrying administration:</source>
        <translation>&amp;Administration porteuse :</translation>
    </message>
    <message>
        <source>&amp;Incubator:</source>
        <translation>&amp;Incubateur :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase :</translation>
    </message>
    <message>
        <source>e.g. 600 000</source>
        <translation>par ex. 600 000</translation>
    </message>
    <message>
        <source>Annual &amp;budget of the project:</source>
        <translation>&amp;Budget annuel du projet :</translation>
    </message>
    <message>
        <source>e.g. 300 000</source>
        <translation>par ex. 300 000</translation>
    </message>
    <message>
        <source>&amp;Requested amount:</source>
        <translation>Montant &amp;demandé :</translation>
    </message>
    <message>
        <source>Eligible amount:</source>
        <translation>Montant éligible :</translation>
    </message>
    <message>
        <source>Rule of %1: %2.</source>
        <translation>Règle de %1 : %2.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Dé&amp;cision :</translation>
    </message>
    <message>
        <source>&amp;Granted amount:</source>
        <translation>Montant a&amp;ccordé :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Candidate %1 — %2</source>
        <translation>Candidature %1 — %2</translation>
    </message>
    <message>
        <source>type the annual budget and the requested amount</source>
        <translation>saisissez le budget annuel et le montant demandé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 already has a candidate called "%2".</source>
        <translation>%1 a déjà une candidature nommée « %2 ».</translation>
    </message>
    <message>
        <source>%1 is closed: this candidate is read-only.</source>
        <translation>%1 est clôturée : cette candidature est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 (the eligible amount) by default</source>
        <translation>%1 (le montant éligible) par défaut</translation>
    </message>
    <message>
        <source>the eligible amount by default</source>
        <translation>le montant éligible par défaut</translation>
    </message>
    <message>
        <source>%1 % of %2 = %3 · cap %4 · requested %5</source>
        <translation>%1 % de %2 = %3 · plafond %4 · demandé %5</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Autres réponses</translation>
    </message>
    <message>
        <source>the application's number in the call's form</source>
        <translation>le numéro de la candidature dans le formulaire de l’appel</translation>
    </message>
    <message>
        <source>&amp;File number:</source>
        <translation>Numéro de &amp;dossier :</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation>E-&amp;mail de contact :</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Other answers:</source>
        <translation>&amp;Autres réponses :</translation>
    </message>
</context>
<context>
    <name>CandidateEdit</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>administration porteuse</translation>
    </message>
    <message>
        <source>incubator</source>
        <translation>incubateur</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget annuel</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>granted amount</source>
        <translation>montant accordé</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>numéro de dossier</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>adresse électronique de contact</translation>
    </message>
    <message>
        <source>other answers</source>
        <translation>autres réponses</translation>
    </message>
    <message>
        <source>another operator</source>
        <translation>un autre opérateur</translation>
    </message>
    <message>
        <source>%1's %2 was cleared by %3 since you opened it; your change was not saved.</source>
        <translation>%1 : le champ « %2 » a été vidé par %3 depuis que vous l’avez ouverte ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1's %2 was changed to %3 by %4 since you opened it; your change was not saved.</source>
        <translation>%1 : le champ « %2 » a été changé en %3 par %4 depuis que vous l’avez ouverte ; votre modification n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>CandidateImportFields</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Administration porteuse</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Autres réponses</translation>
    </message>
</context>
<context>
    <name>CandidateImportPlan</name>
    <message>
        <source>the file number %1 is already on line %2</source>
        <translation>le numéro de dossier %1 figure déjà ligne %2</translation>
    </message>
    <message>
        <source>"%1" is already a candidate of this promotion</source>
        <translation>« %1 » est déjà candidat dans cette promotion</translation>
    </message>
    <message>
        <source>"%1" is already a candidate of this promotion, under the file number %2</source>
        <translation>« %1 » est déjà candidat dans cette promotion, sous le numéro de dossier %2</translation>
    </message>
    <message>
        <source>the file number %1 renames "%2" to "%3", the name of another candidate of this promotion</source>
        <translation>le numéro de dossier %1 renomme « %2 » en « %3 », le nom d’une autre candidature de cette promotion</translation>
    </message>
    <message>
        <source>~ %1: %2 (decided: %3)</source>
        <translation>~ %1 : %2 (décidée : %3)</translation>
    </message>
    <message>
        <source>! %1: %2 (decided: %3; not changed)</source>
        <translation>! %1 : %2 (décidée : %3 ; non modifiée)</translation>
    </message>
    <message numerus="yes">
        <source>= %n unchanged</source>
        <translation>
            <numerusform>= %n inchangée</numerusform>
            <numerusform>= %n inchangées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateImportStore</name>
    <message>
        <source>"%1" was changed after the import was previewed: nothing was written. Open the file again to see its changes as they are now.</source>
        <translation>« %1 » a été modifiée après l’aperçu de l’import : rien n’a été écrit. Rouvrez le fichier pour voir ses changements tels qu’ils sont maintenant.</translation>
    </message>
</context>
<context>
    <name>CandidateKind</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <source>The database refused the candidate %1: %2</source>
        <translation>La base de données a refusé la candidature %1 : %2</translation>
    </message>
    <message>
        <source>The database refused to remove the candidate: %1</source>
        <translation>La base de données a refusé de supprimer la candidature : %1</translation>
    </message>
    <message>
        <source>The database refused the candidates: %1</source>
        <translation>La base de données a refusé les candidatures : %1</translation>
    </message>
    <message>
        <source>The database refused the candidates from %1 to %2: %3</source>
        <translation>La base de données a refusé les candidatures de %1 à %2 : %3</translation>
    </message>
    <message>
        <source>the candidates</source>
        <translation>les candidatures</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>la candidature</translation>
    </message>
    <message>
        <source>the candidates' names</source>
        <translation>les noms des candidatures</translation>
    </message>
    <message>
        <source>the number of candidates</source>
        <translation>le nombre de candidatures</translation>
    </message>
</context>
<context>
    <name>CandidateSearchDialog</name>
    <message>
        <source>Search all promotions</source>
        <translation>Rechercher dans toutes les promotions</translation>
    </message>
    <message>
        <source>&amp;Project, carrier or incubator:</source>
        <translation>&amp;Projet, administration porteuse ou incubateur :</translation>
    </message>
    <message>
        <source>Type part of a name; accents and case do not matter</source>
        <translation>Tapez une partie d’un nom ; les accents et la casse sont ignorés</translation>
    </message>
    <message>
        <source>Candidates found in every promotion</source>
        <translation>Candidatures trouvées dans toutes les promotions</translation>
    </message>
    <message>
        <source>Type to search the candidates of every promotion.</source>
        <translation>Tapez pour rechercher parmi les candidatures de toutes les promotions.</translation>
    </message>
    <message>
        <source>No candidate matches "%1".</source>
        <translation>Aucune candidature ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) found. Enter or double-click goes to the candidate.</source>
        <translation>
            <numerusform>%n candidature trouvée. Entrée ou double-clic ouvre la candidature.</numerusform>
            <numerusform>%n candidatures trouvées. Entrée ou double-clic ouvre la candidature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateSpreadsheetImport</name>
    <message>
        <source>the sheet is empty: choose the sheet that holds the candidates</source>
        <translation>la feuille est vide : choisissez la feuille qui contient les candidatures</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Incubator: %1</source>
        <translation>Incubateur : %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Administration porteuse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
</context>
<context>
    <name>CandidatesCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>La promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Affiche un tableau JSON.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO. Usage : %1</translation>
    </message>
    <message>
        <source>%1 has no candidate yet.</source>
        <translation>%1 n’a pas encore de candidature.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s); requested %1, eligible %2; envelope %3, consumed %4, remaining %5.</source>
        <translation>
            <numerusform>%n candidature ; demandé %1, éligible %2 ; enveloppe %3, consommé %4, reste %5.</numerusform>
            <numerusform>%n candidatures ; demandé %1, éligible %2 ; enveloppe %3, consommé %4, reste %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Add the candidates one by one, or import the call's CSV export: each one's eligible amount is computed and explained at once.</source>
        <translation>Ajoutez les candidatures une à une, ou importez l’export CSV de l’appel : le montant éligible de chacune est calculé et expliqué aussitôt.</translation>
    </message>
    <message>
        <source>Add a candidate…</source>
        <translation>Ajouter une candidature…</translation>
    </message>
    <message>
        <source>Import the call's file…</source>
        <translation>Importer le fichier de l’appel…</translation>
    </message>
    <message>
        <source>No candidate in %1 yet</source>
        <translation>Aucune candidature dans %1 pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The candidates of %1 could not be read</source>
        <translation>Les candidatures de %1 n’ont pas pu être lues</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1 as an image.</source>
        <translation>Impossible d’écrire %1 en image.</translation>
    </message>
    <message>
        <source>Cannot write %1 as a PDF document.</source>
        <translation>Impossible d’écrire %1 en document PDF.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage : %1</translation>
    </message>
    <message>
        <source>There is no promotion FAST%1 in %2.</source>
        <translation>Il n’y a pas de promotion FAST%1 dans %2.</translation>
    </message>
</context>
<context>
    <name>ClosePromotionCommand</name>
    <message>
        <source>Close promotion FAST%1</source>
        <translation>Clôturer la promotion FAST%1</translation>
    </message>
    <message>
        <source>Closing undone in the window.</source>
        <translation>Clôture annulée dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>ClosePromotionDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Clôturer %1</translation>
    </message>
    <message>
        <source>Close %1? Its candidates and decisions become read-only; reopening needs a written reason. The official list will say it was adopted by the committee of the date below.</source>
        <translation>Clôturer %1 ? Ses candidatures et décisions passent en lecture seule ; la rouvrir demandera un motif écrit. La liste officielle dira qu’elle a été arrêtée par le comité à la date ci-dessous.</translation>
    </message>
    <message>
        <source>Committee date</source>
        <translation>Date du comité</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Committee &amp;date:</source>
        <translation>&amp;Date du comité :</translation>
    </message>
    <message>
        <source>Enter the committee's date: the official list says which committee adopted it.</source>
        <translation>Saisissez la date du comité : la liste officielle indique quel comité l’a arrêtée.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as dd/mm/yyyy, for example 12/06/2026.</source>
        <translation>« %1 » n’est pas une date : écrivez-la sous la forme jj/mm/aaaa, par exemple 12/06/2026.</translation>
    </message>
</context>
<context>
    <name>CofinancingRule</name>
    <message>
        <source>The co-financing rate must be between 1 and 100 %, not %1 %.</source>
        <translation>Le taux de cofinancement doit être compris entre 1 et 100 %, et non %1 %.</translation>
    </message>
    <message>
        <source>The cap per laureate must be more than 0 €.</source>
        <translation>Le plafond par lauréat doit être supérieur à 0 €.</translation>
    </message>
    <message>
        <source>A laureate's granted amount must be more than 0 € (given: %1).</source>
        <translation>Le montant accordé à un lauréat doit être supérieur à 0 € (saisi : %1).</translation>
    </message>
    <message>
        <source>The granted amount %1 is more than the eligible amount %2: the fund pays at most %3 % of the annual budget (%4 of %5) and at most %6, and never more than the requested %7.</source>
        <translation>Le montant accordé %1 dépasse le montant éligible %2 : le fonds finance au plus %3 % du budget annuel (%4 sur %5) et au plus %6, et jamais plus que les %7 demandés.</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <source>capped at %1 %</source>
        <translation>plafonné à %1 %</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>plafonné à %1</translation>
    </message>
    <message>
        <source>%1 % of the annual budget, at most %2</source>
        <translation>%1 % du budget annuel, au plus %2</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Save &amp;mapping</source>
        <translation>Enregistrer la &amp;correspondance</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Column of the file read as %1</source>
        <translation>Colonne du fichier lue comme %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>e.g. Form FAST 2026</source>
        <translation>par exemple Formulaire FAST 2026</translation>
    </message>
    <message>
        <source>Save mapping &amp;as:</source>
        <translation>Enregistrer la correspondance &amp;sous :</translation>
    </message>
    <message>
        <source>Mapping « %1 » applied.</source>
        <translation>Correspondance « %1 » appliquée.</translation>
    </message>
    <message>
        <source>Each field is read from the column shown; change one and the rows below are read again. Columns that hold no field are kept as the candidates' other answers.</source>
        <translation>Chaque champ est lu dans la colonne indiquée ; changez-en une et les lignes ci-dessous sont relues. Les colonnes qui ne portent aucun champ sont gardées comme autres réponses des candidatures.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <source>other answer</source>
        <translation>autre réponse</translation>
    </message>
    <message>
        <source>Map a column to « %1 » to import</source>
        <translation>Associez une colonne à « %1 » pour importer</translation>
    </message>
</context>
<context>
    <name>ColumnMappingStore</name>
    <message>
        <source>the saved column mappings</source>
        <translation>les correspondances de colonnes enregistrées</translation>
    </message>
    <message>
        <source>The mapping's name</source>
        <translation>Le nom de la correspondance</translation>
    </message>
    <message>
        <source>The mapping "%1" could not be replaced: %2</source>
        <translation>La correspondance « %1 » n’a pas pu être remplacée : %2</translation>
    </message>
    <message>
        <source>The mapping "%1" could not be saved: %2</source>
        <translation>La correspondance « %1 » n’a pas pu être enregistrée : %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --db needs a path.</source>
        <translation>L’option --db demande un chemin.</translation>
    </message>
    <message>
        <source>The option --operator needs a name.</source>
        <translation>L’option --operator demande un nom.</translation>
    </message>
    <message>
        <source>Unknown command "%1". The commands are: %2. See fast-committee --help.</source>
        <translation>Commande inconnue « %1 ». Les commandes sont : %2. Voir fast-committee --help.</translation>
    </message>
    <message>
        <source>Comité FAST %1: the FAST fund committee's candidates, rules and decisions.

Usage: fast-committee [--db PATH] [--operator NAME] COMMAND [OPTIONS]
       fast-committee [--db PATH] [--demo]          opens the window

Commands:
  promotion add NUMBER --year YYYY --envelope AMOUNT [--rate PERCENT] [--cap AMOUNT] [--min-score N]
  promotion list [--json]
  promotion close NUMBER
  promotion reopen NUMBER --reason TEXT
  import --promotion NUMBER FILE.xlsx|.ods|.csv [--sheet NAME] [--mapping NAME] [--map FIELD=TITLE]...
         [--save-mapping NAME] [--update-decided] [--dry-run]
  candidates --promotion NUMBER [--json]
  summary [--json]
  audit [--promotion NUMBER] [--json]
  export pdf --promotion NUMBER -o FILE.pdf
  export csv --promotion NUMBER -o FILE.csv
  export xlsx --promotion NUMBER -o FILE.xlsx   (candidates, ranking and laureates)
  export schedule --year YYYY -o FILE.pdf       (the year's payment schedule)
  export follow-up --promotion NUMBER --candidate NAME -o FILE.pdf   (a laureate's follow-up sheet)
  members add --promotion NUMBER NAME...
  members copy --from NUMBER --promotion NUMBER (members and criteria of an earlier promotion)
  members list --promotion NUMBER [--json]
  scores import --promotion NUMBER FILE.csv     (membre;projet;critere;note, note 0-5 or deport)
  rank --promotion NUMBER [--json]
  propose --promotion NUMBER [--apply]
  decide --promotion NUMBER --candidate NAME --decision DECISION [--granted AMOUNT]
  follow-up --promotion NUMBER [--json]        (the laureates after the decision)
  agreement sign --promotion NUMBER --candidate NAME --date DATE [--reference REF]
            [--amount AMOUNT --reason TEXT]
  agreement amend --promotion NUMBER --candidate NAME --amount AMOUNT --reason TEXT
  agreement withdraw --promotion NUMBER --candidate NAME --date DATE [--reason TEXT]
  payment add --promotion NUMBER --candidate NAME --date DATE --amount AMOUNT [--reference REF]
  payment mark-paid --promotion NUMBER --candidate NAME --tranche N --date DATE [--amount AMOUNT]
            [--reference REF]
  payment import [--promotion NUMBER] FILE.csv  (laureat;reference;date;montant, all or nothing)
  milestone set --promotion NUMBER --candidate NAME --milestone kickoff|midterm|end
            [--planned DATE] [--done DATE] [--note TEXT]
  schedule --year YYYY [--json]                 (AE, CP, restes à payer, CP to open by year)
  opening-key --year YYYY [--first PERCENT]     (the share paid at signature; 78,93 by default)
  db check                                      (verifies the whole database; writes nothing)
  db copy --from SOURCE --to TARGET             (a whole committee, between a file and a server)
  server init                                   (sets a committee up on a PostgreSQL server: roles)
  server add-member LOGIN [--name NAME] | add-secretariat LOGIN | add-observer LOGIN
         [--password-stdin]                     (a login and its role on the server's committee)

Options:
  --db PATH         the database: a file, or postgresql://USER@HOST:PORT/DATABASE on a server
                    (else $FAST_COMMITTEE_DB, else the user's data folder)
  --operator NAME   who is recorded in the audit log (else $FAST_COMMITTEE_OPERATOR or the user)
  -h, --help        this help; COMMAND --help for a command's options
  -v, --version     the version

Amounts are read in French form ("300 000", "1 234,56 €"). Exit status: 0 done, 1 refused, 2 wrong usage.
</source>
        <translation>Comité FAST %1 : candidatures, règles et décisions du comité du fonds FAST.

Usage : fast-committee [--db CHEMIN] [--operator NOM] COMMANDE [OPTIONS]
        fast-committee [--db CHEMIN] [--demo]          ouvre la fenêtre

Commandes :
  promotion add NUMÉRO --year AAAA --envelope MONTANT [--rate POURCENTAGE] [--cap MONTANT] [--min-score N]
  promotion list [--json]
  promotion close NUMÉRO
  promotion reopen NUMÉRO --reason TEXTE
  import --promotion NUMÉRO FICHIER.xlsx|.ods|.csv [--sheet NOM] [--mapping NOM] [--map CHAMP=TITRE]...
         [--save-mapping NOM] [--update-decided] [--dry-run]
  candidates --promotion NUMÉRO [--json]
  summary [--json]
  audit [--promotion NUMÉRO] [--json]
  export pdf --promotion NUMÉRO -o FICHIER.pdf
  export csv --promotion NUMÉRO -o FICHIER.csv
  export xlsx --promotion NUMÉRO -o FICHIER.xlsx (candidatures, classement et lauréats)
  export schedule --year AAAA -o FICHIER.pdf    (l’échéancier de l’exercice)
  export follow-up --promotion NUMÉRO --candidate NOM -o FICHIER.pdf   (la fiche de suivi d’un lauréat)
  members add --promotion NUMÉRO NOM...
  members copy --from NUMÉRO --promotion NUMÉRO (membres et critères d’une promotion antérieure)
  members list --promotion NUMÉRO [--json]
  scores import --promotion NUMÉRO FICHIER.csv  (membre;projet;critere;note, note de 0 à 5 ou deport)
  rank --promotion NUMÉRO [--json]
  propose --promotion NUMÉRO [--apply]
  decide --promotion NUMÉRO --candidate NOM --decision DÉCISION [--granted MONTANT]
  follow-up --promotion NUMÉRO [--json]        (les lauréats après la décision)
  agreement sign --promotion NUMÉRO --candidate NOM --date DATE [--reference RÉF]
            [--amount MONTANT --reason TEXTE]
  agreement amend --promotion NUMÉRO --candidate NOM --amount MONTANT --reason TEXTE
  agreement withdraw --promotion NUMÉRO --candidate NOM --date DATE [--reason TEXTE]
  payment add --promotion NUMÉRO --candidate NOM --date DATE --amount MONTANT [--reference RÉF]
  payment mark-paid --promotion NUMÉRO --candidate NOM --tranche N --date DATE [--amount MONTANT]
            [--reference RÉF]
  payment import [--promotion NUMÉRO] FICHIER.csv (laureat;reference;date;montant, tout ou rien)
  milestone set --promotion NUMÉRO --candidate NOM --milestone kickoff|midterm|end
            [--planned DATE] [--done DATE] [--note TEXTE]
  schedule --year AAAA [--json]                 (AE, CP, restes à payer, CP à ouvrir par année)
  opening-key --year AAAA [--first POURCENTAGE] (part versée à la signature ; 78,93 par défaut)
  db check                                      (vérifie toute la base de données ; n’écrit rien)
  db copy --from SOURCE --to CIBLE              (un comité entier, entre un fichier et un serveur)
  server init                                   (prépare un comité sur un serveur PostgreSQL : rôles)
  server add-member LOGIN [--name NOM] | add-secretariat LOGIN | add-observer LOGIN
         [--password-stdin]                     (un login et son rôle dans le comité du serveur)

Options :
  --db CHEMIN       la base de données : un fichier, ou postgresql://UTILISATEUR@HÔTE:PORT/BASE sur un serveur
                    (sinon $FAST_COMMITTEE_DB, sinon le dossier de données de l’utilisateur)
  --operator NOM    qui est inscrit au journal d’audit (sinon $FAST_COMMITTEE_OPERATOR ou l’utilisateur)
  -h, --help        cette aide ; COMMANDE --help pour les options d’une commande
  -v, --version     la version

Les montants se lisent sous forme française (« 300 000 », « 1 234,56 € »). Code de sortie : 0 effectué, 1 refusé, 2 usage incorrect.
</translation>
    </message>
</context>
<context>
    <name>CommitteeCopier</name>
    <message>
        <source>There is no promotion FAST%1 to copy a committee from.</source>
        <translation>Il n’y a pas de promotion FAST%1 dont copier le comité.</translation>
    </message>
    <message>
        <source>%1's committee cannot be copied onto itself: choose an earlier promotion.</source>
        <translation>Le comité de %1 ne peut pas être copié sur lui-même : choisissez une promotion antérieure.</translation>
    </message>
    <message>
        <source>%1 already has notes: its criteria can no longer change, so %2's committee cannot be copied into it. Add the missing members one by one instead.</source>
        <translation>%1 a déjà des notes : ses critères ne peuvent plus changer, le comité de %2 ne peut donc pas y être copié. Ajoutez plutôt les membres manquants un par un.</translation>
    </message>
    <message>
        <source>Nothing to copy: %1 already has every member and the criteria of %2.</source>
        <translation>Rien à copier : %1 a déjà tous les membres et les critères de %2.</translation>
    </message>
</context>
<context>
    <name>CommitteeStore</name>
    <message>
        <source>There is already a promotion %1.</source>
        <translation>Il existe déjà une promotion %1.</translation>
    </message>
    <message>
        <source>This promotion no longer exists.</source>
        <translation>Cette promotion n’existe plus.</translation>
    </message>
    <message>
        <source>%1 cannot take the rule "%2": the laureate %3 was granted %4, more than its eligible amount of %5 under that rule. Change that grant first.</source>
        <translation>%1 ne peut pas prendre la règle « %2 » : le lauréat %3 a reçu %4, plus que son montant éligible de %5 sous cette règle. Modifiez d’abord ce montant accordé.</translation>
    </message>
    <message>
        <source>There is no promotion FAST%1.</source>
        <translation>Il n’y a pas de promotion FAST%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n candidate(s): remove them before removing the promotion.</source>
        <translation>
            <numerusform>%1 a %n candidature : supprimez-la avant de supprimer la promotion.</numerusform>
            <numerusform>%1 a %n candidatures : supprimez-les avant de supprimer la promotion.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 est déjà clôturée.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 est déjà ouverte.</translation>
    </message>
    <message>
        <source>Reopening %1 needs a written reason: it goes to the audit log.</source>
        <translation>Rouvrir %1 demande un motif écrit : il est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>This candidate no longer exists.</source>
        <translation>Cette candidature n’existe plus.</translation>
    </message>
    <message>
        <source>"%1" (%2): %3</source>
        <translation>« %1 » (%2) : %3</translation>
    </message>
    <message>
        <source>"%1": %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>"%1": this candidate appears twice in the import (also as "%2").</source>
        <translation>« %1 » : cette candidature figure deux fois dans l’import (aussi sous le nom « %2 »).</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2, not %3.</source>
        <translation>L’exercice doit être compris entre %1 et %2, et non %3.</translation>
    </message>
    <message>
        <source>The target of indicator 1.2 cannot be negative (%1).</source>
        <translation>La cible de l’indicateur 1.2 ne peut pas être négative (%1).</translation>
    </message>
    <message>
        <source>The fund's annual budget cannot be negative (%1).</source>
        <translation>Le budget annuel du fonds ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it before changing it.</source>
        <translation>%1 est clôturée : rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>%1 already has a candidate called "%2".</source>
        <translation>%1 a déjà une candidature nommée « %2 ».</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>envelope %1</source>
        <translation>enveloppe %1</translation>
    </message>
    <message>
        <source>minimum score %1</source>
        <translation>note minimale %1</translation>
    </message>
    <message>
        <source>committee %1</source>
        <translation>comité %1</translation>
    </message>
    <message>
        <source>incubator %1</source>
        <translation>incubateur %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>demandé %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>accordé %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 cannot be closed without the date of the committee that adopted its list.</source>
        <translation>%1 ne peut pas être clôturée sans la date du comité qui a arrêté sa liste.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>"%1": the file number %2 appears twice in the import (also on "%3").</source>
        <translation>« %1 » : le numéro de dossier %2 figure deux fois dans l’import (aussi sur « %3 »).</translation>
    </message>
    <message>
        <source>%1 already has the file number %2 (candidate "%3").</source>
        <translation>%1 a déjà le numéro de dossier %2 (candidature « %3 »).</translation>
    </message>
</context>
<context>
    <name>CommitteeTransfer</name>
    <message>
        <source>the source has a table "%1" that this version of Comité FAST does not copy</source>
        <translation>la source a une table « %1 » que cette version de Comité FAST ne copie pas</translation>
    </message>
    <message numerus="yes">
        <source>the target already holds a committee (%n row(s)): copy into a new, empty database</source>
        <translation>
            <numerusform>la cible contient déjà un comité (%n ligne) : copiez dans une base nouvelle et vide</numerusform>
            <numerusform>la cible contient déjà un comité (%n lignes) : copiez dans une base nouvelle et vide</numerusform>
        </translation>
    </message>
    <message>
        <source>the target refused to clear its years: %1</source>
        <translation>la cible a refusé de vider ses années : %1</translation>
    </message>
    <message>
        <source>the copy's totals differ from the source's: %1 where the source has %2</source>
        <translation>les totaux de la copie diffèrent de ceux de la source : %1 là où la source a %2</translation>
    </message>
    <message>
        <source>the source holds no committee table</source>
        <translation>la source ne contient aucune table de comité</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>impossible de compter les lignes de %1 : %2</translation>
    </message>
    <message>
        <source>cannot read table %1: %2</source>
        <translation>impossible de lire la table %1 : %2</translation>
    </message>
    <message>
        <source>the target refused table %1: %2</source>
        <translation>la cible a refusé la table %1 : %2</translation>
    </message>
    <message>
        <source>the target refused row %1 of table %2: %3</source>
        <translation>la cible a refusé la ligne %1 de la table %2 : %3</translation>
    </message>
    <message>
        <source>cannot read the numbering of %1: %2</source>
        <translation>impossible de lire la numérotation de %1 : %2</translation>
    </message>
    <message>
        <source>cannot set the numbering of %1: %2</source>
        <translation>impossible de régler la numérotation de %1 : %2</translation>
    </message>
    <message>
        <source>cannot add up the promotions: %1</source>
        <translation>impossible de totaliser les promotions : %1</translation>
    </message>
    <message numerus="yes">
        <source>the copy of table %1 has %n row(s) where the source has %2</source>
        <translation>
            <numerusform>la copie de la table %1 a %n ligne là où la source en a %2</numerusform>
            <numerusform>la copie de la table %1 a %n lignes là où la source en a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>FAST%1: candidates %2, budgets %3, requested %4, granted %5, envelope %6 (in cents)</source>
        <translation>FAST%1 : candidatures %2, budgets %3, demandé %4, accordé %5, enveloppe %6 (en centimes)</translation>
    </message>
</context>
<context>
    <name>ComparePromotionsDialog</name>
    <message>
        <source>Compare promotions</source>
        <translation>Comparer des promotions</translation>
    </message>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, clôturée)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <source>The two promotions compared</source>
        <translation>Les deux promotions comparées</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Try Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Connection to %1 lost; reconnecting. Your changes will be kept until the server is back.</source>
        <translation>Connexion à %1 perdue ; reconnexion en cours. Vos modifications seront conservées jusqu’au retour du serveur.</translation>
    </message>
    <message>
        <source>Connection to %1 lost; your change is kept and will be sent when the server is back.</source>
        <translation>Connexion à %1 perdue ; votre modification est conservée et sera envoyée au retour du serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; your %n changes are kept and will be sent when the server is back.</source>
        <translation>
            <numerusform>Connexion à %1 perdue ; votre modification (%n) est conservée et sera envoyée au retour du serveur.</numerusform>
            <numerusform>Connexion à %1 perdue ; vos %n modifications sont conservées et seront envoyées au retour du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: %1.</source>
        <translation>En attente : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server does not answer yet: next attempt in %n second(s).</source>
        <translation>
            <numerusform>Le serveur ne répond pas encore : nouvelle tentative dans %n seconde.</numerusform>
            <numerusform>Le serveur ne répond pas encore : nouvelle tentative dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommitteeCommand</name>
    <message>
        <source>Copy the committee of FAST%1</source>
        <translation>Copier le comité de FAST%1</translation>
    </message>
</context>
<context>
    <name>CopyCommitteeDialog</name>
    <message>
        <source>Copy a committee into FAST%1</source>
        <translation>Copier un comité dans FAST%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n member(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n membre</numerusform>
            <numerusform>%1 (%2) — %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;from:</source>
        <translation>Copier &amp;depuis :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>The members FAST%1 does not have yet are added, and its criteria become those of FAST%2 (names and weights). Undo (Ctrl+Z) takes the copy back.</source>
        <translation>Les membres que FAST%1 n’a pas encore sont ajoutés, et ses critères deviennent ceux de FAST%2 (noms et poids). Annuler (Ctrl+Z) reprend la copie.</translation>
    </message>
</context>
<context>
    <name>CriteriaAction</name>
    <message>
        <source>Criteria and &amp;Weights…</source>
        <translation>Critères et &amp;pondérations…</translation>
    </message>
    <message>
        <source>The criteria the members note and their weights, until the first note</source>
        <translation>Les critères notés par les membres et leurs pondérations, jusqu’à la première note</translation>
    </message>
    <message>
        <source>FAST%1 is closed: its criteria can no longer change.</source>
        <translation>FAST%1 est clôturée : ses critères ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the criteria.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les critères.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Criteria and weights of FAST%1</source>
        <translation>Critères et pondérations de FAST%1</translation>
    </message>
    <message>
        <source>Each member notes every criterion from 0 to 5; the weights are whole numbers that add up to 100. The first criterion breaks ties in the ranking. They can change until the first note is given.</source>
        <translation>Chaque membre note chaque critère de 0 à 5 ; les pondérations sont des nombres entiers dont la somme fait 100. Le premier critère départage les ex æquo du classement. Ils peuvent changer jusqu’à la première note.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation>Le critère %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>The weight of "%1" must be a positive whole number, not "%2".</source>
        <translation>La pondération de « %1 » doit être un nombre entier positif, pas « %2 ».</translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation>Total : %1 / %2</translation>
    </message>
</context>
<context>
    <name>CriteriaSet</name>
    <message>
        <source>Add at least one criterion.</source>
        <translation>Ajoutez au moins un critère.</translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation>Le critère %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>The criterion "%1" is listed twice.</source>
        <translation>Le critère « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The weight of "%1" must be a whole number above 0, not %2.</source>
        <translation>Le poids de « %1 » doit être un nombre entier supérieur à 0, et non %2.</translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to %2.</source>
        <translation>La somme des poids est %1 ; elle doit être %2.</translation>
    </message>
    <message>
        <source>The name of criterion %1</source>
        <translation>Nom du critère %1</translation>
    </message>
</context>
<context>
    <name>CriterionRepository</name>
    <message>
        <source>Cannot save the criteria: %1</source>
        <translation>Impossible d’enregistrer les critères : %1</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>les critères</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>not a regular file but %1: give the path of a CSV file saved on a disk</source>
        <translation>ce n’est pas un fichier ordinaire mais %1 : indiquez le chemin d’un fichier CSV enregistré sur un disque</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2: split it into smaller files</source>
        <translation>le fichier fait %1 octets, plus que la limite de %2 : découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>the file grew past the limit of %1 while it was read: split it into smaller files</source>
        <translation>le fichier a dépassé la limite de %1 pendant sa lecture : découpez-le en fichiers plus petits</translation>
    </message>
</context>
<context>
    <name>CsvProblem</name>
    <message>
        <source>Sheet "%1"</source>
        <translation>Feuille « %1 »</translation>
    </message>
    <message>
        <source>Sheet "%1", row %2</source>
        <translation>Feuille « %1 », ligne %2</translation>
    </message>
    <message>
        <source>Sheet "%1", row %2, column %3</source>
        <translation>Feuille « %1 », ligne %2, colonne %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>the file is empty: it holds only a byte order mark</source>
        <translation>le fichier est vide : il ne contient qu’une marque d’ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>the file holds only blank lines</source>
        <translation>le fichier ne contient que des lignes vides</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>un champ entre guillemets ouvert ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field: a field that contains quotes must be quoted as a whole, with its quotes doubled</source>
        <translation>texte inattendu après le guillemet fermant d’un champ : un champ qui contient des guillemets doit être entièrement entre guillemets, ses guillemets doublés</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>byte %1 is not UTF-8, while the file starts with a UTF-8 byte order mark: save it again as UTF-8</source>
        <translation>l’octet %1 n’est pas de l’UTF-8, alors que le fichier commence par une marque d’ordre des octets UTF-8 : enregistrez-le de nouveau en UTF-8</translation>
    </message>
    <message>
        <source>byte %1 is not UTF-8, while the file elsewhere is UTF-8: save it again as UTF-8</source>
        <translation>l’octet %1 n’est pas de l’UTF-8, alors que le reste du fichier est en UTF-8 : enregistrez-le de nouveau en UTF-8</translation>
    </message>
    <message>
        <source>the file holds more than %1 rows, the limit: split it into smaller files</source>
        <translation>le fichier contient plus de %1 lignes, la limite autorisée : découpez-le en fichiers plus petits</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as PDF</source>
        <translation>Enregistrer le graphique en PDF</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>this promotion</source>
        <translation>cette promotion</translation>
    </message>
    <message>
        <source>its whole year</source>
        <translation>tout son exercice</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>&amp;Breakdowns for:</source>
        <translation>&amp;Répartitions pour :</translation>
    </message>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, clôturée)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Granted by carrier</source>
        <translation>Montants accordés par administration porteuse</translation>
    </message>
    <message>
        <source>Granted by carrier, %1</source>
        <translation>Montants accordés par administration porteuse, %1</translation>
    </message>
    <message>
        <source>Granted by kind</source>
        <translation>Montants accordés par type</translation>
    </message>
    <message>
        <source>Granted by kind, %1</source>
        <translation>Montants accordés par type, %1</translation>
    </message>
    <message>
        <source>The envelope appears once the promotion has one.</source>
        <translation>L’enveloppe apparaît dès que la promotion en a une.</translation>
    </message>
    <message>
        <source>The promotions' envelopes appear here once a promotion exists.</source>
        <translation>Les enveloppes des promotions apparaissent ici dès qu’une promotion existe.</translation>
    </message>
    <message>
        <source>The year's envelopes and grants appear once its promotions have some.</source>
        <translation>Les enveloppes et les montants accordés de l’exercice apparaissent dès que ses promotions en ont.</translation>
    </message>
    <message>
        <source>Nothing granted yet: the carriers appear as laureates are decided.</source>
        <translation>Rien d’accordé pour l’instant : les administrations porteuses apparaissent à mesure que les lauréats sont décidés.</translation>
    </message>
    <message>
        <source>Nothing granted yet: products and incubators appear as laureates are decided.</source>
        <translation>Rien d’accordé pour l’instant : produits et incubateurs apparaissent à mesure que les lauréats sont décidés.</translation>
    </message>
    <message>
        <source>The indicator appears once a year has laureate products or a target.</source>
        <translation>L’indicateur apparaît dès qu’un exercice a des produits lauréats ou une cible.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Comité FAST database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 n’est pas une base de données Comité FAST (ce n’est pas un fichier SQLite) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is incomplete (%2 bytes where its header announces at least %3); it was left untouched.</source>
        <translation>%1 est endommagé : le fichier est incomplet (%2 octets alors que son en-tête en annonce au moins %3) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: Comité FAST needs to write to it. Check the file's permissions.</source>
        <translation>La base de données %1 est en lecture seule : Comité FAST doit pouvoir y écrire. Vérifiez les droits du fichier.</translation>
    </message>
    <message>
        <source>The database %1 is in a read-only folder: Comité FAST needs to write its journal next to it. Check the permissions of %2.</source>
        <translation>La base de données %1 est dans un dossier en lecture seule : Comité FAST doit écrire son journal à côté. Vérifiez les droits de %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données %2.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is read-only.</source>
        <translation>Impossible de créer la base de données %1 : le dossier %2 est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Impossible de préparer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3); it was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Comité FAST (schéma %2 ; cette version lit jusqu’au schéma %3) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: the schema was changed outside Comité FAST: %2; it was left untouched.</source>
        <translation>%1 : le schéma a été modifié en dehors de Comité FAST : %2 ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite's check reports "%2"; it was left untouched.</source>
        <translation>%1 est endommagé : le contrôle de SQLite signale « %2 » ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 n’est pas une adresse de serveur : écrivez postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Impossible d’ouvrir %1 : le pilote PostgreSQL de Qt n’est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the committee on %1: %2</source>
        <translation>Impossible d’ouvrir le comité sur %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the committee on %1: %2</source>
        <translation>Impossible de préparer le comité sur %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the committee on %1: %2</source>
        <translation>Impossible de lire le comité sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>There is no database %1.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database yet.</source>
        <translation>%1 est vide : il ne contient pas encore de base de données.</translation>
    </message>
    <message>
        <source>%1 is not a Comité FAST database (it is not an SQLite file).</source>
        <translation>%1 n’est pas une base de données Comité FAST (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite ne peut pas la lire : %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3).</source>
        <translation>%1 a été écrit par une version plus récente de Comité FAST (schéma %2 ; cette version lit jusqu’au schéma %3).</translation>
    </message>
    <message>
        <source>SQLite's integrity check: %1</source>
        <translation>Contrôle d’intégrité de SQLite : %1</translation>
    </message>
    <message>
        <source>SQLite cannot read its schema: %1</source>
        <translation>SQLite ne peut pas lire son schéma : %1</translation>
    </message>
    <message>
        <source>the schema was changed outside Comité FAST: %1</source>
        <translation>le schéma a été modifié en dehors de Comité FAST : %1</translation>
    </message>
    <message>
        <source>SQLite cannot check its references: %1</source>
        <translation>SQLite ne peut pas vérifier ses références : %1</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>la ligne %1 de la table %2 renvoie à une ligne absente de la table %3</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>%1 already holds other promotions (%2): the demonstration is only written to a new or empty database, never over a committee's data.</source>
        <translation>%1 contient déjà d’autres promotions (%2) : la démonstration ne s’écrit que dans une base nouvelle ou vide, jamais par-dessus les données d’un comité.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the connection to %1: keep this committee open until they are sent, or quit Comité FAST to lose them.</source>
        <translation>
            <numerusform>%n modification attend encore la connexion à %1 : gardez ce comité ouvert jusqu’à son envoi, ou quittez Comité FAST pour la perdre.</numerusform>
            <numerusform>%n modifications attendent encore la connexion à %1 : gardez ce comité ouvert jusqu’à leur envoi, ou quittez Comité FAST pour les perdre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>db check takes no argument. Usage: %1</source>
        <translation>db check ne prend pas d’argument. Usage : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the database is sound (schema %2, %3, %4)</source>
        <translation>%1 : la base de données est saine (schéma %2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation>
            <numerusform>%n promotion</numerusform>
            <numerusform>%n promotions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: fast-committee db check [--db PATH] | db copy --from SOURCE --to TARGET ("%1" is not a db command).</source>
        <translation>Usage : fast-committee db check [--db CHEMIN] | db copy --from SOURCE --to CIBLE (« %1 » n’est pas une commande db).</translation>
    </message>
    <message>
        <source>The committee to copy: an SQLite file or a postgresql:// address.</source>
        <translation>Le comité à copier : un fichier SQLite ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>Where to copy it: a new SQLite file, or an empty database on a server.</source>
        <translation>Où le copier : un nouveau fichier SQLite, ou une base vide sur un serveur.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>db copy takes --from and --to. Usage: %1</source>
        <translation>db copy prend --from et --to. Usage : %1</translation>
    </message>
    <message>
        <source>There is no database %1.</source>
        <translation>Il n’y a pas de base de données %1.</translation>
    </message>
    <message>
        <source>%1 already exists: db copy writes a new file, never over one.</source>
        <translation>%1 existe déjà : db copy écrit un nouveau fichier, jamais par-dessus un autre.</translation>
    </message>
    <message>
        <source>db copy needs two databases; %1 is both.</source>
        <translation>db copy a besoin de deux bases ; %1 est les deux.</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2.</source>
        <translation>Rien n’a été copié vers %1 : %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3, %4, %5; every table's rows and every promotion's totals match to the cent.</source>
        <translation>%1 copié vers %2 : %3, %4, %5 ; les lignes de chaque table et les totaux de chaque promotion concordent au centime.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s)</source>
        <translation>
            <numerusform>%n ligne d’audit</numerusform>
            <numerusform>%n lignes d’audit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>La promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>The candidate's name (case and accents do not matter).</source>
        <translation>Le nom de la candidature (sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>laureate, waitlist, rejected, withdrawn or none (or the French words).</source>
        <translation>laureate, waitlist, rejected, withdrawn ou none (ou les mots français : lauréat, liste d’attente, non retenu, retiré, sans décision).</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DÉCISION</translation>
    </message>
    <message>
        <source>A laureate's granted amount (default: its eligible amount).</source>
        <translation>Le montant accordé à un lauréat (par défaut : son montant éligible).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --decision. Usage: %1</source>
        <translation>Indiquez --promotion, --candidate et --decision. Usage : %1</translation>
    </message>
    <message>
        <source>--decision: "%1" is not a decision; write one of %2.</source>
        <translation>--decision : « %1 » n’est pas une décision ; écrivez l’une de %2.</translation>
    </message>
    <message>
        <source>%1 has no candidate called "%2".</source>
        <translation>%1 n’a pas de candidature nommée « %2 ».</translation>
    </message>
    <message>
        <source>%1: %2, granted %3.</source>
        <translation>%1 : %2, accordé %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>No decision</source>
        <translation>Sans décision</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on %1</source>
        <translation>Décision sur %1</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Eligible amount:</source>
        <translation>Montant éligible :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Dé&amp;cision :</translation>
    </message>
    <message>
        <source>&amp;Granted amount:</source>
        <translation>Montant a&amp;ccordé :</translation>
    </message>
    <message>
        <source>Give the granted amount of the laureate.</source>
        <translation>Indiquez le montant accordé au lauréat.</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>%1, %2 granted</source>
        <translation>%1, %2 accordés</translation>
    </message>
    <message>
        <source>%1 was changed while you were deciding: it is now "%2". Nothing was written; decide again to replace it.</source>
        <translation>%1 a été modifiée pendant que vous décidiez : elle est maintenant « %2 ». Rien n’a été écrit ; décidez à nouveau pour la remplacer.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 while you were deciding: it is now "%4". Nothing was written; decide again to replace it.</source>
        <translation>%1 a été modifiée par %2 à %3 pendant que vous décidiez : elle est maintenant « %4 ». Rien n’a été écrit ; décidez à nouveau pour la remplacer.</translation>
    </message>
    <message>
        <source>%1's agreement was signed on %2 for %3: its decision and granted amount stay as they are. Record an amendment or the withdrawal in its follow-up instead.</source>
        <translation>La convention de %1 a été signée le %2 pour %3 : sa décision et son montant attribué restent tels quels. Enregistrez plutôt un avenant ou le retrait dans son suivi.</translation>
    </message>
</context>
<context>
    <name>DemoCommittee</name>
    <message>
        <source>The demonstration needs an empty database: FAST%1 already exists.</source>
        <translation>La démonstration demande une base de données vide : FAST%1 existe déjà.</translation>
    </message>
    <message>
        <source>The demonstration's notes of %1 do not match its committee.</source>
        <translation>Les notes de démonstration de %1 ne correspondent pas à son comité.</translation>
    </message>
    <message>
        <source>The demonstration's notes of %1 do not match its criteria.</source>
        <translation>Les notes de démonstration de %1 ne correspondent pas à ses critères.</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Comité FAST</source>
        <translation>Comité FAST</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>La base de données %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>En ouvrir une autre…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>En créer une nouvelle…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Committee databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données du comité (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Comité FAST: candidates, co-financing rule and laureates of the FAST fund.</source>
        <translation>Comité FAST : candidatures, règle de cofinancement et lauréats du fonds FAST.</translation>
    </message>
    <message>
        <source>The database file to open (created when missing).</source>
        <translation>Le fichier de base de données à ouvrir (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The name written to the audit log.</source>
        <translation>Le nom inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Open the window, let it paint once and exit (start-up benchmarks).</source>
        <translation>Ouvre la fenêtre, la laisse s’afficher une fois puis quitte (mesures de démarrage).</translation>
    </message>
    <message>
        <source>fast-committee: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, or give it a command: fast-committee --help.
</source>
        <translation>fast-committee : aucun écran sur lequel ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Lancez-le dans une session de bureau, ou donnez-lui une commande : fast-committee --help.
</translation>
    </message>
    <message>
        <source>Open an illustrative committee: in a temporary database, or in the --db file when given (a new or empty one, or a demonstration's).</source>
        <translation>Ouvre un comité fictif : dans une base temporaire, ou dans le fichier --db s’il est donné (nouveau ou vide, ou déjà une démonstration).</translation>
    </message>
</context>
<context>
    <name>EarlierApplicationsPanel</name>
    <message>
        <source>Applications of the candidate to other promotions</source>
        <translation>Candidatures de ce projet aux autres promotions</translation>
    </message>
    <message>
        <source>No application of %1 to another promotion.</source>
        <translation>Aucune candidature de %1 à une autre promotion.</translation>
    </message>
    <message numerus="yes">
        <source>%1 also applied to %n other promotion(s):</source>
        <translation>
            <numerusform>%1 a aussi candidaté à %n autre promotion :</numerusform>
            <numerusform>%1 a aussi candidaté à %n autres promotions :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCandidateCommand</name>
    <message>
        <source>Edit candidate %1</source>
        <translation>Modifier la candidature %1</translation>
    </message>
    <message>
        <source>The candidate "%1" is no longer in FAST%2.</source>
        <translation>La candidature « %1 » n’est plus dans FAST%2.</translation>
    </message>
</context>
<context>
    <name>EditPromotionCommand</name>
    <message>
        <source>Edit promotion %1</source>
        <translation>Modifier la promotion %1</translation>
    </message>
    <message>
        <source>The promotion %1 no longer exists.</source>
        <translation>La promotion %1 n’existe plus.</translation>
    </message>
</context>
<context>
    <name>EnvelopeChart</name>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>No promotion selected.</source>
        <translation>Aucune promotion sélectionnée.</translation>
    </message>
    <message>
        <source>%1 envelope: %2</source>
        <translation>Enveloppe de %1 : %2</translation>
    </message>
    <message>
        <source>Consumed: %1</source>
        <translation>Consommé : %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposé : %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Reste : %1</translation>
    </message>
</context>
<context>
    <name>EnvelopeGauge</name>
    <message>
        <source>Overspend: %1</source>
        <translation>Dépassement : %1</translation>
    </message>
</context>
<context>
    <name>EnvelopeGaugeBar</name>
    <message>
        <source>Envelope: %1. Consumed: %2. Proposed: %3. Remaining: %4.</source>
        <translation>Enveloppe : %1. Consommé : %2. Proposé : %3. Reste : %4.</translation>
    </message>
    <message>
        <source>Envelope %1</source>
        <translation>Enveloppe %1</translation>
    </message>
    <message>
        <source>Consumed: %1</source>
        <translation>Consommé : %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposé : %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Reste : %1</translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation>Enveloppe : %1</translation>
    </message>
    <message>
        <source>Envelope gauge. %1</source>
        <translation>Jauge de l’enveloppe. %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The promotion to export.</source>
        <translation>La promotion à exporter.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Le fichier à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>-o needs a file name. Usage: %1</source>
        <translation>-o demande un nom de fichier. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) of %2 exported.</source>
        <translation>
            <numerusform>%1 : %n candidature de %2 exportée.</numerusform>
            <numerusform>%1 : %n candidatures de %2 exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: list of the laureates of %2 written (%n laureate(s), %3 on the waitlist).</source>
        <translation>
            <numerusform>%1 : liste des lauréats de %2 écrite (%n lauréat, %3 en liste d’attente).</numerusform>
            <numerusform>%1 : liste des lauréats de %2 écrite (%n lauréats, %3 en liste d’attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still open: the list is marked provisional.</source>
        <translation>%1 est encore ouverte : la liste est marquée provisoire.</translation>
    </message>
    <message>
        <source>The issuing authority printed at the top of every page of the PDF.</source>
        <translation>L’autorité émettrice imprimée en tête de chaque page du PDF.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Give the format (pdf, csv or xlsx), --promotion NUMBER and -o FILE. Usage: %1</source>
        <translation>Indiquez le format (pdf, csv ou xlsx), --promotion NUMÉRO et -o FICHIER. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) of %2 exported with the ranking and the laureates.</source>
        <translation>
            <numerusform>%1 : %n candidature de %2 exportée avec le classement et les lauréats.</numerusform>
            <numerusform>%1 : %n candidatures de %2 exportées avec le classement et les lauréats.</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf: the official list of the laureates; csv: every candidate, in the columns the import reads; xlsx: a workbook of the candidates, the ranking and the laureates; schedule: the year's payment schedule (--year); follow-up: a laureate's follow-up sheet (--candidate).</source>
        <translation>pdf : la liste officielle des lauréats ; csv : toutes les candidatures, dans les colonnes que l’import lit ; xlsx : un classeur des candidatures, du classement et des lauréats ; schedule : l’échéancier de l’exercice (--year) ; follow-up : la fiche de suivi d’un lauréat (--candidate).</translation>
    </message>
    <message>
        <source>Unknown export format "%1": write pdf, csv, xlsx, schedule or follow-up. Usage: %2</source>
        <translation>Format d’export inconnu « %1 » : écrivez pdf, csv, xlsx, schedule ou follow-up. Usage : %2</translation>
    </message>
</context>
<context>
    <name>FollowUpAudit</name>
    <message>
        <source>%1 planned on %2</source>
        <translation>%1 prévus le %2</translation>
    </message>
    <message>
        <source>, paid %1 on %2</source>
        <translation>, %1 versés le %2</translation>
    </message>
    <message>
        <source>planned on %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>fait le %1</translation>
    </message>
</context>
<context>
    <name>FollowUpCommand</name>
    <message>
        <source>  tranche %1: %2 planned on %3</source>
        <translation>  tranche %1 : %2 prévus le %3</translation>
    </message>
    <message>
        <source>, paid %1 on %2</source>
        <translation>, %1 versés le %2</translation>
    </message>
    <message>
        <source>  not yet in a tranche: %1</source>
        <translation>  pas encore dans une tranche : %1</translation>
    </message>
    <message>
        <source>The promotion whose laureates to follow.</source>
        <translation>La promotion dont suivre les lauréats.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Prints the follow-up as JSON (amounts in cents, dates ISO).</source>
        <translation>Écrit le suivi en JSON (montants en centimes, dates ISO).</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n laureate(s); committed %2, paid %3, left to pay %4.</source>
        <translation>
            <numerusform>%1 : %n lauréat ; engagé %2, versé %3, reste à payer %4.</numerusform>
            <numerusform>%1 : %n lauréats ; engagé %2, versé %3, reste à payer %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals gave %1 back to the envelope.</source>
        <translation>Les retraits ont rendu %1 à l’enveloppe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>; granted %1, committed %2, paid %3, left to pay %4</source>
        <translation>; accordé %1, engagé %2, versé %3, reste à payer %4</translation>
    </message>
    <message>
        <source>; next: tranche %1, %2 on %3</source>
        <translation>; prochaine : tranche %1, %2 le %3</translation>
    </message>
    <message>
        <source>  agreement signed on %1</source>
        <translation>  convention signée le %1</translation>
    </message>
    <message>
        <source>  agreement %1 signed on %2</source>
        <translation>  convention %1 signée le %2</translation>
    </message>
    <message>
        <source>  amendment: %1 instead of %2 (%3)</source>
        <translation>  avenant : %1 au lieu de %2 (%3)</translation>
    </message>
    <message>
        <source>  withdrawn on %1: %2 back to the envelope%3</source>
        <translation>  retiré le %1 : %2 rendus à l’enveloppe%3</translation>
    </message>
    <message>
        <source>planned on %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>fait le %1</translation>
    </message>
    <message>
        <source>  LATE: %1</source>
        <translation>  EN RETARD : %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>%1 · %2 · granted %3 · committed %4 · paid %5 · left to pay %6</source>
        <translation>%1 · %2 · attribué %3 · engagé %4 · versé %5 · reste à payer %6</translation>
    </message>
    <message>
        <source>E&amp;xport Sheet (PDF)…</source>
        <translation>E&amp;xporter la fiche (PDF)…</translation>
    </message>
    <message>
        <source>The laureate's follow-up sheet, in French</source>
        <translation>La fiche de suivi du lauréat, en français</translation>
    </message>
</context>
<context>
    <name>FollowUpEdit</name>
    <message>
        <source>%1 withdrew on %2: its follow-up is closed.</source>
        <translation>%1 s’est retiré le %2 : son suivi est clos.</translation>
    </message>
    <message>
        <source>%1's agreement is already signed (on %2).</source>
        <translation>La convention de %1 est déjà signée (le %2).</translation>
    </message>
    <message>
        <source>%1: the agreement needs its date of signature.</source>
        <translation>%1 : la convention demande sa date de signature.</translation>
    </message>
    <message>
        <source>%1: a signature on %2 is outside %3–%4, the promotion's year and the five after it.</source>
        <translation>%1 : une signature le %2 est hors de %3–%4, l’année de la promotion et les cinq suivantes.</translation>
    </message>
    <message>
        <source>%1: the withdrawal needs its date.</source>
        <translation>%1 : le retrait demande sa date.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no tranche %2 (it has %n tranche(s)).</source>
        <translation>
            <numerusform>%1 n’a pas de tranche %2 (il a %n tranche).</numerusform>
            <numerusform>%1 n’a pas de tranche %2 (il a %n tranches).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tranche %2: the payment needs its date.</source>
        <translation>%1, tranche %2 : le paiement demande sa date.</translation>
    </message>
    <message>
        <source>%1, tranche %2 is already paid (%3 on %4).</source>
        <translation>%1, la tranche %2 est déjà versée (%3 le %4).</translation>
    </message>
    <message>
        <source>%1: the payment %2 is already recorded on tranche %3.</source>
        <translation>%1 : le paiement %2 est déjà enregistré sur la tranche %3.</translation>
    </message>
</context>
<context>
    <name>FollowUpExportCommand</name>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Le fichier à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The issuing authority printed at the top of every page.</source>
        <translation>L’autorité émettrice imprimée en tête de chaque page.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The budget year.</source>
        <translation>L’exercice budgétaire.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>The year's payment schedule across every promotion.</source>
        <translation>L’échéancier de l’exercice, toutes promotions.</translation>
    </message>
    <message>
        <source>Give --year YYYY and -o FILE. Usage: %1</source>
        <translation>Indiquez --year AAAA et -o FICHIER. Usage : %1</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year between %2 and %3.</source>
        <translation>--year : « %1 » n’est pas une année entre %2 et %3.</translation>
    </message>
    <message>
        <source>-o needs a file name. Usage: %1</source>
        <translation>-o demande un nom de fichier. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: payment schedule %2 written (%n laureate(s) in the detail; remaining to pay at 31/12/%2: %3).</source>
        <translation>
            <numerusform>%1 : échéancier %2 écrit (%n lauréat dans le détail ; reste à payer au 31/12/%2 : %3).</numerusform>
            <numerusform>%1 : échéancier %2 écrit (%n lauréats dans le détail ; reste à payer au 31/12/%2 : %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The laureate's promotion.</source>
        <translation>La promotion du lauréat.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>Le nom du lauréat (majuscules et accents indifférents).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>One laureate's follow-up sheet.</source>
        <translation>La fiche de suivi d’un lauréat.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER, --candidate NAME and -o FILE. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO, --candidate NOM et -o FICHIER. Usage : %1</translation>
    </message>
    <message>
        <source>%1 has no candidate called "%2".</source>
        <translation>%1 n’a pas de candidature nommée « %2 ».</translation>
    </message>
    <message>
        <source>%1 / %2 is not a laureate: only a laureate has a follow-up sheet.</source>
        <translation>%1 / %2 n’est pas lauréat : seul un lauréat a une fiche de suivi.</translation>
    </message>
    <message>
        <source>%1: follow-up sheet of %2 written.</source>
        <translation>%1 : fiche de suivi de %2 écrite.</translation>
    </message>
</context>
<context>
    <name>FollowUpPdfExport</name>
    <message>
        <source>Payment schedule %1 written to %2</source>
        <translation>Échéancier %1 écrit dans %2</translation>
    </message>
    <message>
        <source>This laureate no longer exists.</source>
        <translation>Ce lauréat n’existe plus.</translation>
    </message>
    <message>
        <source>Follow-up sheet of %1 written to %2</source>
        <translation>Fiche de suivi de %1 écrite dans %2</translation>
    </message>
    <message>
        <source>Export the payment schedule %1</source>
        <translation>Exporter l’échéancier %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the follow-up sheet of %1</source>
        <translation>Exporter la fiche de suivi de %1</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF non écrit</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>the laureates' follow-up</source>
        <translation>le suivi des lauréats</translation>
    </message>
    <message>
        <source>The database refused the follow-up of %1: %2</source>
        <translation>La base de données a refusé le suivi de %1 : %2</translation>
    </message>
    <message>
        <source>the opening key of %1</source>
        <translation>la clé d’ouverture de %1</translation>
    </message>
    <message>
        <source>The database refused the opening key of %1: %2</source>
        <translation>La base de données a refusé la clé d’ouverture de %1 : %2</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>to sign</source>
        <translation>à signer</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>paying</source>
        <translation>en paiement</translation>
    </message>
    <message>
        <source>paid in full</source>
        <translation>soldé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>This laureate no longer exists or is no longer a laureate.</source>
        <translation>Ce lauréat n’existe plus ou n’est plus lauréat.</translation>
    </message>
    <message>
        <source>%1 / %2 is not a laureate: only a laureate has a follow-up.</source>
        <translation>%1 / %2 n’est pas lauréat : seul un lauréat a un suivi.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>late: %1</source>
        <translation>en retard : %1</translation>
    </message>
    <message numerus="yes">
        <source>late: %1 and %n more</source>
        <translation>
            <numerusform>en retard : %1 et %n autre</numerusform>
            <numerusform>en retard : %1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Withdrawn before any payment: %1 back to the envelope</source>
        <translation>Retiré avant tout paiement : %1 reviennent à l’enveloppe</translation>
    </message>
    <message>
        <source>Amended: %1</source>
        <translation>Avenant : %1</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Late items</source>
        <translation>Retards</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Open follow-&amp;up…</source>
        <translation>&amp;Ouvrir le suivi…</translation>
    </message>
    <message>
        <source>The laureate's agreement, payment tranches and accompaniment (Enter)</source>
        <translation>La convention du lauréat, ses tranches de paiement et son accompagnement (Entrée)</translation>
    </message>
    <message>
        <source>No laureate in FAST%1 yet: the follow-up starts with the decision.</source>
        <translation>Pas encore de lauréat dans FAST%1 : le suivi commence avec la décision.</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s) · committed %1 · paid %2 · left to pay %3</source>
        <translation>
            <numerusform>%n lauréat · engagé %1 · versé %2 · reste à payer %3</numerusform>
            <numerusform>%n lauréats · engagé %1 · versé %2 · reste à payer %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals before any payment gave %1 back to the promotion's envelope.</source>
        <translation>Les retraits avant tout paiement ont rendu %1 à l’enveloppe de la promotion.</translation>
    </message>
    <message>
        <source>Import Pa&amp;yments…</source>
        <translation>Importer des pa&amp;iements…</translation>
    </message>
    <message>
        <source>E&amp;xport Sheet (PDF)…</source>
        <translation>E&amp;xporter la fiche (PDF)…</translation>
    </message>
    <message>
        <source>Open follow-up…</source>
        <translation>Ouvrir le suivi…</translation>
    </message>
    <message>
        <source>Export Sheet (PDF)…</source>
        <translation>Exporter la fiche (PDF)…</translation>
    </message>
    <message>
        <source>The selected laureate's follow-up sheet, in French</source>
        <translation>La fiche de suivi du lauréat sélectionné, en français</translation>
    </message>
    <message>
        <source>Records the bank's file of payments (%1), all or nothing</source>
        <translation>Enregistre le fichier des paiements de la banque (%1), tout ou rien</translation>
    </message>
</context>
<context>
    <name>FormSaveBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Enregistrement impossible pour l’instant : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>GrantBreakdown</name>
    <message>
        <source>Carrier not given</source>
        <translation>Administration non indiquée</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>GuideFindBar</name>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>HearingClock</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Running order…</source>
        <translation>Ordre de passage…</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time left for the candidate</source>
        <translation>Temps restant pour la candidature</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No candidate to hear</source>
        <translation>Aucune candidature à auditionner</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dépassement</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
    <message numerus="yes">
        <source>Import %n candidate(s)</source>
        <translation>
            <numerusform>Importer %n candidature</numerusform>
            <numerusform>Importer %n candidatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportChangesView</name>
    <message>
        <source>Also &amp;change decided candidates</source>
        <translation>&amp;Modifier aussi les candidatures décidées</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Changements que ferait l’import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>The committee has decided on these candidates: by default the import leaves them as they are.</source>
        <translation>Le comité a statué sur ces candidatures : par défaut, l’import les laisse telles quelles.</translation>
    </message>
    <message>
        <source>Decided, changed too (%1)</source>
        <translation>Décidées, modifiées aussi (%1)</translation>
    </message>
    <message>
        <source>Decided, left as they are (%1)</source>
        <translation>Décidées, laissées telles quelles (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>À ajouter (%1)</translation>
    </message>
    <message>
        <source>new, without file number</source>
        <translation>nouvelle, sans numéro de dossier</translation>
    </message>
    <message>
        <source>new, file number %1</source>
        <translation>nouvelle, dossier n° %1</translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation>À mettre à jour (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Inchangées (%1)</translation>
    </message>
    <message>
        <source>&amp;Import %1, update %2</source>
        <translation>&amp;Importer %1, mettre à jour %2</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>&amp;Mettre à jour %1</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Importer %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided left as it is</source>
        <translation>
            <numerusform>%n décidée laissée telle quelle</numerusform>
            <numerusform>%n décidées laissées telles quelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1 by file number: %2. The decided candidates cannot all be changed: line %3: %4</source>
        <translation>Comparé à %1 par numéro de dossier : %2. Les candidatures décidées ne peuvent pas toutes être modifiées : ligne %3 : %4</translation>
    </message>
    <message>
        <source>Compared with %1 by file number: %2. Nothing to import.</source>
        <translation>Comparé à %1 par numéro de dossier : %2. Rien à importer.</translation>
    </message>
    <message>
        <source>Compared with %1 by file number: %2. Nothing is written until you press Import.</source>
        <translation>Comparé à %1 par numéro de dossier : %2. Rien n’est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The promotion to import into.</source>
        <translation>La promotion dans laquelle importer.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Checks the file and writes nothing.</source>
        <translation>Vérifie le fichier sans rien écrire.</translation>
    </message>
    <message>
        <source>%1 is closed: nothing was imported. Reopen it with a reason first.</source>
        <translation>%1 est clôturée : rien n’a été importé. Rouvrez-la d’abord en indiquant un motif.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported into %1.</source>
        <translation>
            <numerusform>%n problème : rien n’a été importé dans %1.</numerusform>
            <numerusform>%n problèmes : rien n’a été importé dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) would be imported into %2; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>%1 : %n candidature serait importée dans %2 ; rien n’a été écrit (--dry-run).</numerusform>
            <numerusform>%1 : %n candidatures seraient importées dans %2 ; rien n’a été écrit (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) imported into %2.</source>
        <translation>
            <numerusform>%1 : %n candidature importée dans %2.</numerusform>
            <numerusform>%1 : %n candidatures importées dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet of an XLSX or ODS file to import (the first by default).</source>
        <translation>La feuille du fichier XLSX ou ODS à importer (la première par défaut).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The call's export, as .xlsx, .ods or .csv. Columns: %1</source>
        <translation>L’export de l’appel à candidatures, en .xlsx, .ods ou .csv. Colonnes : %1</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER and exactly one file. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO et exactement un fichier. Usage : %1</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: --sheet is for .xlsx and .ods files; nothing was imported.</source>
        <translation>%1 n’est pas un classeur : --sheet s’applique aux fichiers .xlsx et .ods ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Also changes the candidates already decided that the file changes (left as they are by default).</source>
        <translation>Modifie aussi les candidatures déjà décidées que le fichier change (laissées telles quelles par défaut).</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1 : %2 ; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportFileReader</name>
    <message>
        <source>Mapping « %1 » replaced.</source>
        <translation>Correspondance « %1 » remplacée.</translation>
    </message>
    <message>
        <source>Mapping « %1 » saved.</source>
        <translation>Correspondance « %1 » enregistrée.</translation>
    </message>
</context>
<context>
    <name>ImportMappingOptions</name>
    <message>
        <source>Reads the file through the column mapping saved under NAME.</source>
        <translation>Lit le fichier avec la correspondance de colonnes enregistrée sous NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FIELD=TITLE</source>
        <translation>CHAMP=TITRE</translation>
    </message>
    <message>
        <source>Saves the column mapping used under NAME.</source>
        <translation>Enregistre sous NOM la correspondance de colonnes utilisée.</translation>
    </message>
    <message>
        <source>no column mapping is saved under "%1": there is no saved mapping yet</source>
        <translation>aucune correspondance de colonnes n’est enregistrée sous « %1 » : il n’y a encore aucune correspondance enregistrée</translation>
    </message>
    <message>
        <source>no column mapping is saved under "%1"; the saved mappings are %2</source>
        <translation>aucune correspondance de colonnes n’est enregistrée sous « %1 » ; les correspondances enregistrées sont %2</translation>
    </message>
    <message>
        <source>--map %1: "%2" is not a field; the fields are %3</source>
        <translation>--map %1 : « %2 » n’est pas un champ ; les champs sont %3</translation>
    </message>
    <message>
        <source>--map %1: the file has no column "%2"; its columns are %3</source>
        <translation>--map %1 : le fichier n’a pas de colonne « %2 » ; ses colonnes sont %3</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Correspondance des colonnes :</translation>
    </message>
    <message>
        <source>Column mapping « %1 »:</source>
        <translation>Correspondance des colonnes « %1 » :</translation>
    </message>
    <message>
        <source>  %1 ← (not in the file)</source>
        <translation>  %1 ← (absent du fichier)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>given</source>
        <translation>indiquée</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>  %1 ← %2 (%3)</source>
        <translation>  %1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>  kept as other answers: %1</source>
        <translation>  gardées comme autres réponses : %1</translation>
    </message>
    <message>
        <source>Column mapping « %1 » replaced.</source>
        <translation>Correspondance des colonnes « %1 » remplacée.</translation>
    </message>
    <message>
        <source>Column mapping « %1 » saved.</source>
        <translation>Correspondance des colonnes « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Reads the field from the column so titled, e.g. budget_annuel="Budget annuel du projet (€)" (repeatable; an empty title leaves the field unmapped). Fields: %1</source>
        <translation>Lit le champ dans la colonne de ce titre, par exemple budget_annuel=« Budget annuel du projet (€) » (répétable ; un titre vide laisse le champ sans colonne). Champs : %1</translation>
    </message>
</context>
<context>
    <name>ImportPlanCommand</name>
    <message numerus="yes">
        <source>Update %n candidate(s)</source>
        <translation>
            <numerusform>Mettre à jour %n candidature</numerusform>
            <numerusform>Mettre à jour %n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %1 and update %n candidate(s)</source>
        <translation>
            <numerusform>Importer %1 et mettre à jour %n candidature</numerusform>
            <numerusform>Importer %1 et mettre à jour %n candidatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlanRun</name>
    <message numerus="yes">
        <source>%1: %n candidate(s) would be added, %2 updated, %3 unchanged into %4; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>%1 : %n candidature serait ajoutée, %2 mises à jour, %3 inchangées dans %4 ; rien n’a été écrit (--dry-run).</numerusform>
            <numerusform>%1 : %n candidatures seraient ajoutées, %2 mises à jour, %3 inchangées dans %4 ; rien n’a été écrit (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %3 is decided (%4): %n change(s) left as they are; --update-decided applies them.</source>
        <translation>
            <numerusform>%1:%2: %3 est décidée (%4) : %n changement laissé de côté ; --update-decided l’applique.</numerusform>
            <numerusform>%1:%2: %3 est décidée (%4) : %n changements laissés de côté ; --update-decided les applique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) added, %2 updated, %3 unchanged into %4.</source>
        <translation>
            <numerusform>%1 : %n candidature ajoutée, %2 mises à jour, %3 inchangées dans %4.</numerusform>
            <numerusform>%1 : %n candidatures ajoutées, %2 mises à jour, %3 inchangées dans %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1 into %2</source>
        <translation>Importer %1 dans %2</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The file holds no candidate: nothing to import.</source>
        <translation>Le fichier ne contient aucune candidature : rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will be added to %1. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%n candidature sera ajoutée à %1. Rien n’est écrit avant d’appuyer sur Importer.</numerusform>
            <numerusform>%n candidatures seront ajoutées à %1. Rien n’est écrit avant d’appuyer sur Importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problème trouvé : rien ne sera importé tant que le fichier n’est pas corrigé.</numerusform>
            <numerusform>%n problèmes trouvés : rien ne sera importé tant que le fichier n’est pas corrigé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Administration porteuse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Feuille à importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>No year with promotions or a target yet.</source>
        <translation>Aucun exercice avec des promotions ou une cible pour l’instant.</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1 : pas de données</translation>
    </message>
    <message>
        <source>/ target %1</source>
        <translation>/ cible %1</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n realised</source>
        <translation>
            <numerusform>%1 : %n réalisé</numerusform>
            <numerusform>%1 : %n réalisés</numerusform>
        </translation>
    </message>
    <message>
        <source>decision year</source>
        <translation>année de décision</translation>
    </message>
    <message>
        <source>agreement year</source>
        <translation>année de convention</translation>
    </message>
    <message>
        <source>Co&amp;unt products by:</source>
        <translation>Co&amp;mpter les produits par :</translation>
    </message>
    <message>
        <source>Indicator 1.2: %1, %2</source>
        <translation>Indicateur 1.2 : %1, %2</translation>
    </message>
</context>
<context>
    <name>IndicatorSeries</name>
    <message>
        <source>Number of products supported by FAST</source>
        <translation>Nombre de produits accompagnés par le FAST</translation>
    </message>
    <message>
        <source>by decision year</source>
        <translation>par année de décision</translation>
    </message>
    <message>
        <source>by agreement year</source>
        <translation>par année de convention</translation>
    </message>
</context>
<context>
    <name>IndicatorTargetEditor</name>
    <message>
        <source>No target</source>
        <translation>Sans cible</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Cible pour %1</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Of the target</source>
        <translation>Part de la cible</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LaureateFollowUp</name>
    <message>
        <source>tranche %1 due on %2</source>
        <translation>tranche %1 due le %2</translation>
    </message>
    <message>
        <source>%1 planned on %2</source>
        <translation>%1 prévu le %2</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Référence de la convention</translation>
    </message>
    <message>
        <source>Amendment reason</source>
        <translation>Motif de l’avenant</translation>
    </message>
    <message>
        <source>Withdrawal reason</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence du paiement</translation>
    </message>
    <message>
        <source>Milestone note</source>
        <translation>Note du jalon</translation>
    </message>
    <message>
        <source>%1 has no granted amount: only a laureate has a follow-up.</source>
        <translation>%1 n’a pas de montant accordé : seul un lauréat a un suivi.</translation>
    </message>
    <message>
        <source>%1: an amendment changes a signed agreement; sign the agreement first.</source>
        <translation>%1 : un avenant modifie une convention signée ; signez d’abord la convention.</translation>
    </message>
    <message>
        <source>%1: the amended commitment must be more than %2 (it is %3); withdraw the laureate instead.</source>
        <translation>%1 : l’engagement modifié doit dépasser %2 (il est de %3) ; retirez plutôt le lauréat.</translation>
    </message>
    <message>
        <source>%1: the amendment that commits %2 instead of the granted %3 needs its reason.</source>
        <translation>%1 : l’avenant qui engage %2 au lieu des %3 accordés demande son motif.</translation>
    </message>
    <message>
        <source>%1: an amendment's reason without an amended amount.</source>
        <translation>%1 : un motif d’avenant sans montant modifié.</translation>
    </message>
    <message>
        <source>%1: withdrawn on %2, before the agreement was signed on %3.</source>
        <translation>%1 : retiré le %2, avant la signature de la convention le %3.</translation>
    </message>
    <message>
        <source>%1, tranche %2</source>
        <translation>%1, tranche %2</translation>
    </message>
    <message>
        <source>%1: the tranches must be numbered 1 to %2 in order.</source>
        <translation>%1 : les tranches doivent être numérotées de 1 à %2 dans l’ordre.</translation>
    </message>
    <message>
        <source>%1 has no planned date.</source>
        <translation>%1 n’a pas de date prévue.</translation>
    </message>
    <message>
        <source>%1: the planned amount must be more than %2 (it is %3).</source>
        <translation>%1 : le montant prévu doit dépasser %2 (il est de %3).</translation>
    </message>
    <message>
        <source>%1 is paid but the agreement is not signed: sign it before any payment.</source>
        <translation>%1 est versée mais la convention n’est pas signée : signez-la avant tout paiement.</translation>
    </message>
    <message>
        <source>%1: the amount paid must be more than %2 (it is %3).</source>
        <translation>%1 : le montant versé doit dépasser %2 (il est de %3).</translation>
    </message>
    <message>
        <source>%1 is paid on %2, before the agreement was signed on %3.</source>
        <translation>%1 est versée le %2, avant la signature de la convention le %3.</translation>
    </message>
    <message>
        <source>%1 is paid on %2, after the laureate withdrew on %3.</source>
        <translation>%1 est versée le %2, après le retrait du lauréat le %3.</translation>
    </message>
    <message>
        <source>%1: an amount paid without a payment date.</source>
        <translation>%1 : un montant versé sans date de paiement.</translation>
    </message>
    <message>
        <source>%1 of %2 brings the tranches to %3, %4 more than the commitment of %5.</source>
        <translation>%1 de %2 porte les tranches à %3, %4 de plus que l’engagement de %5.</translation>
    </message>
    <message>
        <source>%1: the milestone "%2" is given twice.</source>
        <translation>%1 : le jalon « %2 » est donné deux fois.</translation>
    </message>
</context>
<context>
    <name>LaureateListPrinter</name>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>L’imprimante %1 n’est pas disponible.</translation>
    </message>
    <message>
        <source>The list could not be printed: %1</source>
        <translation>La liste n’a pas pu être imprimée : %1</translation>
    </message>
</context>
<context>
    <name>LaureateOption</name>
    <message>
        <source>%1 has no candidate called "%2".</source>
        <translation>%1 n’a pas de candidature nommée « %2 ».</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date: write 2025-07-14 or 14/07/2025.</source>
        <translation>--%1 : « %2 » n’est pas une date : écrivez 2025-07-14 ou 14/07/2025.</translation>
    </message>
</context>
<context>
    <name>LiftRecusalCommand</name>
    <message>
        <source>Lift the recusal of %1 on %2</source>
        <translation>Lever le déport de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barre d’&amp;outils</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>Nouvelle promotion</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>List (PDF)</source>
        <translation>Liste (PDF)</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Mode séance</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open the &amp;Demonstration</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import Candidates (CSV)…</source>
        <translation>&amp;Importer des candidatures (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find Candidate</source>
        <translation>&amp;Rechercher une candidature</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>&amp;Ajouter une candidature…</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>&amp;Modifier la candidature…</translation>
    </message>
    <message>
        <source>&amp;Remove Candidate…</source>
        <translation>&amp;Supprimer la candidature…</translation>
    </message>
    <message>
        <source>&amp;New Promotion…</source>
        <translation>&amp;Nouvelle promotion…</translation>
    </message>
    <message>
        <source>&amp;Edit Promotion…</source>
        <translation>&amp;Modifier la promotion…</translation>
    </message>
    <message>
        <source>&amp;Close Promotion…</source>
        <translation>&amp;Clôturer la promotion…</translation>
    </message>
    <message>
        <source>Re&amp;open Promotion…</source>
        <translation>R&amp;ouvrir la promotion…</translation>
    </message>
    <message>
        <source>&amp;Session Mode (large text)</source>
        <translation>Mode &amp;séance (grands caractères)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Candidature</translation>
    </message>
    <message>
        <source>&amp;Promotion</source>
        <translation>&amp;Promotion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language (applies at restart)</source>
        <translation>&amp;Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Comité FAST</source>
        <translation>À &amp;propos de Comité FAST</translation>
    </message>
    <message>
        <source>Promotions by year</source>
        <translation>Promotions par année</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Demonstration database (illustrative): the ten FAST13 laureates and the 2.55 M€ total are public; every other amount, the carriers, the other candidates and the other promotions are invented for the demonstration.</source>
        <translation>Base de démonstration (illustratif) : les dix lauréats de FAST13 et le total de 2,55 M€ sont publics ; tous les autres montants, les administrations porteuses, les autres candidatures et les autres promotions sont inventés pour la démonstration.</translation>
    </message>
    <message>
        <source>Search a project, carrier or incubator (%1)</source>
        <translation>Rechercher un projet, une administration ou un incubateur (%1)</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Rechercher des candidatures</translation>
    </message>
    <message>
        <source>Candidates of the promotion</source>
        <translation>Candidatures de la promotion</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demonstration: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la démonstration : %1</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (clôturée)</translation>
    </message>
    <message>
        <source>%1 is closed: read-only.</source>
        <translation>%1 est clôturée : lecture seule.</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 est ouverte.</translation>
    </message>
    <message>
        <source>No promotion yet: create one from the Promotion menu.</source>
        <translation>Aucune promotion pour l’instant : créez-en une depuis le menu Promotion.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <source>%1 — year %2</source>
        <translation>%1 — exercice %2</translation>
    </message>
    <message>
        <source>Co-financing: %1</source>
        <translation>Cofinancement : %1</translation>
    </message>
    <message>
        <source>minimum score %1/100</source>
        <translation>note minimale %1/100</translation>
    </message>
    <message>
        <source>committee on %1</source>
        <translation>comité le %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>Candidatures : %1</translation>
    </message>
    <message>
        <source>Candidates: %1 (%2 shown)</source>
        <translation>Candidatures : %1 (%2 affichées)</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Demandé : %1</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation>Éligible : %1</translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation>Enveloppe : %1</translation>
    </message>
    <message>
        <source>Consumed: %1</source>
        <translation>Consommé : %1</translation>
    </message>
    <message>
        <source>Remaining: %1 (overspent by %2)</source>
        <translation>Reste : %1 (dépassement de %2)</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Reste : %1</translation>
    </message>
    <message>
        <source>&amp;View Candidate…</source>
        <translation>&amp;Voir la candidature…</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it to change anything.</source>
        <translation>%1 est clôturée : rouvrez-la pour la modifier.</translation>
    </message>
    <message>
        <source>Comité FAST</source>
        <translation>Comité FAST</translation>
    </message>
    <message>
        <source>Comité FAST — demonstration (illustrative amounts)</source>
        <translation>Comité FAST — démonstration (montants illustratifs)</translation>
    </message>
    <message>
        <source>%1 — Comité FAST</source>
        <translation>%1 — Comité FAST</translation>
    </message>
    <message>
        <source>Reopening a promotion needs a written reason.</source>
        <translation>Rouvrir une promotion demande un motif écrit.</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Supprimer la candidature</translation>
    </message>
    <message>
        <source>Remove %1 from %2? You can undo it with %3.</source>
        <translation>Supprimer %1 de %2 ? Vous pourrez annuler avec %3.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason is written to the audit log.</source>
        <translation>Pourquoi rouvrir %1 ? Le motif est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Committee databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données du comité (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Import candidates</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>The language will change at the next start of the application.</source>
        <translation>La langue changera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it with Open Database.</source>
        <translation>%1 existe déjà : choisissez un autre nom, ou ouvrez-la avec Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Envelopes of %1: %2</source>
        <translation>Enveloppes de %1 : %2</translation>
    </message>
    <message>
        <source>Annual budget of the fund: %1</source>
        <translation>Budget annuel du fonds : %1</translation>
    </message>
    <message>
        <source>temporary demonstration database</source>
        <translation>base de démonstration temporaire</translation>
    </message>
    <message>
        <source>%1 · operator: %2</source>
        <translation>%1 · opérateur : %2</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates</source>
        <translation>Ca&amp;ndidatures</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>&amp;Export Laureate List (PDF)…</source>
        <translation>&amp;Exporter la liste des lauréats (PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;Candidates (CSV)…</source>
        <translation>Exporter les &amp;candidatures (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print Laureate List…</source>
        <translation>Im&amp;primer la liste des lauréats…</translation>
    </message>
    <message>
        <source>Promotion &amp;History…</source>
        <translation>&amp;Historique des promotions…</translation>
    </message>
    <message>
        <source>&amp;Search All Promotions…</source>
        <translation>Rechercher dans &amp;toutes les promotions…</translation>
    </message>
    <message>
        <source>&amp;Compare Promotions…</source>
        <translation>&amp;Comparer les promotions…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The audit log now records changes as %1.</source>
        <translation>Le journal d’audit enregistre désormais les modifications au nom de %1.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>No&amp;tation</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>C&amp;lassement</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>No promotion is shown.</source>
        <translation>Aucune promotion n’est affichée.</translation>
    </message>
    <message>
        <source>List of the laureates of %1 written to %2</source>
        <translation>Liste des lauréats de %1 écrite dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of %1 exported to %2</source>
        <translation>
            <numerusform>%n candidature de %1 exportée vers %2</numerusform>
            <numerusform>%n candidatures de %1 exportées vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>List of the laureates of %1 sent to %2</source>
        <translation>Liste des lauréats de %1 envoyée à %2</translation>
    </message>
    <message>
        <source>Export the list of the laureates</source>
        <translation>Exporter la liste des lauréats</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the candidates</source>
        <translation>Exporter les candidatures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print the list of the laureates of %1</source>
        <translation>Imprimer la liste des lauréats de %1</translation>
    </message>
    <message>
        <source>Promotions &amp;Panel</source>
        <translation>&amp;Panneau des promotions</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.ods *.csv);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs et CSV (*.xlsx *.ods *.csv);;Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The promotions could not be read.</source>
        <translation>Les promotions n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Connect to a &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Export &amp;Spreadsheet (XLSX)…</source>
        <translation>Exporter le &amp;tableur (XLSX)…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of %1 exported with the ranking and the laureates to %2</source>
        <translation>
            <numerusform>%n candidature de %1 exportée avec le classement et les lauréats vers %2</numerusform>
            <numerusform>%n candidatures de %1 exportées avec le classement et les lauréats vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the spreadsheet</source>
        <translation>Exporter le tableur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: kept until the server is back</source>
        <translation>%1 : en attente du retour du serveur</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>S&amp;uivi</translation>
    </message>
    <message>
        <source>%1 is closed: its candidates and decisions are read-only; its laureates' follow-up stays open. To change the rest, reopen it from the Promotion menu (a written reason is required).</source>
        <translation>%1 est clôturée : ses candidatures et décisions sont en lecture seule ; le suivi de ses lauréats reste ouvert. Pour modifier le reste, rouvrez-la depuis le menu Promotion (un motif écrit est exigé).</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Cannot save the committee member: %1</source>
        <translation>Impossible d’enregistrer le membre du comité : %1</translation>
    </message>
    <message>
        <source>Cannot remove the committee member: %1</source>
        <translation>Impossible de retirer le membre du comité : %1</translation>
    </message>
    <message>
        <source>the committee members</source>
        <translation>les membres du comité</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>The promotion whose committee it is.</source>
        <translation>La promotion dont c’est le comité.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>The members' names, one argument each.</source>
        <translation>Les noms des membres, un argument chacun.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER and at least one name. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO et au moins un nom. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added to the committee of %1: %2.</source>
        <translation>
            <numerusform>%n membre ajouté au comité de %1 : %2.</numerusform>
            <numerusform>%n membres ajoutés au comité de %1 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promotion.</source>
        <translation>La promotion.</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Affiche un tableau JSON.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO. Usage : %1</translation>
    </message>
    <message>
        <source>The committee of %1 has no member yet.</source>
        <translation>Le comité de %1 n’a pas encore de membre.</translation>
    </message>
    <message>
        <source>Usage: fast-committee members add|copy|list ... ("%1" is not one of them).</source>
        <translation>Usage : fast-committee members add|copy|list ... (« %1 » n’en fait pas partie).</translation>
    </message>
    <message>
        <source>The promotion that receives the committee.</source>
        <translation>La promotion qui reçoit le comité.</translation>
    </message>
    <message>
        <source>The earlier promotion whose members and criteria are copied.</source>
        <translation>La promotion antérieure dont les membres et les critères sont copiés.</translation>
    </message>
    <message>
        <source>Give --from NUMBER and --promotion NUMBER. Usage: %1</source>
        <translation>Indiquez --from NUMÉRO et --promotion NUMÉRO. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) copied from %1 to %2</source>
        <translation>
            <numerusform>%n membre copié de %1 vers %2</numerusform>
            <numerusform>%n membres copiés de %1 vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the committee: %1.</source>
        <translation>Déjà au comité : %1.</translation>
    </message>
    <message>
        <source>Criteria copied from %1.</source>
        <translation>Critères copiés de %1.</translation>
    </message>
    <message>
        <source>The criteria were already those of %1.</source>
        <translation>Les critères étaient déjà ceux de %1.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database has schema version %1; this version of Comité FAST reads up to %2.</source>
        <translation>La base de données est au schéma %1 ; cette version de Comité FAST lit jusqu’au schéma %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema version %1: %2</source>
        <translation>Impossible de mettre la base de données au schéma %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the database's schema version: %1</source>
        <translation>Impossible d’enregistrer la version du schéma de la base de données : %1</translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>Kick-off</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Revue à mi-parcours</translation>
    </message>
    <message>
        <source>End of accompaniment</source>
        <translation>Fin de l’accompagnement</translation>
    </message>
</context>
<context>
    <name>MilestoneCommand</name>
    <message>
        <source>Usage: fast-committee milestone set ... ("%1" is not one of them).</source>
        <translation>Usage : fast-committee milestone set ... (« %1 » n’en fait pas partie).</translation>
    </message>
    <message>
        <source>The laureate's promotion.</source>
        <translation>La promotion du lauréat.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>Le nom du lauréat (majuscules et accents indifférents).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>kickoff, midterm or end.</source>
        <translation>kickoff (lancement), midterm (revue à mi-parcours) ou end (fin).</translation>
    </message>
    <message>
        <source>MILESTONE</source>
        <translation>JALON</translation>
    </message>
    <message>
        <source>The planned date.</source>
        <translation>La date prévue.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The date it was done.</source>
        <translation>La date où il a été fait.</translation>
    </message>
    <message>
        <source>A free note.</source>
        <translation>Une note libre.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --milestone. Usage: %1</source>
        <translation>Indiquez --promotion, --candidate et --milestone. Usage : %1</translation>
    </message>
    <message>
        <source>--milestone: "%1" is not a milestone; write kickoff, midterm or end.</source>
        <translation>--milestone : « %1 » n’est pas un jalon ; écrivez kickoff, midterm ou end.</translation>
    </message>
    <message>
        <source>planned on %1</source>
        <translation>prévu le %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>fait le %1</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1 : %2 : %3.</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Accompaniment</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>&amp;Fait le :</translation>
    </message>
    <message>
        <source>Save the &amp;milestone</source>
        <translation>Enregistrer le &amp;jalon</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Planned on:</source>
        <translation>Prévu le :</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Set the %1 of %2</source>
        <translation>Jalon « %1 » de %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>Le montant est vide.</translation>
    </message>
    <message>
        <source>The amount "%1" has no digits.</source>
        <translation>Le montant « %1 » ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>The amount "%1" is negative: amounts must be zero or more.</source>
        <translation>Le montant « %1 » est négatif : les montants doivent être positifs ou nuls.</translation>
    </message>
    <message>
        <source>The amount "%1" contains letters: only digits, spaces, a decimal comma and € are accepted.</source>
        <translation>Le montant « %1 » contient des lettres : seuls les chiffres, les espaces, une virgule décimale et € sont acceptés.</translation>
    </message>
    <message>
        <source>The amount "%1" contains the unexpected character "%2".</source>
        <translation>Le montant « %1 » contient le caractère inattendu « %2 ».</translation>
    </message>
    <message>
        <source>The amount "%1" has more than one decimal comma.</source>
        <translation>Le montant « %1 » a plus d’une virgule décimale.</translation>
    </message>
    <message>
        <source>The amount "%1" must have one or two digits after its decimal comma.</source>
        <translation>Le montant « %1 » doit avoir un ou deux chiffres après sa virgule décimale.</translation>
    </message>
    <message>
        <source>The amount "%1" is ambiguous: a comma followed by three digits could group thousands. Write "%2" for thousands or use at most two decimals.</source>
        <translation>Le montant « %1 » est ambigu : une virgule suivie de trois chiffres pourrait séparer les milliers. Écrivez « %2 » pour des milliers, ou au plus deux décimales.</translation>
    </message>
    <message>
        <source>The amount "%1" has more than two decimals.</source>
        <translation>Le montant « %1 » a plus de deux décimales.</translation>
    </message>
    <message>
        <source>The amount "%1" uses a decimal point beside other separators: write the decimals after a comma, as in "1 000,50".</source>
        <translation>Le montant « %1 » utilise un point décimal avec d’autres séparateurs : écrivez les décimales après une virgule, comme dans « 1 000,50 ».</translation>
    </message>
    <message>
        <source>The amount "%1" must start with a digit.</source>
        <translation>Le montant « %1 » doit commencer par un chiffre.</translation>
    </message>
    <message>
        <source>The amount "%1" mixes spaces and points to group thousands: use one of them.</source>
        <translation>Le montant « %1 » mélange espaces et points pour séparer les milliers : utilisez l’un ou l’autre.</translation>
    </message>
    <message>
        <source>The amount "%1" groups its thousands wrongly: after the first group, each group has exactly three digits, as in "1 234 567".</source>
        <translation>Le montant « %1 » sépare mal ses milliers : après le premier groupe, chaque groupe a exactement trois chiffres, comme dans « 1 234 567 ».</translation>
    </message>
    <message>
        <source>The amount "%1" is more than %2.</source>
        <translation>Le montant « %1 » dépasse %2.</translation>
    </message>
</context>
<context>
    <name>NameText</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 : la valeur est vide.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 : la valeur compte %2 caractères ; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>%1: character %2 is U+%3 (%4), which is not allowed in a name.</source>
        <translation>%1 : le caractère %2 est U+%3 (%4), qui n’est pas autorisé dans un nom.</translation>
    </message>
    <message>
        <source>%1: character %2 is U+%3 (%4), which is not allowed in this text.</source>
        <translation>%1 : le caractère %2 est U+%3 (%4), qui n’est pas autorisé dans ce texte.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>line feed</source>
        <translation>saut de ligne</translation>
    </message>
    <message>
        <source>carriage return</source>
        <translation>retour chariot</translation>
    </message>
    <message>
        <source>line separator</source>
        <translation>séparateur de ligne</translation>
    </message>
    <message>
        <source>paragraph separator</source>
        <translation>séparateur de paragraphe</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>espace sans chasse</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>antiliant sans chasse</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>liant sans chasse</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>gluon de mots</translation>
    </message>
    <message>
        <source>zero-width no-break space</source>
        <translation>espace insécable sans chasse</translation>
    </message>
    <message>
        <source>Mongolian vowel separator</source>
        <translation>séparateur de voyelles mongol</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>trait d’union conditionnel</translation>
    </message>
    <message>
        <source>left-to-right mark</source>
        <translation>marque de gauche à droite</translation>
    </message>
    <message>
        <source>right-to-left mark</source>
        <translation>marque de droite à gauche</translation>
    </message>
    <message>
        <source>Arabic letter mark</source>
        <translation>marque de lettre arabe</translation>
    </message>
    <message>
        <source>left-to-right embedding</source>
        <translation>enchâssement de gauche à droite</translation>
    </message>
    <message>
        <source>right-to-left embedding</source>
        <translation>enchâssement de droite à gauche</translation>
    </message>
    <message>
        <source>pop directional formatting</source>
        <translation>dépilement de formatage directionnel</translation>
    </message>
    <message>
        <source>left-to-right override</source>
        <translation>forçage de gauche à droite</translation>
    </message>
    <message>
        <source>right-to-left override</source>
        <translation>forçage de droite à gauche</translation>
    </message>
    <message>
        <source>left-to-right isolate</source>
        <translation>isolat de gauche à droite</translation>
    </message>
    <message>
        <source>right-to-left isolate</source>
        <translation>isolat de droite à gauche</translation>
    </message>
    <message>
        <source>first strong isolate</source>
        <translation>isolat de premier fort</translation>
    </message>
    <message>
        <source>pop directional isolate</source>
        <translation>dépilement d’isolat directionnel</translation>
    </message>
    <message>
        <source>half of a broken character pair</source>
        <translation>moitié isolée d’une paire de caractères</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>caractère de commande</translation>
    </message>
    <message>
        <source>invisible formatting character</source>
        <translation>caractère de mise en forme invisible</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Impossible d’enregistrer la note : %1</translation>
    </message>
    <message>
        <source>Cannot remove the note: %1</source>
        <translation>Impossible de supprimer la note : %1</translation>
    </message>
    <message>
        <source>Cannot remove the notes: %1</source>
        <translation>Impossible de supprimer les notes : %1</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>les notes</translation>
    </message>
</context>
<context>
    <name>OdsSheetReader</name>
    <message>
        <source>the file is not an ODS spreadsheet: it has no "content.xml"</source>
        <translation>le fichier n’est pas un classeur ODS : il n’a pas de « content.xml »</translation>
    </message>
    <message>
        <source>the sheet has text past the last column a spreadsheet has (%1)</source>
        <translation>la feuille a du texte au-delà de la dernière colonne d’un tableur (%1)</translation>
    </message>
    <message>
        <source>the sheet has text past the last row a spreadsheet has (%1)</source>
        <translation>la feuille a du texte au-delà de la dernière ligne d’un tableur (%1)</translation>
    </message>
    <message>
        <source>the file is damaged: its part "%1" cannot be read as XML</source>
        <translation>le fichier est endommagé : sa partie « %1 » ne peut pas être lue comme du XML</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
</context>
<context>
    <name>OfflineWrites</name>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused (see the message)</source>
        <translation>
            <numerusform>%n modification refusée (voir le message)</numerusform>
            <numerusform>%n modifications refusées (voir le message)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to %1 is back.</source>
        <translation>La connexion à %1 est rétablie.</translation>
    </message>
    <message>
        <source>Connection to %1 is back: %2.</source>
        <translation>La connexion à %1 est rétablie : %2.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annulation de « %1 »</translation>
    </message>
    <message>
        <source>Comité FAST</source>
        <translation>Comité FAST</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not reach %1 yet: they will be sent when the server is back, if the window stays open.</source>
        <translation>
            <numerusform>%n modification n’a pas encore pu atteindre %1 : elle sera envoyée au retour du serveur si la fenêtre reste ouverte.</numerusform>
            <numerusform>%n modifications n’ont pas encore pu atteindre %1 : elles seront envoyées au retour du serveur si la fenêtre reste ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Waiting</source>
        <translation>&amp;Continuer d’attendre</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quit and Lose %n Change(s)</source>
        <translation>
            <numerusform>&amp;Quitter et perdre %n modification</numerusform>
            <numerusform>&amp;Quitter et perdre %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpeningKey</name>
    <message>
        <source>The opening key's year %1 is outside %2–%3.</source>
        <translation>L’année %1 de la clé d’ouverture est hors de %2–%3.</translation>
    </message>
    <message>
        <source>The opening key of %1: the first tranche's share is %2; it must be more than 0 % and at most 100 %.</source>
        <translation>Clé d’ouverture de %1 : la part de la première tranche est de %2 ; elle doit dépasser 0 % et ne pas dépasser 100 %.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage: write it with at most two decimals, as 78,93.</source>
        <translation>« %1 » n’est pas un pourcentage : écrivez-le avec au plus deux décimales, comme 78,93.</translation>
    </message>
    <message>
        <source>%1 is more than 100 %.</source>
        <translation>%1 dépasse 100 %.</translation>
    </message>
</context>
<context>
    <name>OpeningKeyCommand</name>
    <message>
        <source>The budget year.</source>
        <translation>L’exercice budgétaire.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>The share paid at signature, as 78,93 (the rest at the mid-term review).</source>
        <translation>La part versée à la signature, comme 78,93 (le reste à la revue à mi-parcours).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENTAGE</translation>
    </message>
    <message>
        <source>Give --year YYYY. Usage: %1</source>
        <translation>Indiquez --year AAAA. Usage : %1</translation>
    </message>
    <message>
        <source>Opening key %1: %2 at signature, %3 at the mid-term review.</source>
        <translation>Clé d’ouverture %1 : %2 à la signature, %3 à la revue à mi-parcours.</translation>
    </message>
</context>
<context>
    <name>OperatorName</name>
    <message>
        <source>Operator name (--operator)</source>
        <translation>Nom de l’opérateur (--operator)</translation>
    </message>
    <message>
        <source>Operator name ($%1)</source>
        <translation>Nom de l’opérateur ($%1)</translation>
    </message>
    <message>
        <source>Operator name (preferences, %1)</source>
        <translation>Nom de l’opérateur (préférences, %1)</translation>
    </message>
    <message>
        <source>Operator name (system user)</source>
        <translation>Nom de l’opérateur (utilisateur du système)</translation>
    </message>
    <message>
        <source>%1 Give another one with --operator NAME.</source>
        <translation>%1 Indiquez-en un autre avec --operator NOM.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>erreur d’entrée-sortie</translation>
    </message>
    <message>
        <source>the file is too large for this system</source>
        <translation>le fichier est trop volumineux pour ce système</translation>
    </message>
    <message>
        <source>No file name was given to write.</source>
        <translation>Aucun nom de fichier à écrire n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to a file that does not exist.</source>
        <translation>Impossible d’écrire %1 : c’est un lien vers un fichier qui n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the database in use; choose another file.</source>
        <translation>Impossible d’écrire %1 : c’est la base de données en cours d’utilisation ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a journal of the database in use (%2); choose another file.</source>
        <translation>Impossible d’écrire %1 : c’est un journal de la base de données en cours d’utilisation (%2) ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder, not a file.</source>
        <translation>Impossible d’écrire %1 : c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a named pipe, not a regular file.</source>
        <translation>Impossible d’écrire %1 : c’est un tube nommé, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a device, not a regular file.</source>
        <translation>Impossible d’écrire %1 : c’est un périphérique, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a socket, not a regular file.</source>
        <translation>Impossible d’écrire %1 : c’est un socket, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file.</source>
        <translation>Impossible d’écrire %1 : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the previous file was kept.</source>
        <translation>Impossible d’écrire %1 : %2 ; le fichier précédent a été conservé.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>--password-stdin: standard input ended before a password.</source>
        <translation>--password-stdin : l’entrée standard s’est terminée avant un mot de passe.</translation>
    </message>
    <message>
        <source>No terminal to ask the password of %1 on: give it on standard input with --password-stdin.</source>
        <translation>Aucun terminal où demander le mot de passe de %1 : donnez-le sur l’entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, à nouveau : </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n’a été changé.</translation>
    </message>
    <message>
        <source>No password was typed; nothing was changed.</source>
        <translation>Aucun mot de passe n’a été saisi ; rien n’a été changé.</translation>
    </message>
</context>
<context>
    <name>PaymentCommand</name>
    <message>
        <source>The laureate's promotion.</source>
        <translation>La promotion du lauréat.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>Le nom du lauréat (majuscules et accents indifférents).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The date, 2025-07-14 or 14/07/2025.</source>
        <translation>La date, 2025-07-14 ou 14/07/2025.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The amount.</source>
        <translation>Le montant.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>The payment's reference.</source>
        <translation>La référence du paiement.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>The tranche's number, from 1.</source>
        <translation>Le numéro de la tranche, à partir de 1.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: fast-committee payment add|mark-paid|import ... ("%1" is not one of them).</source>
        <translation>Usage : fast-committee payment add|mark-paid|import ... (« %1 » n’en fait pas partie).</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate, --date and --amount. Usage: %1</source>
        <translation>Indiquez --promotion, --candidate, --date et --amount. Usage : %1</translation>
    </message>
    <message>
        <source>%1: tranche %2 planned.</source>
        <translation>%1 : tranche %2 prévue.</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate, --tranche and --date. Usage: %1</source>
        <translation>Indiquez --promotion, --candidate, --tranche et --date. Usage : %1</translation>
    </message>
    <message>
        <source>--tranche: "%1" is not a tranche number (1, 2…).</source>
        <translation>--tranche : « %1 » n’est pas un numéro de tranche (1, 2…).</translation>
    </message>
    <message>
        <source>%1: tranche %2 paid; paid %3, left to pay %4.</source>
        <translation>%1 : tranche %2 versée ; versé %3, reste à payer %4.</translation>
    </message>
    <message>
        <source>Only the laureates of this promotion (when names repeat).</source>
        <translation>Seulement les lauréats de cette promotion (quand des noms se répètent).</translation>
    </message>
    <message>
        <source>One payment per row. Columns: %1.</source>
        <translation>Un paiement par ligne. Colonnes : %1.</translation>
    </message>
    <message>
        <source>Give exactly one CSV file. Usage: %1</source>
        <translation>Indiquez exactement un fichier CSV. Usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): no payment was recorded.</source>
        <translation>
            <numerusform>%n problème : aucun paiement n’a été enregistré.</numerusform>
            <numerusform>%n problèmes : aucun paiement n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment was recorded.</source>
        <translation>Aucun paiement n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1: %2 recorded for %3, %4 in all.</source>
        <translation>%1 : %2 enregistrés pour %3, %4 au total.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n lauréat</numerusform>
            <numerusform>%n lauréats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCsvImport</name>
    <message>
        <source>the file has no header row</source>
        <translation>le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>unknown column; the accepted columns are %1</source>
        <translation>colonne inconnue ; les colonnes acceptées sont %1</translation>
    </message>
    <message>
        <source>duplicate column: column %1 ("%2") already holds it</source>
        <translation>colonne en double : la colonne %1 (« %2 ») la contient déjà</translation>
    </message>
    <message>
        <source>the required column "%1" (or "%2") is missing</source>
        <translation>la colonne obligatoire « %1 » (ou « %2 ») manque</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la ligne a %1 champs là où l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the laureate is missing</source>
        <translation>le lauréat manque</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>no laureate called "%1"</source>
        <translation>aucun lauréat nommé « %1 »</translation>
    </message>
    <message>
        <source>"%1" is a laureate of %2: give the promotion (--promotion)</source>
        <translation>« %1 » est lauréat de %2 : indiquez la promotion (--promotion)</translation>
    </message>
    <message>
        <source>the payment's reference is missing</source>
        <translation>la référence du paiement manque</translation>
    </message>
    <message>
        <source>the reference "%1" is already given on line %2</source>
        <translation>la référence « %1 » est déjà donnée ligne %2</translation>
    </message>
    <message>
        <source>"%1" is not a date: write 2025-07-14 or 14/07/2025</source>
        <translation>« %1 » n’est pas une date : écrivez 2025-07-14 ou 14/07/2025</translation>
    </message>
    <message>
        <source>a payment is more than %1</source>
        <translation>un paiement dépasse %1</translation>
    </message>
    <message>
        <source>the file has no payment</source>
        <translation>le fichier ne contient aucun paiement</translation>
    </message>
</context>
<context>
    <name>PaymentImport</name>
    <message numerus="yes">
        <source>… and %n more (Show Details).</source>
        <translation>
            <numerusform>… et %n autre (Afficher les détails).</numerusform>
            <numerusform>… et %n autres (Afficher les détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation>Importer des paiements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The laureates could not be read: no payment was recorded.</source>
        <translation>Les lauréats n’ont pas pu être lus : aucun paiement n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s). No payment was recorded.</source>
        <translation>
            <numerusform>%1 ne peut pas être importé : %n problème. Aucun paiement n’a été enregistré.</numerusform>
            <numerusform>%1 ne peut pas être importé : %n problèmes. Aucun paiement n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4)</source>
        <translation>%1 : %2 le %3 (%4)</translation>
    </message>
    <message>
        <source>Record %1 for %2 from %3, %4 in all?</source>
        <translation>Enregistrer %1 pour %2 depuis %3, %4 au total ?</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n lauréat</numerusform>
            <numerusform>%n lauréats</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record the Payments</source>
        <translation>&amp;Enregistrer les paiements</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Importer %1 depuis %2</translation>
    </message>
    <message>
        <source>No payment of %1 was recorded.</source>
        <translation>Aucun paiement de %1 n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>PaymentScheduleAction</name>
    <message>
        <source>Payment &amp;Schedule…</source>
        <translation>É&amp;chéancier…</translation>
    </message>
    <message>
        <source>The year's AE committed, CP paid and planned, and restes à payer</source>
        <translation>Les AE engagées de l’année, les CP versés et prévus, et les restes à payer</translation>
    </message>
</context>
<context>
    <name>PaymentScheduleChart</name>
    <message>
        <source>AE and CP of the year</source>
        <translation>AE et CP de l’exercice</translation>
    </message>
    <message>
        <source>The year's AE and CP appear once a promotion's laureate signs its agreement.</source>
        <translation>Les AE et CP de l’exercice apparaissent dès qu’un lauréat d’une promotion signe sa convention.</translation>
    </message>
    <message>
        <source>AE and CP of %1, every promotion</source>
        <translation>AE et CP de l’exercice %1, toutes promotions</translation>
    </message>
    <message>
        <source>Nothing committed, paid or left to pay in %1: the year's AE and CP appear once an agreement is signed.</source>
        <translation>Rien d’engagé, de versé ni de restant à payer en %1 : les AE et CP de l’exercice apparaissent dès qu’une convention est signée.</translation>
    </message>
    <message>
        <source>Restes à payer at 31/12/%1</source>
        <translation>Restes à payer au 31/12/%1</translation>
    </message>
    <message>
        <source>AE committed in %1</source>
        <translation>AE engagées en %1</translation>
    </message>
    <message>
        <source>CP paid in %1</source>
        <translation>CP versés en %1</translation>
    </message>
    <message>
        <source>CP still planned in %1</source>
        <translation>CP encore prévus en %1</translation>
    </message>
    <message>
        <source>CP to open in %1</source>
        <translation>CP à ouvrir en %1</translation>
    </message>
    <message>
        <source>CP to open after %1</source>
        <translation>CP à ouvrir après %1</translation>
    </message>
    <message>
        <source>Not in any tranche yet</source>
        <translation>Pas encore dans une tranche</translation>
    </message>
    <message>
        <source>The year's figures</source>
        <translation>Chiffres de l’exercice</translation>
    </message>
    <message>
        <source>Commitments before %1</source>
        <translation>Engagements antérieurs à %1</translation>
    </message>
    <message>
        <source>Commitments of %1</source>
        <translation>Engagements de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Withdrawals in %1 cancelled %2 of AE: nothing is left to pay on it, and the CP to open leave it out.</source>
        <translation>Les retraits de %1 ont annulé %2 d’AE : il n’en reste rien à payer, et les CP à ouvrir les excluent.</translation>
    </message>
    <message>
        <source>Withdrawals after %1 cancelled part of these commitments: in all, the CP to open leave out %2.</source>
        <translation>Des retraits postérieurs à %1 ont annulé une partie de ces engagements : en tout, les CP à ouvrir en excluent %2.</translation>
    </message>
</context>
<context>
    <name>PaymentScheduleDialog</name>
    <message>
        <source>Payment schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Budget &amp;year:</source>
        <translation>E&amp;xercice :</translation>
    </message>
    <message>
        <source>The year's figures</source>
        <translation>Les chiffres de l’exercice</translation>
    </message>
    <message>
        <source>Schedule of the CP to open</source>
        <translation>Échéancier des CP à ouvrir</translation>
    </message>
    <message>
        <source>Restes à payer at 31 December %1</source>
        <translation>Restes à payer au 31 décembre %1</translation>
    </message>
    <message>
        <source>AE committed in %1</source>
        <translation>AE engagées en %1</translation>
    </message>
    <message>
        <source>AE cancelled in %1 (withdrawals)</source>
        <translation>AE annulées en %1 (retraits)</translation>
    </message>
    <message>
        <source>CP paid in %1</source>
        <translation>CP versés en %1</translation>
    </message>
    <message>
        <source>CP still planned in %1</source>
        <translation>CP encore prévus en %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Commitments before %1</source>
        <translation>Engagements antérieurs à %1</translation>
    </message>
    <message>
        <source>Commitments of %1</source>
        <translation>Engagements de %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>AE</translation>
    </message>
    <message>
        <source>CP %1</source>
        <translation>CP %1</translation>
    </message>
    <message>
        <source>CP beyond</source>
        <translation>CP au-delà</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Pas encore échelonné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Agreements signed in %1: %2, of which %3 for products.</source>
        <translation>Conventions signées en %1 : %2, dont %3 pour des produits.</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>The year shown as the official payment schedule, in French</source>
        <translation>L’exercice affiché, en échéancier officiel, en français</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Unspecified</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Pérennisation</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nom de l’opérateur</translation>
    </message>
    <message>
        <source>The audit log records this name beside every change made in this window (candidates, notes, recusals, decisions, promotions). The command line option --operator overrides it for one run.</source>
        <translation>Le journal d’audit inscrit ce nom à côté de chaque modification faite dans cette fenêtre (candidatures, notes, déports, décisions, promotions). L’option de ligne de commande --operator le remplace le temps d’une exécution.</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Nom de l’opérateur :</translation>
    </message>
    <message>
        <source>Enter a name: the audit log must say who made each change.</source>
        <translation>Saisissez un nom : le journal d’audit doit indiquer qui a fait chaque modification.</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Autorité émettrice</translation>
    </message>
    <message>
        <source>Printed at the top of every page of the official list of the laureates. Leave it empty for the fund's own. The command line takes --authority instead.</source>
        <translation>Imprimée en tête de chaque page de la liste officielle des lauréats. Laissez vide pour celle du Fonds. La ligne de commande prend --authority à la place.</translation>
    </message>
    <message>
        <source>Issuing &amp;authority:</source>
        <translation>&amp;Autorité émettrice :</translation>
    </message>
</context>
<context>
    <name>Promotion</name>
    <message>
        <source>The promotion number must be 1 or more, not %1.</source>
        <translation>Le numéro de promotion doit être au moins 1, et non %1.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2, not %3.</source>
        <translation>L’exercice doit être compris entre %1 et %2, et non %3.</translation>
    </message>
    <message>
        <source>The minimum score must be between 0 and 100, not %1.</source>
        <translation>La note minimale doit être comprise entre 0 et 100, et non %1.</translation>
    </message>
    <message>
        <source>"%1" is not a promotion number: write 13 or FAST13.</source>
        <translation>« %1 » n’est pas un numéro de promotion : écrivez 13 ou FAST13.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) without a decision: %1.</source>
        <translation>
            <numerusform>%n candidature sans décision : %1.</numerusform>
            <numerusform>%n candidatures sans décision : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The laureates consume %1, %2 more than the envelope of %3.</source>
        <translation>Les lauréats consomment %1, soit %2 de plus que l’enveloppe de %3.</translation>
    </message>
    <message>
        <source>%1 cannot be closed: %2</source>
        <translation>%1 ne peut pas être clôturée : %2</translation>
    </message>
    <message>
        <source>The envelope must be more than 0 € (given: %1).</source>
        <translation>L’enveloppe doit être supérieure à 0 € (valeur saisie : %1).</translation>
    </message>
    <message>
        <source>The laureate %1 breaks the rule: %2</source>
        <translation>Le lauréat %1 enfreint la règle : %2</translation>
    </message>
</context>
<context>
    <name>PromotionCommand</name>
    <message>
        <source>The option --%1 needs a whole number, not "%2".</source>
        <translation>L’option --%1 demande un nombre entier, et non « %2 ».</translation>
    </message>
    <message>
        <source>Usage: fast-committee promotion add|list|close|reopen ... ("%1" is not one of them).</source>
        <translation>Usage : fast-committee promotion add|list|close|reopen ... (« %1 » n’en fait pas partie).</translation>
    </message>
    <message>
        <source>The budget year of the promotion.</source>
        <translation>L’exercice budgétaire de la promotion.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>The amount the committee may grant.</source>
        <translation>Le montant que le comité peut accorder.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>Co-financing rate in percent (default 50).</source>
        <translation>Taux de cofinancement en pourcentage (50 par défaut).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENTAGE</translation>
    </message>
    <message>
        <source>Cap per laureate (default 300 000 €).</source>
        <translation>Plafond par lauréat (300 000 € par défaut).</translation>
    </message>
    <message>
        <source>Minimum score to be proposed (0–100, default 0).</source>
        <translation>Note minimale pour être proposé (0–100, 0 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Date of the committee.</source>
        <translation>Date du comité.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The promotion's number: 13 or FAST13.</source>
        <translation>Le numéro de la promotion : 13 ou FAST13.</translation>
    </message>
    <message>
        <source>Give exactly one promotion number. Usage: %1</source>
        <translation>Indiquez exactement un numéro de promotion. Usage : %1</translation>
    </message>
    <message>
        <source>--year and --envelope are required. Usage: %1</source>
        <translation>--year et --envelope sont obligatoires. Usage : %1</translation>
    </message>
    <message>
        <source>--committee-date: "%1" is not a date in the form YYYY-MM-DD.</source>
        <translation>--committee-date : « %1 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Promotion %1 (%2) added: envelope %3, rule %4.</source>
        <translation>Promotion %1 (%2) ajoutée : enveloppe %3, règle %4.</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Affiche un tableau JSON.</translation>
    </message>
    <message>
        <source>promotion list takes no argument.</source>
        <translation>promotion list ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>No promotion yet: add one with fast-committee promotion add.</source>
        <translation>Aucune promotion pour l’instant : ajoutez-en une avec fast-committee promotion add.</translation>
    </message>
    <message>
        <source>The promotion to close.</source>
        <translation>La promotion à clôturer.</translation>
    </message>
    <message>
        <source>%1 is closed: it is now read-only.</source>
        <translation>%1 est clôturée : elle est désormais en lecture seule.</translation>
    </message>
    <message>
        <source>Why the promotion is reopened (required).</source>
        <translation>Pourquoi la promotion est rouverte (obligatoire).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The promotion to reopen.</source>
        <translation>La promotion à rouvrir.</translation>
    </message>
    <message>
        <source>Reopening a promotion needs a written reason: --reason TEXT.</source>
        <translation>Rouvrir une promotion demande un motif écrit : --reason TEXTE.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>The date of the committee that adopted the list (required unless the promotion has one).</source>
        <translation>La date du comité qui a arrêté la liste (obligatoire si la promotion n’en a pas).</translation>
    </message>
    <message>
        <source>%1 has no committee date: give it with --committee-date YYYY-MM-DD. Usage: %2</source>
        <translation>%1 n’a pas de date de comité : indiquez-la avec --committee-date AAAA-MM-JJ. Usage : %2</translation>
    </message>
</context>
<context>
    <name>PromotionComparison</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (clôturée)</translation>
    </message>
</context>
<context>
    <name>PromotionComparisonChart</name>
    <message>
        <source>Envelope and granted per promotion</source>
        <translation>Enveloppe et montants accordés par promotion</translation>
    </message>
    <message>
        <source>No promotion yet.</source>
        <translation>Aucune promotion pour l’instant.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>FAST%1&lt;br&gt;(closed)</source>
        <translation>FAST%1&lt;br&gt;(clôturée)</translation>
    </message>
    <message>
        <source>%1 overspent by %2</source>
        <translation>%1 dépassée de %2</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>New promotion</source>
        <translation>Nouvelle promotion</translation>
    </message>
    <message>
        <source>Promotion number</source>
        <translation>Numéro de promotion</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>E&amp;xercice :</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>e.g. 2 550 000</source>
        <translation>par ex. 2 550 000</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Enveloppe :</translation>
    </message>
    <message>
        <source>Co-financing rate</source>
        <translation>Taux de cofinancement</translation>
    </message>
    <message>
        <source>Co-financing &amp;rate:</source>
        <translation>&amp;Taux de cofinancement :</translation>
    </message>
    <message>
        <source>Cap per laureate</source>
        <translation>Plafond par lauréat</translation>
    </message>
    <message>
        <source>&amp;Cap per laureate:</source>
        <translation>&amp;Plafond par lauréat :</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Note minimale</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Note &amp;minimale :</translation>
    </message>
    <message>
        <source>Committee &amp;date:</source>
        <translation>&amp;Date du comité :</translation>
    </message>
    <message>
        <source>Committee date</source>
        <translation>Date du comité</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Promotion %1</translation>
    </message>
    <message>
        <source>The envelope is required.</source>
        <translation>L’enveloppe est obligatoire.</translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation>Enveloppe : %1</translation>
    </message>
    <message>
        <source>The cap per laureate is required.</source>
        <translation>Le plafond par lauréat est obligatoire.</translation>
    </message>
    <message>
        <source>Cap per laureate: %1</source>
        <translation>Plafond par lauréat : %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
</context>
<context>
    <name>PromotionHistoryDialog</name>
    <message>
        <source>Promotion history</source>
        <translation>Historique des promotions</translation>
    </message>
    <message>
        <source>Every promotion of the fund. Double-click a promotion or press Enter to open it; a closed promotion opens read-only.</source>
        <translation>Toutes les promotions du fonds. Double-cliquez sur une promotion ou appuyez sur Entrée pour l’ouvrir ; une promotion clôturée s’ouvre en lecture seule.</translation>
    </message>
</context>
<context>
    <name>PromotionHistoryModel</name>
    <message>
        <source>closed (read-only)</source>
        <translation>clôturée (lecture seule)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Overspent by %1</source>
        <translation>Dépassement de %1</translation>
    </message>
    <message>
        <source>%1 products, %2 incubators</source>
        <translation>%1 produits, %2 incubateurs</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Mean grant</source>
        <translation>Montant moyen accordé</translation>
    </message>
</context>
<context>
    <name>PromotionRepository</name>
    <message>
        <source>The database refused the promotion: %1</source>
        <translation>La base de données a refusé la promotion : %1</translation>
    </message>
    <message>
        <source>The database refused to remove the promotion: %1</source>
        <translation>La base de données a refusé de supprimer la promotion : %1</translation>
    </message>
    <message>
        <source>the promotions</source>
        <translation>les promotions</translation>
    </message>
    <message>
        <source>the promotion FAST%1</source>
        <translation>la promotion FAST%1</translation>
    </message>
    <message>
        <source>the promotion</source>
        <translation>la promotion</translation>
    </message>
</context>
<context>
    <name>PromotionSideBySide</name>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, clôturée)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Candidates: products</source>
        <translation>Candidatures : produits</translation>
    </message>
    <message>
        <source>Candidates: incubators</source>
        <translation>Candidatures : incubateurs</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Laureates: products</source>
        <translation>Lauréats : produits</translation>
    </message>
    <message>
        <source>Laureates: incubators</source>
        <translation>Lauréats : incubateurs</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Mean grant per laureate</source>
        <translation>Montant moyen accordé par lauréat</translation>
    </message>
</context>
<context>
    <name>PromotionStatus</name>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
</context>
<context>
    <name>PromotionWorkbook</name>
    <message>
        <source>Candidates</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Ex aequo</source>
        <translation>Ex æquo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>ex aequo</source>
        <translation>ex æquo</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Administration porteuse</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Part du budget</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n laureate(s)</source>
        <translation>
            <numerusform>Total : %n lauréat</numerusform>
            <numerusform>Total : %n lauréats</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope of %1</source>
        <translation>Enveloppe de %1</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>%1 is still open: this list is provisional.</source>
        <translation>%1 est encore ouverte : cette liste est provisoire.</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>score %1 below the minimum score %2</source>
        <translation>note %1 sous la note minimale %2</translation>
    </message>
    <message>
        <source>nothing eligible: its eligible amount is %1</source>
        <translation>rien d’éligible : son montant éligible est de %1</translation>
    </message>
    <message>
        <source>within the envelope (remaining after: %1)</source>
        <translation>dans l’enveloppe (reste après : %1)</translation>
    </message>
    <message>
        <source>does not fit the remaining %1</source>
        <translation>ne tient pas dans le reste (%1)</translation>
    </message>
    <message>
        <source>does not fit the remaining %1: passed over for %2</source>
        <translation>ne tient pas dans le reste (%1) : passe après %2</translation>
    </message>
    <message numerus="yes">
        <source>incomplete scoring (%n note(s) missing): left out of the proposal</source>
        <translation>
            <numerusform>notation incomplète (%n note manquante) : exclue de la proposition</numerusform>
            <numerusform>notation incomplète (%n notes manquantes) : exclue de la proposition</numerusform>
        </translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>agreement withdrawn: keeps the %1 paid, %2 back to the envelope</source>
        <translation>convention retirée : garde les %1 versés, %2 reviennent à l’enveloppe</translation>
    </message>
    <message>
        <source>agreement withdrawn before any payment: %1 back to the envelope</source>
        <translation>convention retirée avant tout versement : %1 reviennent à l’enveloppe</translation>
    </message>
</context>
<context>
    <name>ProposalChanges</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ProposalConfirmationDialog</name>
    <message>
        <source>Propose the laureates of %1</source>
        <translation>Proposer les lauréats de %1</translation>
    </message>
    <message>
        <source>Nothing to change: every decision of %1 already follows the proposal.</source>
        <translation>Rien à changer : chaque décision de %1 suit déjà la proposition.</translation>
    </message>
    <message numerus="yes">
        <source>Applying the proposal changes %n decision(s) of %1. You can undo it afterwards.</source>
        <translation>
            <numerusform>Appliquer la proposition modifie %n décision de %1. Vous pourrez l’annuler ensuite.</numerusform>
            <numerusform>Appliquer la proposition modifie %n décisions de %1. Vous pourrez l’annuler ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply the proposal</source>
        <translation>&amp;Appliquer la proposition</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the proposal (%n candidate(s)): applying it changes nothing for them.</source>
        <translation>
            <numerusform>Hors de la proposition (%n candidature) : l’appliquer ne change rien pour elle.</numerusform>
            <numerusform>Hors de la proposition (%n candidatures) : l’appliquer ne change rien pour elles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposeCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>La promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Sets every ranked candidate's decision to the proposed one.</source>
        <translation>Donne à chaque candidature classée la décision proposée.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO. Usage : %1</translation>
    </message>
    <message>
        <source>%1 is closed: the proposal was not applied. Reopen it with a reason first.</source>
        <translation>%1 est clôturée : la proposition n’a pas été appliquée. Rouvrez-la d’abord en indiquant un motif.</translation>
    </message>
    <message>
        <source>eligible %1</source>
        <translation>éligible %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>accordé %1</translation>
    </message>
    <message>
        <source>consumed %1</source>
        <translation>consommé %1</translation>
    </message>
    <message>
        <source>Envelope %1; consumed %2; remaining %3.</source>
        <translation>Enveloppe %1 ; consommé %2 ; reste %3.</translation>
    </message>
    <message numerus="yes">
        <source>Proposal applied to %1: %n decision(s) changed.</source>
        <translation>
            <numerusform>Proposition appliquée à %1 : %n décision modifiée.</numerusform>
            <numerusform>Proposition appliquée à %1 : %n décisions modifiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>La promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Affiche un tableau JSON.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO. Usage : %1</translation>
    </message>
    <message>
        <source>%1 has no candidate to rank.</source>
        <translation>%1 n’a aucune candidature à classer.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>ex aequo</source>
        <translation>ex aequo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>%1 ex aequo</source>
        <translation>%1 ex æquo</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2).</source>
        <translation>Proposé : %1 (%2).</translation>
    </message>
    <message>
        <source>Decided otherwise: %1.</source>
        <translation>Décidé autrement : %1.</translation>
    </message>
    <message>
        <source>Not proposed: %1.</source>
        <translation>Hors proposition : %1.</translation>
    </message>
    <message>
        <source>The envelope runs out here: %1 left above this row.</source>
        <translation>L’enveloppe s’épuise ici : il reste %1 après les lignes au-dessus.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Proposed decision: the proposal's laureates are granted their eligible amount</source>
        <translation>Décision proposée : les lauréats proposés reçoivent leur montant éligible</translation>
    </message>
    <message>
        <source>Cumulative granted amount, down the ranking: decided, else proposed</source>
        <translation>Montant accordé cumulé en descendant le classement : décidé, sinon proposé</translation>
    </message>
    <message>
        <source>Why the proposal says so</source>
        <translation>La raison de la proposition</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>&amp;Propose laureates…</source>
        <translation>&amp;Proposer les lauréats…</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>Déc&amp;ision…</translation>
    </message>
    <message>
        <source>C&amp;lose promotion…</source>
        <translation>C&amp;lôturer la promotion…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>No promotion selected.</source>
        <translation>Aucune promotion sélectionnée.</translation>
    </message>
    <message>
        <source>%1 ranking</source>
        <translation>Classement de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked</source>
        <translation>
            <numerusform>%n classée</numerusform>
            <numerusform>%n classées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with incomplete scoring</source>
        <translation>
            <numerusform>, %n en notation incomplète</numerusform>
            <numerusform>, %n en notation incomplète</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n withdrawn</source>
        <translation>
            <numerusform>, %n retirée</numerusform>
            <numerusform>, %n retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>. Minimum score: %1.</source>
        <translation>. Note minimale : %1.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it to change its decisions.</source>
        <translation>%1 est clôturée : rouvrez-la pour modifier ses décisions.</translation>
    </message>
    <message>
        <source>Set the decisions to the proposal, after confirming the changes.</source>
        <translation>Applique la proposition aux décisions, après confirmation des changements.</translation>
    </message>
    <message>
        <source>Set the decision and granted amount of the selected project.</source>
        <translation>Définir la décision et le montant accordé du projet sélectionné.</translation>
    </message>
    <message>
        <source>Close the promotion once every project has a decision within the envelope.</source>
        <translation>Clôturer la promotion une fois que chaque projet a une décision dans les limites de l’enveloppe.</translation>
    </message>
    <message>
        <source>No candidate to rank yet</source>
        <translation>Aucune candidature à classer pour l’instant</translation>
    </message>
    <message>
        <source>The ranking lists the candidates once the committee has scored them: add or import the candidates first.</source>
        <translation>Le classement liste les candidatures une fois notées par le comité : ajoutez ou importez d’abord les candidatures.</translation>
    </message>
    <message>
        <source>Go to the candidates</source>
        <translation>Aller aux candidatures</translation>
    </message>
    <message>
        <source>No committee member yet</source>
        <translation>Aucun membre du comité pour l’instant</translation>
    </message>
    <message>
        <source>A candidate is ranked once every member has noted every criterion: add the committee in the Scoring tab.</source>
        <translation>Une candidature est classée une fois que chaque membre a noté chaque critère : ajoutez le comité dans l’onglet Notation.</translation>
    </message>
    <message>
        <source>Nobody is fully scored yet</source>
        <translation>Aucune candidature n’est encore entièrement notée</translation>
    </message>
    <message numerus="yes">
        <source>A candidate is ranked once every member not recused has noted every criterion: %n note(s) still missing.</source>
        <translation>
            <numerusform>Une candidature est classée une fois que chaque membre non déporté a noté chaque critère : encore %n note manquante.</numerusform>
            <numerusform>Une candidature est classée une fois que chaque membre non déporté a noté chaque critère : encore %n notes manquantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to scoring</source>
        <translation>Aller à la notation</translation>
    </message>
</context>
<context>
    <name>ReadFailurePage</name>
    <message>
        <source>The promotions could not be read</source>
        <translation>Les promotions n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>%1
Nothing was changed in the database. Close the program that holds it, or free some space, then try again.</source>
        <translation>%1
Rien n’a été modifié dans la base. Fermez le programme qui la bloque, ou libérez de l’espace, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>RecordRecusalCommand</name>
    <message>
        <source>Recusal of %1 on %2</source>
        <translation>Déport de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RecusalRepository</name>
    <message>
        <source>Cannot save the recusal: %1</source>
        <translation>Impossible d’enregistrer le déport : %1</translation>
    </message>
    <message>
        <source>Cannot remove the recusal: %1</source>
        <translation>Impossible de supprimer le déport : %1</translation>
    </message>
    <message>
        <source>the recusals</source>
        <translation>les déports</translation>
    </message>
</context>
<context>
    <name>RemoveCandidateCommand</name>
    <message>
        <source>Remove candidate %1</source>
        <translation>Supprimer la candidature %1</translation>
    </message>
</context>
<context>
    <name>RemoveScenarioCommand</name>
    <message>
        <source>Remove scenario %1</source>
        <translation>Supprimer le scénario %1</translation>
    </message>
</context>
<context>
    <name>ReopenPromotionCommand</name>
    <message>
        <source>Reopen promotion FAST%1</source>
        <translation>Rouvrir la promotion FAST%1</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>The PDF cannot be laid out without the graphical libraries (no QGuiApplication).</source>
        <translation>Le PDF ne peut pas être mis en page sans les bibliothèques graphiques (pas de QGuiApplication).</translation>
    </message>
    <message>
        <source>The document could not be started (the PDF or the printer refused to open).</source>
        <translation>Le document n’a pas pu être commencé (le PDF ou l’imprimante a refusé de s’ouvrir).</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>connected as %1 (%2)</source>
        <translation>connecté en tant que %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RunningOrderDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Ranking order</source>
        <translation>Ordre du &amp;classement</translation>
    </message>
    <message>
        <source>Running order of the hearings</source>
        <translation>Ordre de passage des auditions</translation>
    </message>
    <message>
        <source>Candidates in the order they are heard</source>
        <translation>Candidatures dans l’ordre de leur audition</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Haut</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Bas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Presentation:</source>
        <translation>&amp;Présentation :</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions :</translation>
    </message>
    <message>
        <source>Drag a candidate, or move it with the buttons:</source>
        <translation>Faites glisser une candidature, ou déplacez-la avec les boutons :</translation>
    </message>
</context>
<context>
    <name>SaveScenarioCommand</name>
    <message>
        <source>Save scenario %1</source>
        <translation>Enregistrer le scénario %1</translation>
    </message>
</context>
<context>
    <name>SavedColumnMappings</name>
    <message>
        <source>the saved mapping "%1" reads « %2 » from the column "%3", which this file does not have; the file's columns are %4</source>
        <translation>la correspondance enregistrée « %1 » lit « %2 » dans la colonne « %3 », que ce fichier n’a pas ; les colonnes du fichier sont %4</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Donnez un nom au scénario.</translation>
    </message>
    <message>
        <source>The scenario's name is %1 characters long; at most %2 are allowed.</source>
        <translation>Le nom du scénario compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The scenario's envelope cannot be negative.</source>
        <translation>L’enveloppe du scénario ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The scenario's envelope is above %1.</source>
        <translation>L’enveloppe du scénario dépasse %1.</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <source>Scenario note</source>
        <translation>Note du scénario</translation>
    </message>
</context>
<context>
    <name>ScenarioCandidateModel</name>
    <message>
        <source>Included in the panel's proposal; untick to leave %1 out.</source>
        <translation>Incluse dans la proposition du comité ; décochez pour écarter %1.</translation>
    </message>
    <message>
        <source>Left out of the panel's proposal; tick to include %1 again.</source>
        <translation>Écartée de la proposition du comité ; cochez pour inclure de nouveau %1.</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex æquo)</translation>
    </message>
    <message>
        <source>Included candidate</source>
        <translation>Candidature incluse</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
</context>
<context>
    <name>ScenarioComparisonModel</name>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>Aucune proposition</translation>
    </message>
    <message>
        <source>The two scenarios differ for %1.</source>
        <translation>Les deux scénarios diffèrent pour %1.</translation>
    </message>
    <message>
        <source>Same proposal for %1 in both scenarios.</source>
        <translation>Même proposition pour %1 dans les deux scénarios.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A : %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B : %1</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclues</translation>
    </message>
</context>
<context>
    <name>ScenarioProposalModel</name>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (ex æquo)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Décision proposée</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
</context>
<context>
    <name>ScenarioRepository</name>
    <message>
        <source>Cannot save the scenario: %1</source>
        <translation>Impossible d’enregistrer le scénario : %1</translation>
    </message>
    <message>
        <source>Cannot remove the scenario: %1</source>
        <translation>Impossible de supprimer le scénario : %1</translation>
    </message>
    <message>
        <source>the scenarios</source>
        <translation>les scénarios</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>le scénario</translation>
    </message>
    <message>
        <source>the scenario's excluded candidates</source>
        <translation>les candidatures écartées du scénario</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>%1 has no scenario called "%2".</source>
        <translation>%1 n’a aucun scénario nommé « %2 ».</translation>
    </message>
    <message>
        <source>envelope %1</source>
        <translation>enveloppe %1</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>exclues : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>CP to open (€)</source>
        <translation>CP à ouvrir (€)</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>AE</translation>
    </message>
    <message>
        <source>CP %1</source>
        <translation>CP %1</translation>
    </message>
    <message>
        <source>CP beyond %1</source>
        <translation>CP au-delà de %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non échelonné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Commitments before %1 unpaid at 31/12/%2</source>
        <translation>Engagements antérieurs à %1 non couverts au 31/12/%2</translation>
    </message>
    <message>
        <source>New commitments in %1</source>
        <translation>AE nouvelles en %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>The budget year.</source>
        <translation>L’exercice budgétaire.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Prints the figures as JSON (amounts in cents).</source>
        <translation>Écrit les chiffres en JSON (montants en centimes).</translation>
    </message>
    <message>
        <source>Give --year YYYY. Usage: %1</source>
        <translation>Indiquez --year AAAA. Usage : %1</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year between %2 and %3.</source>
        <translation>--year : « %1 » n’est pas une année entre %2 et %3.</translation>
    </message>
    <message>
        <source>Payment schedule %1 (AE / CP), every promotion</source>
        <translation>Échéancier %1 (AE / CP), toutes promotions</translation>
    </message>
    <message>
        <source>Remaining to pay at 31/12/%1: %2</source>
        <translation>Restes à payer au 31/12/%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>AE %1: %2 committed by %n agreement(s) signed; %3 cancelled by withdrawals</source>
        <translation>
            <numerusform>AE %1 : %2 engagés par %n convention signée ; %3 annulés par des retraits</numerusform>
            <numerusform>AE %1 : %2 engagés par %n conventions signées ; %3 annulés par des retraits</numerusform>
        </translation>
    </message>
    <message>
        <source>CP %1: %2 paid; %3 still to pay on the year's schedule</source>
        <translation>CP %1 : %2 versés ; %3 encore à verser à l’échéancier de l’année</translation>
    </message>
</context>
<context>
    <name>SchemaFingerprint</name>
    <message>
        <source>missing table "%1"</source>
        <translation>table « %1 » manquante</translation>
    </message>
    <message>
        <source>missing index "%1" on table %2</source>
        <translation>index « %1 » manquant sur la table %2</translation>
    </message>
    <message>
        <source>missing trigger "%1" on table %2</source>
        <translation>déclencheur « %1 » manquant sur la table %2</translation>
    </message>
    <message>
        <source>missing view "%1"</source>
        <translation>vue « %1 » manquante</translation>
    </message>
    <message>
        <source>unexpected table "%1"</source>
        <translation>table « %1 » inattendue</translation>
    </message>
    <message>
        <source>unexpected index "%1" on table %2</source>
        <translation>index « %1 » inattendu sur la table %2</translation>
    </message>
    <message>
        <source>unexpected trigger "%1" on table %2</source>
        <translation>déclencheur « %1 » inattendu sur la table %2</translation>
    </message>
    <message>
        <source>unexpected view "%1"</source>
        <translation>vue « %1 » inattendue</translation>
    </message>
    <message>
        <source>index "%1" on table %2 differs from schema %3</source>
        <translation>l’index « %1 » de la table %2 diffère du schéma %3</translation>
    </message>
    <message>
        <source>trigger "%1" on table %2 differs from schema %3</source>
        <translation>le déclencheur « %1 » de la table %2 diffère du schéma %3</translation>
    </message>
    <message>
        <source>view "%1" differs from schema %2</source>
        <translation>la vue « %1 » diffère du schéma %2</translation>
    </message>
    <message>
        <source>missing column "%1"</source>
        <translation>colonne « %1 » manquante</translation>
    </message>
    <message>
        <source>column "%1" changed</source>
        <translation>colonne « %1 » modifiée</translation>
    </message>
    <message>
        <source>unexpected column "%1"</source>
        <translation>colonne « %1 » inattendue</translation>
    </message>
    <message>
        <source>its constraints changed</source>
        <translation>ses contraintes ont changé</translation>
    </message>
    <message>
        <source>table %1 differs from schema %2 (%3)</source>
        <translation>la table %1 diffère du schéma %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ScoreCsvImport</name>
    <message>
        <source>the file has no header row</source>
        <translation>le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>unknown column; the accepted columns are %1</source>
        <translation>colonne inconnue ; les colonnes acceptées sont %1</translation>
    </message>
    <message>
        <source>duplicate column: column %1 ("%2") already holds it</source>
        <translation>colonne en double : la colonne %1 (« %2 ») la contient déjà</translation>
    </message>
    <message>
        <source>the required column "%1" (or "%2") is missing</source>
        <translation>la colonne obligatoire « %1 » (ou « %2 ») manque</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la ligne a %1 champs alors que l’en-tête en a %2</translation>
    </message>
    <message>
        <source>the committee member is missing</source>
        <translation>le membre du comité manque</translation>
    </message>
    <message>
        <source>unknown committee member "%1": the committee has no member yet</source>
        <translation>membre du comité inconnu « %1 » : le comité n’a pas encore de membre</translation>
    </message>
    <message>
        <source>unknown committee member "%1"; the members are %2</source>
        <translation>membre du comité inconnu « %1 » ; les membres sont %2</translation>
    </message>
    <message>
        <source>the candidate is missing</source>
        <translation>la candidature manque</translation>
    </message>
    <message>
        <source>no candidate called "%1" in this promotion</source>
        <translation>aucune candidature nommée « %1 » dans cette promotion</translation>
    </message>
    <message>
        <source>a recusal concerns the whole candidate: leave the criterion empty (given "%1")</source>
        <translation>un déport concerne toute la candidature : laissez le critère vide (indiqué : « %1 »)</translation>
    </message>
    <message>
        <source>this recusal is already on line %1</source>
        <translation>ce déport figure déjà ligne %1</translation>
    </message>
    <message>
        <source>the criterion is missing</source>
        <translation>le critère manque</translation>
    </message>
    <message>
        <source>unknown criterion "%1"; the criteria are %2</source>
        <translation>critère inconnu « %1 » ; les critères sont %2</translation>
    </message>
    <message>
        <source>the note is missing: write a whole number from 0 to 5, or "déport"</source>
        <translation>la note manque : écrivez un nombre entier de 0 à 5, ou « déport »</translation>
    </message>
    <message>
        <source>"%1" is not a note: write a whole number from 0 to 5, or "déport" for a recusal</source>
        <translation>« %1 » n’est pas une note : écrivez un nombre entier de 0 à 5, ou « déport » pour un déport</translation>
    </message>
    <message>
        <source>%1 already noted "%2" for %3 on line %4</source>
        <translation>%1 a déjà noté « %2 » pour %3 ligne %4</translation>
    </message>
    <message>
        <source>%1 is recused on %2 (line %3) and cannot score it</source>
        <translation>%1 est déporté sur %2 (ligne %3) et ne peut pas la noter</translation>
    </message>
    <message>
        <source>%1 is recused on %2 and cannot score it</source>
        <translation>%1 est déporté sur %2 et ne peut pas la noter</translation>
    </message>
    <message>
        <source>Committee member name</source>
        <translation>Nom du membre du comité</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message numerus="yes">
        <source>The criteria cannot change once any score exists (%n note(s) given).</source>
        <translation>
            <numerusform>Les critères ne peuvent plus changer dès qu’une note existe (%n note donnée).</numerusform>
            <numerusform>Les critères ne peuvent plus changer dès qu’une note existe (%n notes données).</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee member %1 is already on this committee.</source>
        <translation>Le membre %1 fait déjà partie de ce comité.</translation>
    </message>
    <message>
        <source>A committee member needs a name.</source>
        <translation>Un membre du comité doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1 is already on this committee.</source>
        <translation>%1 fait déjà partie de ce comité.</translation>
    </message>
    <message>
        <source>Candidate %1 is already on this score sheet.</source>
        <translation>La candidature %1 figure déjà sur cette grille de notation.</translation>
    </message>
    <message>
        <source>Candidate %1 is not on this score sheet.</source>
        <translation>La candidature %1 ne figure pas sur cette grille de notation.</translation>
    </message>
    <message>
        <source>Committee member %1 is not on this committee.</source>
        <translation>Le membre %1 ne fait pas partie de ce comité.</translation>
    </message>
    <message numerus="yes">
        <source>There is no criterion %1: this promotion has %n criteria.</source>
        <translation>
            <numerusform>Il n’y a pas de critère %1 : cette promotion a %n critère.</numerusform>
            <numerusform>Il n’y a pas de critère %1 : cette promotion a %n critères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note must be a whole number from %1 to %2, not %3.</source>
        <translation>Une note doit être un nombre entier de %1 à %2, et non %3.</translation>
    </message>
    <message>
        <source>%1 is recused on this candidate and cannot score it.</source>
        <translation>%1 est déporté sur cette candidature et ne peut pas la noter.</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Usage: fast-committee scores import ... ("%1" is not one of them).</source>
        <translation>Usage : fast-committee scores import ... (« %1 » n’en fait pas partie).</translation>
    </message>
    <message>
        <source>The promotion the notes are for.</source>
        <translation>La promotion à laquelle se rapportent les notes.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>One note per row. Columns: %1; the note is 0 to 5, or "déport" with an empty criterion for a recusal.</source>
        <translation>Une note par ligne. Colonnes : %1 ; la note va de 0 à 5, ou « déport » avec un critère vide pour un déport.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER and exactly one CSV file. Usage: %1</source>
        <translation>Indiquez --promotion NUMÉRO et exactement un fichier CSV. Usage : %1</translation>
    </message>
    <message>
        <source>%1 is closed: nothing was imported. Reopen it with a reason first.</source>
        <translation>%1 est clôturée : rien n’a été importé. Rouvrez-la d’abord en indiquant un motif.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported into %1.</source>
        <translation>
            <numerusform>%n problème : rien n’a été importé dans %1.</numerusform>
            <numerusform>%n problèmes : rien n’a été importé dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3 imported into %4.</source>
        <translation>%1 : %2 et %3 importés dans %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recusal(s)</source>
        <translation>
            <numerusform>%n déport</numerusform>
            <numerusform>%n déports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringCommand</name>
    <message>
        <source>%1 is no longer on the committee of FAST%2.</source>
        <translation>%1 ne fait plus partie du comité de FAST%2.</translation>
    </message>
    <message>
        <source>The candidate "%1" is no longer in FAST%2.</source>
        <translation>La candidature « %1 » ne fait plus partie de FAST%2.</translation>
    </message>
</context>
<context>
    <name>ScoringGridModel</name>
    <message>
        <source>A note is a whole number from %1 to %2: "%3" is not one.</source>
        <translation>Une note est un nombre entier de %1 à %2 : « %3 » n’en est pas un.</translation>
    </message>
    <message>
        <source>Choose a member's cell to note.</source>
        <translation>Choisissez la cellule d’un membre à noter.</translation>
    </message>
    <message>
        <source>FAST%1 is closed: its notes can no longer change.</source>
        <translation>FAST%1 est clôturée : ses notes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>The total is computed from the criteria: choose a criterion to note.</source>
        <translation>Le total est calculé à partir des critères : choisissez un critère à noter.</translation>
    </message>
    <message>
        <source>%1 is recused on %2: lift the recusal before noting.</source>
        <translation>%1 est déporté(e) sur %2 : levez le déport avant de noter.</translation>
    </message>
    <message>
        <source>Choose a member's cell to record or lift a recusal.</source>
        <translation>Choisissez la cellule d’un membre pour enregistrer ou lever un déport.</translation>
    </message>
    <message>
        <source>FAST%1 is closed: its recusals can no longer change.</source>
        <translation>FAST%1 est clôturée : ses déports ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>déport</translation>
    </message>
    <message numerus="yes">
        <source>? (%n missing)</source>
        <translation>
            <numerusform>? (%n manquante)</numerusform>
            <numerusform>? (%n manquantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is recused on %2 (conflict of interest): no note. Ctrl+D lifts the recusal.</source>
        <translation>%1 est déporté(e) sur %2 (conflit d’intérêts) : pas de note. Ctrl+D lève le déport.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n note(s) to give on %2.</source>
        <translation>
            <numerusform>%1 a %n note à donner sur %2.</numerusform>
            <numerusform>%1 a %n notes à donner sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note missing: %1 on %2, %3.</source>
        <translation>Note manquante : %1 sur %2, %3.</translation>
    </message>
    <message>
        <source>Score of %1 on %2: %3 / 100</source>
        <translation>Score de %1 sur %2 : %3 / 100</translation>
    </message>
    <message>
        <source>%1 on %2, %3: %4 / %5</source>
        <translation>%1 sur %2, %3 : %4 / %5</translation>
    </message>
    <message numerus="yes">
        <source>incomplete: %n note(s) missing</source>
        <translation>
            <numerusform>incomplète : %n note manquante</numerusform>
            <numerusform>incomplète : %n notes manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>no member scores it</source>
        <translation>aucun membre ne la note</translation>
    </message>
    <message numerus="yes">
        <source>Mean of the %n scoring member(s)</source>
        <translation>
            <numerusform>Moyenne du membre notant (%n)</numerusform>
            <numerusform>Moyenne des %n membres notants</numerusform>
        </translation>
    </message>
    <message>
        <source>To discuss: member scores %1 points apart (%2 or more).
Highest: %3 (%4)
Lowest: %5 (%6)</source>
        <translation>À discuter : scores des membres distants de %1 points (%2 ou plus).
Le plus haut : %3 (%4)
Le plus bas : %5 (%6)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>The candidate's score: the mean of its scoring members' scores, out of 100.</source>
        <translation>Le score de la candidature : la moyenne des scores de ses membres notants, sur 100.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) still to give</source>
        <translation>
            <numerusform>%1 : %n note encore à donner</numerusform>
            <numerusform>%1 : %n notes encore à donner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has withdrawn: its notes can no longer change.</source>
        <translation>%1 s’est retirée : ses notes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>%1 has withdrawn: its recusals can no longer change.</source>
        <translation>%1 s’est retirée : ses déports ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>%1 has withdrawn: no note is expected.</source>
        <translation>%1 s’est retirée : aucune note n’est attendue.</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>%1 has withdrawn: not ranked, read-only.</source>
        <translation>%1 s’est retirée : non classée, en lecture seule.</translation>
    </message>
</context>
<context>
    <name>ScoringGridView</name>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Add members to this promotion's committee</source>
        <translation>Ajouter des membres au comité de cette promotion</translation>
    </message>
    <message>
        <source>Recusal (déport) on/off</source>
        <translation>Déport activé/désactivé</translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation>Effacer la note</translation>
    </message>
    <message>
        <source>note missing</source>
        <translation>note manquante</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>déport</translation>
    </message>
    <message>
        <source>recusal (déport): Ctrl+D</source>
        <translation>déport : Ctrl+D</translation>
    </message>
    <message>
        <source>to discuss: member scores %1 points or more apart</source>
        <translation>à discuter : scores des membres distants de %1 points ou plus</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (poids %2)</translation>
    </message>
    <message>
        <source>Total (score out of 100)</source>
        <translation>Total (score sur 100)</translation>
    </message>
    <message>
        <source>No promotion chosen.</source>
        <translation>Aucune promotion choisie.</translation>
    </message>
    <message>
        <source>No committee member yet: add the members to start scoring.</source>
        <translation>Aucun membre du comité pour l’instant : ajoutez les membres pour commencer la notation.</translation>
    </message>
    <message numerus="yes">
        <source>FAST%1: %n note(s) missing</source>
        <translation>
            <numerusform>FAST%1 : %n note manquante</numerusform>
            <numerusform>FAST%1 : %n notes manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) to discuss</source>
        <translation>
            <numerusform>%n candidature à discuter</numerusform>
            <numerusform>%n candidatures à discuter</numerusform>
        </translation>
    </message>
    <message>
        <source>closed: read-only</source>
        <translation>clôturée : lecture seule</translation>
    </message>
    <message>
        <source>Add committee members</source>
        <translation>Ajouter des membres du comité</translation>
    </message>
    <message>
        <source>Names of the new members of FAST%1, one per line:</source>
        <translation>Noms des nouveaux membres de FAST%1, un par ligne :</translation>
    </message>
    <message>
        <source>Criteria and &amp;weights…</source>
        <translation>Critères et pondé&amp;rations…</translation>
    </message>
    <message>
        <source>The criteria and their weights, editable until the first note</source>
        <translation>Les critères et leurs pondérations, modifiables jusqu’à la première note</translation>
    </message>
    <message>
        <source>No committee member yet</source>
        <translation>Aucun membre du comité pour l’instant</translation>
    </message>
    <message>
        <source>The grid has a column for each member and a row for each candidate. Add the committee's members, or copy the committee (members and criteria) of an earlier promotion.</source>
        <translation>La grille a une colonne par membre et une ligne par candidature. Ajoutez les membres du comité, ou copiez le comité (membres et critères) d’une promotion antérieure.</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Ajouter des membres…</translation>
    </message>
    <message>
        <source>Copy the committee of FAST%1…</source>
        <translation>Copier le comité de FAST%1…</translation>
    </message>
    <message>
        <source>No candidate to score yet</source>
        <translation>Aucune candidature à noter pour l’instant</translation>
    </message>
    <message>
        <source>Each candidate of the Candidates tab gets a row here: add them or import the call's file there.</source>
        <translation>Chaque candidature de l’onglet Candidatures a sa ligne ici : ajoutez-les ou importez le fichier de l’appel dans cet onglet.</translation>
    </message>
    <message>
        <source>Go to the candidates</source>
        <translation>Aller aux candidatures</translation>
    </message>
</context>
<context>
    <name>ScoringStore</name>
    <message>
        <source>There is no promotion FAST%1.</source>
        <translation>Il n’y a pas de promotion FAST%1.</translation>
    </message>
    <message>
        <source>The criteria of %1 cannot be read: %2</source>
        <translation>Les critères de %1 ne peuvent pas être lus : %2</translation>
    </message>
    <message>
        <source>Give at least one committee member's name.</source>
        <translation>Indiquez le nom d’au moins un membre du comité.</translation>
    </message>
    <message>
        <source>There is no such note to clear in %1.</source>
        <translation>Il n’y a pas de telle note à effacer dans %1.</translation>
    </message>
    <message>
        <source>notes removed: %1</source>
        <translation>notes supprimées : %1</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>déporté</translation>
    </message>
    <message>
        <source>Only a laureate has a granted amount: %1 would be %2 with %3 granted.</source>
        <translation>Seul un lauréat a un montant accordé : %1 serait « %2 » avec %3 accordés.</translation>
    </message>
    <message>
        <source>This committee member is no longer on %1.</source>
        <translation>Ce membre du comité ne fait plus partie de %1.</translation>
    </message>
    <message>
        <source>%1 has already noted or recused themselves on candidates of %2: they stay on the committee.</source>
        <translation>%1 a déjà noté des candidatures de %2 ou s’est déporté(e) sur certaines : ce membre reste au comité.</translation>
    </message>
    <message>
        <source>Candidate %1 is not in %2: its decision cannot be restored.</source>
        <translation>La candidature %1 ne fait pas partie de %2 : sa décision ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Committee member name</source>
        <translation>Nom du membre du comité</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Usage: fast-committee server init | add-member LOGIN [--name NAME] | add-secretariat LOGIN | add-observer LOGIN, with --db postgresql://ADMIN@HOST:PORT/DATABASE ("%1" is not a server command).</source>
        <translation>Usage : fast-committee server init | add-member LOGIN [--name NOM] | add-secretariat LOGIN | add-observer LOGIN, avec --db postgresql://ADMIN@HÔTE:PORT/BASE (« %1 » n’est pas une commande de server).</translation>
    </message>
    <message>
        <source>server init takes no argument. Usage: %1</source>
        <translation>server init ne prend aucun argument. Usage : %1</translation>
    </message>
    <message>
        <source>server init sets up a committee on a PostgreSQL server: give its address with --db postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>server init prépare un comité sur un serveur PostgreSQL : donnez son adresse avec --db postgresql://ADMIN@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>The member's name in the committee, as the scoring grid shows it (else the login).</source>
        <translation>Le nom du membre dans le comité, tel que la grille de notation l’affiche (sinon le login).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Read the new login's password from the first line of standard input.</source>
        <translation>Lire le mot de passe du nouveau login sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>server %1 takes one login. Usage: %2</source>
        <translation>server %1 prend un login. Usage : %2</translation>
    </message>
    <message>
        <source>server %1 works on a committee on a PostgreSQL server: give its address with --db postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>server %1 agit sur un comité d’un serveur PostgreSQL : donnez son adresse avec --db postgresql://ADMIN@HÔTE:PORT/BASE.</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>pris dans PGPASSWORD ou ~/.pgpass s’il est vide</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password is used for this connection only: Comité FAST never saves it.</source>
        <translation>Le mot de passe ne sert qu’à cette connexion : Comité FAST ne l’enregistre jamais.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>ServerDatabaseCheck</name>
    <message>
        <source>%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 n’est pas une adresse de serveur : écrivez postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Cannot open the committee on %1: %2</source>
        <translation>Impossible d’ouvrir le comité sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no Comité FAST committee: %2</source>
        <translation>%1 ne contient aucun comité de Comité FAST : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3).</source>
        <translation>%1 a été écrit par une version plus récente de Comité FAST (schéma %2 ; cette version lit jusqu’au schéma %3).</translation>
    </message>
    <message>
        <source>the schema it should have cannot be built: %1</source>
        <translation>le schéma attendu ne peut pas être construit : %1</translation>
    </message>
    <message>
        <source>the server cannot describe the committee: %1</source>
        <translation>le serveur ne peut pas décrire le comité : %1</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>la table %1 manque</translation>
    </message>
    <message>
        <source>column %1 of table %2 is missing</source>
        <translation>la colonne %1 de la table %2 manque</translation>
    </message>
    <message>
        <source>column %1 of table %2 was added outside Comité FAST</source>
        <translation>la colonne %1 de la table %2 a été ajoutée hors de Comité FAST</translation>
    </message>
    <message>
        <source>table %1 was added outside Comité FAST</source>
        <translation>la table %1 a été ajoutée hors de Comité FAST</translation>
    </message>
    <message>
        <source>the changes of table %1 are not announced to the other windows (its trigger is missing)</source>
        <translation>les modifications de la table %1 ne sont pas annoncées aux autres fenêtres (son déclencheur manque)</translation>
    </message>
    <message>
        <source>table %1 checks %2 of its %3 references to other tables</source>
        <translation>la table %1 vérifie %2 de ses %3 références vers d’autres tables</translation>
    </message>
</context>
<context>
    <name>ServerReconnect</name>
    <message>
        <source>Only a committee on a server reconnects.</source>
        <translation>Seul un comité sur un serveur se reconnecte.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the committee on %1: %2</source>
        <translation>Impossible de préparer le comité sur %1 : %2</translation>
    </message>
    <message>
        <source>The committee on %1 was upgraded meanwhile (schema %2; this version reads %3): restart Comité FAST with its newer version.</source>
        <translation>Le comité sur %1 a été mis à niveau entre-temps (schéma %2 ; cette version lit le schéma %3) : relancez Comité FAST dans sa version plus récente.</translation>
    </message>
    <message>
        <source>Cannot read the committee on %1: %2</source>
        <translation>Impossible de lire le comité sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>ServerRefusal</name>
    <message>
        <source>Your role on this committee (%1) may not change another member's notes.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les notes d’un autre membre.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change notes.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les notes.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change another member's recusals.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les déports d’un autre membre.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change recusals.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les déports.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change candidates.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les candidatures.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change promotions (their envelope, rule or status).</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les promotions (leur enveloppe, leur règle ou leur statut).</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the committee's members.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les membres du comité.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the criteria.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les critères.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the years' budgets and targets.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier les budgets et les cibles des exercices.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the laureates' follow-up (agreements, payments, milestones).</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier le suivi des lauréats (conventions, paiements, jalons).</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the audit log.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier le journal d’audit.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not save scenarios.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas d’enregistrer des scénarios.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not save column mappings.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas d’enregistrer des correspondances de colonnes.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the committee's schema or logins.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas de modifier le schéma ou les logins du comité.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not make this change; nothing was written.</source>
        <translation>Votre rôle dans ce comité (%1) ne permet pas cette modification ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ServerRole</name>
    <message>
        <source>secretariat</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>the role of this login</source>
        <translation>le rôle de ce login</translation>
    </message>
    <message>
        <source>%1 has no role on this committee: its administrator gives one with fast-committee server add-member, add-secretariat or add-observer.</source>
        <translation>%1 n’a aucun rôle dans ce comité : son administrateur en donne un avec fast-committee server add-member, add-secretariat ou add-observer.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>%1 works on a committee on a PostgreSQL server (--db postgresql://ADMIN@HOST:PORT/DATABASE), not on a file.</source>
        <translation>%1 agit sur un comité d’un serveur PostgreSQL (--db postgresql://ADMIN@HÔTE:PORT/BASE), pas sur un fichier.</translation>
    </message>
    <message>
        <source>%1 needs the committee database's owner or a superuser of the server; %2 is neither.</source>
        <translation>%1 demande le propriétaire de la base du comité ou un superutilisateur du serveur ; %2 n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>The group role %1 (%2) was there already.</source>
        <translation>Le rôle de groupe %1 (%2) existait déjà.</translation>
    </message>
    <message>
        <source>Created the group role %1 (%2).</source>
        <translation>Rôle de groupe %1 (%2) créé.</translation>
    </message>
    <message>
        <source>Cannot set up the roles of the committee: %1</source>
        <translation>Impossible de préparer les rôles du comité : %1</translation>
    </message>
    <message>
        <source>The committee %1 is set up at schema version %2: the secretariat changes the committee, each member writes only their own notes and recusals, an observer reads.</source>
        <translation>Le comité %1 est prêt, au schéma en version %2 : le secrétariat modifie le comité, chaque membre n’écrit que ses propres notes et déports, un observateur lit.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>Le login est vide.</translation>
    </message>
    <message>
        <source>"%1" is not a login name: use lower-case letters, digits, ".", "-" or "_", starting with a letter, at most 63 characters.</source>
        <translation>« %1 » n’est pas un nom de login : utilisez des lettres minuscules, des chiffres, « . », « - » ou « _ », en commençant par une lettre, 63 caractères au plus.</translation>
    </message>
    <message>
        <source>"%1" is a name the server or Comité FAST keeps for its own roles: choose another login.</source>
        <translation>« %1 » est un nom que le serveur ou Comité FAST réserve à ses propres rôles : choisissez un autre login.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The password is too short: at least %1 characters.</source>
        <translation>Le mot de passe est trop court : %1 caractères au moins.</translation>
    </message>
    <message>
        <source>The password holds a control character.</source>
        <translation>Le mot de passe contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>The committee %1 is not set up for roles yet: run fast-committee server init on it first.</source>
        <translation>Le comité %1 n’est pas encore préparé pour les rôles : lancez d’abord fast-committee server init sur lui.</translation>
    </message>
    <message>
        <source>%1 is a group role on this server, not a login.</source>
        <translation>%1 est un rôle de groupe sur ce serveur, pas un login.</translation>
    </message>
    <message>
        <source>%1 is a superuser of this server: it may do everything already and needs no role.</source>
        <translation>%1 est un superutilisateur de ce serveur : il peut déjà tout faire et n’a besoin d’aucun rôle.</translation>
    </message>
    <message>
        <source>the committee's logins</source>
        <translation>les logins du comité</translation>
    </message>
    <message>
        <source>Created the login %1 with the role %2 on this committee.</source>
        <translation>Login %1 créé avec le rôle %2 dans ce comité.</translation>
    </message>
    <message>
        <source>%1 already has the role %2 on this committee.</source>
        <translation>%1 a déjà le rôle %2 dans ce comité.</translation>
    </message>
    <message>
        <source>The login %1 already exists on this server and keeps its password; it now has the role %2 on this committee.</source>
        <translation>Le login %1 existe déjà sur ce serveur et garde son mot de passe ; il a maintenant le rôle %2 dans ce comité.</translation>
    </message>
    <message>
        <source>%1 had the role %2 on this committee; it now has the role %3.</source>
        <translation>%1 avait le rôle %2 dans ce comité ; il a maintenant le rôle %3.</translation>
    </message>
    <message>
        <source>%1 scores as the committee member named %2.</source>
        <translation>%1 note en tant que membre du comité nommé %2.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>Cannot add the login: %1</source>
        <translation>Impossible d’ajouter le login : %1</translation>
    </message>
</context>
<context>
    <name>ServerSchemaCheck</name>
    <message>
        <source>only its administrator can do it, with: fast-committee server init --db %1</source>
        <translation>seul son administrateur peut le faire, avec : fast-committee server init --db %1</translation>
    </message>
    <message>
        <source>Cannot read the committee on %1: %2</source>
        <translation>Impossible de lire le comité sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no committee yet, and your role (%2) may not create one; %3.</source>
        <translation>%1 ne contient encore aucun comité, et votre rôle (%2) ne permet pas d’en créer un ; %3.</translation>
    </message>
    <message>
        <source>The committee on %1 has schema version %2, older than this version of Comité FAST (%3), and it must be upgraded; %4.</source>
        <translation>Le comité sur %1 a le schéma en version %2, plus ancien que celui de cette version de Comité FAST (%3), et doit être mis à niveau ; %4.</translation>
    </message>
    <message>
        <source>The committee on %1 does not announce its changes to the other windows yet (%2 of %3 tables); %4.</source>
        <translation>Le comité sur %1 n’annonce pas encore ses modifications aux autres fenêtres (%2 tables sur %3) ; %4.</translation>
    </message>
</context>
<context>
    <name>SetCriteriaCommand</name>
    <message>
        <source>Change the criteria of FAST%1</source>
        <translation>Modifier les critères de FAST%1</translation>
    </message>
</context>
<context>
    <name>SetDecisionCommand</name>
    <message>
        <source>Decide %1: %2</source>
        <translation>Décider %1 : %2</translation>
    </message>
    <message>
        <source>This candidate is no longer in FAST%1.</source>
        <translation>Cette candidature ne fait plus partie de FAST%1.</translation>
    </message>
</context>
<context>
    <name>SetNoteCommand</name>
    <message>
        <source>Note %1 by %2 on %3</source>
        <translation>Note %1 de %2 sur %3</translation>
    </message>
    <message>
        <source>Clear the note of %1 on %2</source>
        <translation>Effacer la note de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>the file has no sheet "%1"; its sheets are %2</source>
        <translation>le fichier n’a pas de feuille « %1 » ; ses feuilles sont %2</translation>
    </message>
    <message>
        <source>the file is a macro-enabled workbook (.xlsm), which is not imported: save it as .xlsx without macros, then import it again</source>
        <translation>le fichier est un classeur avec macros (.xlsm), qui n’est pas importé : enregistrez-le en .xlsx sans macros, puis importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file holds macros, which are not imported: save it as .xlsx or .ods without macros, then import it again</source>
        <translation>le fichier contient des macros, qui ne sont pas importées : enregistrez-le en .xlsx ou .ods sans macros, puis importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file is a zip but not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, then import it again</source>
        <translation>le fichier est un zip mais pas un classeur XLSX ou ODS : enregistrez-le en .xlsx, .ods ou .csv, puis importez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>SpreadsheetZip</name>
    <message>
        <source>the file is protected by a password or is in the old .xls format: save it as .xlsx or .ods without a password, then import it again</source>
        <translation>le fichier est protégé par mot de passe ou ancien format .xls : enregistrez-le en .xlsx ou .ods sans mot de passe, puis importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (its zip cannot be read): save it again from the spreadsheet, then import it again</source>
        <translation>le fichier est endommagé ou incomplet (son zip ne peut pas être lu) : enregistrez-le à nouveau depuis le tableur, puis importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file is not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, then import it again</source>
        <translation>le fichier n’est pas un classeur XLSX ou ODS : enregistrez-le en .xlsx, .ods ou .csv, puis importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file holds more than %1 members, which no spreadsheet does: it was not read</source>
        <translation>le fichier contient plus de %1 éléments, ce qu’aucun classeur ne fait : il n’a pas été lu</translation>
    </message>
    <message>
        <source>the member "%1" inflates past %2, which no committee's spreadsheet does (a "zip bomb"): it was not read</source>
        <translation>l’élément « %1 » dépasse %2 une fois décompressé, ce qu’aucun classeur de comité ne fait (une « bombe zip ») : il n’a pas été lu</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: free some space and try again; nothing was written.</source>
        <translation>Le disque est plein : libérez de l’espace et réessayez ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error; nothing was written. Check the disk (or the network share) that holds the database, then try again.</source>
        <translation>Le disque a signalé une erreur d’entrée-sortie ; rien n’a été écrit. Vérifiez le disque (ou le partage réseau) qui contient la base de données, puis réessayez.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its disk is read-only; nothing was written.</source>
        <translation>Impossible d’écrire dans la base de données : le fichier ou son disque est en lecture seule ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The database is locked by another program (another Comité FAST window or command, or a backup): wait until it is done and try again; nothing was written.</source>
        <translation>La base de données est verrouillée par un autre programme (une autre fenêtre ou commande Comité FAST, ou une sauvegarde) : attendez qu’il ait terminé et réessayez ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The database is damaged: SQLite found its content malformed; nothing was written. Keep a copy of the file and restore your latest backup.</source>
        <translation>La base de données est endommagée : SQLite a trouvé son contenu mal formé ; rien n’a été écrit. Conservez une copie du fichier et restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the database: %2</source>
        <translation>Impossible de lire %1 dans la base de données : %2</translation>
    </message>
    <message>
        <source>The server refused this change to your role on this committee; nothing was written.</source>
        <translation>Le serveur a refusé cette modification à votre rôle dans ce comité ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost before the change was confirmed: try again once the server is back.</source>
        <translation>La connexion au serveur de la base a été perdue avant que la modification soit confirmée : réessayez une fois le serveur revenu.</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The candidate "%1" is no longer in FAST%2.</source>
        <translation>La candidature « %1 » n’est plus dans FAST%2.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Prints a JSON object.</source>
        <translation>Affiche un objet JSON.</translation>
    </message>
    <message>
        <source>summary takes no argument.</source>
        <translation>summary ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>No promotion yet.</source>
        <translation>Aucune promotion pour l’instant.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sans cible</translation>
    </message>
    <message numerus="yes">
        <source>  FAST%1 (%2, %3): %n candidate(s),</source>
        <translation>
            <numerusform>  FAST%1 (%2, %3) : %n candidature,</numerusform>
            <numerusform>  FAST%1 (%2, %3) : %n candidatures,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s) of which</source>
        <translation>
            <numerusform>%n lauréat dont</numerusform>
            <numerusform>%n lauréats dont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s);</source>
        <translation>
            <numerusform>%n produit ;</numerusform>
            <numerusform>%n produits ;</numerusform>
        </translation>
    </message>
    <message>
        <source>granted %1 of %2, remaining %3</source>
        <translation>accordé %1 sur %2, reste %3</translation>
    </message>
    <message>
        <source>Years (indicator 1.2: products supported by FAST)</source>
        <translation>Exercices (indicateur 1.2 : produits accompagnés par le FAST)</translation>
    </message>
    <message numerus="yes">
        <source>  %1: granted %2; %n product(s), target %3</source>
        <translation>
            <numerusform>  %1 : accordé %2 ; %n produit, cible %3</numerusform>
            <numerusform>  %1 : accordé %2 ; %n produits, cible %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
    <message>
        <source>Payment tranches</source>
        <translation>Tranches de paiement</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ajo&amp;uter</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer pa&amp;yée</translation>
    </message>
    <message>
        <source>Split by the &amp;opening key</source>
        <translation>Répartir selon la &amp;clé d’ouverture</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Planned on, amount:</source>
        <translation>Prévue le, montant :</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Référence du &amp;virement :</translation>
    </message>
    <message>
        <source>Paid on, amount:</source>
        <translation>Versée le, montant :</translation>
    </message>
    <message>
        <source>Type the tranche's amount.</source>
        <translation>Saisissez le montant de la tranche.</translation>
    </message>
    <message>
        <source>Add a tranche of %1 to %2</source>
        <translation>Ajouter une tranche de %1 à %2</translation>
    </message>
    <message>
        <source>Change tranche %1 of %2</source>
        <translation>Modifier la tranche %1 de %2</translation>
    </message>
    <message>
        <source>Tranche %1 is paid: a payment made is not removed.</source>
        <translation>La tranche %1 est versée : un paiement fait n’est pas supprimé.</translation>
    </message>
    <message>
        <source>Remove tranche %1 of %2</source>
        <translation>Supprimer la tranche %1 de %2</translation>
    </message>
    <message>
        <source>Mark tranche %1 of %2 paid</source>
        <translation>Marquer versée la tranche %1 de %2</translation>
    </message>
    <message>
        <source>Tranche %1 is paid: the opening key's split replaces a schedule with no payment yet.</source>
        <translation>La tranche %1 est versée : la répartition selon la clé d’ouverture remplace un échéancier sans paiement.</translation>
    </message>
    <message>
        <source>Split the tranches of %1 by the opening key (%2)</source>
        <translation>Répartir les tranches de %1 selon la clé d’ouverture (%2)</translation>
    </message>
</context>
<context>
    <name>TransactionGuard</name>
    <message>
        <source>Cannot start a transaction on the database: %1</source>
        <translation>Impossible de démarrer une transaction sur la base de données : %1</translation>
    </message>
    <message>
        <source>Cannot save the change to the database: %1</source>
        <translation>Impossible d’enregistrer la modification dans la base de données : %1</translation>
    </message>
    <message>
        <source>the database is not open.</source>
        <translation>la base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>a transaction is already in progress on this connection.</source>
        <translation>une transaction est déjà en cours sur cette connexion.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User Guide — Comité FAST</source>
        <translation>Guide de l’utilisateur — Comité FAST</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Comité FAST</source>
        <translation>Bienvenue dans Comité FAST</translation>
    </message>
    <message>
        <source>Score the candidates of a FAST call, rank them and choose the laureates that fit the envelope, every amount under the fund's co-financing rule.</source>
        <translation>Notez les candidatures d’un appel FAST, classez-les et choisissez les lauréats qui tiennent dans l’enveloppe, chaque montant sous la règle de cofinancement du fonds.</translation>
    </message>
    <message>
        <source>&amp;Create a promotion</source>
        <translation>&amp;Créer une promotion</translation>
    </message>
    <message>
        <source>A call and its committee: number, year, envelope.</source>
        <translation>Un appel et son comité : numéro, exercice, enveloppe.</translation>
    </message>
    <message>
        <source>&amp;Import the call's file</source>
        <translation>&amp;Importer le fichier de l’appel</translation>
    </message>
    <message>
        <source>The candidates' export (XLSX, ODS or CSV), into a promotion created first.</source>
        <translation>L’export des candidatures (XLSX, ODS ou CSV), dans une promotion créée d’abord.</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>An illustrative committee, in a temporary database.</source>
        <translation>Un comité fictif, dans une base de données temporaire.</translation>
    </message>
    <message>
        <source>First time? The &lt;a href="guide"&gt;user guide&lt;/a&gt; (F1) follows a committee's day, from the call's file to the signed list.</source>
        <translation>Première fois ? Le &lt;a href="guide"&gt;guide de l’utilisateur&lt;/a&gt; (F1) suit la journée d’un comité, du fichier de l’appel à la liste signée.</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>What-if panel (nothing is saved)</source>
        <translation>Panneau de simulation (rien n’est enregistré)</translation>
    </message>
    <message>
        <source>Envelope of the what-if</source>
        <translation>Enveloppe de la simulation</translation>
    </message>
    <message>
        <source>&amp;Reset envelope</source>
        <translation>&amp;Réinitialiser l’enveloppe</translation>
    </message>
    <message>
        <source>Back to the promotion's envelope</source>
        <translation>Revenir à l’enveloppe de la promotion</translation>
    </message>
    <message>
        <source>&amp;Include all</source>
        <translation>&amp;Tout inclure</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Enveloppe :</translation>
    </message>
    <message>
        <source>Candidates included in the what-if</source>
        <translation>Candidatures incluses dans la simulation</translation>
    </message>
    <message>
        <source>Proposal of the what-if</source>
        <translation>Proposition de la simulation</translation>
    </message>
    <message>
        <source>Candidates (untick to leave one out):</source>
        <translation>Candidatures (décochez pour en écarter une) :</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Proposition :</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Scénarios enregistrés</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>Enregistrer le &amp;scénario sous…</translation>
    </message>
    <message>
        <source>&amp;Load into the panel</source>
        <translation>&amp;Charger dans le panneau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Compare two scenarios</source>
        <translation>Comparer deux scénarios</translation>
    </message>
    <message>
        <source>Two scenarios side by side</source>
        <translation>Deux scénarios côte à côte</translation>
    </message>
    <message>
        <source>Scenario &amp;A:</source>
        <translation>Scénario &amp;A :</translation>
    </message>
    <message>
        <source>Scenario &amp;B:</source>
        <translation>Scénario &amp;B :</translation>
    </message>
    <message>
        <source>What-if on %1 (envelope %2). %1 is closed: scenarios can be explored and compared, not saved.</source>
        <translation>Simulation sur %1 (enveloppe %2). %1 est clôturée : les scénarios peuvent être explorés et comparés, mais pas enregistrés.</translation>
    </message>
    <message>
        <source>What-if on %1 (envelope %2): change the envelope or leave candidates out; nothing is saved until you save a scenario.</source>
        <translation>Simulation sur %1 (enveloppe %2) : modifiez l’enveloppe ou écartez des candidatures ; rien n’est enregistré tant que vous n’enregistrez pas un scénario.</translation>
    </message>
    <message>
        <source>Choose a promotion to explore what-ifs.</source>
        <translation>Choisissez une promotion pour explorer des simulations.</translation>
    </message>
    <message>
        <source>Current panel</source>
        <translation>Panneau actuel</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) with a different proposal.</source>
        <translation>
            <numerusform>%n candidature avec une proposition différente.</numerusform>
            <numerusform>%n candidatures avec une proposition différente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a valid envelope before saving.</source>
        <translation>Saisissez une enveloppe valide avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Scenario "%1" replaced.</source>
        <translation>Scénario « %1 » remplacé.</translation>
    </message>
    <message>
        <source>Scenario "%1" saved.</source>
        <translation>Scénario « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Scenario "%1" loaded into the panel.</source>
        <translation>Scénario « %1 » chargé dans le panneau.</translation>
    </message>
    <message>
        <source>Scenario "%1" deleted.</source>
        <translation>Scénario « %1 » supprimé.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it before saving or deleting a scenario.</source>
        <translation>%1 est clôturée : rouvrez-la avant d’enregistrer ou de supprimer un scénario.</translation>
    </message>
    <message>
        <source>Saved scenarios and comparison</source>
        <translation>Scénarios enregistrés et comparaison</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s) for %1 out of %2; %3 remaining;</source>
        <translation>
            <numerusform>%n lauréat pour %1 sur %2 ; %3 restant ;</numerusform>
            <numerusform>%n lauréats pour %1 sur %2 ; %3 restant ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted;</source>
        <translation>
            <numerusform>%n en liste d’attente ;</numerusform>
            <numerusform>%n en liste d’attente ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out.</source>
        <translation>
            <numerusform>%n écartée.</numerusform>
            <numerusform>%n écartées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>Add Committee &amp;Members…</source>
        <translation>&amp;Ajouter des membres au comité…</translation>
    </message>
    <message>
        <source>Cop&amp;y the Committee of Another Promotion…</source>
        <translation>Co&amp;pier le comité d’une autre promotion…</translation>
    </message>
    <message>
        <source>Propose &amp;Laureates…</source>
        <translation>Proposer les &amp;lauréats…</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>the file is damaged: its part "%1" cannot be read as XML</source>
        <translation>le fichier est endommagé : sa partie « %1 » ne peut pas être lue comme du XML</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook: it has no "%1"</source>
        <translation>le fichier n’est pas un classeur XLSX : il n’a pas de « %1 »</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>the file is damaged: the sheet "%1" has no part "%2"</source>
        <translation>le fichier est endommagé : la feuille « %1 » n’a pas de partie « %2 »</translation>
    </message>
    <message>
        <source>the sheet has a row %1, past the last row a spreadsheet has (%2)</source>
        <translation>la feuille a une ligne %1, au-delà de la dernière ligne d’un tableur (%2)</translation>
    </message>
    <message>
        <source>the sheet has a column past the last one a spreadsheet has (%1)</source>
        <translation>la feuille a une colonne au-delà de la dernière colonne d’un tableur (%1)</translation>
    </message>
    <message>
        <source>the file is damaged: cell %1%2 names a shared string that is not there</source>
        <translation>le fichier est endommagé : la cellule %1%2 renvoie à un texte partagé absent</translation>
    </message>
</context>
<context>
    <name>XlsxStyles</name>
    <message>
        <source>the file is damaged: its part "%1" cannot be read as XML</source>
        <translation>le fichier est endommagé : sa partie « %1 » ne peut pas être lue comme du XML</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>The workbook could not be laid out: %1 (zip error %2).</source>
        <translation>Le classeur n’a pas pu être composé : %1 (erreur zip %2).</translation>
    </message>
    <message>
        <source>the archive could not be started</source>
        <translation>l’archive n’a pas pu être commencée</translation>
    </message>
    <message>
        <source>the archive could not be finished</source>
        <translation>l’archive n’a pas pu être terminée</translation>
    </message>
</context>
<context>
    <name>YearConsumptionChart</name>
    <message>
        <source>Consumption over the year</source>
        <translation>Consommation sur l’exercice</translation>
    </message>
    <message>
        <source>No promotion in this year.</source>
        <translation>Aucune promotion dans cet exercice.</translation>
    </message>
    <message>
        <source>Consumption over %1</source>
        <translation>Consommation sur %1</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <source>Envelopes over the budget</source>
        <translation>Enveloppes au-delà du budget</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Non alloué</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indiqué</translation>
    </message>
</context>
<context>
    <name>YearRepository</name>
    <message>
        <source>The database refused the year %1: %2</source>
        <translation>La base de données a refusé l’exercice %1 : %2</translation>
    </message>
    <message>
        <source>the years</source>
        <translation>les années</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>l’année %1</translation>
    </message>
</context>
</TS>
