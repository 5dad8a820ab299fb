// `stallcast stream` as a merchant's script runs it: the real executable, a real nginx-rtmp
// ingest on a free loopback port, and ffprobe on what the server and the recording got.
#include "MediaProbe.h"
#include "NginxRtmp.h"
#include "TempDir.h"
#include "TestFramework.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <chrono>
#include <cmath>
#include <csignal>
#include <fstream>
#include <thread>

using namespace stallcast;
using stallcast::test::TempDir;

namespace {

struct Run {
    int exitCode = -1;
    std::string err;
};

Run runStream(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProgram(QStringLiteral(STALLCAST_EXE));
    p.setArguments(QStringList{"stream"} + args);
    p.start();
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(timeoutMs));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    const Run run{p.exitCode(), p.readAllStandardError().toStdString()};
    INFO(run.err);
    return run;
}

QString q(const std::filesystem::path &p)
{
    return QString::fromStdString(p.string());
}

QJsonObject readJson(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// The acceptance checks of issue 4 on one file: H.264 + AAC, canvas size, duration within
// 0.5 s, a keyframe every 2 s, audio and video starting within 100 ms of each other.
void requireLiveFile(const std::filesystem::path &file, int width, int height, double seconds)
{
    INFO("file: " << file);
    const auto probed = test::probeMedia(file);
    const auto *video = probed.stream("video");
    const auto *audio = probed.stream("audio");
    REQUIRE(video != nullptr);
    REQUIRE(audio != nullptr);
    CHECK(video->codecName == "h264");
    CHECK(audio->codecName == "aac");
    CHECK(video->width == width);
    CHECK(video->height == height);
    CHECK(audio->sampleRate == 48000);
    CHECK(std::abs(probed.duration - seconds) <= 0.5);
    CHECK(std::abs(video->startTime - audio->startTime) <= 0.1);
    REQUIRE(probed.keyframeTimes.size() >= 2);
    // Keyframes sit on the 2 s grid of the canvas clock; if the machine made the canvas miss
    // that very tick, the keyframe is the next frame (hence up to 3 frames of slack).
    for (std::size_t i = 1; i < probed.keyframeTimes.size(); ++i)
        CHECK(std::abs(probed.keyframeTimes[i] - probed.keyframeTimes[i - 1] - 2.0) < 0.1);
}

std::filesystem::path onlyRecording(const test::NginxRtmp &nginx, const std::string &key)
{
    const auto files = nginx.recordings(key);
    INFO(nginx.errorLog());
    REQUIRE(files.size() == 1);
    return files.front();
}

} // namespace

TEST_CASE("media stream: 5 s to nginx-rtmp and a recording, both verified by ffprobe",
          "[media][stream]")
{
    TempDir dir;
    test::NginxRtmp nginx;
    const auto record = dir / "show.mkv";
    const auto stats = dir / "stats.json";
    const auto run = runStream({"--source", "test", "--audio", "test", "--canvas", "1280x720@30",
                                "--out", QString::fromStdString(nginx.url("secretkey123")),
                                "--record", q(record), "--duration", "5", "--stats-json",
                                q(stats)});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.find("secretkey123") == std::string::npos); // keys are masked in every line
    nginx.stop(); // finalises the server's recording
    requireLiveFile(onlyRecording(nginx, "secretkey123"), 1280, 720, 5);
    requireLiveFile(record, 1280, 720, 5);

    const auto json = readJson(stats);
    CHECK(json["final"].toBool());
    const auto canvas = json["canvases"].toArray()[0].toObject();
    CHECK(canvas["format"].toString() == "1280x720@30");
    CHECK(canvas["ticks"].toInt() == 150);
    CHECK(canvas["framesRendered"].toInt() + canvas["framesMissed"].toInt() == 150);
    const auto outputs = canvas["outputs"].toArray();
    REQUIRE(outputs.size() == 2);
    for (const auto &value : outputs) {
        const auto output = value.toObject();
        CHECK(output["state"].toString() == "stopped");
        CHECK(output["bytesSent"].toDouble() > 100000);
        CHECK(output["name"].toString().toStdString().find("secretkey123") == std::string::npos);
    }
}

TEST_CASE("media stream: landscape and vertical canvases to two destinations at once",
          "[media][stream]")
{
    test::NginxRtmp nginx;
    const auto run = runStream({"--canvas", "1280x720@30", "--vertical-canvas", "720x1280@30",
                                "--out", QString::fromStdString(nginx.url("landscape")),
                                "--vertical-out", QString::fromStdString(nginx.url("vertical")),
                                "--duration", "4", "--preset", "ultrafast"});
    REQUIRE(run.exitCode == 0);
    nginx.stop();
    requireLiveFile(onlyRecording(nginx, "landscape"), 1280, 720, 4);
    requireLiveFile(onlyRecording(nginx, "vertical"), 720, 1280, 4);
}

TEST_CASE("media stream: SIGINT ends the stream with 0 and a playable recording",
          "[media][stream]")
{
    TempDir dir;
    const auto record = dir / "interrupted.mkv";
    QProcess p;
    p.setProgram(QStringLiteral(STALLCAST_EXE));
    p.setArguments({"stream", "--record", q(record), "--preset", "ultrafast"});
    p.start();
    REQUIRE(p.waitForStarted(10000));
    std::this_thread::sleep_for(std::chrono::milliseconds(3000));
    ::kill(static_cast<pid_t>(p.processId()), SIGINT);
    REQUIRE(p.waitForFinished(20000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
    const auto probed = test::probeMedia(record);
    REQUIRE(probed.stream("video") != nullptr);
    REQUIRE(probed.stream("audio") != nullptr);
    CHECK(probed.duration > 1.5);
    CHECK(probed.duration < 4.0);
}

TEST_CASE("media stream: bad URLs, devices and files fail with a clear message", "[media][stream]")
{
    TempDir dir;
    auto run = runStream({"--out", "rtmp://", "--duration", "1"});
    CHECK(run.exitCode != 0);
    CHECK(run.err.find("--out") != std::string::npos);

    run = runStream({"--out", "rtmp://host:99999/live/topsecretkey", "--duration", "1"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("port") != std::string::npos);
    CHECK(run.err.find("topsecretkey") == std::string::npos);

    run = runStream({"--out", "/tmp/not-a-url.mkv", "--duration", "1"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("use --record for files") != std::string::npos);

    run = runStream({"--source", "camera:/dev/video97", "--record", q(dir / "x.mkv"),
                     "--duration", "1"});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("/dev/video97") != std::string::npos);

    run = runStream({"--source", "file:/no/such/clip.mp4", "--record", q(dir / "x.mkv")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("no file \"/no/such/clip.mp4\"") != std::string::npos);

    run = runStream({"--canvas", "1280x721@30", "--record", q(dir / "x.mkv")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("even") != std::string::npos);

    run = runStream({"--duration", "1"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("--out") != std::string::npos);
}

TEST_CASE("media stream: an SRT listener (the ffmpeg program) gets a valid stream",
          "[media][stream]")
{
    TempDir dir;
    const int port = test::freeLoopbackPort();
    const auto received = dir / "srt.ts";
    QProcess receiver;
    receiver.setProgram("ffmpeg");
    receiver.setArguments({"-v", "error", "-y", "-i",
                           QString("srt://127.0.0.1:%1?mode=listener").arg(port), "-c", "copy",
                           "-f", "mpegts", q(received)});
    receiver.start();
    INFO("the ffmpeg program is needed (Debian: ffmpeg)");
    REQUIRE(receiver.waitForStarted(10000));
    std::this_thread::sleep_for(std::chrono::milliseconds(700)); // listening
    const auto run = runStream({"--out", QString("srt://127.0.0.1:%1").arg(port), "--duration",
                                "4", "--preset", "ultrafast", "--canvas", "1280x720@30"});
    CHECK(run.exitCode == 0);
    if (!receiver.waitForFinished(15000)) { // the caller hung up: the listener ends by itself
        receiver.kill();
        receiver.waitForFinished(5000);
    }
    INFO(receiver.readAllStandardError().toStdString());
    const auto probed = test::probeMedia(received);
    REQUIRE(probed.stream("video") != nullptr);
    REQUIRE(probed.stream("audio") != nullptr);
    CHECK(probed.stream("video")->codecName == "h264");
    CHECK(probed.stream("audio")->codecName == "aac");
    CHECK(probed.stream("video")->width == 1280);
    CHECK(probed.duration > 2.5);
}

TEST_CASE("media stream: nginx killed mid-stream, the output reconnects, the recording goes on",
          "[media][stream]")
{
    TempDir dir;
    test::NginxRtmp nginx;
    test::NginxRtmp other; // a second destination that stays up all along
    const auto record = dir / "show.mkv";
    const auto stats = dir / "stats.json";
    QProcess p;
    p.setProgram(QStringLiteral(STALLCAST_EXE));
    p.setArguments({"stream", "--out", QString::fromStdString(nginx.url("live1")), "--out",
                    QString::fromStdString(other.url("steady")), "--record",
                    q(record), "--duration", "12", "--preset", "ultrafast", "--canvas",
                    "640x360@30", "--stats-json", q(stats)});
    p.start();
    REQUIRE(p.waitForStarted(10000));
    std::this_thread::sleep_for(std::chrono::milliseconds(3000));
    nginx.kill(); // a crash or a pulled cable: the connection is cut mid-stream
    std::this_thread::sleep_for(std::chrono::milliseconds(2000));
    nginx.start();
    const auto back = std::chrono::steady_clock::now();
    // Within 5 s of the server's return the output is live again and has counted a reconnect.
    bool reconnected = false;
    while (!reconnected && std::chrono::steady_clock::now() - back < std::chrono::seconds(5)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        const auto json = readJson(stats);
        const auto outputs = json["canvases"].toArray()[0].toObject()["outputs"].toArray();
        for (const auto &value : outputs) {
            const auto output = value.toObject();
            if (output["name"].toString().contains(QString::number(nginx.port()))
                && output["reconnects"].toInt() >= 1 && output["state"].toString() == "live")
                reconnected = true;
        }
    }
    CHECK(reconnected);
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    // The recording never stopped: the whole 12 s, no gap.
    const auto probed = test::probeMedia(record);
    CHECK(std::abs(probed.duration - 12) <= 0.5);
    CHECK(probed.videoFrames >= 12 * 30 - 10);
    nginx.stop();
    CHECK(nginx.recordings("live1").size() >= 2); // before the kill, and after the return
    // The other destination never noticed: one unbroken 12 s recording on its server.
    other.stop();
    const auto steady = onlyRecording(other, "steady");
    CHECK(std::abs(test::probeMedia(steady).duration - 12) <= 0.5);
    const auto json = readJson(stats);
    for (const auto &value : json["canvases"].toArray()[0].toObject()["outputs"].toArray()) {
        const auto output = value.toObject();
        if (output["name"].toString().contains(QString::number(other.port())))
            CHECK(output["reconnects"].toInt() == 0);
    }
}
