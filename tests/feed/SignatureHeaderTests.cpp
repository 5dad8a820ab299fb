#include "TestFramework.h"

#include "feed/SignatureHeader.h"

using namespace stallcast::feed;

namespace {

const std::string kHexA(64, 'a');
const std::string kHexB(64, 'B');

} // namespace

TEST_CASE("feed: signature header with one v1")
{
    const auto parsed = parseTimestampedSignature("t=1700000000,v1=" + kHexA);
    REQUIRE(parsed);
    CHECK(parsed->timestamp == 1700000000);
    CHECK(parsed->timestampText == "1700000000");
    REQUIRE(parsed->v1.size() == 1);
    CHECK(parsed->v1[0] == std::string(32, '\xaa'));
}

TEST_CASE("feed: signature header with several v1, unknown schemes and spaces")
{
    const auto parsed =
        parseTimestampedSignature(" t = 1700000000 , v1=" + kHexA + ",\tv0=deadbeef, v1 = " + kHexB + " ");
    REQUIRE(parsed);
    CHECK(parsed->timestamp == 1700000000);
    REQUIRE(parsed->v1.size() == 2);
    CHECK(parsed->v1[1] == std::string(32, '\xbb'));
}

TEST_CASE("feed: signature header order does not matter")
{
    const auto parsed = parseTimestampedSignature("v1=" + kHexA + ",t=5");
    REQUIRE(parsed);
    CHECK(parsed->timestamp == 5);
}

TEST_CASE("feed: signature header junk is rejected")
{
    const std::string v1 = ",v1=" + kHexA;
    for (const std::string &header : {
             std::string(""),
             std::string("t=1700000000"),                      // no v1
             "v1=" + kHexA,                                     // no t
             "t=1700000000,t=1700000001" + v1,                  // two t
             "t=-1700000000" + v1,                              // signed
             "t=+1700000000" + v1,
             "t=17000x0000" + v1,                               // not digits
             "t=1.7e9" + v1,
             "t=99999999999999999999" + v1,                     // overflows int64
             "t=" + v1,                                         // empty value
             "t=1700000000,v1=" + std::string(63, 'a'),         // short v1
             "t=1700000000,v1=" + std::string(66, 'a'),         // long v1
             "t=1700000000,v1=" + std::string(64, 'g'),         // not hex
             "t=1700000000,,v1=" + kHexA,                       // empty item
             "t=1700000000" + v1 + ",",                         // trailing comma
             "t=1700000000" + v1 + ",garbage",                  // item without '='
             "t=1700000000" + v1 + ",V1=" + kHexA,              // key not lower case
             "t=1700000000" + v1 + ",v 1=" + kHexA,             // space inside key
             "t=1700000000;v1=" + kHexA,                        // wrong separator
             "t=1700000000" + v1 + ",v0=\x01",                  // control character
         }) {
        INFO(header);
        CHECK_FALSE(parseTimestampedSignature(header));
    }
}

TEST_CASE("feed: signature header size limits")
{
    std::string many = "t=1";
    for (std::size_t i = 0; i < kMaxSignaturesPerHeader; ++i)
        many += ",v1=" + kHexA;
    CHECK(parseTimestampedSignature(many));
    CHECK_FALSE(parseTimestampedSignature(many + ",v1=" + kHexA));
    CHECK_FALSE(parseTimestampedSignature("t=1,v1=" + kHexA + ",x=" + std::string(5000, 'a')));
}
