#include "TestFramework.h"

#include "common/Allocator.h"

#include <memory>
#include <string>
#include <thread>

#ifdef STALLCAST_MIMALLOC
#include <mimalloc.h>
#endif

#ifdef STALLCAST_MIMALLOC
TEST_CASE("mimalloc serves malloc and operator new in a build that links it", "[allocator]")
{
    // Fails when something else serves malloc (libc ahead of mimalloc in the search order, a
    // preloaded allocator, a sanitizer runtime): the build would then silently run on another.
    // (A linker with --as-needed keeps libmimalloc in every program: it is the first library on
    // the link line that defines malloc and operator new, which every program references.)
    CHECK(stallcast::mallocServedByMimalloc());
    const auto block = std::make_unique<char[]>(100);
    CHECK(mi_is_in_heap_region(block.get()));
    const std::string big(100'000, 'x'); // past glibc's small-bin sizes too
    CHECK(mi_is_in_heap_region(big.data()));
    CHECK(stallcast::allocatorName().rfind("mimalloc 2.", 0) == 0);
}

TEST_CASE("a block allocated on one thread can be freed on another", "[allocator]")
{
    // The receiver allocates a delivery on its event loop and the writer frees it.
    auto block = std::make_unique<std::string>(4096, 'y');
    REQUIRE(mi_is_in_heap_region(block->data()));
    std::thread([b = std::move(block)]() mutable { b.reset(); }).join();
    CHECK(stallcast::mallocServedByMimalloc());
}
#else
TEST_CASE("a build without mimalloc reports the system allocator", "[allocator]")
{
    CHECK_FALSE(stallcast::mallocServedByMimalloc());
    CHECK(stallcast::allocatorName() == "system");
}
#endif
