#include "MediaProbe.h"

#include "TestFramework.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstdio>

namespace stallcast::test {

std::string runProgram(const std::string &command)
{
    std::string out;
    FILE *pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    const int status = pclose(pipe);
    INFO("command: " << command);
    REQUIRE(status == 0);
    return out;
}

const ProbedStream *ProbedFile::stream(const std::string &type) const
{
    for (const auto &s : streams)
        if (s.codecType == type)
            return &s;
    return nullptr;
}

ProbedFile probeMedia(const std::filesystem::path &file)
{
    INFO("ffprobe is needed (Debian: ffmpeg)");
    REQUIRE(std::system("command -v ffprobe > /dev/null") == 0);
    const auto json = runProgram("ffprobe -v error -print_format json -show_format -show_streams '"
                                 + file.string() + "'");
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    ProbedFile probed;
    probed.duration = doc["format"].toObject()["duration"].toString().toDouble();
    for (const auto &value : doc["streams"].toArray()) {
        const auto s = value.toObject();
        ProbedStream stream;
        stream.codecType = s["codec_type"].toString().toStdString();
        stream.codecName = s["codec_name"].toString().toStdString();
        stream.width = s["width"].toInt();
        stream.height = s["height"].toInt();
        stream.sampleRate = s["sample_rate"].toString().toInt();
        stream.channels = s["channels"].toInt();
        stream.startTime = s["start_time"].toString().toDouble();
        probed.streams.push_back(stream);
    }
    const auto frames = runProgram("ffprobe -v error -select_streams v:0 -show_entries "
                                   "packet=pts_time,flags -of csv=p=0 '"
                                   + file.string() + "'");
    std::size_t at = 0;
    while (at < frames.size()) {
        const auto end = frames.find('\n', at);
        const auto line = frames.substr(at, end == std::string::npos ? end : end - at);
        at = end == std::string::npos ? frames.size() : end + 1;
        if (line.empty())
            continue;
        ++probed.videoFrames;
        const auto comma = line.find(',');
        if (comma != std::string::npos && line.find('K', comma) != std::string::npos)
            probed.keyframeTimes.push_back(std::stod(line.substr(0, comma)));
    }
    return probed;
}

} // namespace stallcast::test
