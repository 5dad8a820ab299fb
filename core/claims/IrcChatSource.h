#pragma once

#include "claims/Comment.h"
#include "claims/CommentSourceStatus.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace stallcast::claims {

// Where the chat is. The defaults read a Twitch channel anonymously over TLS.
struct IrcChatOptions {
    std::string host = "irc.chat.twitch.tv";
    std::uint16_t port = 6697;
    bool tls = true;
    // Trust this CA (PEM) instead of the system's: a self-hosted server, the tests.
    std::optional<std::filesystem::path> caFile;
    std::string channel;     // "farmstall" or "#farmstall"
    std::string nick;        // "" = "justinfan" + digits: Twitch's anonymous read-only login
    std::string sourceName = "twitch";
    std::chrono::milliseconds reconnectFirst{1000}; // doubled per failed attempt...
    std::chrono::milliseconds reconnectMax{30000};  // ...up to this
    std::chrono::seconds idleTimeout{360}; // no line at all for this long: reconnect
};

// Reads a chat channel over IRC (Twitch's chat is IRC with IRCv3 tags): anonymous, read-only,
// reconnecting by itself with backoff. Every PRIVMSG to the channel becomes a Comment (source,
// Twitch's message id for de-duplication, the sender's login as the handle) handed to `deliver`
// on the source's own thread. Never touches the UI; status() is safe from any thread.
class IrcChatSource final {
public:
    using Deliver = std::function<void(Comment)>;

    IrcChatSource(IrcChatOptions options, Deliver deliver);
    IrcChatSource(const IrcChatSource &) = delete;
    IrcChatSource &operator=(const IrcChatSource &) = delete;
    ~IrcChatSource(); // stop()

    void start();
    void stop();
    CommentSourceStatus status() const;

private:
    struct Connection;
    std::unique_ptr<Connection> m_connection;
};

} // namespace stallcast::claims
