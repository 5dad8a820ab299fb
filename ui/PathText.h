#pragma once

#include <QString>

#include <filesystem>

namespace stallcast::ui {

// File paths between Qt (UTF-16) and the core (std::filesystem), without losing non-ASCII names.
std::filesystem::path toFsPath(const QString &path);
QString toQString(const std::filesystem::path &path);

} // namespace stallcast::ui
