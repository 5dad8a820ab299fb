#pragma once

// Catch2 v2 (Debian 12) and v3 (Ubuntu 24.04) put their macros in different headers.
#ifdef STALLCAST_CATCH3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
