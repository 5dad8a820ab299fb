#include "TestFramework.h"

#include "media/output/OutputTarget.h"
#include "media/output/FfmpegLogMask.h"
#include "media/output/SecretMask.h"

extern "C" {
#include <libavutil/log.h>
}

#include <stdexcept>
#include <string>
#include <vector>

using stallcast::media::maskSecretsIn;
using stallcast::media::maskUrl;
using stallcast::media::OutputKind;
using stallcast::media::OutputTarget;

namespace {

// The message parse() throws for the input ("" when it does not throw).
std::string parseError(const std::string &input)
{
    try {
        OutputTarget::parse(input);
    } catch (const std::invalid_argument &error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST_CASE("media_output: targets are parsed by scheme or file extension", "[media_output]")
{
    const auto rtmp = OutputTarget::parse("rtmp://live.example.com/app/abcdef123");
    CHECK(rtmp.kind == OutputKind::Rtmp);
    CHECK(rtmp.muxer == "flv");
    CHECK(rtmp.url == "rtmp://live.example.com/app/abcdef123");

    const auto rtmps = OutputTarget::parse("RTMPS://live.example.com:443/app/key-xyz");
    CHECK(rtmps.kind == OutputKind::Rtmps);
    CHECK(rtmps.muxer == "flv");

    const auto srt = OutputTarget::parse("srt://ingest.example.com:9000?streamid=abc123456");
    CHECK(srt.kind == OutputKind::Srt);
    CHECK(srt.muxer == "mpegts");

    CHECK(OutputTarget::parse("/tmp/show.mkv").muxer == "matroska");
    CHECK(OutputTarget::parse("/tmp/show").muxer == "matroska");
    CHECK(OutputTarget::parse("show.MP4").muxer == "mp4");
    CHECK(OutputTarget::parse("show.flv").muxer == "flv");
    CHECK(OutputTarget::parse("show.ts").muxer == "mpegts");
    CHECK_FALSE(OutputTarget::parse("show.mkv").isNetwork());
}

TEST_CASE("media_output: bad destinations are rejected with the rule and a masked key",
          "[media_output]")
{
    CHECK(parseError("").find("empty") != std::string::npos);
    CHECK(parseError("rtmp://host/app").find("stream key is missing") != std::string::npos);
    CHECK(parseError("rtmp:///app/key").find("host is missing") != std::string::npos);
    CHECK(parseError("rtmp://host").find("application is missing") != std::string::npos);
    CHECK(parseError("srt://host").find("port is missing") != std::string::npos);
    CHECK(parseError("srt://host:99999").find("1 to 65535") != std::string::npos);
    CHECK(parseError("show.avi").find("unsupported recording extension '.avi'")
          != std::string::npos);
    CHECK(parseError("http://host/x").find("unsupported protocol 'http'") != std::string::npos);
    // An unknown scheme's key could be anywhere: only scheme://host is shown.
    const auto unknown = parseError("http://user:pw@ingest.example/live/sk_live_secret?key=abc");
    CHECK(unknown.find("http://ingest.example/…") != std::string::npos);
    CHECK(unknown.find("sk_live_secret") == std::string::npos);
    CHECK(unknown.find("abc") == std::string::npos);
    CHECK(unknown.find("pw") == std::string::npos);

    const auto badPort = parseError("rtmp://host:70000/live/supersecretkey");
    CHECK(badPort.find("port must be a number") != std::string::npos);
    CHECK(badPort.find("supersecretkey") == std::string::npos);
    CHECK(badPort.find("live/su****") != std::string::npos);

    const auto listener = parseError("srt://host:9000?mode=listener&passphrase=verysecretpass");
    CHECK(listener.find("only mode=caller") != std::string::npos);
    CHECK(listener.find("verysecretpass") == std::string::npos);
}

TEST_CASE("media_output: stream keys, SRT stream ids and passphrases are masked",
          "[media_output]")
{
    CHECK(maskUrl("rtmp://host/app/abcdef") == "rtmp://host/app/ab****");
    CHECK(maskUrl("rtmp://host:1935/live2/x1y2z3/extra") == "rtmp://host:1935/live2/x1****");
    CHECK(maskUrl("rtmp://host/app/abc") == "rtmp://host/app/****");
    CHECK(maskUrl("rtmp://user:hunter22@host/app/abcdef?token=zzzzzz")
          == "rtmp://user:hu****@host/app/ab****?token=zz****");
    CHECK(maskUrl("srt://host:9000?streamid=publish:stream1&passphrase=p4ssw0rd123&latency=200")
          == "srt://host:9000?streamid=pu****&passphrase=p4****&latency=200");
    CHECK(maskUrl("srt://127.0.0.1:9000") == "srt://127.0.0.1:9000");
    CHECK(OutputTarget::parse("rtmp://h/app/abcdef").maskedName() == "rtmp://h/app/ab****");
    CHECK(OutputTarget::parse("/tmp/a.mkv").maskedName() == "/tmp/a.mkv");

    // Any text that quotes the URL or the bare key, e.g. an FFmpeg message.
    const std::string url = "rtmp://127.0.0.1:1935/live/sk_live_1234567";
    CHECK(maskSecretsIn("Cannot publish sk_live_1234567 to " + url, url)
          == "Cannot publish sk**** to rtmp://127.0.0.1:1935/live/sk****");
    // A one-character query value is masked in the URL but not all over the text.
    const std::string shortValue = "rtmp://127.0.0.1/live/abcdef?x=1";
    CHECK(maskSecretsIn("at 127.0.0.1: " + shortValue, shortValue)
          == "at 127.0.0.1: rtmp://127.0.0.1/live/ab****?x=****");
}

TEST_CASE("media_output: FFmpeg's own log lines are masked while an output is open",
          "[media_output]")
{
    using namespace stallcast::media;
    std::vector<std::string> lines;
    installFfmpegLogMasking();
    setFfmpegLogSink([&](int, std::string_view line) { lines.emplace_back(line); });
    {
        const RegisteredUrl open("rtmp://ingest.example.com/app/privatekey42");
        av_log(nullptr, AV_LOG_ERROR, "Server error: stream privatekey42 already publishing\n");
    }
    av_log(nullptr, AV_LOG_ERROR, "after close: otherkey99\n");
    setFfmpegLogSink({});
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Server error: stream pr**** already publishing\n");
    CHECK(lines[1] == "after close: otherkey99\n");
}
