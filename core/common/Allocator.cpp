#include "common/Allocator.h"

#include <cstdlib>
#include <cstring>

#ifdef STALLCAST_MIMALLOC
#include <mimalloc.h>
#endif

namespace stallcast {

bool mallocServedByMimalloc()
{
#ifdef STALLCAST_MIMALLOC
    // Linking libmimalloc ahead of libc makes the dynamic linker resolve every malloc/free (ours,
    // Qt's, FFmpeg's, SQLite's) to it. If libc came first, a preloaded allocator or a sanitizer
    // runtime took malloc over, the block below would not come from mimalloc.
    struct MallocBlock {
        void *p = std::malloc(64);
        ~MallocBlock() { std::free(p); }
    } const block;
    if (!block.p)
        return false;
    std::memset(block.p, 0, 64); // GCC warns about passing never-written memory on otherwise
    return mi_is_in_heap_region(block.p);
#else
    return false;
#endif
}

void configureAllocator()
{
#ifdef STALLCAST_MIMALLOC
    // Measured (docs/BENCHMARKS.md, webhooks "Third round"): with the default delay the claim
    // desk at 4,096 claims in flight averaged ~50k claims/s under mimalloc against ~60k under
    // glibc; with no delay 66k-72k. The media pipeline's peak RSS is unchanged (246 MB).
    mi_option_set_default(mi_option_eager_commit_delay, 0);
#endif
}

std::string allocatorName()
{
#ifdef STALLCAST_MIMALLOC
    const int v = mi_version(); // e.g. 209 for 2.0.9
    const auto name = "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10)
                      + "." + std::to_string(v % 10);
    return mallocServedByMimalloc() ? name : "system (" + name + " linked but not serving malloc)";
#else
    return "system";
#endif
}

} // namespace stallcast
