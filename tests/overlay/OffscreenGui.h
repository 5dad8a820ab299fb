#pragma once

namespace stallcast::test {

// Creates the process's QGuiApplication on the offscreen platform (no display needed) the first
// time it is called; the card's fonts need one.
void ensureOffscreenGui();

} // namespace stallcast::test
