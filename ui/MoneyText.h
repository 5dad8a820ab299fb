#pragma once

#include <QString>

#include <cstdint>
#include <string>

namespace stallcast::ui {

// An amount in minor units as people read it ("25,000 KRW"), via money::formatForDisplay.
// An unknown currency code still shows something honest: the raw minor units and the code.
QString moneyText(std::int64_t minor, const std::string &currencyCode);

} // namespace stallcast::ui
