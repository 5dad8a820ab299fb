#include "common/TextKey.h"

#include <QString>

#include <algorithm>

namespace stallcast {

std::string foldedKey(std::string_view utf8)
{
    // Fast path for ASCII (most SKUs, codes and handles): NFKC leaves ASCII as it is and case
    // folding is plain lower-casing, so skip the round trip through QString. This runs on the
    // order book's writer thread for every order line.
    const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
        while (!utf8.empty() && space(utf8.front()))
            utf8.remove_prefix(1);
        while (!utf8.empty() && space(utf8.back()))
            utf8.remove_suffix(1);
        std::string key(utf8);
        for (char &c : key)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return key;
    }
    const QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    return text.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded().toStdString();
}

bool isSingleLineText(std::string_view utf8)
{
    const QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    if (text.toUtf8() != QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())))
        return false; // not valid UTF-8
    for (const QChar c : text) {
        const auto category = c.category();
        // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR break lines as surely as "\n".
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

} // namespace stallcast
