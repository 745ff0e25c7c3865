<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copy to Clipboard</translation>
    </message>
    <message>
        <source>About Comité FAST</source>
        <translation>About Comité FAST</translation>
    </message>
    <message>
        <source>Comité FAST %1</source>
        <translation>Comité FAST %1</translation>
    </message>
    <message>
        <source>Scoring, ranking and laureates of the investment committee of the Fonds d’accélération des startups d’État et de territoires (FAST).</source>
        <translation>Scoring, ranking and laureates of the investment committee of the Fonds d’accélération des startups d’État et de territoires (FAST).</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Copies these lines, to paste them into a support request.</source>
        <translation>Copies these lines, to paste them into a support request.</translation>
    </message>
    <message>
        <source>Copied: paste it into your message.</source>
        <translation>Copied: paste it into your message.</translation>
    </message>
</context>
<context>
    <name>AboutFacts</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>demonstration</translation>
    </message>
    <message>
        <source>Comité FAST %1</source>
        <translation>Comité FAST %1</translation>
    </message>
    <message>
        <source>Licence: %1 (%2)</source>
        <translation>Licence: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (built with %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
</context>
<context>
    <name>AddCandidateCommand</name>
    <message>
        <source>Add candidate %1</source>
        <translation>Add candidate %1</translation>
    </message>
</context>
<context>
    <name>AddMembersCommand</name>
    <message numerus="yes">
        <source>Add %n committee member(s)</source>
        <translation>
            <numerusform>Add %n committee member</numerusform>
            <numerusform>Add %n committee members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddPromotionCommand</name>
    <message>
        <source>Add promotion %1</source>
        <translation>Add promotion %1</translation>
    </message>
</context>
<context>
    <name>AgreementCommand</name>
    <message>
        <source>The laureate's promotion.</source>
        <translation>The laureate's promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>The laureate's name (case and accents do not matter).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The date, 2025-07-14 or 14/07/2025.</source>
        <translation>The date, 2025-07-14 or 14/07/2025.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The agreement's reference.</source>
        <translation>The agreement's reference.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENCE</translation>
    </message>
    <message>
        <source>The committed amount an amendment sets (with --reason).</source>
        <translation>The committed amount an amendment sets (with --reason).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Why (goes to the audit log).</source>
        <translation>Why (goes to the audit log).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Usage: fast-committee agreement sign|amend|withdraw ... ("%1" is not one of them).</source>
        <translation>Usage: fast-committee agreement sign|amend|withdraw ... ("%1" is not one of them).</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --date, and --amount only with its --reason. Usage: %1</source>
        <translation>Give --promotion, --candidate and --date, and --amount only with its --reason. Usage: %1</translation>
    </message>
    <message>
        <source>%1: agreement signed on %2, committed %3.</source>
        <translation>%1: agreement signed on %2, committed %3.</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate, --amount and --reason. Usage: %1</source>
        <translation>Give --promotion, --candidate, --amount and --reason. Usage: %1</translation>
    </message>
    <message>
        <source>%1: the amendment commits %2 (granted %3).</source>
        <translation>%1: the amendment commits %2 (granted %3).</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --date. Usage: %1</source>
        <translation>Give --promotion, --candidate and --date. Usage: %1</translation>
    </message>
    <message>
        <source>%1 withdrew on %2 before any payment: its %3 go back to %4's envelope.</source>
        <translation>%1 withdrew on %2 before any payment: its %3 go back to %4's envelope.</translation>
    </message>
    <message>
        <source>%1 withdrew on %2: it keeps the %3 paid; %4 go back to %5's envelope.</source>
        <translation>%1 withdrew on %2: it keeps the %3 paid; %4 go back to %5's envelope.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Required when the committed amount differs</source>
        <translation>Required when the committed amount differs</translation>
    </message>
    <message>
        <source>Reason of the withdrawal</source>
        <translation>Reason of the withdrawal</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>&amp;Committed:</source>
        <translation>&amp;Committed:</translation>
    </message>
    <message>
        <source>&amp;Amendment reason:</source>
        <translation>&amp;Amendment reason:</translation>
    </message>
    <message>
        <source>Withdrawal:</source>
        <translation>Withdrawal:</translation>
    </message>
    <message>
        <source>%1 (granted)</source>
        <translation>%1 (granted)</translation>
    </message>
    <message>
        <source>Save the a&amp;greement</source>
        <translation>Save the a&amp;greement</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>Si&amp;gn</translation>
    </message>
    <message>
        <source>Withdrawn on %1 before any payment: %2 back to the promotion's envelope.</source>
        <translation>Withdrawn on %1 before any payment: %2 back to the promotion's envelope.</translation>
    </message>
    <message>
        <source>Withdrawn on %1: the laureate keeps the %2 paid, the rest is cancelled.</source>
        <translation>Withdrawn on %1: the laureate keeps the %2 paid, the rest is cancelled.</translation>
    </message>
    <message>
        <source>Sign the agreement of %1</source>
        <translation>Sign the agreement of %1</translation>
    </message>
    <message>
        <source>Change the agreement of %1</source>
        <translation>Change the agreement of %1</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Withdraw %1</translation>
    </message>
</context>
<context>
    <name>ApplyProposalCommand</name>
    <message>
        <source>Propose the laureates of FAST%1</source>
        <translation>Propose the laureates of FAST%1</translation>
    </message>
</context>
<context>
    <name>AuditActionText</name>
    <message>
        <source>Promotion created</source>
        <translation>Promotion created</translation>
    </message>
    <message>
        <source>Promotion changed</source>
        <translation>Promotion changed</translation>
    </message>
    <message>
        <source>Promotion removed</source>
        <translation>Promotion removed</translation>
    </message>
    <message>
        <source>Promotion closed</source>
        <translation>Promotion closed</translation>
    </message>
    <message>
        <source>Promotion reopened</source>
        <translation>Promotion reopened</translation>
    </message>
    <message>
        <source>Candidate added</source>
        <translation>Candidate added</translation>
    </message>
    <message>
        <source>Candidate changed</source>
        <translation>Candidate changed</translation>
    </message>
    <message>
        <source>Candidate removed</source>
        <translation>Candidate removed</translation>
    </message>
    <message>
        <source>Candidate imported</source>
        <translation>Candidate imported</translation>
    </message>
    <message>
        <source>Indicator target</source>
        <translation>Indicator target</translation>
    </message>
    <message>
        <source>Year's budget</source>
        <translation>Year's budget</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Member added</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Member removed</translation>
    </message>
    <message>
        <source>Criteria changed</source>
        <translation>Criteria changed</translation>
    </message>
    <message>
        <source>Note given</source>
        <translation>Note given</translation>
    </message>
    <message>
        <source>Note cleared</source>
        <translation>Note cleared</translation>
    </message>
    <message>
        <source>Note imported</source>
        <translation>Note imported</translation>
    </message>
    <message>
        <source>Recusal recorded</source>
        <translation>Recusal recorded</translation>
    </message>
    <message>
        <source>Recusal lifted</source>
        <translation>Recusal lifted</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Proposal applied</source>
        <translation>Proposal applied</translation>
    </message>
    <message>
        <source>Scenario saved</source>
        <translation>Scenario saved</translation>
    </message>
    <message>
        <source>Scenario removed</source>
        <translation>Scenario removed</translation>
    </message>
    <message>
        <source>Column mapping saved</source>
        <translation>Column mapping saved</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Only this promotion's changes.</source>
        <translation>Only this promotion's changes.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Prints a JSON array.</translation>
    </message>
    <message>
        <source>audit takes no argument. Usage: %1</source>
        <translation>audit takes no argument. Usage: %1</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message>
        <source>Writes the entries to a CSV file.</source>
        <translation>Writes the entries to a CSV file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both. Usage: %1</source>
        <translation>Give --json or --csv, not both. Usage: %1</translation>
    </message>
    <message>
        <source>--csv needs a file name. Usage: %1</source>
        <translation>--csv needs a file name. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n audit entry(ies) exported.</source>
        <translation>
            <numerusform>%1: %n audit entry exported.</numerusform>
            <numerusform>%1: %n audit entries exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogAction</name>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit Log…</translation>
    </message>
    <message>
        <source>Every change, who made it, the old and the new value</source>
        <translation>Every change, who made it, the old and the new value</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Name contains…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promotion:</translation>
    </message>
    <message>
        <source>C&amp;andidate:</source>
        <translation>C&amp;andidate:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file, with the columns of "fast-committee audit"</source>
        <translation>Write the entries shown to a CSV file, with the columns of "fast-committee audit"</translation>
    </message>
    <message>
        <source>All promotions</source>
        <translation>All promotions</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(ies) shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1</source>
        <translation>
            <numerusform>%n entry exported to %1</numerusform>
            <numerusform>%n entries exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
</context>
<context>
    <name>AuditLogRepository</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>the audit log</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>No laureate yet.</source>
        <translation>No laureate yet.</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
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
            <numerusform>%1 (%n laureate)</numerusform>
            <numerusform>%1 (%n laureates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total granted: %1</source>
        <translation>Total granted: %1</translation>
    </message>
</context>
<context>
    <name>BreakdownDonutChart</name>
    <message>
        <source>No laureate yet.</source>
        <translation>No laureate yet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Total granted: %1</translation>
    </message>
</context>
<context>
    <name>Candidate</name>
    <message>
        <source>The project name is required.</source>
        <translation>The project name is required.</translation>
    </message>
    <message>
        <source>The project name is longer than %1 characters.</source>
        <translation>The project name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The carrying administration is required.</source>
        <translation>The carrying administration is required.</translation>
    </message>
    <message>
        <source>The carrying administration is longer than %1 characters.</source>
        <translation>The carrying administration is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The incubator is longer than %1 characters.</source>
        <translation>The incubator is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The annual budget must be more than 0 €.</source>
        <translation>The annual budget must be more than 0 €.</translation>
    </message>
    <message>
        <source>The requested amount must be more than 0 €.</source>
        <translation>The requested amount must be more than 0 €.</translation>
    </message>
    <message>
        <source>Only a laureate has a granted amount; this candidate's decision is "%1".</source>
        <translation>Only a laureate has a granted amount; this candidate's decision is "%1".</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Carrying administration</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>The contact e-mail "%1" is not an address of the form name@domain.fr.</source>
        <translation>The contact e-mail "%1" is not an address of the form name@domain.fr.</translation>
    </message>
    <message>
        <source>An extra field has no name.</source>
        <translation>An extra field has no name.</translation>
    </message>
    <message>
        <source>Extra field name</source>
        <translation>Extra field name</translation>
    </message>
    <message>
        <source>The extra field "%1" is given twice.</source>
        <translation>The extra field "%1" is given twice.</translation>
    </message>
</context>
<context>
    <name>CandidateApplicationModel</name>
    <message>
        <source>FAST%1 (closed)</source>
        <translation>FAST%1 (closed)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (withdrawn)</translation>
    </message>
</context>
<context>
    <name>CandidateChangeText</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>carrying administration</source>
        <translation>carrying administration</translation>
    </message>
    <message>
        <source>incubator</source>
        <translation>incubator</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>annual budget</source>
        <translation>annual budget</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>requested amount</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>granted amount</source>
        <translation>granted amount</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>file number</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>contact e-mail</translation>
    </message>
    <message>
        <source>other answers</source>
        <translation>other answers</translation>
    </message>
</context>
<context>
    <name>CandidateCsvImport</name>
    <message>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <source>the header row is empty: the first line must name the columns (%1)</source>
        <translation>the header row is empty: the first line must name the columns (%1)</translation>
    </message>
    <message>
        <source>unknown column; the accepted columns are %1</source>
        <translation>unknown column; the accepted columns are %1</translation>
    </message>
    <message>
        <source>duplicate column: column %1 ("%2") already holds it</source>
        <translation>duplicate column: column %1 ("%2") already holds it</translation>
    </message>
    <message>
        <source>the required column "%1" (or "%2") is missing</source>
        <translation>the required column "%1" (or "%2") is missing</translation>
    </message>
    <message>
        <source>the row has more fields than the header (%1 instead of %2): a value that contains "%3" must be put in double quotes</source>
        <translation>the row has more fields than the header (%1 instead of %2): a value that contains "%3" must be put in double quotes</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>a tab</translation>
    </message>
    <message>
        <source>the row has fewer fields than the header (%1 instead of %2)</source>
        <translation>the row has fewer fields than the header (%1 instead of %2)</translation>
    </message>
    <message>
        <source>column %1 has no name in the header but holds "%2"</source>
        <translation>column %1 has no name in the header but holds "%2"</translation>
    </message>
    <message>
        <source>"%1" is not a kind of candidate: write one of %2</source>
        <translation>"%1" is not a kind of candidate: write one of %2</translation>
    </message>
    <message>
        <source>"%1" is not a phase: write one of %2, or leave it empty</source>
        <translation>"%1" is not a phase: write one of %2, or leave it empty</translation>
    </message>
    <message>
        <source>"%1" is not a decision: write one of %2, or leave it empty</source>
        <translation>"%1" is not a decision: write one of %2, or leave it empty</translation>
    </message>
    <message>
        <source>a laureate needs a granted amount</source>
        <translation>a laureate needs a granted amount</translation>
    </message>
    <message>
        <source>a laureate needs a granted amount, but the file has no "%1" (or "%2") column</source>
        <translation>a laureate needs a granted amount, but the file has no "%1" (or "%2") column</translation>
    </message>
    <message>
        <source>"%1" is already a candidate of this promotion</source>
        <translation>"%1" is already a candidate of this promotion</translation>
    </message>
    <message>
        <source>"%1" is already on line %2 (names are compared without case or accents)</source>
        <translation>"%1" is already on line %2 (names are compared without case or accents)</translation>
    </message>
    <message>
        <source>no column is mapped to the required field « %1 »; the file's columns are %2</source>
        <translation>no column is mapped to the required field « %1 »; the file's columns are %2</translation>
    </message>
    <message>
        <source>column %1 ("%2") has the same title: rename one, or map one to a field</source>
        <translation>column %1 ("%2") has the same title: rename one, or map one to a field</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Carrying administration</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Granted amount</translation>
    </message>
    <message>
        <source>New candidate — %1</source>
        <translation>New candidate — %1</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>&amp;Project name:</translation>
    </message>
    <message>
        <source>Ministry, operator or local authority</source>
        <translation>Ministry, operator or local authority</translation>
    </message>
    <message>
        <source>&amp;Carrying administration:</source>
        <translation>&amp;Carrying administration:</translation>
    </message>
    <message>
        <source>&amp;Incubator:</source>
        <translation>&amp;Incubator:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>e.g. 600 000</source>
        <translation>e.g. 600 000</translation>
    </message>
    <message>
        <source>Annual &amp;budget of the project:</source>
        <translation>Annual &amp;budget of the project:</translation>
    </message>
    <message>
        <source>e.g. 300 000</source>
        <translation>e.g. 300 000</translation>
    </message>
    <message>
        <source>&amp;Requested amount:</source>
        <translation>&amp;Requested amount:</translation>
    </message>
    <message>
        <source>Eligible amount:</source>
        <translation>Eligible amount:</translation>
    </message>
    <message>
        <source>Rule of %1: %2.</source>
        <translation>Rule of %1: %2.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Granted amount:</source>
        <translation>&amp;Granted amount:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Candidate %1 — %2</source>
        <translation>Candidate %1 — %2</translation>
    </message>
    <message>
        <source>type the annual budget and the requested amount</source>
        <translation>type the annual budget and the requested amount</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already has a candidate called "%2".</source>
        <translation>%1 already has a candidate called "%2".</translation>
    </message>
    <message>
        <source>%1 is closed: this candidate is read-only.</source>
        <translation>%1 is closed: this candidate is read-only.</translation>
    </message>
    <message>
        <source>%1 (the eligible amount) by default</source>
        <translation>%1 (the eligible amount) by default</translation>
    </message>
    <message>
        <source>the eligible amount by default</source>
        <translation>the eligible amount by default</translation>
    </message>
    <message>
        <source>%1 % of %2 = %3 · cap %4 · requested %5</source>
        <translation>%1 % of %2 = %3 · cap %4 · requested %5</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Other answers</translation>
    </message>
    <message>
        <source>the application's number in the call's form</source>
        <translation>the application's number in the call's form</translation>
    </message>
    <message>
        <source>&amp;File number:</source>
        <translation>&amp;File number:</translation>
    </message>
    <message>
        <source>Contact e-&amp;mail:</source>
        <translation>Contact e-&amp;mail:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>&amp;Other answers:</source>
        <translation>&amp;Other answers:</translation>
    </message>
</context>
<context>
    <name>CandidateEdit</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>carrier</translation>
    </message>
    <message>
        <source>incubator</source>
        <translation>incubator</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>requested amount</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>granted amount</source>
        <translation>granted amount</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>file number</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>contact e-mail</translation>
    </message>
    <message>
        <source>other answers</source>
        <translation>other answers</translation>
    </message>
    <message>
        <source>another operator</source>
        <translation>another operator</translation>
    </message>
    <message>
        <source>%1's %2 was cleared by %3 since you opened it; your change was not saved.</source>
        <translation>%1's %2 was cleared by %3 since you opened it; your change was not saved.</translation>
    </message>
    <message>
        <source>%1's %2 was changed to %3 by %4 since you opened it; your change was not saved.</source>
        <translation>%1's %2 was changed to %3 by %4 since you opened it; your change was not saved.</translation>
    </message>
</context>
<context>
    <name>CandidateImportFields</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Carrying administration</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Granted amount</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Other answers</translation>
    </message>
</context>
<context>
    <name>CandidateImportPlan</name>
    <message>
        <source>the file number %1 is already on line %2</source>
        <translation>the file number %1 is already on line %2</translation>
    </message>
    <message>
        <source>"%1" is already a candidate of this promotion</source>
        <translation>"%1" is already a candidate of this promotion</translation>
    </message>
    <message>
        <source>"%1" is already a candidate of this promotion, under the file number %2</source>
        <translation>"%1" is already a candidate of this promotion, under the file number %2</translation>
    </message>
    <message>
        <source>the file number %1 renames "%2" to "%3", the name of another candidate of this promotion</source>
        <translation>the file number %1 renames "%2" to "%3", the name of another candidate of this promotion</translation>
    </message>
    <message>
        <source>~ %1: %2 (decided: %3)</source>
        <translation>~ %1: %2 (decided: %3)</translation>
    </message>
    <message>
        <source>! %1: %2 (decided: %3; not changed)</source>
        <translation>! %1: %2 (decided: %3; not changed)</translation>
    </message>
    <message numerus="yes">
        <source>= %n unchanged</source>
        <translation>
            <numerusform>= %n unchanged</numerusform>
            <numerusform>= %n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateImportStore</name>
    <message>
        <source>"%1" was changed after the import was previewed: nothing was written. Open the file again to see its changes as they are now.</source>
        <translation>"%1" was changed after the import was previewed: nothing was written. Open the file again to see its changes as they are now.</translation>
    </message>
</context>
<context>
    <name>CandidateKind</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <source>The database refused the candidate %1: %2</source>
        <translation>The database refused the candidate %1: %2</translation>
    </message>
    <message>
        <source>The database refused to remove the candidate: %1</source>
        <translation>The database refused to remove the candidate: %1</translation>
    </message>
    <message>
        <source>The database refused the candidates: %1</source>
        <translation>The database refused the candidates: %1</translation>
    </message>
    <message>
        <source>The database refused the candidates from %1 to %2: %3</source>
        <translation>The database refused the candidates from %1 to %2: %3</translation>
    </message>
    <message>
        <source>the candidates</source>
        <translation>the candidates</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>the candidate</translation>
    </message>
    <message>
        <source>the candidates' names</source>
        <translation>the candidates' names</translation>
    </message>
    <message>
        <source>the number of candidates</source>
        <translation>the number of candidates</translation>
    </message>
</context>
<context>
    <name>CandidateSearchDialog</name>
    <message>
        <source>Search all promotions</source>
        <translation>Search all promotions</translation>
    </message>
    <message>
        <source>&amp;Project, carrier or incubator:</source>
        <translation>&amp;Project, carrier or incubator:</translation>
    </message>
    <message>
        <source>Type part of a name; accents and case do not matter</source>
        <translation>Type part of a name; accents and case do not matter</translation>
    </message>
    <message>
        <source>Candidates found in every promotion</source>
        <translation>Candidates found in every promotion</translation>
    </message>
    <message>
        <source>Type to search the candidates of every promotion.</source>
        <translation>Type to search the candidates of every promotion.</translation>
    </message>
    <message>
        <source>No candidate matches "%1".</source>
        <translation>No candidate matches "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) found. Enter or double-click goes to the candidate.</source>
        <translation>
            <numerusform>%n candidate found. Enter or double-click goes to the candidate.</numerusform>
            <numerusform>%n candidates found. Enter or double-click goes to the candidate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateSpreadsheetImport</name>
    <message>
        <source>the sheet is empty: choose the sheet that holds the candidates</source>
        <translation>the sheet is empty: choose the sheet that holds the candidates</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Incubator: %1</source>
        <translation>Incubator: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Carrying administration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
</context>
<context>
    <name>CandidatesCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>The promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Prints a JSON array.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Give --promotion NUMBER. Usage: %1</translation>
    </message>
    <message>
        <source>%1 has no candidate yet.</source>
        <translation>%1 has no candidate yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s); requested %1, eligible %2; envelope %3, consumed %4, remaining %5.</source>
        <translation>
            <numerusform>%n candidate; requested %1, eligible %2; envelope %3, consumed %4, remaining %5.</numerusform>
            <numerusform>%n candidates; requested %1, eligible %2; envelope %3, consumed %4, remaining %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Add the candidates one by one, or import the call's CSV export: each one's eligible amount is computed and explained at once.</source>
        <translation>Add the candidates one by one, or import the call's CSV export: each one's eligible amount is computed and explained at once.</translation>
    </message>
    <message>
        <source>Add a candidate…</source>
        <translation>Add a candidate…</translation>
    </message>
    <message>
        <source>Import the call's file…</source>
        <translation>Import the call's file…</translation>
    </message>
    <message>
        <source>No candidate in %1 yet</source>
        <translation>No candidate in %1 yet</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>The candidates of %1 could not be read</source>
        <translation>The candidates of %1 could not be read</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1 as an image.</source>
        <translation>Cannot write %1 as an image.</translation>
    </message>
    <message>
        <source>Cannot write %1 as a PDF document.</source>
        <translation>Cannot write %1 as a PDF document.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>There is no promotion FAST%1 in %2.</source>
        <translation>There is no promotion FAST%1 in %2.</translation>
    </message>
</context>
<context>
    <name>ClosePromotionCommand</name>
    <message>
        <source>Close promotion FAST%1</source>
        <translation>Close promotion FAST%1</translation>
    </message>
    <message>
        <source>Closing undone in the window.</source>
        <translation>Closing undone in the window.</translation>
    </message>
</context>
<context>
    <name>ClosePromotionDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <source>Close %1? Its candidates and decisions become read-only; reopening needs a written reason. The official list will say it was adopted by the committee of the date below.</source>
        <translation>Close %1? Its candidates and decisions become read-only; reopening needs a written reason. The official list will say it was adopted by the committee of the date below.</translation>
    </message>
    <message>
        <source>Committee date</source>
        <translation>Committee date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Committee &amp;date:</source>
        <translation>Committee &amp;date:</translation>
    </message>
    <message>
        <source>Enter the committee's date: the official list says which committee adopted it.</source>
        <translation>Enter the committee's date: the official list says which committee adopted it.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as dd/mm/yyyy, for example 12/06/2026.</source>
        <translation>"%1" is not a date: write it as dd/mm/yyyy, for example 12/06/2026.</translation>
    </message>
</context>
<context>
    <name>CofinancingRule</name>
    <message>
        <source>The co-financing rate must be between 1 and 100 %, not %1 %.</source>
        <translation>The co-financing rate must be between 1 and 100 %, not %1 %.</translation>
    </message>
    <message>
        <source>The cap per laureate must be more than 0 €.</source>
        <translation>The cap per laureate must be more than 0 €.</translation>
    </message>
    <message>
        <source>A laureate's granted amount must be more than 0 € (given: %1).</source>
        <translation>A laureate's granted amount must be more than 0 € (given: %1).</translation>
    </message>
    <message>
        <source>The granted amount %1 is more than the eligible amount %2: the fund pays at most %3 % of the annual budget (%4 of %5) and at most %6, and never more than the requested %7.</source>
        <translation>The granted amount %1 is more than the eligible amount %2: the fund pays at most %3 % of the annual budget (%4 of %5) and at most %6, and never more than the requested %7.</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>requested amount</translation>
    </message>
    <message>
        <source>capped at %1 %</source>
        <translation>capped at %1 %</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>capped at %1</translation>
    </message>
    <message>
        <source>%1 % of the annual budget, at most %2</source>
        <translation>%1 % of the annual budget, at most %2</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <source>Save &amp;mapping</source>
        <translation>Save &amp;mapping</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Column of the file read as %1</source>
        <translation>Column of the file read as %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>e.g. Form FAST 2026</source>
        <translation>e.g. Form FAST 2026</translation>
    </message>
    <message>
        <source>Save mapping &amp;as:</source>
        <translation>Save mapping &amp;as:</translation>
    </message>
    <message>
        <source>Mapping « %1 » applied.</source>
        <translation>Mapping « %1 » applied.</translation>
    </message>
    <message>
        <source>Each field is read from the column shown; change one and the rows below are read again. Columns that hold no field are kept as the candidates' other answers.</source>
        <translation>Each field is read from the column shown; change one and the rows below are read again. Columns that hold no field are kept as the candidates' other answers.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <source>other answer</source>
        <translation>other answer</translation>
    </message>
    <message>
        <source>Map a column to « %1 » to import</source>
        <translation>Map a column to « %1 » to import</translation>
    </message>
</context>
<context>
    <name>ColumnMappingStore</name>
    <message>
        <source>the saved column mappings</source>
        <translation>the saved column mappings</translation>
    </message>
    <message>
        <source>The mapping's name</source>
        <translation>The mapping's name</translation>
    </message>
    <message>
        <source>The mapping "%1" could not be replaced: %2</source>
        <translation>The mapping "%1" could not be replaced: %2</translation>
    </message>
    <message>
        <source>The mapping "%1" could not be saved: %2</source>
        <translation>The mapping "%1" could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --db needs a path.</source>
        <translation>The option --db needs a path.</translation>
    </message>
    <message>
        <source>The option --operator needs a name.</source>
        <translation>The option --operator needs a name.</translation>
    </message>
    <message>
        <source>Unknown command "%1". The commands are: %2. See fast-committee --help.</source>
        <translation>Unknown command "%1". The commands are: %2. See fast-committee --help.</translation>
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
        <translation>Comité FAST %1: the FAST fund committee's candidates, rules and decisions.

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
</translation>
    </message>
</context>
<context>
    <name>CommitteeCopier</name>
    <message>
        <source>There is no promotion FAST%1 to copy a committee from.</source>
        <translation>There is no promotion FAST%1 to copy a committee from.</translation>
    </message>
    <message>
        <source>%1's committee cannot be copied onto itself: choose an earlier promotion.</source>
        <translation>%1's committee cannot be copied onto itself: choose an earlier promotion.</translation>
    </message>
    <message>
        <source>%1 already has notes: its criteria can no longer change, so %2's committee cannot be copied into it. Add the missing members one by one instead.</source>
        <translation>%1 already has notes: its criteria can no longer change, so %2's committee cannot be copied into it. Add the missing members one by one instead.</translation>
    </message>
    <message>
        <source>Nothing to copy: %1 already has every member and the criteria of %2.</source>
        <translation>Nothing to copy: %1 already has every member and the criteria of %2.</translation>
    </message>
</context>
<context>
    <name>CommitteeStore</name>
    <message>
        <source>There is already a promotion %1.</source>
        <translation>There is already a promotion %1.</translation>
    </message>
    <message>
        <source>This promotion no longer exists.</source>
        <translation>This promotion no longer exists.</translation>
    </message>
    <message>
        <source>%1 cannot take the rule "%2": the laureate %3 was granted %4, more than its eligible amount of %5 under that rule. Change that grant first.</source>
        <translation>%1 cannot take the rule "%2": the laureate %3 was granted %4, more than its eligible amount of %5 under that rule. Change that grant first.</translation>
    </message>
    <message>
        <source>There is no promotion FAST%1.</source>
        <translation>There is no promotion FAST%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n candidate(s): remove them before removing the promotion.</source>
        <translation>
            <numerusform>%1 has %n candidate: remove them before removing the promotion.</numerusform>
            <numerusform>%1 has %n candidates: remove them before removing the promotion.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 is already closed.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 is already open.</translation>
    </message>
    <message>
        <source>Reopening %1 needs a written reason: it goes to the audit log.</source>
        <translation>Reopening %1 needs a written reason: it goes to the audit log.</translation>
    </message>
    <message>
        <source>This candidate no longer exists.</source>
        <translation>This candidate no longer exists.</translation>
    </message>
    <message>
        <source>"%1" (%2): %3</source>
        <translation>"%1" (%2): %3</translation>
    </message>
    <message>
        <source>"%1": %2</source>
        <translation>"%1": %2</translation>
    </message>
    <message>
        <source>"%1": this candidate appears twice in the import (also as "%2").</source>
        <translation>"%1": this candidate appears twice in the import (also as "%2").</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2, not %3.</source>
        <translation>The year must be between %1 and %2, not %3.</translation>
    </message>
    <message>
        <source>The target of indicator 1.2 cannot be negative (%1).</source>
        <translation>The target of indicator 1.2 cannot be negative (%1).</translation>
    </message>
    <message>
        <source>The fund's annual budget cannot be negative (%1).</source>
        <translation>The fund's annual budget cannot be negative (%1).</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it before changing it.</source>
        <translation>%1 is closed: reopen it before changing it.</translation>
    </message>
    <message>
        <source>%1 already has a candidate called "%2".</source>
        <translation>%1 already has a candidate called "%2".</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>envelope %1</source>
        <translation>envelope %1</translation>
    </message>
    <message>
        <source>minimum score %1</source>
        <translation>minimum score %1</translation>
    </message>
    <message>
        <source>committee %1</source>
        <translation>committee %1</translation>
    </message>
    <message>
        <source>incubator %1</source>
        <translation>incubator %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>requested %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>granted %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 cannot be closed without the date of the committee that adopted its list.</source>
        <translation>%1 cannot be closed without the date of the committee that adopted its list.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>"%1": the file number %2 appears twice in the import (also on "%3").</source>
        <translation>"%1": the file number %2 appears twice in the import (also on "%3").</translation>
    </message>
    <message>
        <source>%1 already has the file number %2 (candidate "%3").</source>
        <translation>%1 already has the file number %2 (candidate "%3").</translation>
    </message>
</context>
<context>
    <name>CommitteeTransfer</name>
    <message>
        <source>the source has a table "%1" that this version of Comité FAST does not copy</source>
        <translation>the source has a table "%1" that this version of Comité FAST does not copy</translation>
    </message>
    <message numerus="yes">
        <source>the target already holds a committee (%n row(s)): copy into a new, empty database</source>
        <translation>
            <numerusform>the target already holds a committee (%n row): copy into a new, empty database</numerusform>
            <numerusform>the target already holds a committee (%n rows): copy into a new, empty database</numerusform>
        </translation>
    </message>
    <message>
        <source>the target refused to clear its years: %1</source>
        <translation>the target refused to clear its years: %1</translation>
    </message>
    <message>
        <source>the copy's totals differ from the source's: %1 where the source has %2</source>
        <translation>the copy's totals differ from the source's: %1 where the source has %2</translation>
    </message>
    <message>
        <source>the source holds no committee table</source>
        <translation>the source holds no committee table</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>cannot count the rows of %1: %2</translation>
    </message>
    <message>
        <source>cannot read table %1: %2</source>
        <translation>cannot read table %1: %2</translation>
    </message>
    <message>
        <source>the target refused table %1: %2</source>
        <translation>the target refused table %1: %2</translation>
    </message>
    <message>
        <source>the target refused row %1 of table %2: %3</source>
        <translation>the target refused row %1 of table %2: %3</translation>
    </message>
    <message>
        <source>cannot read the numbering of %1: %2</source>
        <translation>cannot read the numbering of %1: %2</translation>
    </message>
    <message>
        <source>cannot set the numbering of %1: %2</source>
        <translation>cannot set the numbering of %1: %2</translation>
    </message>
    <message>
        <source>cannot add up the promotions: %1</source>
        <translation>cannot add up the promotions: %1</translation>
    </message>
    <message numerus="yes">
        <source>the copy of table %1 has %n row(s) where the source has %2</source>
        <translation>
            <numerusform>the copy of table %1 has %n row where the source has %2</numerusform>
            <numerusform>the copy of table %1 has %n rows where the source has %2</numerusform>
        </translation>
    </message>
    <message>
        <source>FAST%1: candidates %2, budgets %3, requested %4, granted %5, envelope %6 (in cents)</source>
        <translation>FAST%1: candidates %2, budgets %3, requested %4, granted %5, envelope %6 (in cents)</translation>
    </message>
</context>
<context>
    <name>ComparePromotionsDialog</name>
    <message>
        <source>Compare promotions</source>
        <translation>Compare promotions</translation>
    </message>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, closed)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <source>The two promotions compared</source>
        <translation>The two promotions compared</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Try Now</source>
        <translation>&amp;Try Now</translation>
    </message>
    <message>
        <source>Connection to %1 lost; reconnecting. Your changes will be kept until the server is back.</source>
        <translation>Connection to %1 lost; reconnecting. Your changes will be kept until the server is back.</translation>
    </message>
    <message>
        <source>Connection to %1 lost; your change is kept and will be sent when the server is back.</source>
        <translation>Connection to %1 lost; your change is kept and will be sent when the server is back.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost; your %n changes are kept and will be sent when the server is back.</source>
        <translation>
            <numerusform>Connection to %1 lost; your %n changes are kept and will be sent when the server is back.</numerusform>
            <numerusform>Connection to %1 lost; your %n changes are kept and will be sent when the server is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: %1.</source>
        <translation>Waiting: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server does not answer yet: next attempt in %n second(s).</source>
        <translation>
            <numerusform>The server does not answer yet: next attempt in %n second.</numerusform>
            <numerusform>The server does not answer yet: next attempt in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommitteeCommand</name>
    <message>
        <source>Copy the committee of FAST%1</source>
        <translation>Copy the committee of FAST%1</translation>
    </message>
</context>
<context>
    <name>CopyCommitteeDialog</name>
    <message>
        <source>Copy a committee into FAST%1</source>
        <translation>Copy a committee into FAST%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n member(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n member</numerusform>
            <numerusform>%1 (%2) — %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;from:</source>
        <translation>Copy &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>The members FAST%1 does not have yet are added, and its criteria become those of FAST%2 (names and weights). Undo (Ctrl+Z) takes the copy back.</source>
        <translation>The members FAST%1 does not have yet are added, and its criteria become those of FAST%2 (names and weights). Undo (Ctrl+Z) takes the copy back.</translation>
    </message>
</context>
<context>
    <name>CriteriaAction</name>
    <message>
        <source>Criteria and &amp;Weights…</source>
        <translation>Criteria and &amp;Weights…</translation>
    </message>
    <message>
        <source>The criteria the members note and their weights, until the first note</source>
        <translation>The criteria the members note and their weights, until the first note</translation>
    </message>
    <message>
        <source>FAST%1 is closed: its criteria can no longer change.</source>
        <translation>FAST%1 is closed: its criteria can no longer change.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the criteria.</source>
        <translation>Your role on this committee (%1) may not change the criteria.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Criteria and weights of FAST%1</source>
        <translation>Criteria and weights of FAST%1</translation>
    </message>
    <message>
        <source>Each member notes every criterion from 0 to 5; the weights are whole numbers that add up to 100. The first criterion breaks ties in the ranking. They can change until the first note is given.</source>
        <translation>Each member notes every criterion from 0 to 5; the weights are whole numbers that add up to 100. The first criterion breaks ties in the ranking. They can change until the first note is given.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation>Criterion %1 has no name.</translation>
    </message>
    <message>
        <source>The weight of "%1" must be a positive whole number, not "%2".</source>
        <translation>The weight of "%1" must be a positive whole number, not "%2".</translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation>Total: %1 / %2</translation>
    </message>
</context>
<context>
    <name>CriteriaSet</name>
    <message>
        <source>Add at least one criterion.</source>
        <translation>Add at least one criterion.</translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation>Criterion %1 has no name.</translation>
    </message>
    <message>
        <source>The criterion "%1" is listed twice.</source>
        <translation>The criterion "%1" is listed twice.</translation>
    </message>
    <message>
        <source>The weight of "%1" must be a whole number above 0, not %2.</source>
        <translation>The weight of "%1" must be a whole number above 0, not %2.</translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to %2.</source>
        <translation>The weights add up to %1; they must add up to %2.</translation>
    </message>
    <message>
        <source>The name of criterion %1</source>
        <translation>The name of criterion %1</translation>
    </message>
</context>
<context>
    <name>CriterionRepository</name>
    <message>
        <source>Cannot save the criteria: %1</source>
        <translation>Cannot save the criteria: %1</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>the criteria</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>a named pipe</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>a block device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>not a regular file but %1: give the path of a CSV file saved on a disk</source>
        <translation>not a regular file but %1: give the path of a CSV file saved on a disk</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2: split it into smaller files</source>
        <translation>the file is %1 bytes, more than the limit of %2: split it into smaller files</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the file grew past the limit of %1 while it was read: split it into smaller files</source>
        <translation>the file grew past the limit of %1 while it was read: split it into smaller files</translation>
    </message>
</context>
<context>
    <name>CsvProblem</name>
    <message>
        <source>Sheet "%1"</source>
        <translation>Sheet "%1"</translation>
    </message>
    <message>
        <source>Sheet "%1", row %2</source>
        <translation>Sheet "%1", row %2</translation>
    </message>
    <message>
        <source>Sheet "%1", row %2, column %3</source>
        <translation>Sheet "%1", row %2, column %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>not a text file</translation>
    </message>
    <message>
        <source>the file is empty: it holds only a byte order mark</source>
        <translation>the file is empty: it holds only a byte order mark</translation>
    </message>
    <message>
        <source>the file holds only blank lines</source>
        <translation>the file holds only blank lines</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>a quoted field opened here is never closed</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field: a field that contains quotes must be quoted as a whole, with its quotes doubled</source>
        <translation>unexpected text after the closing quote of a field: a field that contains quotes must be quoted as a whole, with its quotes doubled</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>byte %1 is not UTF-8, while the file starts with a UTF-8 byte order mark: save it again as UTF-8</source>
        <translation>byte %1 is not UTF-8, while the file starts with a UTF-8 byte order mark: save it again as UTF-8</translation>
    </message>
    <message>
        <source>byte %1 is not UTF-8, while the file elsewhere is UTF-8: save it again as UTF-8</source>
        <translation>byte %1 is not UTF-8, while the file elsewhere is UTF-8: save it again as UTF-8</translation>
    </message>
    <message>
        <source>the file holds more than %1 rows, the limit: split it into smaller files</source>
        <translation>the file holds more than %1 rows, the limit: split it into smaller files</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save the chart as PDF</source>
        <translation>Save the chart as PDF</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>this promotion</source>
        <translation>this promotion</translation>
    </message>
    <message>
        <source>its whole year</source>
        <translation>its whole year</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promotion:</translation>
    </message>
    <message>
        <source>&amp;Breakdowns for:</source>
        <translation>&amp;Breakdowns for:</translation>
    </message>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, closed)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Granted by carrier</source>
        <translation>Granted by carrier</translation>
    </message>
    <message>
        <source>Granted by carrier, %1</source>
        <translation>Granted by carrier, %1</translation>
    </message>
    <message>
        <source>Granted by kind</source>
        <translation>Granted by kind</translation>
    </message>
    <message>
        <source>Granted by kind, %1</source>
        <translation>Granted by kind, %1</translation>
    </message>
    <message>
        <source>The envelope appears once the promotion has one.</source>
        <translation>The envelope appears once the promotion has one.</translation>
    </message>
    <message>
        <source>The promotions' envelopes appear here once a promotion exists.</source>
        <translation>The promotions' envelopes appear here once a promotion exists.</translation>
    </message>
    <message>
        <source>The year's envelopes and grants appear once its promotions have some.</source>
        <translation>The year's envelopes and grants appear once its promotions have some.</translation>
    </message>
    <message>
        <source>Nothing granted yet: the carriers appear as laureates are decided.</source>
        <translation>Nothing granted yet: the carriers appear as laureates are decided.</translation>
    </message>
    <message>
        <source>Nothing granted yet: products and incubators appear as laureates are decided.</source>
        <translation>Nothing granted yet: products and incubators appear as laureates are decided.</translation>
    </message>
    <message>
        <source>The indicator appears once a year has laureate products or a target.</source>
        <translation>The indicator appears once a year has laureate products or a target.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Comité FAST database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 is not a Comité FAST database (it is not an SQLite file); it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is incomplete (%2 bytes where its header announces at least %3); it was left untouched.</source>
        <translation>%1 is damaged: the file is incomplete (%2 bytes where its header announces at least %3); it was left untouched.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: Comité FAST needs to write to it. Check the file's permissions.</source>
        <translation>The database %1 is read-only: Comité FAST needs to write to it. Check the file's permissions.</translation>
    </message>
    <message>
        <source>The database %1 is in a read-only folder: Comité FAST needs to write its journal next to it. Check the permissions of %2.</source>
        <translation>The database %1 is in a read-only folder: Comité FAST needs to write its journal next to it. Check the permissions of %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2.</source>
        <translation>Cannot create the folder %1 for the database %2.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is read-only.</source>
        <translation>Cannot create the database %1: the folder %2 is read-only.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Cannot prepare the database %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3); it was left untouched.</source>
        <translation>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3); it was left untouched.</translation>
    </message>
    <message>
        <source>%1: the schema was changed outside Comité FAST: %2; it was left untouched.</source>
        <translation>%1: the schema was changed outside Comité FAST: %2; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite's check reports "%2"; it was left untouched.</source>
        <translation>%1 is damaged: SQLite's check reports "%2"; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Cannot open %1: Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the committee on %1: %2</source>
        <translation>Cannot open the committee on %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the committee on %1: %2</source>
        <translation>Cannot prepare the committee on %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the committee on %1: %2</source>
        <translation>Cannot read the committee on %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>There is no database %1.</source>
        <translation>There is no database %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database yet.</source>
        <translation>%1 is empty: it holds no database yet.</translation>
    </message>
    <message>
        <source>%1 is not a Comité FAST database (it is not an SQLite file).</source>
        <translation>%1 is not a Comité FAST database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite cannot read it: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3).</source>
        <translation>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3).</translation>
    </message>
    <message>
        <source>SQLite's integrity check: %1</source>
        <translation>SQLite's integrity check: %1</translation>
    </message>
    <message>
        <source>SQLite cannot read its schema: %1</source>
        <translation>SQLite cannot read its schema: %1</translation>
    </message>
    <message>
        <source>the schema was changed outside Comité FAST: %1</source>
        <translation>the schema was changed outside Comité FAST: %1</translation>
    </message>
    <message>
        <source>SQLite cannot check its references: %1</source>
        <translation>SQLite cannot check its references: %1</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>row %1 of table %2 refers to a missing row of table %3</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>%1 already holds other promotions (%2): the demonstration is only written to a new or empty database, never over a committee's data.</source>
        <translation>%1 already holds other promotions (%2): the demonstration is only written to a new or empty database, never over a committee's data.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the connection to %1: keep this committee open until they are sent, or quit Comité FAST to lose them.</source>
        <translation>
            <numerusform>%n change still wait for the connection to %1: keep this committee open until they are sent, or quit Comité FAST to lose them.</numerusform>
            <numerusform>%n changes still wait for the connection to %1: keep this committee open until they are sent, or quit Comité FAST to lose them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>db check takes no argument. Usage: %1</source>
        <translation>db check takes no argument. Usage: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the database is sound (schema %2, %3, %4)</source>
        <translation>%1: the database is sound (schema %2, %3, %4)</translation>
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
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: fast-committee db check [--db PATH] | db copy --from SOURCE --to TARGET ("%1" is not a db command).</source>
        <translation>Usage: fast-committee db check [--db PATH] | db copy --from SOURCE --to TARGET ("%1" is not a db command).</translation>
    </message>
    <message>
        <source>The committee to copy: an SQLite file or a postgresql:// address.</source>
        <translation>The committee to copy: an SQLite file or a postgresql:// address.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>Where to copy it: a new SQLite file, or an empty database on a server.</source>
        <translation>Where to copy it: a new SQLite file, or an empty database on a server.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>db copy takes --from and --to. Usage: %1</source>
        <translation>db copy takes --from and --to. Usage: %1</translation>
    </message>
    <message>
        <source>There is no database %1.</source>
        <translation>There is no database %1.</translation>
    </message>
    <message>
        <source>%1 already exists: db copy writes a new file, never over one.</source>
        <translation>%1 already exists: db copy writes a new file, never over one.</translation>
    </message>
    <message>
        <source>db copy needs two databases; %1 is both.</source>
        <translation>db copy needs two databases; %1 is both.</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2.</source>
        <translation>Nothing was copied to %1: %2.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3, %4, %5; every table's rows and every promotion's totals match to the cent.</source>
        <translation>Copied %1 to %2: %3, %4, %5; every table's rows and every promotion's totals match to the cent.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s)</source>
        <translation>
            <numerusform>%n audit row</numerusform>
            <numerusform>%n audit rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>The promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The candidate's name (case and accents do not matter).</source>
        <translation>The candidate's name (case and accents do not matter).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>laureate, waitlist, rejected, withdrawn or none (or the French words).</source>
        <translation>laureate, waitlist, rejected, withdrawn or none (or the French words).</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <source>A laureate's granted amount (default: its eligible amount).</source>
        <translation>A laureate's granted amount (default: its eligible amount).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --decision. Usage: %1</source>
        <translation>Give --promotion, --candidate and --decision. Usage: %1</translation>
    </message>
    <message>
        <source>--decision: "%1" is not a decision; write one of %2.</source>
        <translation>--decision: "%1" is not a decision; write one of %2.</translation>
    </message>
    <message>
        <source>%1 has no candidate called "%2".</source>
        <translation>%1 has no candidate called "%2".</translation>
    </message>
    <message>
        <source>%1: %2, granted %3.</source>
        <translation>%1: %2, granted %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>No decision</source>
        <translation>No decision</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Laureate</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on %1</source>
        <translation>Decision on %1</translation>
    </message>
    <message>
        <source>Granted amount</source>
        <translation>Granted amount</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Eligible amount:</source>
        <translation>Eligible amount:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Granted amount:</source>
        <translation>&amp;Granted amount:</translation>
    </message>
    <message>
        <source>Give the granted amount of the laureate.</source>
        <translation>Give the granted amount of the laureate.</translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>%1, %2 granted</source>
        <translation>%1, %2 granted</translation>
    </message>
    <message>
        <source>%1 was changed while you were deciding: it is now "%2". Nothing was written; decide again to replace it.</source>
        <translation>%1 was changed while you were deciding: it is now "%2". Nothing was written; decide again to replace it.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 while you were deciding: it is now "%4". Nothing was written; decide again to replace it.</source>
        <translation>%1 was changed by %2 at %3 while you were deciding: it is now "%4". Nothing was written; decide again to replace it.</translation>
    </message>
    <message>
        <source>%1's agreement was signed on %2 for %3: its decision and granted amount stay as they are. Record an amendment or the withdrawal in its follow-up instead.</source>
        <translation>%1's agreement was signed on %2 for %3: its decision and granted amount stay as they are. Record an amendment or the withdrawal in its follow-up instead.</translation>
    </message>
</context>
<context>
    <name>DemoCommittee</name>
    <message>
        <source>The demonstration needs an empty database: FAST%1 already exists.</source>
        <translation>The demonstration needs an empty database: FAST%1 already exists.</translation>
    </message>
    <message>
        <source>The demonstration's notes of %1 do not match its committee.</source>
        <translation>The demonstration's notes of %1 do not match its committee.</translation>
    </message>
    <message>
        <source>The demonstration's notes of %1 do not match its criteria.</source>
        <translation>The demonstration's notes of %1 do not match its criteria.</translation>
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
        <translation>The database %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Open Another…</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Create New…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Committee databases (*.sqlite);;All files (*)</source>
        <translation>Committee databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Comité FAST: candidates, co-financing rule and laureates of the FAST fund.</source>
        <translation>Comité FAST: candidates, co-financing rule and laureates of the FAST fund.</translation>
    </message>
    <message>
        <source>The database file to open (created when missing).</source>
        <translation>The database file to open (created when missing).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The name written to the audit log.</source>
        <translation>The name written to the audit log.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open the window, let it paint once and exit (start-up benchmarks).</source>
        <translation>Open the window, let it paint once and exit (start-up benchmarks).</translation>
    </message>
    <message>
        <source>fast-committee: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, or give it a command: fast-committee --help.
</source>
        <translation>fast-committee: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it in a desktop session, or give it a command: fast-committee --help.
</translation>
    </message>
    <message>
        <source>Open an illustrative committee: in a temporary database, or in the --db file when given (a new or empty one, or a demonstration's).</source>
        <translation>Open an illustrative committee: in a temporary database, or in the --db file when given (a new or empty one, or a demonstration's).</translation>
    </message>
</context>
<context>
    <name>EarlierApplicationsPanel</name>
    <message>
        <source>Applications of the candidate to other promotions</source>
        <translation>Applications of the candidate to other promotions</translation>
    </message>
    <message>
        <source>No application of %1 to another promotion.</source>
        <translation>No application of %1 to another promotion.</translation>
    </message>
    <message numerus="yes">
        <source>%1 also applied to %n other promotion(s):</source>
        <translation>
            <numerusform>%1 also applied to %n other promotion:</numerusform>
            <numerusform>%1 also applied to %n other promotions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCandidateCommand</name>
    <message>
        <source>Edit candidate %1</source>
        <translation>Edit candidate %1</translation>
    </message>
    <message>
        <source>The candidate "%1" is no longer in FAST%2.</source>
        <translation>The candidate "%1" is no longer in FAST%2.</translation>
    </message>
</context>
<context>
    <name>EditPromotionCommand</name>
    <message>
        <source>Edit promotion %1</source>
        <translation>Edit promotion %1</translation>
    </message>
    <message>
        <source>The promotion %1 no longer exists.</source>
        <translation>The promotion %1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>EnvelopeChart</name>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>No promotion selected.</source>
        <translation>No promotion selected.</translation>
    </message>
    <message>
        <source>%1 envelope: %2</source>
        <translation>%1 envelope: %2</translation>
    </message>
    <message>
        <source>Consumed: %1</source>
        <translation>Consumed: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Remaining: %1</translation>
    </message>
</context>
<context>
    <name>EnvelopeGauge</name>
    <message>
        <source>Overspend: %1</source>
        <translation>Overspend: %1</translation>
    </message>
</context>
<context>
    <name>EnvelopeGaugeBar</name>
    <message>
        <source>Envelope: %1. Consumed: %2. Proposed: %3. Remaining: %4.</source>
        <translation>Envelope: %1. Consumed: %2. Proposed: %3. Remaining: %4.</translation>
    </message>
    <message>
        <source>Envelope %1</source>
        <translation>Envelope %1</translation>
    </message>
    <message>
        <source>Consumed: %1</source>
        <translation>Consumed: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Remaining: %1</translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation>Envelope: %1</translation>
    </message>
    <message>
        <source>Envelope gauge. %1</source>
        <translation>Envelope gauge. %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The promotion to export.</source>
        <translation>The promotion to export.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>The file to write (replaced if it exists).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>-o needs a file name. Usage: %1</source>
        <translation>-o needs a file name. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) of %2 exported.</source>
        <translation>
            <numerusform>%1: %n candidate of %2 exported.</numerusform>
            <numerusform>%1: %n candidates of %2 exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: list of the laureates of %2 written (%n laureate(s), %3 on the waitlist).</source>
        <translation>
            <numerusform>%1: list of the laureates of %2 written (%n laureate, %3 on the waitlist).</numerusform>
            <numerusform>%1: list of the laureates of %2 written (%n laureates, %3 on the waitlist).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still open: the list is marked provisional.</source>
        <translation>%1 is still open: the list is marked provisional.</translation>
    </message>
    <message>
        <source>The issuing authority printed at the top of every page of the PDF.</source>
        <translation>The issuing authority printed at the top of every page of the PDF.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give the format (pdf, csv or xlsx), --promotion NUMBER and -o FILE. Usage: %1</source>
        <translation>Give the format (pdf, csv or xlsx), --promotion NUMBER and -o FILE. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) of %2 exported with the ranking and the laureates.</source>
        <translation>
            <numerusform>%1: %n candidate of %2 exported with the ranking and the laureates.</numerusform>
            <numerusform>%1: %n candidates of %2 exported with the ranking and the laureates.</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf: the official list of the laureates; csv: every candidate, in the columns the import reads; xlsx: a workbook of the candidates, the ranking and the laureates; schedule: the year's payment schedule (--year); follow-up: a laureate's follow-up sheet (--candidate).</source>
        <translation>pdf: the official list of the laureates; csv: every candidate, in the columns the import reads; xlsx: a workbook of the candidates, the ranking and the laureates; schedule: the year's payment schedule (--year); follow-up: a laureate's follow-up sheet (--candidate).</translation>
    </message>
    <message>
        <source>Unknown export format "%1": write pdf, csv, xlsx, schedule or follow-up. Usage: %2</source>
        <translation>Unknown export format "%1": write pdf, csv, xlsx, schedule or follow-up. Usage: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpAudit</name>
    <message>
        <source>%1 planned on %2</source>
        <translation>%1 planned on %2</translation>
    </message>
    <message>
        <source>, paid %1 on %2</source>
        <translation>, paid %1 on %2</translation>
    </message>
    <message>
        <source>planned on %1</source>
        <translation>planned on %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>done on %1</translation>
    </message>
</context>
<context>
    <name>FollowUpCommand</name>
    <message>
        <source>  tranche %1: %2 planned on %3</source>
        <translation>  tranche %1: %2 planned on %3</translation>
    </message>
    <message>
        <source>, paid %1 on %2</source>
        <translation>, paid %1 on %2</translation>
    </message>
    <message>
        <source>  not yet in a tranche: %1</source>
        <translation>  not yet in a tranche: %1</translation>
    </message>
    <message>
        <source>The promotion whose laureates to follow.</source>
        <translation>The promotion whose laureates to follow.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Prints the follow-up as JSON (amounts in cents, dates ISO).</source>
        <translation>Prints the follow-up as JSON (amounts in cents, dates ISO).</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Give --promotion NUMBER. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n laureate(s); committed %2, paid %3, left to pay %4.</source>
        <translation>
            <numerusform>%1: %n laureate; committed %2, paid %3, left to pay %4.</numerusform>
            <numerusform>%1: %n laureates; committed %2, paid %3, left to pay %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals gave %1 back to the envelope.</source>
        <translation>Withdrawals gave %1 back to the envelope.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <source>; granted %1, committed %2, paid %3, left to pay %4</source>
        <translation>; granted %1, committed %2, paid %3, left to pay %4</translation>
    </message>
    <message>
        <source>; next: tranche %1, %2 on %3</source>
        <translation>; next: tranche %1, %2 on %3</translation>
    </message>
    <message>
        <source>  agreement signed on %1</source>
        <translation>  agreement signed on %1</translation>
    </message>
    <message>
        <source>  agreement %1 signed on %2</source>
        <translation>  agreement %1 signed on %2</translation>
    </message>
    <message>
        <source>  amendment: %1 instead of %2 (%3)</source>
        <translation>  amendment: %1 instead of %2 (%3)</translation>
    </message>
    <message>
        <source>  withdrawn on %1: %2 back to the envelope%3</source>
        <translation>  withdrawn on %1: %2 back to the envelope%3</translation>
    </message>
    <message>
        <source>planned on %1</source>
        <translation>planned on %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <source>  LATE: %1</source>
        <translation>  LATE: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of %1</source>
        <translation>Follow-up of %1</translation>
    </message>
    <message>
        <source>%1 · %2 · granted %3 · committed %4 · paid %5 · left to pay %6</source>
        <translation>%1 · %2 · granted %3 · committed %4 · paid %5 · left to pay %6</translation>
    </message>
    <message>
        <source>E&amp;xport Sheet (PDF)…</source>
        <translation>E&amp;xport Sheet (PDF)…</translation>
    </message>
    <message>
        <source>The laureate's follow-up sheet, in French</source>
        <translation>The laureate's follow-up sheet, in French</translation>
    </message>
</context>
<context>
    <name>FollowUpEdit</name>
    <message>
        <source>%1 withdrew on %2: its follow-up is closed.</source>
        <translation>%1 withdrew on %2: its follow-up is closed.</translation>
    </message>
    <message>
        <source>%1's agreement is already signed (on %2).</source>
        <translation>%1's agreement is already signed (on %2).</translation>
    </message>
    <message>
        <source>%1: the agreement needs its date of signature.</source>
        <translation>%1: the agreement needs its date of signature.</translation>
    </message>
    <message>
        <source>%1: a signature on %2 is outside %3–%4, the promotion's year and the five after it.</source>
        <translation>%1: a signature on %2 is outside %3–%4, the promotion's year and the five after it.</translation>
    </message>
    <message>
        <source>%1: the withdrawal needs its date.</source>
        <translation>%1: the withdrawal needs its date.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no tranche %2 (it has %n tranche(s)).</source>
        <translation>
            <numerusform>%1 has no tranche %2 (it has %n tranche).</numerusform>
            <numerusform>%1 has no tranche %2 (it has %n tranches).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tranche %2: the payment needs its date.</source>
        <translation>%1, tranche %2: the payment needs its date.</translation>
    </message>
    <message>
        <source>%1, tranche %2 is already paid (%3 on %4).</source>
        <translation>%1, tranche %2 is already paid (%3 on %4).</translation>
    </message>
    <message>
        <source>%1: the payment %2 is already recorded on tranche %3.</source>
        <translation>%1: the payment %2 is already recorded on tranche %3.</translation>
    </message>
</context>
<context>
    <name>FollowUpExportCommand</name>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>The file to write (replaced if it exists).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The issuing authority printed at the top of every page.</source>
        <translation>The issuing authority printed at the top of every page.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The budget year.</source>
        <translation>The budget year.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>The year's payment schedule across every promotion.</source>
        <translation>The year's payment schedule across every promotion.</translation>
    </message>
    <message>
        <source>Give --year YYYY and -o FILE. Usage: %1</source>
        <translation>Give --year YYYY and -o FILE. Usage: %1</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year between %2 and %3.</source>
        <translation>--year: "%1" is not a year between %2 and %3.</translation>
    </message>
    <message>
        <source>-o needs a file name. Usage: %1</source>
        <translation>-o needs a file name. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: payment schedule %2 written (%n laureate(s) in the detail; remaining to pay at 31/12/%2: %3).</source>
        <translation>
            <numerusform>%1: payment schedule %2 written (%n laureate in the detail; remaining to pay at 31/12/%2: %3).</numerusform>
            <numerusform>%1: payment schedule %2 written (%n laureates in the detail; remaining to pay at 31/12/%2: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The laureate's promotion.</source>
        <translation>The laureate's promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>The laureate's name (case and accents do not matter).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>One laureate's follow-up sheet.</source>
        <translation>One laureate's follow-up sheet.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER, --candidate NAME and -o FILE. Usage: %1</source>
        <translation>Give --promotion NUMBER, --candidate NAME and -o FILE. Usage: %1</translation>
    </message>
    <message>
        <source>%1 has no candidate called "%2".</source>
        <translation>%1 has no candidate called "%2".</translation>
    </message>
    <message>
        <source>%1 / %2 is not a laureate: only a laureate has a follow-up sheet.</source>
        <translation>%1 / %2 is not a laureate: only a laureate has a follow-up sheet.</translation>
    </message>
    <message>
        <source>%1: follow-up sheet of %2 written.</source>
        <translation>%1: follow-up sheet of %2 written.</translation>
    </message>
</context>
<context>
    <name>FollowUpPdfExport</name>
    <message>
        <source>Payment schedule %1 written to %2</source>
        <translation>Payment schedule %1 written to %2</translation>
    </message>
    <message>
        <source>This laureate no longer exists.</source>
        <translation>This laureate no longer exists.</translation>
    </message>
    <message>
        <source>Follow-up sheet of %1 written to %2</source>
        <translation>Follow-up sheet of %1 written to %2</translation>
    </message>
    <message>
        <source>Export the payment schedule %1</source>
        <translation>Export the payment schedule %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export the follow-up sheet of %1</source>
        <translation>Export the follow-up sheet of %1</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF not written</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>the laureates' follow-up</source>
        <translation>the laureates' follow-up</translation>
    </message>
    <message>
        <source>The database refused the follow-up of %1: %2</source>
        <translation>The database refused the follow-up of %1: %2</translation>
    </message>
    <message>
        <source>the opening key of %1</source>
        <translation>the opening key of %1</translation>
    </message>
    <message>
        <source>The database refused the opening key of %1: %2</source>
        <translation>The database refused the opening key of %1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>to sign</source>
        <translation>to sign</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>paying</source>
        <translation>paying</translation>
    </message>
    <message>
        <source>paid in full</source>
        <translation>paid in full</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>This laureate no longer exists or is no longer a laureate.</source>
        <translation>This laureate no longer exists or is no longer a laureate.</translation>
    </message>
    <message>
        <source>%1 / %2 is not a laureate: only a laureate has a follow-up.</source>
        <translation>%1 / %2 is not a laureate: only a laureate has a follow-up.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>late: %1</source>
        <translation>late: %1</translation>
    </message>
    <message numerus="yes">
        <source>late: %1 and %n more</source>
        <translation>
            <numerusform>late: %1 and %n more</numerusform>
            <numerusform>late: %1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Withdrawn before any payment: %1 back to the envelope</source>
        <translation>Withdrawn before any payment: %1 back to the envelope</translation>
    </message>
    <message>
        <source>Amended: %1</source>
        <translation>Amended: %1</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Laureate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Late items</source>
        <translation>Late items</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Open follow-&amp;up…</source>
        <translation>Open follow-&amp;up…</translation>
    </message>
    <message>
        <source>The laureate's agreement, payment tranches and accompaniment (Enter)</source>
        <translation>The laureate's agreement, payment tranches and accompaniment (Enter)</translation>
    </message>
    <message>
        <source>No laureate in FAST%1 yet: the follow-up starts with the decision.</source>
        <translation>No laureate in FAST%1 yet: the follow-up starts with the decision.</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s) · committed %1 · paid %2 · left to pay %3</source>
        <translation>
            <numerusform>%n laureate · committed %1 · paid %2 · left to pay %3</numerusform>
            <numerusform>%n laureates · committed %1 · paid %2 · left to pay %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawals before any payment gave %1 back to the promotion's envelope.</source>
        <translation>Withdrawals before any payment gave %1 back to the promotion's envelope.</translation>
    </message>
    <message>
        <source>Import Pa&amp;yments…</source>
        <translation>Import Pa&amp;yments…</translation>
    </message>
    <message>
        <source>E&amp;xport Sheet (PDF)…</source>
        <translation>E&amp;xport Sheet (PDF)…</translation>
    </message>
    <message>
        <source>Open follow-up…</source>
        <translation>Open follow-up…</translation>
    </message>
    <message>
        <source>Export Sheet (PDF)…</source>
        <translation>Export Sheet (PDF)…</translation>
    </message>
    <message>
        <source>The selected laureate's follow-up sheet, in French</source>
        <translation>The selected laureate's follow-up sheet, in French</translation>
    </message>
    <message>
        <source>Records the bank's file of payments (%1), all or nothing</source>
        <translation>Records the bank's file of payments (%1), all or nothing</translation>
    </message>
</context>
<context>
    <name>FormSaveBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Cannot save yet: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GrantBreakdown</name>
    <message>
        <source>Carrier not given</source>
        <translation>Carrier not given</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
</context>
<context>
    <name>GuideFindBar</name>
    <message>
        <source>Find in the guide</source>
        <translation>Find in the guide</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>HearingClock</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Running order…</source>
        <translation>Running order…</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Time left for the candidate</source>
        <translation>Time left for the candidate</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No candidate to hear</source>
        <translation>No candidate to hear</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;Guide</source>
        <translation>User &amp;Guide</translation>
    </message>
</context>
<context>
    <name>ImportCandidatesCommand</name>
    <message numerus="yes">
        <source>Import %n candidate(s)</source>
        <translation>
            <numerusform>Import %n candidate</numerusform>
            <numerusform>Import %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportChangesView</name>
    <message>
        <source>Also &amp;change decided candidates</source>
        <translation>Also &amp;change decided candidates</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Changes the import would make</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>The committee has decided on these candidates: by default the import leaves them as they are.</source>
        <translation>The committee has decided on these candidates: by default the import leaves them as they are.</translation>
    </message>
    <message>
        <source>Decided, changed too (%1)</source>
        <translation>Decided, changed too (%1)</translation>
    </message>
    <message>
        <source>Decided, left as they are (%1)</source>
        <translation>Decided, left as they are (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>To add (%1)</translation>
    </message>
    <message>
        <source>new, without file number</source>
        <translation>new, without file number</translation>
    </message>
    <message>
        <source>new, file number %1</source>
        <translation>new, file number %1</translation>
    </message>
    <message>
        <source>To update (%1)</source>
        <translation>To update (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <source>&amp;Import %1, update %2</source>
        <translation>&amp;Import %1, update %2</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>&amp;Update %1</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Import %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided left as it is</source>
        <translation>
            <numerusform>%n decided left as it is</numerusform>
            <numerusform>%n decided left as it is</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with %1 by file number: %2. The decided candidates cannot all be changed: line %3: %4</source>
        <translation>Compared with %1 by file number: %2. The decided candidates cannot all be changed: line %3: %4</translation>
    </message>
    <message>
        <source>Compared with %1 by file number: %2. Nothing to import.</source>
        <translation>Compared with %1 by file number: %2. Nothing to import.</translation>
    </message>
    <message>
        <source>Compared with %1 by file number: %2. Nothing is written until you press Import.</source>
        <translation>Compared with %1 by file number: %2. Nothing is written until you press Import.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The promotion to import into.</source>
        <translation>The promotion to import into.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Checks the file and writes nothing.</source>
        <translation>Checks the file and writes nothing.</translation>
    </message>
    <message>
        <source>%1 is closed: nothing was imported. Reopen it with a reason first.</source>
        <translation>%1 is closed: nothing was imported. Reopen it with a reason first.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported into %1.</source>
        <translation>
            <numerusform>%n problem: nothing was imported into %1.</numerusform>
            <numerusform>%n problems: nothing was imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) would be imported into %2; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>%1: %n candidate would be imported into %2; nothing was written (--dry-run).</numerusform>
            <numerusform>%1: %n candidates would be imported into %2; nothing was written (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) imported into %2.</source>
        <translation>
            <numerusform>%1: %n candidate imported into %2.</numerusform>
            <numerusform>%1: %n candidates imported into %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet of an XLSX or ODS file to import (the first by default).</source>
        <translation>The sheet of an XLSX or ODS file to import (the first by default).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The call's export, as .xlsx, .ods or .csv. Columns: %1</source>
        <translation>The call's export, as .xlsx, .ods or .csv. Columns: %1</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER and exactly one file. Usage: %1</source>
        <translation>Give --promotion NUMBER and exactly one file. Usage: %1</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: --sheet is for .xlsx and .ods files; nothing was imported.</source>
        <translation>%1 is not a spreadsheet: --sheet is for .xlsx and .ods files; nothing was imported.</translation>
    </message>
    <message>
        <source>Also changes the candidates already decided that the file changes (left as they are by default).</source>
        <translation>Also changes the candidates already decided that the file changes (left as they are by default).</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1: %2; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportFileReader</name>
    <message>
        <source>Mapping « %1 » replaced.</source>
        <translation>Mapping « %1 » replaced.</translation>
    </message>
    <message>
        <source>Mapping « %1 » saved.</source>
        <translation>Mapping « %1 » saved.</translation>
    </message>
</context>
<context>
    <name>ImportMappingOptions</name>
    <message>
        <source>Reads the file through the column mapping saved under NAME.</source>
        <translation>Reads the file through the column mapping saved under NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reads the field from the column so titled, e.g. budget_annuel="Budget annuel du projet (€)" (repeatable; an empty title leaves the field unmapped). Fields: %1</source>
        <translation>Reads the field from the column so titled, e.g. budget_annuel="Budget annuel du projet (€)" (repeatable; an empty title leaves the field unmapped). Fields: %1</translation>
    </message>
    <message>
        <source>FIELD=TITLE</source>
        <translation>FIELD=TITLE</translation>
    </message>
    <message>
        <source>Saves the column mapping used under NAME.</source>
        <translation>Saves the column mapping used under NAME.</translation>
    </message>
    <message>
        <source>no column mapping is saved under "%1": there is no saved mapping yet</source>
        <translation>no column mapping is saved under "%1": there is no saved mapping yet</translation>
    </message>
    <message>
        <source>no column mapping is saved under "%1"; the saved mappings are %2</source>
        <translation>no column mapping is saved under "%1"; the saved mappings are %2</translation>
    </message>
    <message>
        <source>--map %1: "%2" is not a field; the fields are %3</source>
        <translation>--map %1: "%2" is not a field; the fields are %3</translation>
    </message>
    <message>
        <source>--map %1: the file has no column "%2"; its columns are %3</source>
        <translation>--map %1: the file has no column "%2"; its columns are %3</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Column mapping:</translation>
    </message>
    <message>
        <source>Column mapping « %1 »:</source>
        <translation>Column mapping « %1 »:</translation>
    </message>
    <message>
        <source>  %1 ← (not in the file)</source>
        <translation>  %1 ← (not in the file)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>  %1 ← %2 (%3)</source>
        <translation>  %1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>  kept as other answers: %1</source>
        <translation>  kept as other answers: %1</translation>
    </message>
    <message>
        <source>Column mapping « %1 » replaced.</source>
        <translation>Column mapping « %1 » replaced.</translation>
    </message>
    <message>
        <source>Column mapping « %1 » saved.</source>
        <translation>Column mapping « %1 » saved.</translation>
    </message>
</context>
<context>
    <name>ImportPlanCommand</name>
    <message numerus="yes">
        <source>Update %n candidate(s)</source>
        <translation>
            <numerusform>Update %n candidate</numerusform>
            <numerusform>Update %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %1 and update %n candidate(s)</source>
        <translation>
            <numerusform>Import %1 and update %n candidate</numerusform>
            <numerusform>Import %1 and update %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlanRun</name>
    <message numerus="yes">
        <source>%1: %n candidate(s) would be added, %2 updated, %3 unchanged into %4; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>%1: %n candidate would be added, %2 updated, %3 unchanged into %4; nothing was written (--dry-run).</numerusform>
            <numerusform>%1: %n candidates would be added, %2 updated, %3 unchanged into %4; nothing was written (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %3 is decided (%4): %n change(s) left as they are; --update-decided applies them.</source>
        <translation>
            <numerusform>%1:%2: %3 is decided (%4): %n change left as they are; --update-decided applies them.</numerusform>
            <numerusform>%1:%2: %3 is decided (%4): %n changes left as they are; --update-decided applies them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s) added, %2 updated, %3 unchanged into %4.</source>
        <translation>
            <numerusform>%1: %n candidate added, %2 updated, %3 unchanged into %4.</numerusform>
            <numerusform>%1: %n candidates added, %2 updated, %3 unchanged into %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1 into %2</source>
        <translation>Import %1 into %2</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problems found in the file</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The file holds no candidate: nothing to import.</source>
        <translation>The file holds no candidate: nothing to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) will be added to %1. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%n candidate will be added to %1. Nothing is written until you press Import.</numerusform>
            <numerusform>%n candidates will be added to %1. Nothing is written until you press Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem found: nothing will be imported until the file is corrected.</numerusform>
            <numerusform>%n problems found: nothing will be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Carrying administration</source>
        <translation>Carrying administration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Sheet to import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>No year with promotions or a target yet.</source>
        <translation>No year with promotions or a target yet.</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: no data</translation>
    </message>
    <message>
        <source>/ target %1</source>
        <translation>/ target %1</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n realised</source>
        <translation>
            <numerusform>%1: %n realised</numerusform>
            <numerusform>%1: %n realised</numerusform>
        </translation>
    </message>
    <message>
        <source>decision year</source>
        <translation>decision year</translation>
    </message>
    <message>
        <source>agreement year</source>
        <translation>agreement year</translation>
    </message>
    <message>
        <source>Co&amp;unt products by:</source>
        <translation>Co&amp;unt products by:</translation>
    </message>
    <message>
        <source>Indicator 1.2: %1, %2</source>
        <translation>Indicator 1.2: %1, %2</translation>
    </message>
</context>
<context>
    <name>IndicatorSeries</name>
    <message>
        <source>Number of products supported by FAST</source>
        <translation>Number of products supported by FAST</translation>
    </message>
    <message>
        <source>by decision year</source>
        <translation>by decision year</translation>
    </message>
    <message>
        <source>by agreement year</source>
        <translation>by agreement year</translation>
    </message>
</context>
<context>
    <name>IndicatorTargetEditor</name>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Target for %1</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Of the target</source>
        <translation>Of the target</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LaureateFollowUp</name>
    <message>
        <source>tranche %1 due on %2</source>
        <translation>tranche %1 due on %2</translation>
    </message>
    <message>
        <source>%1 planned on %2</source>
        <translation>%1 planned on %2</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Agreement reference</translation>
    </message>
    <message>
        <source>Amendment reason</source>
        <translation>Amendment reason</translation>
    </message>
    <message>
        <source>Withdrawal reason</source>
        <translation>Withdrawal reason</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Milestone note</source>
        <translation>Milestone note</translation>
    </message>
    <message>
        <source>%1 has no granted amount: only a laureate has a follow-up.</source>
        <translation>%1 has no granted amount: only a laureate has a follow-up.</translation>
    </message>
    <message>
        <source>%1: an amendment changes a signed agreement; sign the agreement first.</source>
        <translation>%1: an amendment changes a signed agreement; sign the agreement first.</translation>
    </message>
    <message>
        <source>%1: the amended commitment must be more than %2 (it is %3); withdraw the laureate instead.</source>
        <translation>%1: the amended commitment must be more than %2 (it is %3); withdraw the laureate instead.</translation>
    </message>
    <message>
        <source>%1: the amendment that commits %2 instead of the granted %3 needs its reason.</source>
        <translation>%1: the amendment that commits %2 instead of the granted %3 needs its reason.</translation>
    </message>
    <message>
        <source>%1: an amendment's reason without an amended amount.</source>
        <translation>%1: an amendment's reason without an amended amount.</translation>
    </message>
    <message>
        <source>%1: withdrawn on %2, before the agreement was signed on %3.</source>
        <translation>%1: withdrawn on %2, before the agreement was signed on %3.</translation>
    </message>
    <message>
        <source>%1, tranche %2</source>
        <translation>%1, tranche %2</translation>
    </message>
    <message>
        <source>%1: the tranches must be numbered 1 to %2 in order.</source>
        <translation>%1: the tranches must be numbered 1 to %2 in order.</translation>
    </message>
    <message>
        <source>%1 has no planned date.</source>
        <translation>%1 has no planned date.</translation>
    </message>
    <message>
        <source>%1: the planned amount must be more than %2 (it is %3).</source>
        <translation>%1: the planned amount must be more than %2 (it is %3).</translation>
    </message>
    <message>
        <source>%1 is paid but the agreement is not signed: sign it before any payment.</source>
        <translation>%1 is paid but the agreement is not signed: sign it before any payment.</translation>
    </message>
    <message>
        <source>%1: the amount paid must be more than %2 (it is %3).</source>
        <translation>%1: the amount paid must be more than %2 (it is %3).</translation>
    </message>
    <message>
        <source>%1 is paid on %2, before the agreement was signed on %3.</source>
        <translation>%1 is paid on %2, before the agreement was signed on %3.</translation>
    </message>
    <message>
        <source>%1 is paid on %2, after the laureate withdrew on %3.</source>
        <translation>%1 is paid on %2, after the laureate withdrew on %3.</translation>
    </message>
    <message>
        <source>%1: an amount paid without a payment date.</source>
        <translation>%1: an amount paid without a payment date.</translation>
    </message>
    <message>
        <source>%1 of %2 brings the tranches to %3, %4 more than the commitment of %5.</source>
        <translation>%1 of %2 brings the tranches to %3, %4 more than the commitment of %5.</translation>
    </message>
    <message>
        <source>%1: the milestone "%2" is given twice.</source>
        <translation>%1: the milestone "%2" is given twice.</translation>
    </message>
</context>
<context>
    <name>LaureateListPrinter</name>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>The printer %1 is not available.</translation>
    </message>
    <message>
        <source>The list could not be printed: %1</source>
        <translation>The list could not be printed: %1</translation>
    </message>
</context>
<context>
    <name>LaureateOption</name>
    <message>
        <source>%1 has no candidate called "%2".</source>
        <translation>%1 has no candidate called "%2".</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date: write 2025-07-14 or 14/07/2025.</source>
        <translation>--%1: "%2" is not a date: write 2025-07-14 or 14/07/2025.</translation>
    </message>
</context>
<context>
    <name>LiftRecusalCommand</name>
    <message>
        <source>Lift the recusal of %1 on %2</source>
        <translation>Lift the recusal of %1 on %2</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>New promotion</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>List (PDF)</source>
        <translation>List (PDF)</translation>
    </message>
    <message>
        <source>Session mode</source>
        <translation>Session mode</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open the &amp;Demonstration</source>
        <translation>Open the &amp;Demonstration</translation>
    </message>
    <message>
        <source>&amp;Import Candidates (CSV)…</source>
        <translation>&amp;Import Candidates (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find Candidate</source>
        <translation>&amp;Find Candidate</translation>
    </message>
    <message>
        <source>&amp;Add Candidate…</source>
        <translation>&amp;Add Candidate…</translation>
    </message>
    <message>
        <source>&amp;Edit Candidate…</source>
        <translation>&amp;Edit Candidate…</translation>
    </message>
    <message>
        <source>&amp;Remove Candidate…</source>
        <translation>&amp;Remove Candidate…</translation>
    </message>
    <message>
        <source>&amp;New Promotion…</source>
        <translation>&amp;New Promotion…</translation>
    </message>
    <message>
        <source>&amp;Edit Promotion…</source>
        <translation>&amp;Edit Promotion…</translation>
    </message>
    <message>
        <source>&amp;Close Promotion…</source>
        <translation>&amp;Close Promotion…</translation>
    </message>
    <message>
        <source>Re&amp;open Promotion…</source>
        <translation>Re&amp;open Promotion…</translation>
    </message>
    <message>
        <source>&amp;Session Mode (large text)</source>
        <translation>&amp;Session Mode (large text)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Candidate</translation>
    </message>
    <message>
        <source>&amp;Promotion</source>
        <translation>&amp;Promotion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language (applies at restart)</source>
        <translation>&amp;Language (applies at restart)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Comité FAST</source>
        <translation>&amp;About Comité FAST</translation>
    </message>
    <message>
        <source>Promotions by year</source>
        <translation>Promotions by year</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Demonstration database (illustrative): the ten FAST13 laureates and the 2.55 M€ total are public; every other amount, the carriers, the other candidates and the other promotions are invented for the demonstration.</source>
        <translation>Demonstration database (illustrative): the ten FAST13 laureates and the 2.55 M€ total are public; every other amount, the carriers, the other candidates and the other promotions are invented for the demonstration.</translation>
    </message>
    <message>
        <source>Search a project, carrier or incubator (%1)</source>
        <translation>Search a project, carrier or incubator (%1)</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Search candidates</translation>
    </message>
    <message>
        <source>Candidates of the promotion</source>
        <translation>Candidates of the promotion</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demonstration: %1</source>
        <translation>Cannot create a temporary folder for the demonstration: %1</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>demonstration</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>%1 is closed: read-only.</source>
        <translation>%1 is closed: read-only.</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 is open.</translation>
    </message>
    <message>
        <source>No promotion yet: create one from the Promotion menu.</source>
        <translation>No promotion yet: create one from the Promotion menu.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>No database open.</translation>
    </message>
    <message>
        <source>%1 — year %2</source>
        <translation>%1 — year %2</translation>
    </message>
    <message>
        <source>Co-financing: %1</source>
        <translation>Co-financing: %1</translation>
    </message>
    <message>
        <source>minimum score %1/100</source>
        <translation>minimum score %1/100</translation>
    </message>
    <message>
        <source>committee on %1</source>
        <translation>committee on %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>Candidates: %1</translation>
    </message>
    <message>
        <source>Candidates: %1 (%2 shown)</source>
        <translation>Candidates: %1 (%2 shown)</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Requested: %1</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation>Eligible: %1</translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation>Envelope: %1</translation>
    </message>
    <message>
        <source>Consumed: %1</source>
        <translation>Consumed: %1</translation>
    </message>
    <message>
        <source>Remaining: %1 (overspent by %2)</source>
        <translation>Remaining: %1 (overspent by %2)</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Remaining: %1</translation>
    </message>
    <message>
        <source>&amp;View Candidate…</source>
        <translation>&amp;View Candidate…</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it to change anything.</source>
        <translation>%1 is closed: reopen it to change anything.</translation>
    </message>
    <message>
        <source>Comité FAST</source>
        <translation>Comité FAST</translation>
    </message>
    <message>
        <source>Comité FAST — demonstration (illustrative amounts)</source>
        <translation>Comité FAST — demonstration (illustrative amounts)</translation>
    </message>
    <message>
        <source>%1 — Comité FAST</source>
        <translation>%1 — Comité FAST</translation>
    </message>
    <message>
        <source>Reopening a promotion needs a written reason.</source>
        <translation>Reopening a promotion needs a written reason.</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Remove candidate</translation>
    </message>
    <message>
        <source>Remove %1 from %2? You can undo it with %3.</source>
        <translation>Remove %1 from %2? You can undo it with %3.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Reopen %1</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason is written to the audit log.</source>
        <translation>Why is %1 reopened? The reason is written to the audit log.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Committee databases (*.sqlite);;All files (*)</source>
        <translation>Committee databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Import candidates</source>
        <translation>Import candidates</translation>
    </message>
    <message>
        <source>The language will change at the next start of the application.</source>
        <translation>The language will change at the next start of the application.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it with Open Database.</source>
        <translation>%1 already exists: choose another name, or open it with Open Database.</translation>
    </message>
    <message>
        <source>Envelopes of %1: %2</source>
        <translation>Envelopes of %1: %2</translation>
    </message>
    <message>
        <source>Annual budget of the fund: %1</source>
        <translation>Annual budget of the fund: %1</translation>
    </message>
    <message>
        <source>temporary demonstration database</source>
        <translation>temporary demonstration database</translation>
    </message>
    <message>
        <source>%1 · operator: %2</source>
        <translation>%1 · operator: %2</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates</source>
        <translation>Ca&amp;ndidates</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Dash&amp;board</translation>
    </message>
    <message>
        <source>&amp;Export Laureate List (PDF)…</source>
        <translation>&amp;Export Laureate List (PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;Candidates (CSV)…</source>
        <translation>Export &amp;Candidates (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print Laureate List…</source>
        <translation>&amp;Print Laureate List…</translation>
    </message>
    <message>
        <source>Promotion &amp;History…</source>
        <translation>Promotion &amp;History…</translation>
    </message>
    <message>
        <source>&amp;Search All Promotions…</source>
        <translation>&amp;Search All Promotions…</translation>
    </message>
    <message>
        <source>&amp;Compare Promotions…</source>
        <translation>&amp;Compare Promotions…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>The audit log now records changes as %1.</source>
        <translation>The audit log now records changes as %1.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Scoring</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Ranking</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;What-if</translation>
    </message>
    <message>
        <source>No promotion is shown.</source>
        <translation>No promotion is shown.</translation>
    </message>
    <message>
        <source>List of the laureates of %1 written to %2</source>
        <translation>List of the laureates of %1 written to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of %1 exported to %2</source>
        <translation>
            <numerusform>%n candidate of %1 exported to %2</numerusform>
            <numerusform>%n candidates of %1 exported to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>List of the laureates of %1 sent to %2</source>
        <translation>List of the laureates of %1 sent to %2</translation>
    </message>
    <message>
        <source>Export the list of the laureates</source>
        <translation>Export the list of the laureates</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export the candidates</source>
        <translation>Export the candidates</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Print the list of the laureates of %1</source>
        <translation>Print the list of the laureates of %1</translation>
    </message>
    <message>
        <source>Promotions &amp;Panel</source>
        <translation>Promotions &amp;Panel</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.ods *.csv);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.ods *.csv);;CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The promotions could not be read.</source>
        <translation>The promotions could not be read.</translation>
    </message>
    <message>
        <source>Connect to a &amp;Server…</source>
        <translation>Connect to a &amp;Server…</translation>
    </message>
    <message>
        <source>Export &amp;Spreadsheet (XLSX)…</source>
        <translation>Export &amp;Spreadsheet (XLSX)…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of %1 exported with the ranking and the laureates to %2</source>
        <translation>
            <numerusform>%n candidate of %1 exported with the ranking and the laureates to %2</numerusform>
            <numerusform>%n candidates of %1 exported with the ranking and the laureates to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the spreadsheet</source>
        <translation>Export the spreadsheet</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: kept until the server is back</source>
        <translation>%1: kept until the server is back</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>%1 is closed: its candidates and decisions are read-only; its laureates' follow-up stays open. To change the rest, reopen it from the Promotion menu (a written reason is required).</source>
        <translation>%1 is closed: its candidates and decisions are read-only; its laureates' follow-up stays open. To change the rest, reopen it from the Promotion menu (a written reason is required).</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Cannot save the committee member: %1</source>
        <translation>Cannot save the committee member: %1</translation>
    </message>
    <message>
        <source>Cannot remove the committee member: %1</source>
        <translation>Cannot remove the committee member: %1</translation>
    </message>
    <message>
        <source>the committee members</source>
        <translation>the committee members</translation>
    </message>
</context>
<context>
    <name>MembersCommand</name>
    <message>
        <source>The promotion whose committee it is.</source>
        <translation>The promotion whose committee it is.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The members' names, one argument each.</source>
        <translation>The members' names, one argument each.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER and at least one name. Usage: %1</source>
        <translation>Give --promotion NUMBER and at least one name. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) added to the committee of %1: %2.</source>
        <translation>
            <numerusform>%n member added to the committee of %1: %2.</numerusform>
            <numerusform>%n members added to the committee of %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promotion.</source>
        <translation>The promotion.</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Prints a JSON array.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Give --promotion NUMBER. Usage: %1</translation>
    </message>
    <message>
        <source>The committee of %1 has no member yet.</source>
        <translation>The committee of %1 has no member yet.</translation>
    </message>
    <message>
        <source>Usage: fast-committee members add|copy|list ... ("%1" is not one of them).</source>
        <translation>Usage: fast-committee members add|copy|list ... ("%1" is not one of them).</translation>
    </message>
    <message>
        <source>The promotion that receives the committee.</source>
        <translation>The promotion that receives the committee.</translation>
    </message>
    <message>
        <source>The earlier promotion whose members and criteria are copied.</source>
        <translation>The earlier promotion whose members and criteria are copied.</translation>
    </message>
    <message>
        <source>Give --from NUMBER and --promotion NUMBER. Usage: %1</source>
        <translation>Give --from NUMBER and --promotion NUMBER. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) copied from %1 to %2</source>
        <translation>
            <numerusform>%n member copied from %1 to %2</numerusform>
            <numerusform>%n members copied from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the committee: %1.</source>
        <translation>Already on the committee: %1.</translation>
    </message>
    <message>
        <source>Criteria copied from %1.</source>
        <translation>Criteria copied from %1.</translation>
    </message>
    <message>
        <source>The criteria were already those of %1.</source>
        <translation>The criteria were already those of %1.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database has schema version %1; this version of Comité FAST reads up to %2.</source>
        <translation>The database has schema version %1; this version of Comité FAST reads up to %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema version %1: %2</source>
        <translation>Cannot upgrade the database to schema version %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the database's schema version: %1</source>
        <translation>Cannot record the database's schema version: %1</translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>Kick-off</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Mid-term review</source>
        <translation>Mid-term review</translation>
    </message>
    <message>
        <source>End of accompaniment</source>
        <translation>End of accompaniment</translation>
    </message>
</context>
<context>
    <name>MilestoneCommand</name>
    <message>
        <source>Usage: fast-committee milestone set ... ("%1" is not one of them).</source>
        <translation>Usage: fast-committee milestone set ... ("%1" is not one of them).</translation>
    </message>
    <message>
        <source>The laureate's promotion.</source>
        <translation>The laureate's promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>The laureate's name (case and accents do not matter).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>kickoff, midterm or end.</source>
        <translation>kickoff, midterm or end.</translation>
    </message>
    <message>
        <source>MILESTONE</source>
        <translation>MILESTONE</translation>
    </message>
    <message>
        <source>The planned date.</source>
        <translation>The planned date.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The date it was done.</source>
        <translation>The date it was done.</translation>
    </message>
    <message>
        <source>A free note.</source>
        <translation>A free note.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate and --milestone. Usage: %1</source>
        <translation>Give --promotion, --candidate and --milestone. Usage: %1</translation>
    </message>
    <message>
        <source>--milestone: "%1" is not a milestone; write kickoff, midterm or end.</source>
        <translation>--milestone: "%1" is not a milestone; write kickoff, midterm or end.</translation>
    </message>
    <message>
        <source>planned on %1</source>
        <translation>planned on %1</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <source>%1: %2: %3.</source>
        <translation>%1: %2: %3.</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Accompaniment</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>Do&amp;ne on:</translation>
    </message>
    <message>
        <source>Save the &amp;milestone</source>
        <translation>Save the &amp;milestone</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Planned on:</source>
        <translation>Planned on:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Set the %1 of %2</source>
        <translation>Set the %1 of %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>The amount is empty.</translation>
    </message>
    <message>
        <source>The amount "%1" has no digits.</source>
        <translation>The amount "%1" has no digits.</translation>
    </message>
    <message>
        <source>The amount "%1" is negative: amounts must be zero or more.</source>
        <translation>The amount "%1" is negative: amounts must be zero or more.</translation>
    </message>
    <message>
        <source>The amount "%1" contains letters: only digits, spaces, a decimal comma and € are accepted.</source>
        <translation>The amount "%1" contains letters: only digits, spaces, a decimal comma and € are accepted.</translation>
    </message>
    <message>
        <source>The amount "%1" contains the unexpected character "%2".</source>
        <translation>The amount "%1" contains the unexpected character "%2".</translation>
    </message>
    <message>
        <source>The amount "%1" has more than one decimal comma.</source>
        <translation>The amount "%1" has more than one decimal comma.</translation>
    </message>
    <message>
        <source>The amount "%1" must have one or two digits after its decimal comma.</source>
        <translation>The amount "%1" must have one or two digits after its decimal comma.</translation>
    </message>
    <message>
        <source>The amount "%1" is ambiguous: a comma followed by three digits could group thousands. Write "%2" for thousands or use at most two decimals.</source>
        <translation>The amount "%1" is ambiguous: a comma followed by three digits could group thousands. Write "%2" for thousands or use at most two decimals.</translation>
    </message>
    <message>
        <source>The amount "%1" has more than two decimals.</source>
        <translation>The amount "%1" has more than two decimals.</translation>
    </message>
    <message>
        <source>The amount "%1" uses a decimal point beside other separators: write the decimals after a comma, as in "1 000,50".</source>
        <translation>The amount "%1" uses a decimal point beside other separators: write the decimals after a comma, as in "1 000,50".</translation>
    </message>
    <message>
        <source>The amount "%1" must start with a digit.</source>
        <translation>The amount "%1" must start with a digit.</translation>
    </message>
    <message>
        <source>The amount "%1" mixes spaces and points to group thousands: use one of them.</source>
        <translation>The amount "%1" mixes spaces and points to group thousands: use one of them.</translation>
    </message>
    <message>
        <source>The amount "%1" groups its thousands wrongly: after the first group, each group has exactly three digits, as in "1 234 567".</source>
        <translation>The amount "%1" groups its thousands wrongly: after the first group, each group has exactly three digits, as in "1 234 567".</translation>
    </message>
    <message>
        <source>The amount "%1" is more than %2.</source>
        <translation>The amount "%1" is more than %2.</translation>
    </message>
</context>
<context>
    <name>NameText</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>%1: character %2 is U+%3 (%4), which is not allowed in a name.</source>
        <translation>%1: character %2 is U+%3 (%4), which is not allowed in a name.</translation>
    </message>
    <message>
        <source>%1: character %2 is U+%3 (%4), which is not allowed in this text.</source>
        <translation>%1: character %2 is U+%3 (%4), which is not allowed in this text.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>line feed</source>
        <translation>line feed</translation>
    </message>
    <message>
        <source>carriage return</source>
        <translation>carriage return</translation>
    </message>
    <message>
        <source>line separator</source>
        <translation>line separator</translation>
    </message>
    <message>
        <source>paragraph separator</source>
        <translation>paragraph separator</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>zero-width space</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>zero-width non-joiner</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>zero-width joiner</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>word joiner</translation>
    </message>
    <message>
        <source>zero-width no-break space</source>
        <translation>zero-width no-break space</translation>
    </message>
    <message>
        <source>Mongolian vowel separator</source>
        <translation>Mongolian vowel separator</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>soft hyphen</translation>
    </message>
    <message>
        <source>left-to-right mark</source>
        <translation>left-to-right mark</translation>
    </message>
    <message>
        <source>right-to-left mark</source>
        <translation>right-to-left mark</translation>
    </message>
    <message>
        <source>Arabic letter mark</source>
        <translation>Arabic letter mark</translation>
    </message>
    <message>
        <source>left-to-right embedding</source>
        <translation>left-to-right embedding</translation>
    </message>
    <message>
        <source>right-to-left embedding</source>
        <translation>right-to-left embedding</translation>
    </message>
    <message>
        <source>pop directional formatting</source>
        <translation>pop directional formatting</translation>
    </message>
    <message>
        <source>left-to-right override</source>
        <translation>left-to-right override</translation>
    </message>
    <message>
        <source>right-to-left override</source>
        <translation>right-to-left override</translation>
    </message>
    <message>
        <source>left-to-right isolate</source>
        <translation>left-to-right isolate</translation>
    </message>
    <message>
        <source>right-to-left isolate</source>
        <translation>right-to-left isolate</translation>
    </message>
    <message>
        <source>first strong isolate</source>
        <translation>first strong isolate</translation>
    </message>
    <message>
        <source>pop directional isolate</source>
        <translation>pop directional isolate</translation>
    </message>
    <message>
        <source>half of a broken character pair</source>
        <translation>half of a broken character pair</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>control character</translation>
    </message>
    <message>
        <source>invisible formatting character</source>
        <translation>invisible formatting character</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Cannot save the note: %1</translation>
    </message>
    <message>
        <source>Cannot remove the note: %1</source>
        <translation>Cannot remove the note: %1</translation>
    </message>
    <message>
        <source>Cannot remove the notes: %1</source>
        <translation>Cannot remove the notes: %1</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>the notes</translation>
    </message>
</context>
<context>
    <name>OdsSheetReader</name>
    <message>
        <source>the file is not an ODS spreadsheet: it has no "content.xml"</source>
        <translation>the file is not an ODS spreadsheet: it has no "content.xml"</translation>
    </message>
    <message>
        <source>the sheet has text past the last column a spreadsheet has (%1)</source>
        <translation>the sheet has text past the last column a spreadsheet has (%1)</translation>
    </message>
    <message>
        <source>the sheet has text past the last row a spreadsheet has (%1)</source>
        <translation>the sheet has text past the last row a spreadsheet has (%1)</translation>
    </message>
    <message>
        <source>the file is damaged: its part "%1" cannot be read as XML</source>
        <translation>the file is damaged: its part "%1" cannot be read as XML</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet</source>
        <translation>the spreadsheet has no sheet</translation>
    </message>
</context>
<context>
    <name>OfflineWrites</name>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused (see the message)</source>
        <translation>
            <numerusform>%n change refused (see the message)</numerusform>
            <numerusform>%n changes refused (see the message)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to %1 is back.</source>
        <translation>Connection to %1 is back.</translation>
    </message>
    <message>
        <source>Connection to %1 is back: %2.</source>
        <translation>Connection to %1 is back: %2.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Comité FAST</source>
        <translation>Comité FAST</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not reach %1 yet: they will be sent when the server is back, if the window stays open.</source>
        <translation>
            <numerusform>%n change could not reach %1 yet: they will be sent when the server is back, if the window stays open.</numerusform>
            <numerusform>%n changes could not reach %1 yet: they will be sent when the server is back, if the window stays open.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Waiting</source>
        <translation>&amp;Keep Waiting</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quit and Lose %n Change(s)</source>
        <translation>
            <numerusform>&amp;Quit and Lose %n Change</numerusform>
            <numerusform>&amp;Quit and Lose %n Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpeningKey</name>
    <message>
        <source>The opening key's year %1 is outside %2–%3.</source>
        <translation>The opening key's year %1 is outside %2–%3.</translation>
    </message>
    <message>
        <source>The opening key of %1: the first tranche's share is %2; it must be more than 0 % and at most 100 %.</source>
        <translation>The opening key of %1: the first tranche's share is %2; it must be more than 0 % and at most 100 %.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage: write it with at most two decimals, as 78,93.</source>
        <translation>"%1" is not a percentage: write it with at most two decimals, as 78,93.</translation>
    </message>
    <message>
        <source>%1 is more than 100 %.</source>
        <translation>%1 is more than 100 %.</translation>
    </message>
</context>
<context>
    <name>OpeningKeyCommand</name>
    <message>
        <source>The budget year.</source>
        <translation>The budget year.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>The share paid at signature, as 78,93 (the rest at the mid-term review).</source>
        <translation>The share paid at signature, as 78,93 (the rest at the mid-term review).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Give --year YYYY. Usage: %1</source>
        <translation>Give --year YYYY. Usage: %1</translation>
    </message>
    <message>
        <source>Opening key %1: %2 at signature, %3 at the mid-term review.</source>
        <translation>Opening key %1: %2 at signature, %3 at the mid-term review.</translation>
    </message>
</context>
<context>
    <name>OperatorName</name>
    <message>
        <source>Operator name (--operator)</source>
        <translation>Operator name (--operator)</translation>
    </message>
    <message>
        <source>Operator name ($%1)</source>
        <translation>Operator name ($%1)</translation>
    </message>
    <message>
        <source>Operator name (preferences, %1)</source>
        <translation>Operator name (preferences, %1)</translation>
    </message>
    <message>
        <source>Operator name (system user)</source>
        <translation>Operator name (system user)</translation>
    </message>
    <message>
        <source>%1 Give another one with --operator NAME.</source>
        <translation>%1 Give another one with --operator NAME.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>input/output error</translation>
    </message>
    <message>
        <source>the file is too large for this system</source>
        <translation>the file is too large for this system</translation>
    </message>
    <message>
        <source>No file name was given to write.</source>
        <translation>No file name was given to write.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to a file that does not exist.</source>
        <translation>Cannot write %1: it is a link to a file that does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the database in use; choose another file.</source>
        <translation>Cannot write %1: it is the database in use; choose another file.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a journal of the database in use (%2); choose another file.</source>
        <translation>Cannot write %1: it is a journal of the database in use (%2); choose another file.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder, not a file.</source>
        <translation>Cannot write %1: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a named pipe, not a regular file.</source>
        <translation>Cannot write %1: it is a named pipe, not a regular file.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a device, not a regular file.</source>
        <translation>Cannot write %1: it is a device, not a regular file.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a socket, not a regular file.</source>
        <translation>Cannot write %1: it is a socket, not a regular file.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file.</source>
        <translation>Cannot write %1: it is not a regular file.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the previous file was kept.</source>
        <translation>Cannot write %1: %2; the previous file was kept.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>--password-stdin: standard input ended before a password.</source>
        <translation>--password-stdin: standard input ended before a password.</translation>
    </message>
    <message>
        <source>No terminal to ask the password of %1 on: give it on standard input with --password-stdin.</source>
        <translation>No terminal to ask the password of %1 on: give it on standard input with --password-stdin.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>No password was typed; nothing was changed.</source>
        <translation>No password was typed; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PaymentCommand</name>
    <message>
        <source>The laureate's promotion.</source>
        <translation>The laureate's promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The laureate's name (case and accents do not matter).</source>
        <translation>The laureate's name (case and accents do not matter).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The date, 2025-07-14 or 14/07/2025.</source>
        <translation>The date, 2025-07-14 or 14/07/2025.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The amount.</source>
        <translation>The amount.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>The payment's reference.</source>
        <translation>The payment's reference.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENCE</translation>
    </message>
    <message>
        <source>The tranche's number, from 1.</source>
        <translation>The tranche's number, from 1.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: fast-committee payment add|mark-paid|import ... ("%1" is not one of them).</source>
        <translation>Usage: fast-committee payment add|mark-paid|import ... ("%1" is not one of them).</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate, --date and --amount. Usage: %1</source>
        <translation>Give --promotion, --candidate, --date and --amount. Usage: %1</translation>
    </message>
    <message>
        <source>%1: tranche %2 planned.</source>
        <translation>%1: tranche %2 planned.</translation>
    </message>
    <message>
        <source>Give --promotion, --candidate, --tranche and --date. Usage: %1</source>
        <translation>Give --promotion, --candidate, --tranche and --date. Usage: %1</translation>
    </message>
    <message>
        <source>--tranche: "%1" is not a tranche number (1, 2…).</source>
        <translation>--tranche: "%1" is not a tranche number (1, 2…).</translation>
    </message>
    <message>
        <source>%1: tranche %2 paid; paid %3, left to pay %4.</source>
        <translation>%1: tranche %2 paid; paid %3, left to pay %4.</translation>
    </message>
    <message>
        <source>Only the laureates of this promotion (when names repeat).</source>
        <translation>Only the laureates of this promotion (when names repeat).</translation>
    </message>
    <message>
        <source>One payment per row. Columns: %1.</source>
        <translation>One payment per row. Columns: %1.</translation>
    </message>
    <message>
        <source>Give exactly one CSV file. Usage: %1</source>
        <translation>Give exactly one CSV file. Usage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): no payment was recorded.</source>
        <translation>
            <numerusform>%n problem: no payment was recorded.</numerusform>
            <numerusform>%n problems: no payment was recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment was recorded.</source>
        <translation>No payment was recorded.</translation>
    </message>
    <message>
        <source>%1: %2 recorded for %3, %4 in all.</source>
        <translation>%1: %2 recorded for %3, %4 in all.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n laureate</numerusform>
            <numerusform>%n laureates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCsvImport</name>
    <message>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <source>unknown column; the accepted columns are %1</source>
        <translation>unknown column; the accepted columns are %1</translation>
    </message>
    <message>
        <source>duplicate column: column %1 ("%2") already holds it</source>
        <translation>duplicate column: column %1 ("%2") already holds it</translation>
    </message>
    <message>
        <source>the required column "%1" (or "%2") is missing</source>
        <translation>the required column "%1" (or "%2") is missing</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>the row has %1 fields where the header has %2</translation>
    </message>
    <message>
        <source>the laureate is missing</source>
        <translation>the laureate is missing</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Laureate</translation>
    </message>
    <message>
        <source>no laureate called "%1"</source>
        <translation>no laureate called "%1"</translation>
    </message>
    <message>
        <source>"%1" is a laureate of %2: give the promotion (--promotion)</source>
        <translation>"%1" is a laureate of %2: give the promotion (--promotion)</translation>
    </message>
    <message>
        <source>the payment's reference is missing</source>
        <translation>the payment's reference is missing</translation>
    </message>
    <message>
        <source>the reference "%1" is already given on line %2</source>
        <translation>the reference "%1" is already given on line %2</translation>
    </message>
    <message>
        <source>"%1" is not a date: write 2025-07-14 or 14/07/2025</source>
        <translation>"%1" is not a date: write 2025-07-14 or 14/07/2025</translation>
    </message>
    <message>
        <source>a payment is more than %1</source>
        <translation>a payment is more than %1</translation>
    </message>
    <message>
        <source>the file has no payment</source>
        <translation>the file has no payment</translation>
    </message>
</context>
<context>
    <name>PaymentImport</name>
    <message numerus="yes">
        <source>… and %n more (Show Details).</source>
        <translation>
            <numerusform>… and %n more (Show Details).</numerusform>
            <numerusform>… and %n more (Show Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation>Import Payments</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The laureates could not be read: no payment was recorded.</source>
        <translation>The laureates could not be read: no payment was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s). No payment was recorded.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem. No payment was recorded.</numerusform>
            <numerusform>%1 cannot be imported: %n problems. No payment was recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4)</source>
        <translation>%1: %2 on %3 (%4)</translation>
    </message>
    <message>
        <source>Record %1 for %2 from %3, %4 in all?</source>
        <translation>Record %1 for %2 from %3, %4 in all?</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s)</source>
        <translation>
            <numerusform>%n laureate</numerusform>
            <numerusform>%n laureates</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record the Payments</source>
        <translation>&amp;Record the Payments</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Import %1 from %2</translation>
    </message>
    <message>
        <source>No payment of %1 was recorded.</source>
        <translation>No payment of %1 was recorded.</translation>
    </message>
</context>
<context>
    <name>PaymentScheduleAction</name>
    <message>
        <source>Payment &amp;Schedule…</source>
        <translation>Payment &amp;Schedule…</translation>
    </message>
    <message>
        <source>The year's AE committed, CP paid and planned, and restes à payer</source>
        <translation>The year's AE committed, CP paid and planned, and restes à payer</translation>
    </message>
</context>
<context>
    <name>PaymentScheduleChart</name>
    <message>
        <source>AE and CP of the year</source>
        <translation>AE and CP of the year</translation>
    </message>
    <message>
        <source>The year's AE and CP appear once a promotion's laureate signs its agreement.</source>
        <translation>The year's AE and CP appear once a promotion's laureate signs its agreement.</translation>
    </message>
    <message>
        <source>AE and CP of %1, every promotion</source>
        <translation>AE and CP of %1, every promotion</translation>
    </message>
    <message>
        <source>Nothing committed, paid or left to pay in %1: the year's AE and CP appear once an agreement is signed.</source>
        <translation>Nothing committed, paid or left to pay in %1: the year's AE and CP appear once an agreement is signed.</translation>
    </message>
    <message>
        <source>Restes à payer at 31/12/%1</source>
        <translation>Restes à payer at 31/12/%1</translation>
    </message>
    <message>
        <source>AE committed in %1</source>
        <translation>AE committed in %1</translation>
    </message>
    <message>
        <source>CP paid in %1</source>
        <translation>CP paid in %1</translation>
    </message>
    <message>
        <source>CP still planned in %1</source>
        <translation>CP still planned in %1</translation>
    </message>
    <message>
        <source>CP to open in %1</source>
        <translation>CP to open in %1</translation>
    </message>
    <message>
        <source>CP to open after %1</source>
        <translation>CP to open after %1</translation>
    </message>
    <message>
        <source>Not in any tranche yet</source>
        <translation>Not in any tranche yet</translation>
    </message>
    <message>
        <source>The year's figures</source>
        <translation>The year's figures</translation>
    </message>
    <message>
        <source>Commitments before %1</source>
        <translation>Commitments before %1</translation>
    </message>
    <message>
        <source>Commitments of %1</source>
        <translation>Commitments of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawals in %1 cancelled %2 of AE: nothing is left to pay on it, and the CP to open leave it out.</source>
        <translation>Withdrawals in %1 cancelled %2 of AE: nothing is left to pay on it, and the CP to open leave it out.</translation>
    </message>
    <message>
        <source>Withdrawals after %1 cancelled part of these commitments: in all, the CP to open leave out %2.</source>
        <translation>Withdrawals after %1 cancelled part of these commitments: in all, the CP to open leave out %2.</translation>
    </message>
</context>
<context>
    <name>PaymentScheduleDialog</name>
    <message>
        <source>Payment schedule</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Budget &amp;year:</source>
        <translation>Budget &amp;year:</translation>
    </message>
    <message>
        <source>The year's figures</source>
        <translation>The year's figures</translation>
    </message>
    <message>
        <source>Schedule of the CP to open</source>
        <translation>Schedule of the CP to open</translation>
    </message>
    <message>
        <source>Restes à payer at 31 December %1</source>
        <translation>Restes à payer at 31 December %1</translation>
    </message>
    <message>
        <source>AE committed in %1</source>
        <translation>AE committed in %1</translation>
    </message>
    <message>
        <source>AE cancelled in %1 (withdrawals)</source>
        <translation>AE cancelled in %1 (withdrawals)</translation>
    </message>
    <message>
        <source>CP paid in %1</source>
        <translation>CP paid in %1</translation>
    </message>
    <message>
        <source>CP still planned in %1</source>
        <translation>CP still planned in %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Commitments before %1</source>
        <translation>Commitments before %1</translation>
    </message>
    <message>
        <source>Commitments of %1</source>
        <translation>Commitments of %1</translation>
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
        <translation>CP beyond</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Agreements signed in %1: %2, of which %3 for products.</source>
        <translation>Agreements signed in %1: %2, of which %3 for products.</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
        <source>The year shown as the official payment schedule, in French</source>
        <translation>The year shown as the official payment schedule, in French</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
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
        <translation>Acceleration</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>The audit log records this name beside every change made in this window (candidates, notes, recusals, decisions, promotions). The command line option --operator overrides it for one run.</source>
        <translation>The audit log records this name beside every change made in this window (candidates, notes, recusals, decisions, promotions). The command line option --operator overrides it for one run.</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <source>Enter a name: the audit log must say who made each change.</source>
        <translation>Enter a name: the audit log must say who made each change.</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>Printed at the top of every page of the official list of the laureates. Leave it empty for the fund's own. The command line takes --authority instead.</source>
        <translation>Printed at the top of every page of the official list of the laureates. Leave it empty for the fund's own. The command line takes --authority instead.</translation>
    </message>
    <message>
        <source>Issuing &amp;authority:</source>
        <translation>Issuing &amp;authority:</translation>
    </message>
</context>
<context>
    <name>Promotion</name>
    <message>
        <source>The promotion number must be 1 or more, not %1.</source>
        <translation>The promotion number must be 1 or more, not %1.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2, not %3.</source>
        <translation>The year must be between %1 and %2, not %3.</translation>
    </message>
    <message>
        <source>The minimum score must be between 0 and 100, not %1.</source>
        <translation>The minimum score must be between 0 and 100, not %1.</translation>
    </message>
    <message>
        <source>"%1" is not a promotion number: write 13 or FAST13.</source>
        <translation>"%1" is not a promotion number: write 13 or FAST13.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) without a decision: %1.</source>
        <translation>
            <numerusform>%n candidate without a decision: %1.</numerusform>
            <numerusform>%n candidates without a decision: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The laureates consume %1, %2 more than the envelope of %3.</source>
        <translation>The laureates consume %1, %2 more than the envelope of %3.</translation>
    </message>
    <message>
        <source>%1 cannot be closed: %2</source>
        <translation>%1 cannot be closed: %2</translation>
    </message>
    <message>
        <source>The envelope must be more than 0 € (given: %1).</source>
        <translation>The envelope must be more than 0 € (given: %1).</translation>
    </message>
    <message>
        <source>The laureate %1 breaks the rule: %2</source>
        <translation>The laureate %1 breaks the rule: %2</translation>
    </message>
</context>
<context>
    <name>PromotionCommand</name>
    <message>
        <source>The option --%1 needs a whole number, not "%2".</source>
        <translation>The option --%1 needs a whole number, not "%2".</translation>
    </message>
    <message>
        <source>Usage: fast-committee promotion add|list|close|reopen ... ("%1" is not one of them).</source>
        <translation>Usage: fast-committee promotion add|list|close|reopen ... ("%1" is not one of them).</translation>
    </message>
    <message>
        <source>The budget year of the promotion.</source>
        <translation>The budget year of the promotion.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>The amount the committee may grant.</source>
        <translation>The amount the committee may grant.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Co-financing rate in percent (default 50).</source>
        <translation>Co-financing rate in percent (default 50).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Cap per laureate (default 300 000 €).</source>
        <translation>Cap per laureate (default 300 000 €).</translation>
    </message>
    <message>
        <source>Minimum score to be proposed (0–100, default 0).</source>
        <translation>Minimum score to be proposed (0–100, default 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Date of the committee.</source>
        <translation>Date of the committee.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The promotion's number: 13 or FAST13.</source>
        <translation>The promotion's number: 13 or FAST13.</translation>
    </message>
    <message>
        <source>Give exactly one promotion number. Usage: %1</source>
        <translation>Give exactly one promotion number. Usage: %1</translation>
    </message>
    <message>
        <source>--year and --envelope are required. Usage: %1</source>
        <translation>--year and --envelope are required. Usage: %1</translation>
    </message>
    <message>
        <source>--committee-date: "%1" is not a date in the form YYYY-MM-DD.</source>
        <translation>--committee-date: "%1" is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Promotion %1 (%2) added: envelope %3, rule %4.</source>
        <translation>Promotion %1 (%2) added: envelope %3, rule %4.</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Prints a JSON array.</translation>
    </message>
    <message>
        <source>promotion list takes no argument.</source>
        <translation>promotion list takes no argument.</translation>
    </message>
    <message>
        <source>No promotion yet: add one with fast-committee promotion add.</source>
        <translation>No promotion yet: add one with fast-committee promotion add.</translation>
    </message>
    <message>
        <source>The promotion to close.</source>
        <translation>The promotion to close.</translation>
    </message>
    <message>
        <source>%1 is closed: it is now read-only.</source>
        <translation>%1 is closed: it is now read-only.</translation>
    </message>
    <message>
        <source>Why the promotion is reopened (required).</source>
        <translation>Why the promotion is reopened (required).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The promotion to reopen.</source>
        <translation>The promotion to reopen.</translation>
    </message>
    <message>
        <source>Reopening a promotion needs a written reason: --reason TEXT.</source>
        <translation>Reopening a promotion needs a written reason: --reason TEXT.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 is open again.</translation>
    </message>
    <message>
        <source>The date of the committee that adopted the list (required unless the promotion has one).</source>
        <translation>The date of the committee that adopted the list (required unless the promotion has one).</translation>
    </message>
    <message>
        <source>%1 has no committee date: give it with --committee-date YYYY-MM-DD. Usage: %2</source>
        <translation>%1 has no committee date: give it with --committee-date YYYY-MM-DD. Usage: %2</translation>
    </message>
</context>
<context>
    <name>PromotionComparison</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
</context>
<context>
    <name>PromotionComparisonChart</name>
    <message>
        <source>Envelope and granted per promotion</source>
        <translation>Envelope and granted per promotion</translation>
    </message>
    <message>
        <source>No promotion yet.</source>
        <translation>No promotion yet.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>FAST%1&lt;br&gt;(closed)</source>
        <translation>FAST%1&lt;br&gt;(closed)</translation>
    </message>
    <message>
        <source>%1 overspent by %2</source>
        <translation>%1 overspent by %2</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>New promotion</source>
        <translation>New promotion</translation>
    </message>
    <message>
        <source>Promotion number</source>
        <translation>Promotion number</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>e.g. 2 550 000</source>
        <translation>e.g. 2 550 000</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Envelope:</translation>
    </message>
    <message>
        <source>Co-financing rate</source>
        <translation>Co-financing rate</translation>
    </message>
    <message>
        <source>Co-financing &amp;rate:</source>
        <translation>Co-financing &amp;rate:</translation>
    </message>
    <message>
        <source>Cap per laureate</source>
        <translation>Cap per laureate</translation>
    </message>
    <message>
        <source>&amp;Cap per laureate:</source>
        <translation>&amp;Cap per laureate:</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Minimum score</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>&amp;Minimum score:</translation>
    </message>
    <message>
        <source>Committee &amp;date:</source>
        <translation>Committee &amp;date:</translation>
    </message>
    <message>
        <source>Committee date</source>
        <translation>Committee date</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Promotion %1</translation>
    </message>
    <message>
        <source>The envelope is required.</source>
        <translation>The envelope is required.</translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation>Envelope: %1</translation>
    </message>
    <message>
        <source>The cap per laureate is required.</source>
        <translation>The cap per laureate is required.</translation>
    </message>
    <message>
        <source>Cap per laureate: %1</source>
        <translation>Cap per laureate: %1</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
</context>
<context>
    <name>PromotionHistoryDialog</name>
    <message>
        <source>Promotion history</source>
        <translation>Promotion history</translation>
    </message>
    <message>
        <source>Every promotion of the fund. Double-click a promotion or press Enter to open it; a closed promotion opens read-only.</source>
        <translation>Every promotion of the fund. Double-click a promotion or press Enter to open it; a closed promotion opens read-only.</translation>
    </message>
</context>
<context>
    <name>PromotionHistoryModel</name>
    <message>
        <source>closed (read-only)</source>
        <translation>closed (read-only)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Overspent by %1</source>
        <translation>Overspent by %1</translation>
    </message>
    <message>
        <source>%1 products, %2 incubators</source>
        <translation>%1 products, %2 incubators</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Laureates</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Mean grant</source>
        <translation>Mean grant</translation>
    </message>
</context>
<context>
    <name>PromotionRepository</name>
    <message>
        <source>The database refused the promotion: %1</source>
        <translation>The database refused the promotion: %1</translation>
    </message>
    <message>
        <source>The database refused to remove the promotion: %1</source>
        <translation>The database refused to remove the promotion: %1</translation>
    </message>
    <message>
        <source>the promotions</source>
        <translation>the promotions</translation>
    </message>
    <message>
        <source>the promotion FAST%1</source>
        <translation>the promotion FAST%1</translation>
    </message>
    <message>
        <source>the promotion</source>
        <translation>the promotion</translation>
    </message>
</context>
<context>
    <name>PromotionSideBySide</name>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, closed)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Candidates: products</source>
        <translation>Candidates: products</translation>
    </message>
    <message>
        <source>Candidates: incubators</source>
        <translation>Candidates: incubators</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Laureates</translation>
    </message>
    <message>
        <source>Laureates: products</source>
        <translation>Laureates: products</translation>
    </message>
    <message>
        <source>Laureates: incubators</source>
        <translation>Laureates: incubators</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Mean grant per laureate</source>
        <translation>Mean grant per laureate</translation>
    </message>
</context>
<context>
    <name>PromotionStatus</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PromotionWorkbook</name>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Ex aequo</source>
        <translation>Ex aequo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>ex aequo</source>
        <translation>ex aequo</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Laureates</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Share of the budget</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n laureate(s)</source>
        <translation>
            <numerusform>Total: %n laureate</numerusform>
            <numerusform>Total: %n laureates</numerusform>
        </translation>
    </message>
    <message>
        <source>Envelope of %1</source>
        <translation>Envelope of %1</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>%1 is still open: this list is provisional.</source>
        <translation>%1 is still open: this list is provisional.</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>score %1 below the minimum score %2</source>
        <translation>score %1 below the minimum score %2</translation>
    </message>
    <message>
        <source>nothing eligible: its eligible amount is %1</source>
        <translation>nothing eligible: its eligible amount is %1</translation>
    </message>
    <message>
        <source>within the envelope (remaining after: %1)</source>
        <translation>within the envelope (remaining after: %1)</translation>
    </message>
    <message>
        <source>does not fit the remaining %1</source>
        <translation>does not fit the remaining %1</translation>
    </message>
    <message>
        <source>does not fit the remaining %1: passed over for %2</source>
        <translation>does not fit the remaining %1: passed over for %2</translation>
    </message>
    <message numerus="yes">
        <source>incomplete scoring (%n note(s) missing): left out of the proposal</source>
        <translation>
            <numerusform>incomplete scoring (%n note missing): left out of the proposal</numerusform>
            <numerusform>incomplete scoring (%n notes missing): left out of the proposal</numerusform>
        </translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>agreement withdrawn: keeps the %1 paid, %2 back to the envelope</source>
        <translation>agreement withdrawn: keeps the %1 paid, %2 back to the envelope</translation>
    </message>
    <message>
        <source>agreement withdrawn before any payment: %1 back to the envelope</source>
        <translation>agreement withdrawn before any payment: %1 back to the envelope</translation>
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
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProposalConfirmationDialog</name>
    <message>
        <source>Propose the laureates of %1</source>
        <translation>Propose the laureates of %1</translation>
    </message>
    <message>
        <source>Nothing to change: every decision of %1 already follows the proposal.</source>
        <translation>Nothing to change: every decision of %1 already follows the proposal.</translation>
    </message>
    <message numerus="yes">
        <source>Applying the proposal changes %n decision(s) of %1. You can undo it afterwards.</source>
        <translation>
            <numerusform>Applying the proposal changes %n decision of %1. You can undo it afterwards.</numerusform>
            <numerusform>Applying the proposal changes %n decisions of %1. You can undo it afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply the proposal</source>
        <translation>&amp;Apply the proposal</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the proposal (%n candidate(s)): applying it changes nothing for them.</source>
        <translation>
            <numerusform>Left out of the proposal (%n candidate): applying it changes nothing for them.</numerusform>
            <numerusform>Left out of the proposal (%n candidates): applying it changes nothing for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposeCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>The promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Sets every ranked candidate's decision to the proposed one.</source>
        <translation>Sets every ranked candidate's decision to the proposed one.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Give --promotion NUMBER. Usage: %1</translation>
    </message>
    <message>
        <source>%1 is closed: the proposal was not applied. Reopen it with a reason first.</source>
        <translation>%1 is closed: the proposal was not applied. Reopen it with a reason first.</translation>
    </message>
    <message>
        <source>eligible %1</source>
        <translation>eligible %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>granted %1</translation>
    </message>
    <message>
        <source>consumed %1</source>
        <translation>consumed %1</translation>
    </message>
    <message>
        <source>Envelope %1; consumed %2; remaining %3.</source>
        <translation>Envelope %1; consumed %2; remaining %3.</translation>
    </message>
    <message numerus="yes">
        <source>Proposal applied to %1: %n decision(s) changed.</source>
        <translation>
            <numerusform>Proposal applied to %1: %n decision changed.</numerusform>
            <numerusform>Proposal applied to %1: %n decisions changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <source>The promotion.</source>
        <translation>The promotion.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Prints a JSON array.</source>
        <translation>Prints a JSON array.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER. Usage: %1</source>
        <translation>Give --promotion NUMBER. Usage: %1</translation>
    </message>
    <message>
        <source>%1 has no candidate to rank.</source>
        <translation>%1 has no candidate to rank.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
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
        <translation>Rank</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>%1 ex aequo</source>
        <translation>%1 ex aequo</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2).</source>
        <translation>Proposed: %1 (%2).</translation>
    </message>
    <message>
        <source>Decided otherwise: %1.</source>
        <translation>Decided otherwise: %1.</translation>
    </message>
    <message>
        <source>Not proposed: %1.</source>
        <translation>Not proposed: %1.</translation>
    </message>
    <message>
        <source>The envelope runs out here: %1 left above this row.</source>
        <translation>The envelope runs out here: %1 left above this row.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Proposed decision: the proposal's laureates are granted their eligible amount</source>
        <translation>Proposed decision: the proposal's laureates are granted their eligible amount</translation>
    </message>
    <message>
        <source>Cumulative granted amount, down the ranking: decided, else proposed</source>
        <translation>Cumulative granted amount, down the ranking: decided, else proposed</translation>
    </message>
    <message>
        <source>Why the proposal says so</source>
        <translation>Why the proposal says so</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>&amp;Propose laureates…</source>
        <translation>&amp;Propose laureates…</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>&amp;Decision…</translation>
    </message>
    <message>
        <source>C&amp;lose promotion…</source>
        <translation>C&amp;lose promotion…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>No promotion selected.</source>
        <translation>No promotion selected.</translation>
    </message>
    <message>
        <source>%1 ranking</source>
        <translation>%1 ranking</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked</source>
        <translation>
            <numerusform>%n ranked</numerusform>
            <numerusform>%n ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with incomplete scoring</source>
        <translation>
            <numerusform>, %n with incomplete scoring</numerusform>
            <numerusform>, %n with incomplete scoring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n withdrawn</source>
        <translation>
            <numerusform>, %n withdrawn</numerusform>
            <numerusform>, %n withdrawn</numerusform>
        </translation>
    </message>
    <message>
        <source>. Minimum score: %1.</source>
        <translation>. Minimum score: %1.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it to change its decisions.</source>
        <translation>%1 is closed: reopen it to change its decisions.</translation>
    </message>
    <message>
        <source>Set the decisions to the proposal, after confirming the changes.</source>
        <translation>Set the decisions to the proposal, after confirming the changes.</translation>
    </message>
    <message>
        <source>Set the decision and granted amount of the selected project.</source>
        <translation>Set the decision and granted amount of the selected project.</translation>
    </message>
    <message>
        <source>Close the promotion once every project has a decision within the envelope.</source>
        <translation>Close the promotion once every project has a decision within the envelope.</translation>
    </message>
    <message>
        <source>No candidate to rank yet</source>
        <translation>No candidate to rank yet</translation>
    </message>
    <message>
        <source>The ranking lists the candidates once the committee has scored them: add or import the candidates first.</source>
        <translation>The ranking lists the candidates once the committee has scored them: add or import the candidates first.</translation>
    </message>
    <message>
        <source>Go to the candidates</source>
        <translation>Go to the candidates</translation>
    </message>
    <message>
        <source>No committee member yet</source>
        <translation>No committee member yet</translation>
    </message>
    <message>
        <source>A candidate is ranked once every member has noted every criterion: add the committee in the Scoring tab.</source>
        <translation>A candidate is ranked once every member has noted every criterion: add the committee in the Scoring tab.</translation>
    </message>
    <message>
        <source>Nobody is fully scored yet</source>
        <translation>Nobody is fully scored yet</translation>
    </message>
    <message numerus="yes">
        <source>A candidate is ranked once every member not recused has noted every criterion: %n note(s) still missing.</source>
        <translation>
            <numerusform>A candidate is ranked once every member not recused has noted every criterion: %n note still missing.</numerusform>
            <numerusform>A candidate is ranked once every member not recused has noted every criterion: %n notes still missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to scoring</source>
        <translation>Go to scoring</translation>
    </message>
</context>
<context>
    <name>ReadFailurePage</name>
    <message>
        <source>The promotions could not be read</source>
        <translation>The promotions could not be read</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>%1
Nothing was changed in the database. Close the program that holds it, or free some space, then try again.</source>
        <translation>%1
Nothing was changed in the database. Close the program that holds it, or free some space, then try again.</translation>
    </message>
</context>
<context>
    <name>RecordRecusalCommand</name>
    <message>
        <source>Recusal of %1 on %2</source>
        <translation>Recusal of %1 on %2</translation>
    </message>
</context>
<context>
    <name>RecusalRepository</name>
    <message>
        <source>Cannot save the recusal: %1</source>
        <translation>Cannot save the recusal: %1</translation>
    </message>
    <message>
        <source>Cannot remove the recusal: %1</source>
        <translation>Cannot remove the recusal: %1</translation>
    </message>
    <message>
        <source>the recusals</source>
        <translation>the recusals</translation>
    </message>
</context>
<context>
    <name>RemoveCandidateCommand</name>
    <message>
        <source>Remove candidate %1</source>
        <translation>Remove candidate %1</translation>
    </message>
</context>
<context>
    <name>RemoveScenarioCommand</name>
    <message>
        <source>Remove scenario %1</source>
        <translation>Remove scenario %1</translation>
    </message>
</context>
<context>
    <name>ReopenPromotionCommand</name>
    <message>
        <source>Reopen promotion FAST%1</source>
        <translation>Reopen promotion FAST%1</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>The PDF cannot be laid out without the graphical libraries (no QGuiApplication).</source>
        <translation>The PDF cannot be laid out without the graphical libraries (no QGuiApplication).</translation>
    </message>
    <message>
        <source>The document could not be started (the PDF or the printer refused to open).</source>
        <translation>The document could not be started (the PDF or the printer refused to open).</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>connected as %1 (%2)</source>
        <translation>connected as %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RunningOrderDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Ranking order</source>
        <translation>&amp;Ranking order</translation>
    </message>
    <message>
        <source>Running order of the hearings</source>
        <translation>Running order of the hearings</translation>
    </message>
    <message>
        <source>Candidates in the order they are heard</source>
        <translation>Candidates in the order they are heard</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Presentation:</source>
        <translation>&amp;Presentation:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions:</translation>
    </message>
    <message>
        <source>Drag a candidate, or move it with the buttons:</source>
        <translation>Drag a candidate, or move it with the buttons:</translation>
    </message>
</context>
<context>
    <name>SaveScenarioCommand</name>
    <message>
        <source>Save scenario %1</source>
        <translation>Save scenario %1</translation>
    </message>
</context>
<context>
    <name>SavedColumnMappings</name>
    <message>
        <source>the saved mapping "%1" reads « %2 » from the column "%3", which this file does not have; the file's columns are %4</source>
        <translation>the saved mapping "%1" reads « %2 » from the column "%3", which this file does not have; the file's columns are %4</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Give the scenario a name.</source>
        <translation>Give the scenario a name.</translation>
    </message>
    <message>
        <source>The scenario's name is %1 characters long; at most %2 are allowed.</source>
        <translation>The scenario's name is %1 characters long; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The scenario's envelope cannot be negative.</source>
        <translation>The scenario's envelope cannot be negative.</translation>
    </message>
    <message>
        <source>The scenario's envelope is above %1.</source>
        <translation>The scenario's envelope is above %1.</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <source>Scenario note</source>
        <translation>Scenario note</translation>
    </message>
</context>
<context>
    <name>ScenarioCandidateModel</name>
    <message>
        <source>Included in the panel's proposal; untick to leave %1 out.</source>
        <translation>Included in the panel's proposal; untick to leave %1 out.</translation>
    </message>
    <message>
        <source>Left out of the panel's proposal; tick to include %1 again.</source>
        <translation>Left out of the panel's proposal; tick to include %1 again.</translation>
    </message>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (tie)</translation>
    </message>
    <message>
        <source>Included candidate</source>
        <translation>Included candidate</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
</context>
<context>
    <name>ScenarioComparisonModel</name>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>No proposal</translation>
    </message>
    <message>
        <source>The two scenarios differ for %1.</source>
        <translation>The two scenarios differ for %1.</translation>
    </message>
    <message>
        <source>Same proposal for %1 in both scenarios.</source>
        <translation>Same proposal for %1 in both scenarios.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
</context>
<context>
    <name>ScenarioProposalModel</name>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (tie)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
</context>
<context>
    <name>ScenarioRepository</name>
    <message>
        <source>Cannot save the scenario: %1</source>
        <translation>Cannot save the scenario: %1</translation>
    </message>
    <message>
        <source>Cannot remove the scenario: %1</source>
        <translation>Cannot remove the scenario: %1</translation>
    </message>
    <message>
        <source>the scenarios</source>
        <translation>the scenarios</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>the scenario</translation>
    </message>
    <message>
        <source>the scenario's excluded candidates</source>
        <translation>the scenario's excluded candidates</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>%1 has no scenario called "%2".</source>
        <translation>%1 has no scenario called "%2".</translation>
    </message>
    <message>
        <source>envelope %1</source>
        <translation>envelope %1</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>excluded: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>CP to open (€)</source>
        <translation>CP to open (€)</translation>
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
        <translation>CP beyond %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Commitments before %1 unpaid at 31/12/%2</source>
        <translation>Commitments before %1 unpaid at 31/12/%2</translation>
    </message>
    <message>
        <source>New commitments in %1</source>
        <translation>New commitments in %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>The budget year.</source>
        <translation>The budget year.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Prints the figures as JSON (amounts in cents).</source>
        <translation>Prints the figures as JSON (amounts in cents).</translation>
    </message>
    <message>
        <source>Give --year YYYY. Usage: %1</source>
        <translation>Give --year YYYY. Usage: %1</translation>
    </message>
    <message>
        <source>--year: "%1" is not a year between %2 and %3.</source>
        <translation>--year: "%1" is not a year between %2 and %3.</translation>
    </message>
    <message>
        <source>Payment schedule %1 (AE / CP), every promotion</source>
        <translation>Payment schedule %1 (AE / CP), every promotion</translation>
    </message>
    <message>
        <source>Remaining to pay at 31/12/%1: %2</source>
        <translation>Remaining to pay at 31/12/%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>AE %1: %2 committed by %n agreement(s) signed; %3 cancelled by withdrawals</source>
        <translation>
            <numerusform>AE %1: %2 committed by %n agreement signed; %3 cancelled by withdrawals</numerusform>
            <numerusform>AE %1: %2 committed by %n agreements signed; %3 cancelled by withdrawals</numerusform>
        </translation>
    </message>
    <message>
        <source>CP %1: %2 paid; %3 still to pay on the year's schedule</source>
        <translation>CP %1: %2 paid; %3 still to pay on the year's schedule</translation>
    </message>
</context>
<context>
    <name>SchemaFingerprint</name>
    <message>
        <source>missing table "%1"</source>
        <translation>missing table "%1"</translation>
    </message>
    <message>
        <source>missing index "%1" on table %2</source>
        <translation>missing index "%1" on table %2</translation>
    </message>
    <message>
        <source>missing trigger "%1" on table %2</source>
        <translation>missing trigger "%1" on table %2</translation>
    </message>
    <message>
        <source>missing view "%1"</source>
        <translation>missing view "%1"</translation>
    </message>
    <message>
        <source>unexpected table "%1"</source>
        <translation>unexpected table "%1"</translation>
    </message>
    <message>
        <source>unexpected index "%1" on table %2</source>
        <translation>unexpected index "%1" on table %2</translation>
    </message>
    <message>
        <source>unexpected trigger "%1" on table %2</source>
        <translation>unexpected trigger "%1" on table %2</translation>
    </message>
    <message>
        <source>unexpected view "%1"</source>
        <translation>unexpected view "%1"</translation>
    </message>
    <message>
        <source>index "%1" on table %2 differs from schema %3</source>
        <translation>index "%1" on table %2 differs from schema %3</translation>
    </message>
    <message>
        <source>trigger "%1" on table %2 differs from schema %3</source>
        <translation>trigger "%1" on table %2 differs from schema %3</translation>
    </message>
    <message>
        <source>view "%1" differs from schema %2</source>
        <translation>view "%1" differs from schema %2</translation>
    </message>
    <message>
        <source>missing column "%1"</source>
        <translation>missing column "%1"</translation>
    </message>
    <message>
        <source>column "%1" changed</source>
        <translation>column "%1" changed</translation>
    </message>
    <message>
        <source>unexpected column "%1"</source>
        <translation>unexpected column "%1"</translation>
    </message>
    <message>
        <source>its constraints changed</source>
        <translation>its constraints changed</translation>
    </message>
    <message>
        <source>table %1 differs from schema %2 (%3)</source>
        <translation>table %1 differs from schema %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ScoreCsvImport</name>
    <message>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <source>unknown column; the accepted columns are %1</source>
        <translation>unknown column; the accepted columns are %1</translation>
    </message>
    <message>
        <source>duplicate column: column %1 ("%2") already holds it</source>
        <translation>duplicate column: column %1 ("%2") already holds it</translation>
    </message>
    <message>
        <source>the required column "%1" (or "%2") is missing</source>
        <translation>the required column "%1" (or "%2") is missing</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>the row has %1 fields where the header has %2</translation>
    </message>
    <message>
        <source>the committee member is missing</source>
        <translation>the committee member is missing</translation>
    </message>
    <message>
        <source>unknown committee member "%1": the committee has no member yet</source>
        <translation>unknown committee member "%1": the committee has no member yet</translation>
    </message>
    <message>
        <source>unknown committee member "%1"; the members are %2</source>
        <translation>unknown committee member "%1"; the members are %2</translation>
    </message>
    <message>
        <source>the candidate is missing</source>
        <translation>the candidate is missing</translation>
    </message>
    <message>
        <source>no candidate called "%1" in this promotion</source>
        <translation>no candidate called "%1" in this promotion</translation>
    </message>
    <message>
        <source>a recusal concerns the whole candidate: leave the criterion empty (given "%1")</source>
        <translation>a recusal concerns the whole candidate: leave the criterion empty (given "%1")</translation>
    </message>
    <message>
        <source>this recusal is already on line %1</source>
        <translation>this recusal is already on line %1</translation>
    </message>
    <message>
        <source>the criterion is missing</source>
        <translation>the criterion is missing</translation>
    </message>
    <message>
        <source>unknown criterion "%1"; the criteria are %2</source>
        <translation>unknown criterion "%1"; the criteria are %2</translation>
    </message>
    <message>
        <source>the note is missing: write a whole number from 0 to 5, or "déport"</source>
        <translation>the note is missing: write a whole number from 0 to 5, or "déport"</translation>
    </message>
    <message>
        <source>"%1" is not a note: write a whole number from 0 to 5, or "déport" for a recusal</source>
        <translation>"%1" is not a note: write a whole number from 0 to 5, or "déport" for a recusal</translation>
    </message>
    <message>
        <source>%1 already noted "%2" for %3 on line %4</source>
        <translation>%1 already noted "%2" for %3 on line %4</translation>
    </message>
    <message>
        <source>%1 is recused on %2 (line %3) and cannot score it</source>
        <translation>%1 is recused on %2 (line %3) and cannot score it</translation>
    </message>
    <message>
        <source>%1 is recused on %2 and cannot score it</source>
        <translation>%1 is recused on %2 and cannot score it</translation>
    </message>
    <message>
        <source>Committee member name</source>
        <translation>Committee member name</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message numerus="yes">
        <source>The criteria cannot change once any score exists (%n note(s) given).</source>
        <translation>
            <numerusform>The criteria cannot change once any score exists (%n note given).</numerusform>
            <numerusform>The criteria cannot change once any score exists (%n notes given).</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee member %1 is already on this committee.</source>
        <translation>Committee member %1 is already on this committee.</translation>
    </message>
    <message>
        <source>A committee member needs a name.</source>
        <translation>A committee member needs a name.</translation>
    </message>
    <message>
        <source>%1 is already on this committee.</source>
        <translation>%1 is already on this committee.</translation>
    </message>
    <message>
        <source>Candidate %1 is already on this score sheet.</source>
        <translation>Candidate %1 is already on this score sheet.</translation>
    </message>
    <message>
        <source>Candidate %1 is not on this score sheet.</source>
        <translation>Candidate %1 is not on this score sheet.</translation>
    </message>
    <message>
        <source>Committee member %1 is not on this committee.</source>
        <translation>Committee member %1 is not on this committee.</translation>
    </message>
    <message numerus="yes">
        <source>There is no criterion %1: this promotion has %n criteria.</source>
        <translation>
            <numerusform>There is no criterion %1: this promotion has %n criterion.</numerusform>
            <numerusform>There is no criterion %1: this promotion has %n criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note must be a whole number from %1 to %2, not %3.</source>
        <translation>A note must be a whole number from %1 to %2, not %3.</translation>
    </message>
    <message>
        <source>%1 is recused on this candidate and cannot score it.</source>
        <translation>%1 is recused on this candidate and cannot score it.</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Usage: fast-committee scores import ... ("%1" is not one of them).</source>
        <translation>Usage: fast-committee scores import ... ("%1" is not one of them).</translation>
    </message>
    <message>
        <source>The promotion the notes are for.</source>
        <translation>The promotion the notes are for.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>One note per row. Columns: %1; the note is 0 to 5, or "déport" with an empty criterion for a recusal.</source>
        <translation>One note per row. Columns: %1; the note is 0 to 5, or "déport" with an empty criterion for a recusal.</translation>
    </message>
    <message>
        <source>Give --promotion NUMBER and exactly one CSV file. Usage: %1</source>
        <translation>Give --promotion NUMBER and exactly one CSV file. Usage: %1</translation>
    </message>
    <message>
        <source>%1 is closed: nothing was imported. Reopen it with a reason first.</source>
        <translation>%1 is closed: nothing was imported. Reopen it with a reason first.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported into %1.</source>
        <translation>
            <numerusform>%n problem: nothing was imported into %1.</numerusform>
            <numerusform>%n problems: nothing was imported into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 and %3 imported into %4.</source>
        <translation>%1: %2 and %3 imported into %4.</translation>
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
            <numerusform>%n recusal</numerusform>
            <numerusform>%n recusals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringCommand</name>
    <message>
        <source>%1 is no longer on the committee of FAST%2.</source>
        <translation>%1 is no longer on the committee of FAST%2.</translation>
    </message>
    <message>
        <source>The candidate "%1" is no longer in FAST%2.</source>
        <translation>The candidate "%1" is no longer in FAST%2.</translation>
    </message>
</context>
<context>
    <name>ScoringGridModel</name>
    <message>
        <source>A note is a whole number from %1 to %2: "%3" is not one.</source>
        <translation>A note is a whole number from %1 to %2: "%3" is not one.</translation>
    </message>
    <message>
        <source>Choose a member's cell to note.</source>
        <translation>Choose a member's cell to note.</translation>
    </message>
    <message>
        <source>FAST%1 is closed: its notes can no longer change.</source>
        <translation>FAST%1 is closed: its notes can no longer change.</translation>
    </message>
    <message>
        <source>The total is computed from the criteria: choose a criterion to note.</source>
        <translation>The total is computed from the criteria: choose a criterion to note.</translation>
    </message>
    <message>
        <source>%1 is recused on %2: lift the recusal before noting.</source>
        <translation>%1 is recused on %2: lift the recusal before noting.</translation>
    </message>
    <message>
        <source>Choose a member's cell to record or lift a recusal.</source>
        <translation>Choose a member's cell to record or lift a recusal.</translation>
    </message>
    <message>
        <source>FAST%1 is closed: its recusals can no longer change.</source>
        <translation>FAST%1 is closed: its recusals can no longer change.</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message numerus="yes">
        <source>? (%n missing)</source>
        <translation>
            <numerusform>? (%n missing)</numerusform>
            <numerusform>? (%n missing)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is recused on %2 (conflict of interest): no note. Ctrl+D lifts the recusal.</source>
        <translation>%1 is recused on %2 (conflict of interest): no note. Ctrl+D lifts the recusal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n note(s) to give on %2.</source>
        <translation>
            <numerusform>%1 has %n note to give on %2.</numerusform>
            <numerusform>%1 has %n notes to give on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note missing: %1 on %2, %3.</source>
        <translation>Note missing: %1 on %2, %3.</translation>
    </message>
    <message>
        <source>Score of %1 on %2: %3 / 100</source>
        <translation>Score of %1 on %2: %3 / 100</translation>
    </message>
    <message>
        <source>%1 on %2, %3: %4 / %5</source>
        <translation>%1 on %2, %3: %4 / %5</translation>
    </message>
    <message numerus="yes">
        <source>incomplete: %n note(s) missing</source>
        <translation>
            <numerusform>incomplete: %n note missing</numerusform>
            <numerusform>incomplete: %n notes missing</numerusform>
        </translation>
    </message>
    <message>
        <source>no member scores it</source>
        <translation>no member scores it</translation>
    </message>
    <message numerus="yes">
        <source>Mean of the %n scoring member(s)</source>
        <translation>
            <numerusform>Mean of the %n scoring member</numerusform>
            <numerusform>Mean of the %n scoring members</numerusform>
        </translation>
    </message>
    <message>
        <source>To discuss: member scores %1 points apart (%2 or more).
Highest: %3 (%4)
Lowest: %5 (%6)</source>
        <translation>To discuss: member scores %1 points apart (%2 or more).
Highest: %3 (%4)
Lowest: %5 (%6)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>The candidate's score: the mean of its scoring members' scores, out of 100.</source>
        <translation>The candidate's score: the mean of its scoring members' scores, out of 100.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) still to give</source>
        <translation>
            <numerusform>%1: %n note still to give</numerusform>
            <numerusform>%1: %n notes still to give</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has withdrawn: its notes can no longer change.</source>
        <translation>%1 has withdrawn: its notes can no longer change.</translation>
    </message>
    <message>
        <source>%1 has withdrawn: its recusals can no longer change.</source>
        <translation>%1 has withdrawn: its recusals can no longer change.</translation>
    </message>
    <message>
        <source>%1 has withdrawn: no note is expected.</source>
        <translation>%1 has withdrawn: no note is expected.</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (withdrawn)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>%1 has withdrawn: not ranked, read-only.</source>
        <translation>%1 has withdrawn: not ranked, read-only.</translation>
    </message>
</context>
<context>
    <name>ScoringGridView</name>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterion:</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>Add members to this promotion's committee</source>
        <translation>Add members to this promotion's committee</translation>
    </message>
    <message>
        <source>Recusal (déport) on/off</source>
        <translation>Recusal (déport) on/off</translation>
    </message>
    <message>
        <source>Clear the note</source>
        <translation>Clear the note</translation>
    </message>
    <message>
        <source>note missing</source>
        <translation>note missing</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>recusal (déport): Ctrl+D</source>
        <translation>recusal (déport): Ctrl+D</translation>
    </message>
    <message>
        <source>to discuss: member scores %1 points or more apart</source>
        <translation>to discuss: member scores %1 points or more apart</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>Total (score out of 100)</source>
        <translation>Total (score out of 100)</translation>
    </message>
    <message>
        <source>No promotion chosen.</source>
        <translation>No promotion chosen.</translation>
    </message>
    <message>
        <source>No committee member yet: add the members to start scoring.</source>
        <translation>No committee member yet: add the members to start scoring.</translation>
    </message>
    <message numerus="yes">
        <source>FAST%1: %n note(s) missing</source>
        <translation>
            <numerusform>FAST%1: %n note missing</numerusform>
            <numerusform>FAST%1: %n notes missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) to discuss</source>
        <translation>
            <numerusform>%n candidate to discuss</numerusform>
            <numerusform>%n candidates to discuss</numerusform>
        </translation>
    </message>
    <message>
        <source>closed: read-only</source>
        <translation>closed: read-only</translation>
    </message>
    <message>
        <source>Add committee members</source>
        <translation>Add committee members</translation>
    </message>
    <message>
        <source>Names of the new members of FAST%1, one per line:</source>
        <translation>Names of the new members of FAST%1, one per line:</translation>
    </message>
    <message>
        <source>Criteria and &amp;weights…</source>
        <translation>Criteria and &amp;weights…</translation>
    </message>
    <message>
        <source>The criteria and their weights, editable until the first note</source>
        <translation>The criteria and their weights, editable until the first note</translation>
    </message>
    <message>
        <source>No committee member yet</source>
        <translation>No committee member yet</translation>
    </message>
    <message>
        <source>The grid has a column for each member and a row for each candidate. Add the committee's members, or copy the committee (members and criteria) of an earlier promotion.</source>
        <translation>The grid has a column for each member and a row for each candidate. Add the committee's members, or copy the committee (members and criteria) of an earlier promotion.</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Add members…</translation>
    </message>
    <message>
        <source>Copy the committee of FAST%1…</source>
        <translation>Copy the committee of FAST%1…</translation>
    </message>
    <message>
        <source>No candidate to score yet</source>
        <translation>No candidate to score yet</translation>
    </message>
    <message>
        <source>Each candidate of the Candidates tab gets a row here: add them or import the call's file there.</source>
        <translation>Each candidate of the Candidates tab gets a row here: add them or import the call's file there.</translation>
    </message>
    <message>
        <source>Go to the candidates</source>
        <translation>Go to the candidates</translation>
    </message>
</context>
<context>
    <name>ScoringStore</name>
    <message>
        <source>There is no promotion FAST%1.</source>
        <translation>There is no promotion FAST%1.</translation>
    </message>
    <message>
        <source>The criteria of %1 cannot be read: %2</source>
        <translation>The criteria of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Give at least one committee member's name.</source>
        <translation>Give at least one committee member's name.</translation>
    </message>
    <message>
        <source>There is no such note to clear in %1.</source>
        <translation>There is no such note to clear in %1.</translation>
    </message>
    <message>
        <source>notes removed: %1</source>
        <translation>notes removed: %1</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <source>Only a laureate has a granted amount: %1 would be %2 with %3 granted.</source>
        <translation>Only a laureate has a granted amount: %1 would be %2 with %3 granted.</translation>
    </message>
    <message>
        <source>This committee member is no longer on %1.</source>
        <translation>This committee member is no longer on %1.</translation>
    </message>
    <message>
        <source>%1 has already noted or recused themselves on candidates of %2: they stay on the committee.</source>
        <translation>%1 has already noted or recused themselves on candidates of %2: they stay on the committee.</translation>
    </message>
    <message>
        <source>Candidate %1 is not in %2: its decision cannot be restored.</source>
        <translation>Candidate %1 is not in %2: its decision cannot be restored.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Committee member name</source>
        <translation>Committee member name</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Usage: fast-committee server init | add-member LOGIN [--name NAME] | add-secretariat LOGIN | add-observer LOGIN, with --db postgresql://ADMIN@HOST:PORT/DATABASE ("%1" is not a server command).</source>
        <translation>Usage: fast-committee server init | add-member LOGIN [--name NAME] | add-secretariat LOGIN | add-observer LOGIN, with --db postgresql://ADMIN@HOST:PORT/DATABASE ("%1" is not a server command).</translation>
    </message>
    <message>
        <source>server init takes no argument. Usage: %1</source>
        <translation>server init takes no argument. Usage: %1</translation>
    </message>
    <message>
        <source>server init sets up a committee on a PostgreSQL server: give its address with --db postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>server init sets up a committee on a PostgreSQL server: give its address with --db postgresql://ADMIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The member's name in the committee, as the scoring grid shows it (else the login).</source>
        <translation>The member's name in the committee, as the scoring grid shows it (else the login).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the new login's password from the first line of standard input.</source>
        <translation>Read the new login's password from the first line of standard input.</translation>
    </message>
    <message>
        <source>server %1 takes one login. Usage: %2</source>
        <translation>server %1 takes one login. Usage: %2</translation>
    </message>
    <message>
        <source>server %1 works on a committee on a PostgreSQL server: give its address with --db postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>server %1 works on a committee on a PostgreSQL server: give its address with --db postgresql://ADMIN@HOST:PORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Connect to a Server</source>
        <translation>Connect to a Server</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>from PGPASSWORD or ~/.pgpass when empty</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password is used for this connection only: Comité FAST never saves it.</source>
        <translation>The password is used for this connection only: Comité FAST never saves it.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>ServerDatabaseCheck</name>
    <message>
        <source>%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Cannot open the committee on %1: %2</source>
        <translation>Cannot open the committee on %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no Comité FAST committee: %2</source>
        <translation>%1 holds no Comité FAST committee: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3).</source>
        <translation>%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3).</translation>
    </message>
    <message>
        <source>the schema it should have cannot be built: %1</source>
        <translation>the schema it should have cannot be built: %1</translation>
    </message>
    <message>
        <source>the server cannot describe the committee: %1</source>
        <translation>the server cannot describe the committee: %1</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>table %1 is missing</translation>
    </message>
    <message>
        <source>column %1 of table %2 is missing</source>
        <translation>column %1 of table %2 is missing</translation>
    </message>
    <message>
        <source>column %1 of table %2 was added outside Comité FAST</source>
        <translation>column %1 of table %2 was added outside Comité FAST</translation>
    </message>
    <message>
        <source>table %1 was added outside Comité FAST</source>
        <translation>table %1 was added outside Comité FAST</translation>
    </message>
    <message>
        <source>the changes of table %1 are not announced to the other windows (its trigger is missing)</source>
        <translation>the changes of table %1 are not announced to the other windows (its trigger is missing)</translation>
    </message>
    <message>
        <source>table %1 checks %2 of its %3 references to other tables</source>
        <translation>table %1 checks %2 of its %3 references to other tables</translation>
    </message>
</context>
<context>
    <name>ServerReconnect</name>
    <message>
        <source>Only a committee on a server reconnects.</source>
        <translation>Only a committee on a server reconnects.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the committee on %1: %2</source>
        <translation>Cannot prepare the committee on %1: %2</translation>
    </message>
    <message>
        <source>The committee on %1 was upgraded meanwhile (schema %2; this version reads %3): restart Comité FAST with its newer version.</source>
        <translation>The committee on %1 was upgraded meanwhile (schema %2; this version reads %3): restart Comité FAST with its newer version.</translation>
    </message>
    <message>
        <source>Cannot read the committee on %1: %2</source>
        <translation>Cannot read the committee on %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerRefusal</name>
    <message>
        <source>Your role on this committee (%1) may not change another member's notes.</source>
        <translation>Your role on this committee (%1) may not change another member's notes.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change notes.</source>
        <translation>Your role on this committee (%1) may not change notes.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change another member's recusals.</source>
        <translation>Your role on this committee (%1) may not change another member's recusals.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change recusals.</source>
        <translation>Your role on this committee (%1) may not change recusals.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change candidates.</source>
        <translation>Your role on this committee (%1) may not change candidates.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change promotions (their envelope, rule or status).</source>
        <translation>Your role on this committee (%1) may not change promotions (their envelope, rule or status).</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the committee's members.</source>
        <translation>Your role on this committee (%1) may not change the committee's members.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the criteria.</source>
        <translation>Your role on this committee (%1) may not change the criteria.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the years' budgets and targets.</source>
        <translation>Your role on this committee (%1) may not change the years' budgets and targets.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the laureates' follow-up (agreements, payments, milestones).</source>
        <translation>Your role on this committee (%1) may not change the laureates' follow-up (agreements, payments, milestones).</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the audit log.</source>
        <translation>Your role on this committee (%1) may not change the audit log.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not save scenarios.</source>
        <translation>Your role on this committee (%1) may not save scenarios.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not save column mappings.</source>
        <translation>Your role on this committee (%1) may not save column mappings.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not change the committee's schema or logins.</source>
        <translation>Your role on this committee (%1) may not change the committee's schema or logins.</translation>
    </message>
    <message>
        <source>Your role on this committee (%1) may not make this change; nothing was written.</source>
        <translation>Your role on this committee (%1) may not make this change; nothing was written.</translation>
    </message>
</context>
<context>
    <name>ServerRole</name>
    <message>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>the role of this login</source>
        <translation>the role of this login</translation>
    </message>
    <message>
        <source>%1 has no role on this committee: its administrator gives one with fast-committee server add-member, add-secretariat or add-observer.</source>
        <translation>%1 has no role on this committee: its administrator gives one with fast-committee server add-member, add-secretariat or add-observer.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>%1 works on a committee on a PostgreSQL server (--db postgresql://ADMIN@HOST:PORT/DATABASE), not on a file.</source>
        <translation>%1 works on a committee on a PostgreSQL server (--db postgresql://ADMIN@HOST:PORT/DATABASE), not on a file.</translation>
    </message>
    <message>
        <source>%1 needs the committee database's owner or a superuser of the server; %2 is neither.</source>
        <translation>%1 needs the committee database's owner or a superuser of the server; %2 is neither.</translation>
    </message>
    <message>
        <source>The group role %1 (%2) was there already.</source>
        <translation>The group role %1 (%2) was there already.</translation>
    </message>
    <message>
        <source>Created the group role %1 (%2).</source>
        <translation>Created the group role %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot set up the roles of the committee: %1</source>
        <translation>Cannot set up the roles of the committee: %1</translation>
    </message>
    <message>
        <source>The committee %1 is set up at schema version %2: the secretariat changes the committee, each member writes only their own notes and recusals, an observer reads.</source>
        <translation>The committee %1 is set up at schema version %2: the secretariat changes the committee, each member writes only their own notes and recusals, an observer reads.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>The login is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a login name: use lower-case letters, digits, ".", "-" or "_", starting with a letter, at most 63 characters.</source>
        <translation>"%1" is not a login name: use lower-case letters, digits, ".", "-" or "_", starting with a letter, at most 63 characters.</translation>
    </message>
    <message>
        <source>"%1" is a name the server or Comité FAST keeps for its own roles: choose another login.</source>
        <translation>"%1" is a name the server or Comité FAST keeps for its own roles: choose another login.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>The password is too short: at least %1 characters.</source>
        <translation>The password is too short: at least %1 characters.</translation>
    </message>
    <message>
        <source>The password holds a control character.</source>
        <translation>The password holds a control character.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Member name</translation>
    </message>
    <message>
        <source>The committee %1 is not set up for roles yet: run fast-committee server init on it first.</source>
        <translation>The committee %1 is not set up for roles yet: run fast-committee server init on it first.</translation>
    </message>
    <message>
        <source>%1 is a group role on this server, not a login.</source>
        <translation>%1 is a group role on this server, not a login.</translation>
    </message>
    <message>
        <source>%1 is a superuser of this server: it may do everything already and needs no role.</source>
        <translation>%1 is a superuser of this server: it may do everything already and needs no role.</translation>
    </message>
    <message>
        <source>the committee's logins</source>
        <translation>the committee's logins</translation>
    </message>
    <message>
        <source>Created the login %1 with the role %2 on this committee.</source>
        <translation>Created the login %1 with the role %2 on this committee.</translation>
    </message>
    <message>
        <source>%1 already has the role %2 on this committee.</source>
        <translation>%1 already has the role %2 on this committee.</translation>
    </message>
    <message>
        <source>The login %1 already exists on this server and keeps its password; it now has the role %2 on this committee.</source>
        <translation>The login %1 already exists on this server and keeps its password; it now has the role %2 on this committee.</translation>
    </message>
    <message>
        <source>%1 had the role %2 on this committee; it now has the role %3.</source>
        <translation>%1 had the role %2 on this committee; it now has the role %3.</translation>
    </message>
    <message>
        <source>%1 scores as the committee member named %2.</source>
        <translation>%1 scores as the committee member named %2.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Cannot add the login: %1</source>
        <translation>Cannot add the login: %1</translation>
    </message>
</context>
<context>
    <name>ServerSchemaCheck</name>
    <message>
        <source>only its administrator can do it, with: fast-committee server init --db %1</source>
        <translation>only its administrator can do it, with: fast-committee server init --db %1</translation>
    </message>
    <message>
        <source>Cannot read the committee on %1: %2</source>
        <translation>Cannot read the committee on %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no committee yet, and your role (%2) may not create one; %3.</source>
        <translation>%1 holds no committee yet, and your role (%2) may not create one; %3.</translation>
    </message>
    <message>
        <source>The committee on %1 has schema version %2, older than this version of Comité FAST (%3), and it must be upgraded; %4.</source>
        <translation>The committee on %1 has schema version %2, older than this version of Comité FAST (%3), and it must be upgraded; %4.</translation>
    </message>
    <message>
        <source>The committee on %1 does not announce its changes to the other windows yet (%2 of %3 tables); %4.</source>
        <translation>The committee on %1 does not announce its changes to the other windows yet (%2 of %3 tables); %4.</translation>
    </message>
</context>
<context>
    <name>SetCriteriaCommand</name>
    <message>
        <source>Change the criteria of FAST%1</source>
        <translation>Change the criteria of FAST%1</translation>
    </message>
</context>
<context>
    <name>SetDecisionCommand</name>
    <message>
        <source>Decide %1: %2</source>
        <translation>Decide %1: %2</translation>
    </message>
    <message>
        <source>This candidate is no longer in FAST%1.</source>
        <translation>This candidate is no longer in FAST%1.</translation>
    </message>
</context>
<context>
    <name>SetNoteCommand</name>
    <message>
        <source>Note %1 by %2 on %3</source>
        <translation>Note %1 by %2 on %3</translation>
    </message>
    <message>
        <source>Clear the note of %1 on %2</source>
        <translation>Clear the note of %1 on %2</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>the file has no sheet "%1"; its sheets are %2</source>
        <translation>the file has no sheet "%1"; its sheets are %2</translation>
    </message>
    <message>
        <source>the file is a macro-enabled workbook (.xlsm), which is not imported: save it as .xlsx without macros, then import it again</source>
        <translation>the file is a macro-enabled workbook (.xlsm), which is not imported: save it as .xlsx without macros, then import it again</translation>
    </message>
    <message>
        <source>the file holds macros, which are not imported: save it as .xlsx or .ods without macros, then import it again</source>
        <translation>the file holds macros, which are not imported: save it as .xlsx or .ods without macros, then import it again</translation>
    </message>
    <message>
        <source>the file is a zip but not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, then import it again</source>
        <translation>the file is a zip but not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, then import it again</translation>
    </message>
</context>
<context>
    <name>SpreadsheetZip</name>
    <message>
        <source>the file is protected by a password or is in the old .xls format: save it as .xlsx or .ods without a password, then import it again</source>
        <translation>the file is protected by a password or is in the old .xls format: save it as .xlsx or .ods without a password, then import it again</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (its zip cannot be read): save it again from the spreadsheet, then import it again</source>
        <translation>the file is damaged or incomplete (its zip cannot be read): save it again from the spreadsheet, then import it again</translation>
    </message>
    <message>
        <source>the file is not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, then import it again</source>
        <translation>the file is not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, then import it again</translation>
    </message>
    <message>
        <source>the file holds more than %1 members, which no spreadsheet does: it was not read</source>
        <translation>the file holds more than %1 members, which no spreadsheet does: it was not read</translation>
    </message>
    <message>
        <source>the member "%1" inflates past %2, which no committee's spreadsheet does (a "zip bomb"): it was not read</source>
        <translation>the member "%1" inflates past %2, which no committee's spreadsheet does (a "zip bomb"): it was not read</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: free some space and try again; nothing was written.</source>
        <translation>The disk is full: free some space and try again; nothing was written.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error; nothing was written. Check the disk (or the network share) that holds the database, then try again.</source>
        <translation>The disk reported an input/output error; nothing was written. Check the disk (or the network share) that holds the database, then try again.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its disk is read-only; nothing was written.</source>
        <translation>The database cannot be written: the file or its disk is read-only; nothing was written.</translation>
    </message>
    <message>
        <source>The database is locked by another program (another Comité FAST window or command, or a backup): wait until it is done and try again; nothing was written.</source>
        <translation>The database is locked by another program (another Comité FAST window or command, or a backup): wait until it is done and try again; nothing was written.</translation>
    </message>
    <message>
        <source>The database is damaged: SQLite found its content malformed; nothing was written. Keep a copy of the file and restore your latest backup.</source>
        <translation>The database is damaged: SQLite found its content malformed; nothing was written. Keep a copy of the file and restore your latest backup.</translation>
    </message>
    <message>
        <source>Cannot read %1 from the database: %2</source>
        <translation>Cannot read %1 from the database: %2</translation>
    </message>
    <message>
        <source>The server refused this change to your role on this committee; nothing was written.</source>
        <translation>The server refused this change to your role on this committee; nothing was written.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost before the change was confirmed: try again once the server is back.</source>
        <translation>The connection to the database server was lost before the change was confirmed: try again once the server is back.</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The candidate "%1" is no longer in FAST%2.</source>
        <translation>The candidate "%1" is no longer in FAST%2.</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Prints a JSON object.</source>
        <translation>Prints a JSON object.</translation>
    </message>
    <message>
        <source>summary takes no argument.</source>
        <translation>summary takes no argument.</translation>
    </message>
    <message>
        <source>No promotion yet.</source>
        <translation>No promotion yet.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message numerus="yes">
        <source>  FAST%1 (%2, %3): %n candidate(s),</source>
        <translation>
            <numerusform>  FAST%1 (%2, %3): %n candidate,</numerusform>
            <numerusform>  FAST%1 (%2, %3): %n candidates,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s) of which</source>
        <translation>
            <numerusform>%n laureate of which</numerusform>
            <numerusform>%n laureates of which</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s);</source>
        <translation>
            <numerusform>%n product;</numerusform>
            <numerusform>%n products;</numerusform>
        </translation>
    </message>
    <message>
        <source>granted %1 of %2, remaining %3</source>
        <translation>granted %1 of %2, remaining %3</translation>
    </message>
    <message>
        <source>Years (indicator 1.2: products supported by FAST)</source>
        <translation>Years (indicator 1.2: products supported by FAST)</translation>
    </message>
    <message numerus="yes">
        <source>  %1: granted %2; %n product(s), target %3</source>
        <translation>
            <numerusform>  %1: granted %2; %n product, target %3</numerusform>
            <numerusform>  %1: granted %2; %n products, target %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
    <message>
        <source>Payment tranches</source>
        <translation>Payment tranches</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Mark &amp;paid</translation>
    </message>
    <message>
        <source>Split by the &amp;opening key</source>
        <translation>Split by the &amp;opening key</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Planned on, amount:</source>
        <translation>Planned on, amount:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>Paid on, amount:</source>
        <translation>Paid on, amount:</translation>
    </message>
    <message>
        <source>Type the tranche's amount.</source>
        <translation>Type the tranche's amount.</translation>
    </message>
    <message>
        <source>Add a tranche of %1 to %2</source>
        <translation>Add a tranche of %1 to %2</translation>
    </message>
    <message>
        <source>Change tranche %1 of %2</source>
        <translation>Change tranche %1 of %2</translation>
    </message>
    <message>
        <source>Tranche %1 is paid: a payment made is not removed.</source>
        <translation>Tranche %1 is paid: a payment made is not removed.</translation>
    </message>
    <message>
        <source>Remove tranche %1 of %2</source>
        <translation>Remove tranche %1 of %2</translation>
    </message>
    <message>
        <source>Mark tranche %1 of %2 paid</source>
        <translation>Mark tranche %1 of %2 paid</translation>
    </message>
    <message>
        <source>Tranche %1 is paid: the opening key's split replaces a schedule with no payment yet.</source>
        <translation>Tranche %1 is paid: the opening key's split replaces a schedule with no payment yet.</translation>
    </message>
    <message>
        <source>Split the tranches of %1 by the opening key (%2)</source>
        <translation>Split the tranches of %1 by the opening key (%2)</translation>
    </message>
</context>
<context>
    <name>TransactionGuard</name>
    <message>
        <source>Cannot start a transaction on the database: %1</source>
        <translation>Cannot start a transaction on the database: %1</translation>
    </message>
    <message>
        <source>Cannot save the change to the database: %1</source>
        <translation>Cannot save the change to the database: %1</translation>
    </message>
    <message>
        <source>the database is not open.</source>
        <translation>the database is not open.</translation>
    </message>
    <message>
        <source>a transaction is already in progress on this connection.</source>
        <translation>a transaction is already in progress on this connection.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User Guide — Comité FAST</source>
        <translation>User Guide — Comité FAST</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Smaller Text</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal Size</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Comité FAST</source>
        <translation>Welcome to Comité FAST</translation>
    </message>
    <message>
        <source>Score the candidates of a FAST call, rank them and choose the laureates that fit the envelope, every amount under the fund's co-financing rule.</source>
        <translation>Score the candidates of a FAST call, rank them and choose the laureates that fit the envelope, every amount under the fund's co-financing rule.</translation>
    </message>
    <message>
        <source>&amp;Create a promotion</source>
        <translation>&amp;Create a promotion</translation>
    </message>
    <message>
        <source>A call and its committee: number, year, envelope.</source>
        <translation>A call and its committee: number, year, envelope.</translation>
    </message>
    <message>
        <source>&amp;Import the call's file</source>
        <translation>&amp;Import the call's file</translation>
    </message>
    <message>
        <source>The candidates' export (XLSX, ODS or CSV), into a promotion created first.</source>
        <translation>The candidates' export (XLSX, ODS or CSV), into a promotion created first.</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration</source>
        <translation>Open the &amp;demonstration</translation>
    </message>
    <message>
        <source>An illustrative committee, in a temporary database.</source>
        <translation>An illustrative committee, in a temporary database.</translation>
    </message>
    <message>
        <source>First time? The &lt;a href="guide"&gt;user guide&lt;/a&gt; (F1) follows a committee's day, from the call's file to the signed list.</source>
        <translation>First time? The &lt;a href="guide"&gt;user guide&lt;/a&gt; (F1) follows a committee's day, from the call's file to the signed list.</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>What-if panel (nothing is saved)</source>
        <translation>What-if panel (nothing is saved)</translation>
    </message>
    <message>
        <source>Envelope of the what-if</source>
        <translation>Envelope of the what-if</translation>
    </message>
    <message>
        <source>&amp;Reset envelope</source>
        <translation>&amp;Reset envelope</translation>
    </message>
    <message>
        <source>Back to the promotion's envelope</source>
        <translation>Back to the promotion's envelope</translation>
    </message>
    <message>
        <source>&amp;Include all</source>
        <translation>&amp;Include all</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Envelope:</translation>
    </message>
    <message>
        <source>Candidates included in the what-if</source>
        <translation>Candidates included in the what-if</translation>
    </message>
    <message>
        <source>Proposal of the what-if</source>
        <translation>Proposal of the what-if</translation>
    </message>
    <message>
        <source>Candidates (untick to leave one out):</source>
        <translation>Candidates (untick to leave one out):</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Proposal:</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Saved scenarios</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>&amp;Save scenario as…</translation>
    </message>
    <message>
        <source>&amp;Load into the panel</source>
        <translation>&amp;Load into the panel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Compare two scenarios</source>
        <translation>Compare two scenarios</translation>
    </message>
    <message>
        <source>Two scenarios side by side</source>
        <translation>Two scenarios side by side</translation>
    </message>
    <message>
        <source>Scenario &amp;A:</source>
        <translation>Scenario &amp;A:</translation>
    </message>
    <message>
        <source>Scenario &amp;B:</source>
        <translation>Scenario &amp;B:</translation>
    </message>
    <message>
        <source>What-if on %1 (envelope %2). %1 is closed: scenarios can be explored and compared, not saved.</source>
        <translation>What-if on %1 (envelope %2). %1 is closed: scenarios can be explored and compared, not saved.</translation>
    </message>
    <message>
        <source>What-if on %1 (envelope %2): change the envelope or leave candidates out; nothing is saved until you save a scenario.</source>
        <translation>What-if on %1 (envelope %2): change the envelope or leave candidates out; nothing is saved until you save a scenario.</translation>
    </message>
    <message>
        <source>Choose a promotion to explore what-ifs.</source>
        <translation>Choose a promotion to explore what-ifs.</translation>
    </message>
    <message>
        <source>Current panel</source>
        <translation>Current panel</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Laureates</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) with a different proposal.</source>
        <translation>
            <numerusform>%n candidate with a different proposal.</numerusform>
            <numerusform>%n candidates with a different proposal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a valid envelope before saving.</source>
        <translation>Type a valid envelope before saving.</translation>
    </message>
    <message>
        <source>Scenario "%1" replaced.</source>
        <translation>Scenario "%1" replaced.</translation>
    </message>
    <message>
        <source>Scenario "%1" saved.</source>
        <translation>Scenario "%1" saved.</translation>
    </message>
    <message>
        <source>Scenario "%1" loaded into the panel.</source>
        <translation>Scenario "%1" loaded into the panel.</translation>
    </message>
    <message>
        <source>Scenario "%1" deleted.</source>
        <translation>Scenario "%1" deleted.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it before saving or deleting a scenario.</source>
        <translation>%1 is closed: reopen it before saving or deleting a scenario.</translation>
    </message>
    <message>
        <source>Saved scenarios and comparison</source>
        <translation>Saved scenarios and comparison</translation>
    </message>
    <message numerus="yes">
        <source>%n laureate(s) for %1 out of %2; %3 remaining;</source>
        <translation>
            <numerusform>%n laureate for %1 out of %2; %3 remaining;</numerusform>
            <numerusform>%n laureates for %1 out of %2; %3 remaining;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted;</source>
        <translation>
            <numerusform>%n waitlisted;</numerusform>
            <numerusform>%n waitlisted;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out.</source>
        <translation>
            <numerusform>%n left out.</numerusform>
            <numerusform>%n left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>Add Committee &amp;Members…</source>
        <translation>Add Committee &amp;Members…</translation>
    </message>
    <message>
        <source>Cop&amp;y the Committee of Another Promotion…</source>
        <translation>Cop&amp;y the Committee of Another Promotion…</translation>
    </message>
    <message>
        <source>Propose &amp;Laureates…</source>
        <translation>Propose &amp;Laureates…</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>the file is damaged: its part "%1" cannot be read as XML</source>
        <translation>the file is damaged: its part "%1" cannot be read as XML</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook: it has no "%1"</source>
        <translation>the file is not an XLSX workbook: it has no "%1"</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>the workbook has no sheet</translation>
    </message>
    <message>
        <source>the file is damaged: the sheet "%1" has no part "%2"</source>
        <translation>the file is damaged: the sheet "%1" has no part "%2"</translation>
    </message>
    <message>
        <source>the sheet has a row %1, past the last row a spreadsheet has (%2)</source>
        <translation>the sheet has a row %1, past the last row a spreadsheet has (%2)</translation>
    </message>
    <message>
        <source>the sheet has a column past the last one a spreadsheet has (%1)</source>
        <translation>the sheet has a column past the last one a spreadsheet has (%1)</translation>
    </message>
    <message>
        <source>the file is damaged: cell %1%2 names a shared string that is not there</source>
        <translation>the file is damaged: cell %1%2 names a shared string that is not there</translation>
    </message>
</context>
<context>
    <name>XlsxStyles</name>
    <message>
        <source>the file is damaged: its part "%1" cannot be read as XML</source>
        <translation>the file is damaged: its part "%1" cannot be read as XML</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>The workbook could not be laid out: %1 (zip error %2).</source>
        <translation>The workbook could not be laid out: %1 (zip error %2).</translation>
    </message>
    <message>
        <source>the archive could not be started</source>
        <translation>the archive could not be started</translation>
    </message>
    <message>
        <source>the archive could not be finished</source>
        <translation>the archive could not be finished</translation>
    </message>
</context>
<context>
    <name>YearConsumptionChart</name>
    <message>
        <source>Consumption over the year</source>
        <translation>Consumption over the year</translation>
    </message>
    <message>
        <source>No promotion in this year.</source>
        <translation>No promotion in this year.</translation>
    </message>
    <message>
        <source>Consumption over %1</source>
        <translation>Consumption over %1</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Annual budget</source>
        <translation>Annual budget</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <source>Envelopes over the budget</source>
        <translation>Envelopes over the budget</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Not allocated</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>YearRepository</name>
    <message>
        <source>The database refused the year %1: %2</source>
        <translation>The database refused the year %1: %2</translation>
    </message>
    <message>
        <source>the years</source>
        <translation>the years</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>the year %1</translation>
    </message>
</context>
</TS>
