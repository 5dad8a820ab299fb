#include "PathText.h"

#include <QByteArray>

#include <string>

namespace stallcast::ui {

std::filesystem::path toFsPath(const QString &path)
{
    const QByteArray utf8 = path.toUtf8();
    return std::filesystem::path(std::u8string(reinterpret_cast<const char8_t *>(utf8.constData()),
                                               static_cast<std::size_t>(utf8.size())));
}

QString toQString(const std::filesystem::path &path)
{
    const std::u8string utf8 = path.u8string();
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8.data()),
                             static_cast<qsizetype>(utf8.size()));
}

} // namespace stallcast::ui
