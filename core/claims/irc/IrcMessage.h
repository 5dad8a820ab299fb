#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::claims::irc {

// One IRC line (RFC 1459 / 2812) with IRCv3 message tags, as Twitch sends them:
//   @badge-info=;display-name=Minji;id=8c1…;tmi-sent-ts=1700… :minji!minji@minji.tmi.twitch.tv
//   PRIVMSG #farmstall :SOLD A1 2
struct IrcMessage {
    std::map<std::string, std::string> tags; // values unescaped (\s -> space, \: -> ;, ...)
    std::string prefix;                       // without the ':'
    std::string command;                      // upper case ("PRIVMSG", "PING", "001")
    std::vector<std::string> params;          // the trailing parameter last, without ':'

    std::string nick() const; // the prefix up to '!' (or the whole prefix)
    std::string tag(const std::string &name) const;
};

// Parses one line (without CR LF). nullopt when it has no command.
std::optional<IrcMessage> parseIrcLine(std::string_view line);

} // namespace stallcast::claims::irc
