#include "media/canvas/CanvasFormat.h"

#include <charconv>
#include <stdexcept>

namespace stallcast::media {

namespace {

int number(std::string_view text, std::string_view whole, std::string_view option,
           std::string_view what)
{
    int value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || text.empty())
        throw std::invalid_argument(std::string(option) + " \"" + std::string(whole) + "\": "
                                    + std::string(what) + " is not a whole number");
    return value;
}

} // namespace

std::string CanvasFormat::toString() const
{
    return std::to_string(width) + "x" + std::to_string(height) + "@" + std::to_string(fps);
}

CanvasFormat parseCanvasFormat(std::string_view text, std::string_view option)
{
    const auto x = text.find('x');
    if (x == std::string_view::npos)
        throw std::invalid_argument(std::string(option) + " \"" + std::string(text)
                                    + "\": expected WIDTHxHEIGHT@FPS, e.g. 1280x720@30");
    const auto at = text.find('@', x);
    CanvasFormat format;
    format.width = number(text.substr(0, x), text, option, "the width");
    format.height = number(text.substr(x + 1, at == std::string_view::npos ? at : at - x - 1), text,
                           option, "the height");
    format.fps = at == std::string_view::npos ? 30 : number(text.substr(at + 1), text, option,
                                                            "the frame rate");
    auto broken = [&](const std::string &rule) {
        return std::invalid_argument(std::string(option) + " \"" + std::string(text) + "\": "
                                     + rule);
    };
    if (format.width < 160 || format.width > 3840 || format.height < 160 || format.height > 3840)
        throw broken("width and height must be between 160 and 3840");
    if (format.width % 2 || format.height % 2)
        throw broken("width and height must be even (4:2:0 video)");
    if (format.fps < 1 || format.fps > 60)
        throw broken("the frame rate must be between 1 and 60");
    return format;
}

} // namespace stallcast::media
