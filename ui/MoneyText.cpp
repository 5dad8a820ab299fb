#include "MoneyText.h"

#include "money/Money.h"

namespace stallcast::ui {

QString moneyText(std::int64_t minor, const std::string &currencyCode)
{
    if (const auto currency = findCurrency(currencyCode))
        return QString::fromStdString(formatForDisplay(minor, *currency));
    return QStringLiteral("%1 %2").arg(minor).arg(QString::fromStdString(currencyCode));
}

} // namespace stallcast::ui
