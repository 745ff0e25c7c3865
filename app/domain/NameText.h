#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// The one text policy for what people type (rules.md, "Names and free text"). A name (project, carrier,
// incubator, member, operator, scenario, criterion) is stored NFC-normalised and trimmed, non-empty, within
// a length limit, and holds nothing that could forge a line or hide what it says in the audit log, the
// command line's listings or the official PDF: no control character (line breaks and tabs included), no
// line or paragraph separator, no zero-width character, no bidirectional mark, embedding, override or
// isolate, no other invisible format character. Free text (a description, a reason, a note) may hold line
// breaks and tabs, nothing else of the kind. A refusal names the field, the character's position (1-based,
// in characters as typed) and its code point, so that it can be found and removed; nothing is ever
// stripped silently.
class NameText
{
    Q_DECLARE_TR_FUNCTIONS(NameText)

public:
    static constexpr int maximumLength = 200;

    // The name as stored, or why not: "Project name: character 7 is U+202E (right-to-left override), which
    // is not allowed in a name.", "Project name is empty.", "Project name is 201 characters long; at most
    // 200 are allowed."
    static Result<QString> normalise(const QString &raw, const QString &fieldLabel, int maximum = maximumLength);
    // The free text as stored (NFC, trimmed, Windows line ends made "\n"; it may be empty), or why not.
    static Result<QString> normaliseFreeText(const QString &raw, const QString &fieldLabel);

    // A stored name as a listing or the official PDF shows it: every character a name may not hold is
    // written out as <U+XXXX>, so that a row written before the policy (or by hand) can neither forge a
    // line nor turn its text around ("Projet<U+202E>gpj.exe", never "Projetexe.jpg").
    static QString visible(const QString &stored);

    // The length in characters (code points), as the limits count it: an emoji is one character.
    static qsizetype length(const QString &text);
    // True for what a name may never hold and the folded key ignores: format characters (zero-width,
    // bidirectional controls, byte order mark) and control characters other than white space.
    static bool isInvisible(char32_t character);

private:
    enum class Kind { Name, FreeText };
    static Result<QString> check(const QString &raw, const QString &fieldLabel, Kind kind);
    static QString describe(char32_t character);
    static bool isRefusedInName(char32_t character);
};
