#include "TestFramework.h"

#include "media/output/PacketQueue.h"

#include <map>
#include <set>
#include <vector>

using stallcast::media::EncodedPacket;
using stallcast::media::PacketPtr;
using stallcast::media::PacketQueue;
using stallcast::media::ProgramDescription;
using stallcast::media::QueueLimits;

namespace {

ProgramDescription millisecondProgram()
{
    ProgramDescription program;
    program.video.timeBase = AVRational{1, 1000};
    program.audio.timeBase = AVRational{1, 1000};
    return program;
}

// A packet whose pos carries a sequence number so tests can tell packets apart.
EncodedPacket packet(bool video, std::int64_t ms, int size, bool keyframe, bool disposable,
                     std::int64_t sequence)
{
    PacketPtr av(av_packet_alloc());
    av->stream_index = video ? ProgramDescription::kVideoIndex : ProgramDescription::kAudioIndex;
    av->pts = av->dts = ms;
    av->size = size; // no payload is needed by the queue
    av->pos = sequence;
    return EncodedPacket{std::shared_ptr<const AVPacket>(av.release(),
                                                         stallcast::media::AvPacketDeleter{}),
                         keyframe, disposable};
}

bool isVideo(const EncodedPacket &p)
{
    return p.packet->stream_index == ProgramDescription::kVideoIndex;
}

// A stream as an encoder with B-frames makes it: at 30 fps, keyframe every `gop` frames, every
// second frame a disposable B-frame; audio every 21 ms. Each video packet records which
// earlier packet it refers to (-1 for keyframes).
struct SyntheticStream {
    std::vector<EncodedPacket> packets;
    std::map<std::int64_t, std::int64_t> reference; // video sequence -> sequence it refers to
};

SyntheticStream syntheticStream(int frames, int gop, bool withDisposable, int videoSize = 1000)
{
    SyntheticStream s;
    std::int64_t sequence = 0;
    std::int64_t lastReference = -1;
    std::int64_t audioMs = 0;
    for (int n = 0; n < frames; ++n) {
        const std::int64_t ms = n * 33;
        while (audioMs <= ms) {
            s.packets.push_back(packet(false, audioMs, 200, true, false, sequence++));
            audioMs += 21;
        }
        const bool key = n % gop == 0;
        const bool disposable = withDisposable && !key && n % 2 == 1;
        const auto seq = sequence++;
        s.packets.push_back(packet(true, ms, key ? 5000 : videoSize, key, disposable, seq));
        s.reference[seq] = key ? -1 : lastReference;
        if (!disposable) {
            lastReference = seq;
        }
    }
    return s;
}

} // namespace

TEST_CASE("media_output: a queue within its bounds keeps every packet and reports its fill",
          "[media_output][drop]")
{
    PacketQueue queue(millisecondProgram(), QueueLimits{1 << 20, 1000});
    const auto stream = syntheticStream(15, 30, true); // 0.46 s
    for (const auto &p : stream.packets) {
        queue.push(p);
    }
    CHECK(queue.size() == stream.packets.size());
    CHECK(queue.drops().total() == 0);
    CHECK(queue.fill() > 0.4);
    CHECK(queue.fill() < 0.5);
    std::size_t popped = 0;
    while (auto p = queue.pop()) {
        CHECK(p->packet->pos == stream.packets[popped].packet->pos);
        ++popped;
    }
    CHECK(popped == stream.packets.size());
    CHECK(queue.fill() == 0.0);
}

TEST_CASE("media_output: the byte bound follows the program's bitrate", "[media_output][drop]")
{
    ProgramDescription program;
    std::shared_ptr<AVCodecParameters> video(avcodec_parameters_alloc(),
                                             stallcast::media::CodecParametersDeleter{});
    std::shared_ptr<AVCodecParameters> audio(avcodec_parameters_alloc(),
                                             stallcast::media::CodecParametersDeleter{});
    video->bit_rate = 4500000;
    audio->bit_rate = 160000;
    program.video.parameters = video;
    program.audio.parameters = audio;
    const auto limits = QueueLimits::forProgram(program, 3000, 16 << 20);
    CHECK(limits.maxBytes == (4500000 + 160000) / 8 * 3);
    CHECK(limits.maxSpanMs == 6000);
    CHECK(QueueLimits::forProgram(program, 3000, 1 << 20).maxBytes == 1 << 20);
    CHECK(QueueLimits::forProgram(ProgramDescription{}, 3000, 1 << 20).maxBytes == 1 << 20);
}

TEST_CASE("media_output: a full queue drops disposable frames first, oldest first",
          "[media_output][drop]")
{
    // 20 frames: keyframe 5000 bytes, others 1000 (10 of them disposable); 30 audio packets of
    // 200 bytes: 30000 bytes. A 26000-byte bound takes four B-frames and nothing else.
    PacketQueue queue(millisecondProgram(), QueueLimits{26000, 10000});
    const auto stream = syntheticStream(20, 60, true);
    for (const auto &p : stream.packets) {
        queue.push(p);
    }
    CHECK(queue.drops().video == 4);
    CHECK(queue.drops().audio == 0);
    CHECK(queue.bytes() <= 26000);
    std::set<std::int64_t> kept;
    for (auto p = queue.pop(); p; p = queue.pop()) {
        kept.insert(p->packet->pos);
    }
    int disposableSeen = 0;
    for (const auto &p : stream.packets) {
        const bool present = kept.count(p.packet->pos) > 0;
        if (isVideo(p) && p.disposable) {
            ++disposableSeen;
            CHECK(present == (disposableSeen > 4)); // the four oldest went
        } else {
            CHECK(present);
        }
    }
}

TEST_CASE("media_output: without disposable frames a full queue drops whole GOPs up to a keyframe",
          "[media_output][drop]")
{
    // Keyframe every 10 frames; 25 frames (37000 bytes of video), a 20000-byte bound.
    PacketQueue queue(millisecondProgram(), QueueLimits{20000, 10000});
    const auto stream = syntheticStream(25, 10, false);
    for (const auto &p : stream.packets) {
        queue.push(p);
    }
    CHECK(queue.drops().video > 0);
    CHECK(queue.drops().audio == 0);
    std::vector<EncodedPacket> rest;
    for (auto p = queue.pop(); p; p = queue.pop()) {
        rest.push_back(*p);
    }
    // The first video packet left is a keyframe and the video after it has no gap.
    std::int64_t previousVideoMs = -1;
    for (const auto &p : rest) {
        if (!isVideo(p)) {
            continue;
        }
        if (previousVideoMs < 0) {
            CHECK(p.keyframe);
        } else {
            CHECK(p.packet->dts == previousVideoMs + 33);
        }
        previousVideoMs = p.packet->dts;
    }
    CHECK(queue.drops().total() + static_cast<std::int64_t>(rest.size())
          == static_cast<std::int64_t>(stream.packets.size()));
}

TEST_CASE("media_output: video older than the span cap goes by GOPs, audio only when too old",
          "[media_output][drop]")
{
    PacketQueue queue(millisecondProgram(), QueueLimits{1 << 20, 500});
    const auto stream = syntheticStream(25, 10, false); // 0..792 ms
    for (const auto &p : stream.packets) {
        queue.push(p);
    }
    CHECK(queue.spanMs() <= 500);
    CHECK(queue.drops().video == 10); // the first GOP
    CHECK(queue.drops().audio > 0);   // audio from before 292 ms
    const auto first = queue.pop();
    CHECK(first->packet->dts >= 792 - 500);
}

TEST_CASE("media_output: a slow consumer never receives a frame whose reference was dropped",
          "[media_output][drop]")
{
    for (const bool withDisposable : {false, true}) {
        for (const int gop : {10, 60, 300}) {
            PacketQueue queue(millisecondProgram(), QueueLimits{40000, 300});
            const auto stream = syntheticStream(400, gop, withDisposable, 1500);
            std::set<std::int64_t> delivered;
            std::size_t pushes = 0;
            for (const auto &p : stream.packets) {
                queue.push(p);
                // The destination takes one packet for every three pushed.
                if (++pushes % 3 == 0) {
                    if (auto out = queue.pop()) {
                        const auto seq = out->packet->pos;
                        if (isVideo(*out)) {
                            const auto reference = stream.reference.at(seq);
                            INFO("gop " << gop << " disposable " << withDisposable << " frame "
                                        << seq << " refers to " << reference);
                            REQUIRE((reference < 0 || delivered.count(reference) > 0));
                        }
                        delivered.insert(seq);
                    }
                }
                REQUIRE(queue.spanMs() <= 300);
                REQUIRE(queue.bytes() <= 40000);
            }
            CHECK(queue.drops().total() > 0);
            // Every packet is either delivered, dropped (and counted) or still queued.
            CHECK(static_cast<std::int64_t>(delivered.size()) + queue.drops().total()
                      + static_cast<std::int64_t>(queue.size())
                  == static_cast<std::int64_t>(stream.packets.size()));
        }
    }
}

TEST_CASE("media_output: audio is dropped only when video alone cannot bring the queue back",
          "[media_output][drop]")
{
    PacketQueue queue(millisecondProgram(), QueueLimits{3000, 10000});
    // 3 video P-frames after a keyframe, then audio beyond the byte bound.
    queue.push(packet(true, 0, 1000, true, false, 1));
    queue.push(packet(true, 33, 500, false, false, 2));
    queue.push(packet(false, 40, 400, true, false, 3));
    CHECK(queue.drops().total() == 0);
    queue.push(packet(false, 60, 1500, true, false, 4)); // 3400 bytes: over
    CHECK(queue.drops().video == 2);
    CHECK(queue.drops().audio == 0);
    queue.push(packet(true, 66, 500, false, false, 5)); // its reference is gone: dropped
    CHECK(queue.drops().video == 3);
    queue.push(packet(false, 80, 1500, true, false, 6)); // 3400 bytes of audio alone
    CHECK(queue.drops().audio == 1);
    CHECK(queue.pop()->packet->pos == 4);
    queue.push(packet(true, 100, 500, true, false, 7)); // a keyframe is accepted again
    CHECK(queue.drops().video == 3);
}

TEST_CASE("media_output: a (re)connect starts at the first or the newest keyframe",
          "[media_output][drop]")
{
    const auto stream = syntheticStream(25, 10, false); // keyframes at frames 0, 10, 20
    SECTION("first keyframe (a recording keeps everything)")
    {
        PacketQueue queue(millisecondProgram(), QueueLimits{1 << 20, 10000});
        queue.push(packet(false, 0, 100, true, false, 999)); // audio before any video
        for (const auto &p : stream.packets) {
            queue.push(p);
        }
        queue.discardBeforeKeyframe(false);
        CHECK(queue.drops().total() == 2); // our audio packet and the stream's first
        CHECK(queue.drops().video == 0);
        CHECK(queue.pop()->keyframe);
    }
    SECTION("newest keyframe (a destination back after an outage)")
    {
        PacketQueue queue(millisecondProgram(), QueueLimits{1 << 20, 10000});
        for (const auto &p : stream.packets) {
            queue.push(p);
        }
        queue.discardBeforeKeyframe(true);
        const auto first = queue.pop();
        CHECK(first->keyframe);
        CHECK(first->packet->dts == 20 * 33);
    }
    SECTION("no keyframe queued: video waits for the next one")
    {
        PacketQueue queue(millisecondProgram(), QueueLimits{1 << 20, 10000});
        queue.push(packet(true, 33, 500, false, false, 1));
        queue.push(packet(false, 40, 100, true, false, 2));
        queue.discardBeforeKeyframe(true);
        CHECK(queue.drops().video == 1);
        queue.push(packet(true, 66, 500, false, false, 3));
        CHECK(queue.drops().video == 2);
        queue.push(packet(true, 99, 500, true, false, 4));
        CHECK(queue.pop()->packet->pos == 2);
        CHECK(queue.pop()->packet->pos == 4);
    }
}
