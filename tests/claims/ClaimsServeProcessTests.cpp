// `stallcast claims serve` as a merchant runs it: chat from a real IRC server and the signed
// bridge, claims printed as they commit, a clean exit on SIGTERM.
#include "ChildProcess.h"
#include "NgircdServer.h"
#include "RawConnection.h"
#include "TempDir.h"
#include "TestFramework.h"

#include "feed/WebhookSignature.h"

#include <csignal>
#include <ctime>
#include <fstream>
#include <sys/wait.h>
#include <thread>

using namespace stallcast::test;
using namespace std::chrono_literals;

namespace {

std::string readUntilContains(ChildProcess &p, const std::string &needle)
{
    for (;;) {
        const auto r = p.readLine(10s);
        if (r.status != ChildProcess::ReadStatus::Line)
            return "<no line containing \"" + needle + "\">";
        if (r.line.find(needle) != std::string::npos)
            return r.line;
    }
}

} // namespace

TEST_CASE("claims: claims serve reads IRC chat and the bridge, prints claims, exits on SIGTERM")
{
    TempDir dir;
    const auto db = (dir / "shop.db").string();
    {
        ChildProcess import(STALLCAST_EXE, {"--db", db, "catalog", "import",
                                            STALLCAST_SOURCE_DIR "/resources/demo-shop/catalog.csv"});
        REQUIRE(WEXITSTATUS(import.wait()) == 0);
    }
    const auto secretFile = dir / "bridge.secret";
    std::ofstream(secretFile) << "bridge-secret\n";
    const auto checkoutSecret = dir / "checkout.secret";
    std::ofstream(checkoutSecret) << "checkout-secret-0123456789\n";
    NgircdServer server;
    ChildProcess serve(STALLCAST_EXE,
                       {"--db", db, "claims", "serve", "--irc",
                        "127.0.0.1:" + std::to_string(server.port()), "--irc-channel", "farmstall",
                        "--irc-plain", "--listen", "127.0.0.1:0", "--bridge-secret-file",
                        secretFile.string(), "--hold-minutes", "5", "--checkout-template",
                        "https://shop.example/buy?sku={sku}&qty={qty}&claim={claim}&exp={expires}&sig={sig}",
                        "--checkout-secret-file", checkoutSecret.string()});
    CHECK(readUntilContains(serve, "reading irc #farmstall").find("reading") == 0);
    const auto listening = readUntilContains(serve, "listening on ");
    REQUIRE(listening.rfind("listening on 127.0.0.1:", 0) == 0);
    const auto port = static_cast<std::uint16_t>(
        std::stoi(listening.substr(std::string("listening on 127.0.0.1:").size())));

    std::this_thread::sleep_for(1s); // the source has joined the channel
    RawConnection viewer(server.port());
    viewer.send("NICK minji\r\nUSER minji 0 * :minji\r\n");
    viewer.readUntil(" 001 ", 5s);
    viewer.send("JOIN #farmstall\r\n");
    viewer.readUntil(" 366 ", 5s);
    viewer.send("PRIVMSG #farmstall :구매 A1 2개\r\n");
    const auto chat = readUntilContains(serve, "claim 1 ");
    CHECK(chat.find("claim 1 held minji A1 x2") == 0);
    CHECK(chat.find("[irc]") != std::string::npos);
    const auto pay = readUntilContains(serve, "pay C");
    CHECK(pay.find("https://shop.example/buy?sku=JEJU-TANGERINE-3KG&qty=2&claim=C") != std::string::npos);

    const std::string body =
        "{\"source\":\"youtube\",\"id\":\"yt-1\",\"handle\":\"jisoo\",\"text\":\"SOLD A2\"}\n";
    RawConnection bridge(port);
    bridge.send("POST /comments HTTP/1.1\r\nHost: x\r\nStallcast-Signature: "
                + stallcast::feed::stallcastSignatureHeader(
                    "bridge-secret", static_cast<std::int64_t>(std::time(nullptr)), body)
                + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
    CHECK(bridge.readResponse().rfind("HTTP/1.1 202", 0) == 0);
    CHECK(readUntilContains(serve, "claim 2 ").find("claim 2 held jisoo A2 x1") == 0);

    serve.sendSignal(SIGTERM);
    const int status = serve.wait();
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("claims: claims serve refuses a configuration with nothing to read")
{
    TempDir dir;
    ChildProcess serve(STALLCAST_EXE, {"--db", (dir / "shop.db").string(), "claims", "serve"});
    CHECK(WEXITSTATUS(serve.wait()) == 2);
    ChildProcess half(STALLCAST_EXE, {"--db", (dir / "shop.db").string(), "claims", "serve",
                                      "--listen", "127.0.0.1:0"});
    CHECK(WEXITSTATUS(half.wait()) == 2); // the bridge is signed: no secret, no bridge
}
