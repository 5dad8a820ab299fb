#pragma once

#include <string>

namespace stallcast {

// Which allocator serves malloc/free and operator new/delete in this process: "mimalloc 2.0.9"
// when the build links mimalloc (STALLCAST_MIMALLOC, the default on Linux) and it really serves
// malloc, "system" otherwise. docs/ARCHITECTURE.md ("Dependencies and why") says why.
std::string allocatorName();

// Sets the allocator's defaults for a process whose threads hand memory to each other (a
// delivery parsed on the event loop is freed by the writer): every thread's segments are
// committed when reserved, instead of after its first one, which made memory churn between
// commit and decommit under load. A MIMALLOC_* variable in the environment still wins. Call
// first thing in main(), before any thread starts; no effect without mimalloc.
void configureAllocator();

// True when a block from std::malloc comes from mimalloc's heap: the override is in effect.
bool mallocServedByMimalloc();

} // namespace stallcast
