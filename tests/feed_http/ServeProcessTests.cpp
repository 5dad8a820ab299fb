// `stallcast orders serve` as a process: startup line, a real delivery, SIGTERM, exit 0.
#include "ChildProcess.h"
#include "StallcastDelivery.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "db/Database.h"
#include "feed/ListenAddress.h"
#include "orders/OrderBook.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sys/wait.h>

using namespace stallcast;
using namespace stallcast::test;
using namespace std::chrono_literals;

namespace {

constexpr const char *kSecret = "whsec_process_test_secret";

void clearSecretEnvironment()
{
    for (const char *name : {"STALLCAST_SECRET_STALLCAST", "STALLCAST_SECRET_SHOPIFY",
                             "STALLCAST_SECRET_WOOCOMMERCE", "STALLCAST_SECRET_STRIPE"})
        ::unsetenv(name);
}

} // namespace

TEST_CASE("feed http: orders serve prints listening on, records a delivery, exits 0 on SIGTERM",
          "[feed_http][process]")
{
    std::signal(SIGPIPE, SIG_IGN);
    clearSecretEnvironment();
    TempDir dir;
    const auto secretFile = dir / "stallcast.secret";
    std::ofstream(secretFile) << kSecret << "\n";
    const auto dbPath = dir / "shop.db";

    ChildProcess serve(STALLCAST_EXE, {"--db", dbPath.string(), "orders", "serve", "--listen",
                                       "127.0.0.1:0", "--secret-file",
                                       "stallcast=" + secretFile.string()});
    const auto line = serve.readLine(30s);
    REQUIRE(line.status == ChildProcess::ReadStatus::Line);
    REQUIRE(line.line.rfind("listening on 127.0.0.1:", 0) == 0);
    const auto address = feed::parseListenAddress(line.line.substr(std::string("listening on ").size()));
    REQUIRE(address.port != 0);

    httplib::ClientImpl client("127.0.0.1", address.port);
    client.set_keep_alive(true);
    const auto body = stallcastBody("dlv-p1", "shop-p1", "ANY-SKU", 1, 1000);
    const auto a = postSigned(client, body, kSecret, static_cast<std::int64_t>(std::time(nullptr)));
    CHECK(a.status == 201);
    client.stop();

    serve.sendSignal(SIGTERM);
    const int status = serve.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    db::Database database(dbPath);
    const auto all = orders::OrderBook(database).list();
    REQUIRE(all.size() == 1);
    CHECK(all[0].externalId == "shop-p1");
}

TEST_CASE("feed http: orders serve refuses to start without a secret", "[feed_http][process]")
{
    clearSecretEnvironment();
    TempDir dir;
    ChildProcess serve(STALLCAST_EXE, {"--db", (dir / "shop.db").string(), "orders", "serve",
                                       "--listen", "127.0.0.1:0"});
    const auto line = serve.readLine(30s);
    CHECK(line.status == ChildProcess::ReadStatus::EndOfFile);
    const int status = serve.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
}

TEST_CASE("feed http: orders serve takes its secret from the environment", "[feed_http][process]")
{
    std::signal(SIGPIPE, SIG_IGN);
    clearSecretEnvironment();
    ::setenv("STALLCAST_SECRET_STALLCAST", kSecret, 1);
    TempDir dir;
    ChildProcess serve(STALLCAST_EXE, {"--db", (dir / "shop.db").string(), "orders", "serve",
                                       "--listen", "127.0.0.1:0"});
    ::unsetenv("STALLCAST_SECRET_STALLCAST");
    const auto line = serve.readLine(30s);
    REQUIRE(line.status == ChildProcess::ReadStatus::Line);
    const auto address = feed::parseListenAddress(line.line.substr(std::string("listening on ").size()));
    httplib::ClientImpl client("127.0.0.1", address.port);
    const auto body = stallcastBody("dlv-e1", "shop-e1", "ANY-SKU", 1, 1000);
    CHECK(postSigned(client, body, kSecret, static_cast<std::int64_t>(std::time(nullptr))).status
          == 201);
    serve.sendSignal(SIGINT);
    const int status = serve.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
