#include "ChildSale.h"

#include "ChildProcess.h"
#include "TestFramework.h"

#include <sys/wait.h>

#include <memory>

namespace stallcast::test {

using namespace std::chrono_literals;

SaleTally runChildSale(const std::filesystem::path &file, const ChildSaleSpec &spec)
{
    std::vector<std::unique_ptr<ChildProcess>> children;
    for (int c = 0; c < spec.children; ++c) {
        std::vector<std::string> args{"--db", file.string(), "--threads",
                                      std::to_string(spec.threadsPerChild), "--orders",
                                      std::to_string(spec.ordersPerThread), "--paid-every",
                                      std::to_string(spec.paidEvery), "--buyer",
                                      "process" + std::to_string(c), "--wait-for-go"};
        for (const auto &shape : spec.shapes) {
            args.push_back("--order");
            args.push_back(shapeArgument(shape));
        }
        children.push_back(std::make_unique<ChildProcess>(STALLCAST_ORDER_CHILD, args));
    }
    for (auto &child : children) {
        const auto ready = child->readLine(60s);
        REQUIRE(ready.status == ChildProcess::ReadStatus::Line);
        REQUIRE(ready.line == "ready");
    }
    for (auto &child : children)
        REQUIRE(child->writeLine("go"));

    SaleTally tally;
    for (auto &child : children) {
        bool done = false;
        for (const auto &line : child->readRemainingLines(120s)) {
            done = done || line == "done";
            tally.recordChildLine(line, spec.shapes);
        }
        const int status = child->wait();
        INFO("child " << child->pid());
        CHECK(done);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    return tally;
}

} // namespace stallcast::test
