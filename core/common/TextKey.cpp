#include "common/TextKey.h"

#include <QString>

namespace stallcast {

std::string foldedKey(std::string_view utf8)
{
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
