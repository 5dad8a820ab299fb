#pragma once

#include <QLocale>
#include <QString>

#include <vector>

namespace stallcast::ui {

// The languages the studio speaks. English is the source language (no translation file);
// the others are compiled in from resources/translations/stallcast_<code>.ts.
struct StudioLanguage {
    QString code;       // "en", "ko", "zh_CN"
    QString nativeName; // as its speakers write it: "English", "한국어", "简体中文"
};
std::vector<StudioLanguage> studioLanguages();

// The language picked in View › Language (QSettings "view/language"); empty: follow the system.
QString savedLanguage();
void saveLanguage(const QString &code);

// The locale the studio runs in: the system locale when nothing is saved; else the saved
// language, with the system's country when the system speaks that language too (en_GB stays
// en_GB), otherwise the language's main country (ko picked on a German desktop: ko_KR).
QLocale studioLocale();

// Makes `locale` the default QLocale (numbers, dates, money) and installs the studio's
// translation for it plus Qt's own (standard buttons and dialogs), replacing what an earlier call
// installed. Returns true when a studio translation was loaded (false for English, or for a
// language the studio does not speak: the English source text shows).
bool installTranslations(const QLocale &locale);

} // namespace stallcast::ui
