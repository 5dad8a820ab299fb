#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>
#include <string>

namespace stallcast::ui {

// An amount in minor units as people of `locale` read it, with the currency's own number of
// decimals and its ISO code: "25,000 KRW" (en, ko), "12,50 EUR" (de), "1.234,50 EUR" (de),
// "1,234.50 CNY" (zh_CN). Integer arithmetic only. The C locale (no locale set) gives
// money::formatForDisplay's form, which is the same as English. An unknown currency code still
// shows something honest: the raw minor units and the code.
QString moneyText(std::int64_t minor, const std::string &currencyCode, const QLocale &locale);

// The same in the default locale (QLocale(): the studio's language, see StudioTranslations).
QString moneyText(std::int64_t minor, const std::string &currencyCode);

} // namespace stallcast::ui
