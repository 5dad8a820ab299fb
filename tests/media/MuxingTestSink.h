#pragma once

// A test tool, not a product output: writes a canvas's packets straight into a file (MKV, FLV,
// MP4 by extension) on the pushing thread, so tests can check what the encoders produce with
// ffprobe before any real output is involved.
#include "media/EncodedPacket.h"

#include <filesystem>
#include <mutex>

struct AVFormatContext;

namespace stallcast::test {

class MuxingTestSink final : public media::PacketSink {
public:
    MuxingTestSink(const std::filesystem::path &file, const media::ProgramDescription &program);
    ~MuxingTestSink() override;
    MuxingTestSink(const MuxingTestSink &) = delete;
    MuxingTestSink &operator=(const MuxingTestSink &) = delete;

    void push(const media::EncodedPacket &packet) override;
    void finish(); // writes the trailer
    std::int64_t packets() const;

private:
    mutable std::mutex m_mutex;
    media::ProgramDescription m_program;
    AVFormatContext *m_output = nullptr;
    std::int64_t m_packets = 0;
    bool m_finished = false;
};

} // namespace stallcast::test
