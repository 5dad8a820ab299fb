#pragma once

#include <QImage>

#include <string>

namespace stallcast::test {

// Compares a rendered image with tests/overlay/golden/<name>.png, with a tolerance for
// anti-aliasing differences between FreeType/Qt builds: at most 0.5 % of the pixels may differ
// by more than 48 in any channel. With STALLCAST_UPDATE_GOLDEN=1 in the environment the golden
// file is (re)written instead. The rendered image is always written to the build tree
// (overlay-actual/<name>.png) so a failure can be looked at.
void checkGolden(const QImage &rendered, const std::string &name);

} // namespace stallcast::test
