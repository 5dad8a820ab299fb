#include "claims/irc/IrcMessage.h"

namespace stallcast::claims::irc {

namespace {

std::string unescapeTagValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '\\') {
            out += value[i];
            continue;
        }
        if (++i == value.size())
            break; // a lone trailing backslash is dropped
        switch (value[i]) {
        case ':':
            out += ';';
            break;
        case 's':
            out += ' ';
            break;
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        default:
            out += value[i]; // "\\" and any other escaped character stand for themselves
        }
    }
    return out;
}

std::string_view nextWord(std::string_view &rest)
{
    const auto end = rest.find(' ');
    const auto word = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    return word;
}

} // namespace

std::string IrcMessage::nick() const
{
    return prefix.substr(0, prefix.find('!'));
}

std::string IrcMessage::tag(const std::string &name) const
{
    const auto it = tags.find(name);
    return it == tags.end() ? std::string() : it->second;
}

std::optional<IrcMessage> parseIrcLine(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    IrcMessage message;
    auto rest = line;
    if (!rest.empty() && rest.front() == '@') {
        rest.remove_prefix(1);
        auto tags = nextWord(rest);
        while (!tags.empty()) {
            const auto end = tags.find(';');
            const auto tag = tags.substr(0, end);
            const auto equals = tag.find('=');
            if (!tag.empty())
                message.tags[std::string(tag.substr(0, equals))] =
                    equals == std::string_view::npos ? std::string()
                                                     : unescapeTagValue(tag.substr(equals + 1));
            tags = end == std::string_view::npos ? std::string_view() : tags.substr(end + 1);
        }
    }
    if (!rest.empty() && rest.front() == ':') {
        rest.remove_prefix(1);
        message.prefix = std::string(nextWord(rest));
    }
    message.command = std::string(nextWord(rest));
    if (message.command.empty())
        return std::nullopt;
    for (auto &c : message.command)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    while (!rest.empty()) {
        if (rest.front() == ':') {
            message.params.emplace_back(rest.substr(1));
            break;
        }
        message.params.emplace_back(nextWord(rest));
    }
    return message;
}

} // namespace stallcast::claims::irc
