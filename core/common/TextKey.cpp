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
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

} // namespace stallcast
