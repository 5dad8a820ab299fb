#include "MoneyText.h"

#include "money/Money.h"

namespace stallcast::ui {

QString moneyText(std::int64_t minor, const std::string &currencyCode, const QLocale &locale)
{
    const auto currency = findCurrency(currencyCode);
    if (!currency)
        return QStringLiteral("%1 %2").arg(minor).arg(QString::fromStdString(currencyCode));
    if (locale.language() == QLocale::C)
        return QString::fromStdString(formatForDisplay(minor, *currency));

    std::uint64_t scale = 1;
    for (int i = 0; i < currency->minorDigits; ++i)
        scale *= 10;
    // The magnitude as unsigned, so the most negative amount does not overflow.
    const std::uint64_t magnitude = minor < 0 ? 0 - static_cast<std::uint64_t>(minor)
                                              : static_cast<std::uint64_t>(minor);
    QString text = locale.toString(static_cast<qulonglong>(magnitude / scale));
    if (currency->minorDigits > 0) {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        QString fraction = plain.toString(static_cast<qulonglong>(magnitude % scale));
        while (fraction.size() < currency->minorDigits)
            fraction.prepend(locale.zeroDigit());
        text += locale.decimalPoint() + fraction;
    }
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text + QLatin1Char(' ') + QString::fromLatin1(currency->code.data(),
                                                         static_cast<qsizetype>(currency->code.size()));
}

QString moneyText(std::int64_t minor, const std::string &currencyCode)
{
    return moneyText(minor, currencyCode, QLocale());
}

} // namespace stallcast::ui
