// The IRC comment source against a real IRC server (ngircd) on loopback: comments arrive,
// a server restart is survived, TLS works; and the IRC line parser on Twitch's real lines.
#include "NgircdServer.h"
#include "RawConnection.h"
#include "SelfSignedCertificate.h"
#include "TestFramework.h"

#include "claims/IrcChatSource.h"
#include "claims/irc/IrcMessage.h"

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace stallcast;
using namespace stallcast::test;
using namespace std::chrono_literals;

namespace {

// Comments the source delivered, waited for from the test thread.
class Inbox {
public:
    claims::IrcChatSource::Deliver deliver()
    {
        return [this](claims::Comment c) {
            std::lock_guard lock(m_mutex);
            m_comments.push_back(std::move(c));
            m_changed.notify_all();
        };
    }
    bool waitFor(std::size_t count, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [&] { return m_comments.size() >= count; });
    }
    std::vector<claims::Comment> comments()
    {
        std::lock_guard lock(m_mutex);
        return m_comments;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<claims::Comment> m_comments;
};

bool waitForState(const claims::IrcChatSource &source, claims::SourceState state,
                  std::chrono::milliseconds timeout)
{
    const auto giveUpAt = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < giveUpAt) {
        if (source.status().state == state)
            return true;
        std::this_thread::sleep_for(20ms);
    }
    return false;
}

// A viewer in the channel: registers, joins, and says things.
class Viewer {
public:
    Viewer(std::uint16_t port, const std::string &nick) : m_connection(port)
    {
        m_connection.send("NICK " + nick + "\r\nUSER " + nick + " 0 * :" + nick + "\r\n");
        m_connection.readUntil(" 001 ", 5s);
        m_connection.send("JOIN #farmstall\r\n");
        m_connection.readUntil(" 366 ", 5s); // end of the names list: joined
    }
    void say(const std::string &text) { m_connection.send("PRIVMSG #farmstall :" + text + "\r\n"); }

private:
    RawConnection m_connection;
};

claims::IrcChatOptions localOptions(std::uint16_t port)
{
    claims::IrcChatOptions o;
    o.host = "127.0.0.1";
    o.port = port;
    o.tls = false;
    o.channel = "FarmStall"; // channels are matched in lower case, as on Twitch
    o.reconnectFirst = 200ms;
    o.reconnectMax = 1s;
    return o;
}

} // namespace

TEST_CASE("claims: IRC lines parse with IRCv3 tags as Twitch sends them")
{
    const auto m = claims::irc::parseIrcLine(
        "@badge-info=;badges=;color=#1E90FF;display-name=민지;emotes=;"
        "id=8c1f0f2e-1a2b-4c3d-9e8f-0123456789ab;mod=0;room-id=1234;subscriber=0;"
        "tmi-sent-ts=1700000000000;turbo=0;user-id=5678;user-type=;msg\\sparam=a\\:b\\\\c "
        ":minji!minji@minji.tmi.twitch.tv PRIVMSG #farmstall :SOLD A1 2\r");
    REQUIRE(m);
    CHECK(m->command == "PRIVMSG");
    CHECK(m->nick() == "minji");
    CHECK(m->tag("id") == "8c1f0f2e-1a2b-4c3d-9e8f-0123456789ab");
    CHECK(m->tag("display-name") == "민지");
    CHECK(m->tags.at("msg\\sparam") == "a;b\\c");
    REQUIRE(m->params.size() == 2);
    CHECK(m->params[0] == "#farmstall");
    CHECK(m->params[1] == "SOLD A1 2");

    const auto ping = claims::irc::parseIrcLine("PING :tmi.twitch.tv");
    REQUIRE(ping);
    CHECK(ping->command == "PING");
    CHECK(ping->params == std::vector<std::string>{"tmi.twitch.tv"});
    CHECK(!claims::irc::parseIrcLine(":only.a.prefix")); // no command
    CHECK(!claims::irc::parseIrcLine(""));
    CHECK(!claims::irc::parseIrcLine("@a=b"));
}

TEST_CASE("claims: the IRC source delivers channel messages and survives a server restart")
{
    NgircdServer server;
    Inbox inbox;
    claims::IrcChatSource source(localOptions(server.port()), inbox.deliver());
    source.start();
    INFO("source: " << source.status().lastError);
    REQUIRE(waitForState(source, claims::SourceState::Connected, 10s));
    std::this_thread::sleep_for(300ms); // the JOIN has reached the server

    {
        Viewer minji(server.port(), "minji");
        minji.say("SOLD A1 2");
        minji.say("구매 A1 1개");
        REQUIRE(inbox.waitFor(2, 5s));
    }
    auto got = inbox.comments();
    CHECK(got[0].handle == "minji");
    CHECK(got[0].text == "SOLD A1 2");
    CHECK(got[0].source == "twitch");
    CHECK(got[1].text == "구매 A1 1개");

    // The server dies: the source notices and says so...
    server.stop();
    REQUIRE(waitForState(source, claims::SourceState::Disconnected, 5s));
    CHECK(!source.status().lastError.empty());
    // ...and is back by itself within 5 s of the server's return.
    server.start();
    REQUIRE(waitForState(source, claims::SourceState::Connected, 5s));
    std::this_thread::sleep_for(300ms);
    Viewer jisoo(server.port(), "jisoo");
    jisoo.say("CF A2");
    REQUIRE(inbox.waitFor(3, 5s));
    CHECK(inbox.comments()[2].handle == "jisoo");
    const auto status = source.status();
    CHECK(status.comments == 3);
    CHECK(status.reconnects >= 1);
    source.stop();
    CHECK(source.status().state == claims::SourceState::Stopped);
}

TEST_CASE("claims: the IRC source reads over TLS and refuses a server it cannot verify")
{
    TempDir dir;
    const auto certificate = dir / "irc-cert.pem";
    const auto key = dir / "irc-key.pem";
    const SelfSignedCertificate made(certificate, key);
    NgircdServer server(NgircdServer::Tls{certificate, key});

    Inbox inbox;
    auto options = localOptions(server.port());
    options.tls = true;
    options.caFile = certificate;
    claims::IrcChatSource source(options, inbox.deliver());
    source.start();
    REQUIRE(waitForState(source, claims::SourceState::Connected, 10s));
    source.stop();

    // Without the CA the certificate cannot be verified: never connected, and the error says so.
    Inbox nothing;
    auto untrusted = localOptions(server.port());
    untrusted.tls = true;
    claims::IrcChatSource refused(untrusted, nothing.deliver());
    refused.start();
    CHECK(!waitForState(refused, claims::SourceState::Connected, 1500ms));
    CHECK(refused.status().lastError.find("TLS") != std::string::npos);
}
