#pragma once

#include <QString>

// The user guide shipped inside the application: one Markdown file per interface language, written in
// resources/help and embedded under :/help, so that the guide a committee reads is always the one of the
// version it runs. The interface's language is the one LanguageSetting installed (it sets the default
// QLocale with the translations), so the guide and the menus it names always speak the same language.
class UserGuide
{
public:
    // "fr" or "en": the language of the translations LanguageSetting installed.
    static QString interfaceLanguage();
    // ":/help/guide.fr.md" or ":/help/guide.en.md".
    static QString resourcePath(const QString &language);
    // The guide's Markdown text in that language; empty when the resource is missing (it never is in a build).
    static QString markdown(const QString &language);
};
