#include "TestFramework.h"

#include "feed/ByteEncoding.h"
#include "feed/HmacSha256.h"
#include "feed/WebhookSignature.h"

#include <future>
#include <string>

using namespace stallcast::feed;

namespace {

// GitHub's published example of its webhook HMAC convention.
constexpr const char *kGitHubSecret = "It's a Secret to Everybody";
constexpr const char *kGitHubBody = "Hello, World!";
constexpr const char *kGitHubHex = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

} // namespace

TEST_CASE("feed: HMAC-SHA256 hex matches GitHub's published example")
{
    CHECK(hmacSha256Hex(kGitHubSecret, kGitHubBody) == kGitHubHex);
}

TEST_CASE("feed: HMAC-SHA256 base64 is the same digest as the hex form")
{
    const std::string base64 = hmacSha256Base64(kGitHubSecret, kGitHubBody);
    CHECK(base64 == "dXEH6g6yUJ/CESIczphLijdXC211hsIsRvQ3nIsEPhc=");
    const auto bytes = decodeBase64(base64);
    REQUIRE(bytes);
    CHECK(encodeHex(*bytes) == kGitHubHex);
}

TEST_CASE("feed: HMAC-SHA256 matches RFC 4231 test case 2 and handles empty input")
{
    CHECK(hmacSha256Hex("Jefe", "what do ya want for nothing?")
          == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // HMAC-SHA256 with an empty key and message (well-known value).
    CHECK(hmacSha256Hex("", "") == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

TEST_CASE("feed: base64 round-trips every length and matches RFC 4648 vectors")
{
    CHECK(encodeBase64("") == "");
    CHECK(encodeBase64("f") == "Zg==");
    CHECK(encodeBase64("fo") == "Zm8=");
    CHECK(encodeBase64("foo") == "Zm9v");
    CHECK(encodeBase64("foob") == "Zm9vYg==");
    CHECK(encodeBase64("fooba") == "Zm9vYmE=");
    CHECK(encodeBase64("foobar") == "Zm9vYmFy");
    std::string bytes;
    for (int i = 0; i < 300; ++i) {
        REQUIRE(decodeBase64(encodeBase64(bytes)) == bytes);
        bytes.push_back(static_cast<char>(i * 37));
    }
}

TEST_CASE("feed: base64 decoding is strict")
{
    CHECK_FALSE(decodeBase64("Zg="));       // length not a multiple of 4
    CHECK_FALSE(decodeBase64("Zh=="));      // non-zero unused bits
    CHECK_FALSE(decodeBase64("Zm9=Zm9v"));  // padding in the middle
    CHECK_FALSE(decodeBase64("Zm9v\n"));    // whitespace
    CHECK_FALSE(decodeBase64("Zm-v"));      // URL-safe alphabet
    CHECK_FALSE(decodeBase64("===="));
    CHECK(decodeBase64("Zm9v") == std::optional<std::string>("foo"));
}

TEST_CASE("feed: hex decoding accepts either case and rejects junk")
{
    CHECK(decodeHex("00ff7F") == std::optional<std::string>(std::string("\x00\xff\x7f", 3)));
    CHECK_FALSE(decodeHex("abc"));
    CHECK_FALSE(decodeHex("zz"));
    CHECK(encodeHex(std::string("\x00\xab", 2)) == "00ab");
}

TEST_CASE("feed: digests compare only at full length")
{
    const auto digest = hmacSha256("k", "m");
    const std::string same(reinterpret_cast<const char *>(digest.data()), digest.size());
    CHECK(digestEquals(digest, same));
    CHECK_FALSE(digestEquals(digest, same.substr(0, 31)));
    std::string flipped = same;
    flipped[31] = static_cast<char>(flipped[31] ^ 1);
    CHECK_FALSE(digestEquals(digest, flipped));
}

TEST_CASE("feed: HMAC-SHA256 keys each message afresh, whatever the thread computed before")
{
    // Each thread keeps one HMAC context and keys it again per message: an empty key must not
    // keep the previous key, and a key longer than SHA-256's block is hashed first (RFC 4231
    // test case 6).
    const std::string longKey(131, '\xaa');
    const std::string longMessage = "Test Using Larger Than Block-Size Key - Hash Key First";
    const std::string longHex = "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54";
    const std::string jefeHex = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    const std::string emptyHex = "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad";
    auto checkAll = [&] {
        bool ok = true;
        for (int round = 0; round < 50; ++round) {
            ok = ok && hmacSha256Hex("Jefe", "what do ya want for nothing?") == jefeHex;
            ok = ok && hmacSha256Hex("", "") == emptyHex;
            ok = ok && hmacSha256Hex(longKey, longMessage) == longHex;
            ok = ok && hmacSha256Hex(kGitHubSecret, kGitHubBody) == kGitHubHex;
        }
        return ok;
    };
    CHECK(checkAll());
    auto other = std::async(std::launch::async, checkAll);
    const bool here = checkAll();
    CHECK(other.get());
    CHECK(here);
}
