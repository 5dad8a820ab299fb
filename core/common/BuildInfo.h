#pragma once

#include <string>

namespace stallcast {

// "stallcast 0.1.0" followed by the versions of the libraries actually loaded at run time.
std::string versionReport();

} // namespace stallcast
