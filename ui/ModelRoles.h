#pragma once

#include <Qt>

namespace stallcast::ui {

// The value a column sorts by (numbers as numbers, not as the formatted text).
inline constexpr int kSortRole = Qt::UserRole + 1;

} // namespace stallcast::ui
