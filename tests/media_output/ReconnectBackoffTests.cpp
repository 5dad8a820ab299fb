#include "TestFramework.h"

#include "media/output/ReconnectBackoff.h"

#include <stdexcept>
#include <vector>

using stallcast::media::ReconnectBackoff;

TEST_CASE("media_output: reconnect waits start at 2 s and grow by 1.5 up to the 60 s cap",
          "[media_output]")
{
    // Random 0.5 = no jitter.
    ReconnectBackoff backoff(2000, 1.5, 0.2, 60000, [] { return 0.5; });
    std::vector<std::int64_t> waits;
    for (int i = 0; i < 12; ++i) {
        waits.push_back(backoff.nextDelayMs());
    }
    CHECK(waits == std::vector<std::int64_t>{2000, 3000, 4500, 6750, 10125, 15188, 22781, 34172,
                                             51258, 60000, 60000, 60000});
    CHECK(backoff.attempts() == 12);

    // Thousands of attempts (a day-long outage) stay at the cap.
    for (int i = 0; i < 5000; ++i) {
        REQUIRE(backoff.nextDelayMs() == 60000);
    }
    backoff.reset();
    CHECK(backoff.attempts() == 0);
    CHECK(backoff.nextDelayMs() == 2000);
}

TEST_CASE("media_output: reconnect jitter spreads each wait by the fraction, never above the cap",
          "[media_output]")
{
    double next = 0.0;
    ReconnectBackoff low(2000, 1.5, 0.2, 60000, [&] { return next; });
    next = 0.0; // the lowest draw: -20 %
    CHECK(low.nextDelayMs() == 1600);
    next = 0.999999; // the highest: +20 %
    CHECK(low.nextDelayMs() == 3600);
    for (int i = 0; i < 20; ++i) {
        REQUIRE(low.nextDelayMs() <= 60000);
    }
    next = 0.0;
    CHECK(low.nextDelayMs() == 48000); // at the cap, jitter still spreads downwards

    // The default random source stays within the band.
    ReconnectBackoff real(2000, 1.5, 0.2, 60000);
    const auto first = real.nextDelayMs();
    CHECK(first >= 1600);
    CHECK(first <= 2400);
}

TEST_CASE("media_output: a backoff with impossible settings is refused", "[media_output]")
{
    CHECK_THROWS_AS(ReconnectBackoff(0, 1.5, 0.2, 60000), std::invalid_argument);
    CHECK_THROWS_AS(ReconnectBackoff(2000, 0.5, 0.2, 60000), std::invalid_argument);
    CHECK_THROWS_AS(ReconnectBackoff(2000, 1.5, 1.0, 60000), std::invalid_argument);
    CHECK_THROWS_AS(ReconnectBackoff(2000, 1.5, 0.2, 1000), std::invalid_argument);
}
