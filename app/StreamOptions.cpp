#include "StreamOptions.h"

#include "CommandLine.h"

#include <algorithm>
#include <stdexcept>

namespace stallcast::app {

const char *const kStreamUsage =
    "usage: stallcast stream [--source test|camera[:DEVICE]|screen[:SPEC]|file:PATH|image:PATH]\n"
    "         [--audio test|default|none|DEVICE] [--canvas 1280x720@30]\n"
    "         [--vertical-canvas 720x1280@30] [--out URL]... [--vertical-out URL]...\n"
    "         [--record FILE] [--vertical-record FILE] [--duration SECONDS] [--stats-json FILE]\n"
    "         [--bitrate KBPS] [--preset veryfast] [--profile high] [--keyframe-seconds 2]\n"
    "         [--zerolatency] [--encoder auto|none|NAME] [--no-dynamic-bitrate]\n"
    "         [--scale fit|fill] [--overlay IMAGE@X,Y]... [--vertical-overlay IMAGE@X,Y]...\n"
    "         [--verbose]\n"
    "         [--db PATH --feature SKU [--card-template FILE] [--vertical-card-template FILE]\n"
    "          [--card-report FILE] [--checkout-template URL --checkout-secret-file FILE |\n"
    "          --payment KIND --payment-field NAME=VALUE...]\n"
    "          [--flash-sale PRICE,MINUTES,QUANTITY[,CAP]] [--sales-goal N]\n"
    "          [--listen HOST:PORT --secret-file SOURCE=FILE...]] | stream --list-devices";

namespace {

double parseNumber(const std::string &text, const std::string &option)
{
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used != text.size())
            throw std::invalid_argument(text);
        return value;
    } catch (const std::exception &) {
        throw UsageError(option + " \"" + text + "\": not a number");
    }
}

media::ScaleMode parseScale(const std::string &text)
{
    if (text == "fit")
        return media::ScaleMode::Fit;
    if (text == "fill")
        return media::ScaleMode::Fill;
    throw UsageError("--scale \"" + text + "\": expected fit or fill");
}

OverlaySpec parseOverlay(const std::string &text, const std::string &option, bool vertical)
{
    const auto at = text.rfind('@');
    const auto comma = text.find(',', at == std::string::npos ? 0 : at);
    if (at == std::string::npos || comma == std::string::npos)
        throw UsageError(option + " \"" + text + "\": expected IMAGE@X,Y, e.g. card.png@40,40");
    OverlaySpec spec;
    spec.image = text.substr(0, at);
    spec.x = static_cast<int>(parseNumber(text.substr(at + 1, comma - at - 1), option + " x"));
    spec.y = static_cast<int>(parseNumber(text.substr(comma + 1), option + " y"));
    spec.vertical = vertical;
    return spec;
}

media::OutputTarget parseTarget(const std::string &text, const std::string &option, bool network)
{
    media::OutputTarget target;
    try {
        target = media::OutputTarget::parse(text);
    } catch (const std::invalid_argument &e) {
        throw UsageError(option + ": " + e.what()); // the message is already masked
    }
    if (network && !target.isNetwork())
        throw UsageError(option + " " + target.maskedName()
                         + ": expected an rtmp://, rtmps:// or srt:// URL (use --record for files)");
    if (!network && target.isNetwork())
        throw UsageError(option + " " + target.maskedName()
                         + ": expected a file path (use --out for rtmp://, rtmps://, srt://)");
    return target;
}

} // namespace

StreamOptions parseStreamOptions(const std::vector<std::string> &words)
{
    static const std::vector<std::string> flags = {"zerolatency", "no-dynamic-bitrate", "verbose",
                                                   "list-devices", "help"};
    StreamOptions o;
    for (std::size_t i = 1; i < words.size(); ++i) {
        std::string name = words[i];
        if (name.rfind("--", 0) != 0)
            throw UsageError("unexpected \"" + name + "\"\n" + kStreamUsage);
        name = name.substr(2);
        std::string value;
        const auto eq = name.find('=');
        const bool isFlag = std::find(flags.begin(), flags.end(), name) != flags.end();
        if (eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        } else if (!isFlag) {
            if (i + 1 >= words.size())
                throw UsageError("--" + name + " needs a value\n" + kStreamUsage);
            value = words[++i];
        }
        const std::string option = "--" + name;
        if (name == "source")
            o.source = value;
        else if (name == "audio")
            o.audio = value;
        else if (name == "canvas" || name == "vertical-canvas") {
            try {
                const auto format = media::parseCanvasFormat(value, option);
                (name == "canvas" ? o.canvas : o.verticalCanvas.emplace()) = format;
            } catch (const std::invalid_argument &e) {
                throw UsageError(e.what());
            }
        } else if (name == "out")
            o.outputs.push_back(parseTarget(value, option, true));
        else if (name == "vertical-out")
            o.verticalOutputs.push_back(parseTarget(value, option, true));
        else if (name == "record")
            o.record = parseTarget(value, option, false);
        else if (name == "vertical-record")
            o.verticalRecord = parseTarget(value, option, false);
        else if (name == "duration") {
            o.durationSeconds = parseNumber(value, option);
            if (o.durationSeconds <= 0)
                throw UsageError("--duration \"" + value + "\": must be more than 0 seconds");
        } else if (name == "stats-json")
            o.statsJson = value;
        else if (name == "bitrate") {
            const double kbps = parseNumber(value, option);
            if (kbps < 200 || kbps > 50000)
                throw UsageError("--bitrate \"" + value + "\": between 200 and 50000 kbit/s");
            o.encoder.bitrate = static_cast<std::int64_t>(kbps * 1000);
        } else if (name == "preset")
            o.encoder.preset = value;
        else if (name == "profile") {
            if (value != "baseline" && value != "main" && value != "high")
                throw UsageError("--profile \"" + value + "\": expected baseline, main or high");
            o.encoder.profile = value;
        } else if (name == "keyframe-seconds") {
            o.encoder.keyframeSeconds = parseNumber(value, option);
            if (o.encoder.keyframeSeconds < 0.5 || o.encoder.keyframeSeconds > 10)
                throw UsageError("--keyframe-seconds \"" + value + "\": between 0.5 and 10");
        } else if (name == "zerolatency")
            o.encoder.zeroLatency = true;
        else if (name == "encoder")
            o.encoder.hardware = value;
        else if (name == "no-dynamic-bitrate")
            o.dynamicBitrate = false;
        else if (name == "scale")
            o.scale = parseScale(value);
        else if (name == "vertical-scale")
            o.verticalScale = parseScale(value);
        else if (name == "overlay" || name == "vertical-overlay")
            o.overlays.push_back(parseOverlay(value, option, name == "vertical-overlay"));
        else if (name == "verbose")
            o.verbose = true;
        else if (name == "list-devices")
            o.listDevices = true;
        else if (name == "help")
            o.help = true;
        else if (parseFeatureOption(name, value, o.feature)) {
        } else
            throw UsageError("unknown option " + option + "\n" + kStreamUsage);
    }
    if (o.listDevices || o.help)
        return o;
    checkFeatureOptions(o.feature);
    const bool vertical = !o.verticalOutputs.empty() || o.verticalRecord.has_value();
    if (vertical && !o.verticalCanvas)
        o.verticalCanvas = media::CanvasFormat{720, 1280, o.canvas.fps};
    if (o.outputs.empty() && !o.record)
        throw UsageError("give at least one --out URL or --record FILE\n" + std::string(kStreamUsage));
    if (o.verticalCanvas && !vertical)
        throw UsageError("--vertical-canvas needs a --vertical-out URL or --vertical-record FILE");
    return o;
}

} // namespace stallcast::app
