#include "TestFramework.h"

#include "OutputChecks.h"
#include "TempDir.h"
#include "TestClip.h"

#include "media/output/OutputFactory.h"

#include <memory>
#include <vector>

using namespace stallcast::media;
using namespace stallcast::test;

TEST_CASE("media_output: recordings in Matroska, fragmented MP4, FLV and MPEG-TS are all playable",
          "[media_output][recording][integration]")
{
    TempDir dir;
    const auto clip = encodeTestClip(2.0);
    std::vector<std::filesystem::path> paths{dir / "show.mkv", dir / "show.mp4", dir / "show.flv",
                                             dir / "show.ts"};
    std::vector<std::unique_ptr<Output>> outputs;
    std::vector<PacketSink *> sinks;
    for (const auto &path : paths) {
        outputs.push_back(
            openOutput(OutputTarget::parse(path.string()), clip.program, LogCollector{}.options()));
        outputs.back()->start();
        sinks.push_back(outputs.back().get());
    }
    pushPaced(clip, sinks, -1e9, 1e9, 8.0);
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        outputs[i]->stop();
        INFO(paths[i]);
        checkAllDelivered(outputs[i]->stats(), clip);
        checkReceivedStream(paths[i], clip, 2.0, 0.15);
    }
}
