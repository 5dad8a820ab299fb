#include "TestFramework.h"

#include "NginxRtmp.h"
#include "OutputChecks.h"
#include "TempDir.h"
#include "TestClip.h"

#include "media/output/OutputFactory.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

using namespace stallcast::media;
using namespace stallcast::test;

namespace {

// A TCP server on 127.0.0.1 that completes connections (the kernel's backlog) but never
// accepts or reads: an RTMP handshake to it never gets an answer.
class SilentServer {
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            throw std::runtime_error("cannot start a silent TCP server on 127.0.0.1");
        }
        m_port = ntohs(address.sin_port);
    }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;
    ~SilentServer() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

TEST_CASE("media_output: dead destinations never block push() nor the recording",
          "[media_output][dead][integration]")
{
    TempDir dir;
    SilentServer silent;
    const int closedPort = freeLoopbackPort(); // nothing listens there
    const auto clip = encodeTestClip(4.0);
    LogCollector logs;
    auto deadOptions = logs.options();
    deadOptions.connectTimeoutMs = 1000;
    deadOptions.maxQueueMs = 500; // so the outage visibly fills and drops
    const auto refused = openOutput(
        OutputTarget::parse("rtmp://127.0.0.1:" + std::to_string(closedPort) + "/live/refusedkey1"),
        clip.program, deadOptions);
    const auto hanging = openOutput(
        OutputTarget::parse("rtmp://127.0.0.1:" + std::to_string(silent.port())
                            + "/live/hangingkey1"),
        clip.program, deadOptions);
    const auto recordingPath = dir / "show.mkv";
    const auto recording =
        openOutput(OutputTarget::parse(recordingPath.string()), clip.program, logs.options());
    for (auto *output : {refused.get(), hanging.get(), recording.get()}) {
        output->start();
    }

    const auto longestPush =
        pushPaced(clip, {refused.get(), hanging.get(), recording.get()}, -1e9, 1e9, 2.0);
    INFO("longest push() " << longestPush.count() << " us");
    CHECK(longestPush < std::chrono::milliseconds(50));

    for (const auto *output : {refused.get(), hanging.get()}) {
        const auto stats = output->stats();
        INFO(output->target().maskedName() << ": " << stats.lastError);
        CHECK(stats.state == OutputState::Reconnecting);
        CHECK(stats.packetsSent == 0);
        CHECK(stats.framesDropped > 0);
        CHECK(stats.queueFill > 0.5);
        CHECK(stats.msUntilReconnect > 0);
        // 2 s of pushing: at most the second wait, 3 s + 20 % jitter.
        CHECK(stats.msUntilReconnect <= 3600);
        CHECK_FALSE(stats.lastError.empty());
        CHECK(stats.lastError.find("key1") == std::string::npos);
    }
    CHECK(hanging->stats().lastError.find("timed out") != std::string::npos);

    // stop() does not wait for the dead ones: no connection to drain.
    const auto before = std::chrono::steady_clock::now();
    refused->stop();
    hanging->stop();
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::milliseconds(500));
    CHECK(refused->stats().state == OutputState::Stopped);

    recording->stop();
    checkAllDelivered(recording->stats(), clip);
    checkReceivedStream(recordingPath, clip, 4.0, 0.1);
    CHECK(logs.all().find("refusedkey1") == std::string::npos);
    CHECK(logs.all().find("hangingkey1") == std::string::npos);
}

TEST_CASE("media_output: reconnect now skips the backoff wait", "[media_output][integration]")
{
    const int port = freeLoopbackPort();
    const auto clip = encodeTestClip(1.0);
    auto options = LogCollector{}.options();
    options.reconnectStartMs = 30000;
    options.reconnectCapMs = 60000;
    const auto output = openOutput(
        OutputTarget::parse("rtmp://127.0.0.1:" + std::to_string(port) + "/live/nowkey123"),
        clip.program, options);
    output->start();
    REQUIRE(waitUntil([&] { return output->stats().state == OutputState::Reconnecting; }, 5000));
    CHECK(output->stats().msUntilReconnect > 20000);

    NginxRtmp nginx(port);
    output->reconnectNow();
    REQUIRE(waitUntil([&] { return output->stats().state == OutputState::Live; }, 3000));
    CHECK(output->stats().msUntilReconnect == 0);
    pushPaced(clip, {output.get()}, -1e9, 1e9, 4.0);
    output->stop();
    checkAllDelivered(output->stats(), clip);
}

TEST_CASE("media_output: a recording that cannot be created fails with a clear error",
          "[media_output][integration]")
{
    TempDir dir;
    const auto clip = encodeTestClip(0.5);
    const auto output = openOutput(
        OutputTarget::parse((dir / "no-such-folder" / "show.mkv").string()), clip.program,
        LogCollector{}.options());
    output->start();
    REQUIRE(waitUntil([&] { return output->stats().state == OutputState::Failed; }, 3000));
    const auto error = output->stats().lastError;
    CHECK(error.find("no-such-folder/show.mkv") != std::string::npos);
    CHECK(error.find("cannot open") != std::string::npos);
    output->push(clip.packets.front()); // ignored, never blocks
    output->stop();
    CHECK(output->stats().state == OutputState::Failed);
}
