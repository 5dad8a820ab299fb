#include "BenchOptions.h"

#include <algorithm>
#include <charconv>

namespace stallcast::bench {

namespace {


std::vector<std::size_t> parseCountList(const std::string &option, const std::string &list)
{
    std::vector<std::size_t> values;
    std::size_t from = 0;
    while (from <= list.size()) {
        const auto comma = std::min(list.find(',', from), list.size());
        values.push_back(parseCount(option, list.substr(from, comma - from), 1));
        from = comma + 1;
    }
    return values;
}

void parseRuns(const std::string &option, const std::string &list, OrdersOptions &o)
{
    o.runNaive = o.runWaiting = o.runPipelined = false;
    std::size_t from = 0;
    while (from <= list.size()) {
        const auto comma = std::min(list.find(',', from), list.size());
        const std::string name = list.substr(from, comma - from);
        if (name == "naive")
            o.runNaive = true;
        else if (name == "wait")
            o.runWaiting = true;
        else if (name == "pipelined")
            o.runPipelined = true;
        else
            throw UsageError(option + ": unknown run \"" + name + "\" (naive, wait, pipelined)");
        from = comma + 1;
    }
}

} // namespace

std::size_t parseCount(const std::string &option, const std::string &text, std::size_t minimum)
{
    std::size_t value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < minimum)
        throw UsageError(option + ": expected a whole number >= " + std::to_string(minimum)
                         + ", got \"" + text + "\"");
    return value;
}

std::string ordersUsage()
{
    return "usage: stallcast-bench orders [options]\n"
           "  --orders N           orders per pipelined group-commit run (default 200000)\n"
           "  --wait-orders N      orders in the group-commit run where place() waits "
           "(default 20000)\n"
           "  --baseline-orders N  orders in the naive baseline run (default 3000)\n"
           "  --producers N        concurrent producer threads (default 8)\n"
           "  --window N[,N...]    futures in flight per producer; one pipelined run per value\n"
           "                       (default 64,256)\n"
           "  --products N         SKUs the orders are spread over (default 16)\n"
           "  --dir PATH           directory for the benchmark databases (default: temp dir)\n"
           "  --keep               keep the databases afterwards\n"
           "  --runs LIST          comma-separated subset of naive,wait,pipelined (default: all)\n"
           "  --docs PATH          BENCHMARKS.md to refresh (default: the source tree's)\n"
           "  --no-docs            only print the table\n"
           "  --flash-sale N       repeat each pipelined run with a flash sale of N units on\n"
           "                       every SKU\n";
}

OrdersOptions parseOrdersOptions(const std::vector<std::string> &args)
{
    OrdersOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        auto value = [&]() -> const std::string & {
            if (i + 1 >= args.size())
                throw UsageError(arg + ": needs a value");
            return args[++i];
        };
        if (arg == "--orders")
            o.orders = parseCount(arg, value(), 1);
        else if (arg == "--wait-orders")
            o.waitOrders = parseCount(arg, value(), 1);
        else if (arg == "--baseline-orders")
            o.baselineOrders = parseCount(arg, value(), 1);
        else if (arg == "--producers")
            o.producers = parseCount(arg, value(), 1);
        else if (arg == "--window")
            o.windows = parseCountList(arg, value());
        else if (arg == "--products")
            o.products = parseCount(arg, value(), 1);
        else if (arg == "--dir")
            o.dir = value();
        else if (arg == "--keep")
            o.keepDatabases = true;
        else if (arg == "--runs")
            parseRuns(arg, value(), o);
        else if (arg == "--docs")
            o.docs = value();
        else if (arg == "--no-docs")
            o.writeDocs = false;
        else if (arg == "--flash-sale")
            o.flashSaleUnits = parseCount(arg, value(), 1);
        else
            throw UsageError("unknown option \"" + arg + "\"");
    }
    return o;
}

ReportOptions::ReportOptions()
    : docs(std::filesystem::path(STALLCAST_SOURCE_DIR) / "docs" / "BENCHMARKS.md")
{
}

void parseBenchArgs(
    const std::vector<std::string> &args, ReportOptions &report,
    const std::function<void(const std::string &option, const std::function<std::string()> &value)>
        &other)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &option = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw UsageError(option + " needs a value");
            return args[++i];
        };
        if (option == "--dir")
            report.dir = value();
        else if (option == "--docs")
            report.docs = value();
        else if (option == "--no-docs")
            report.docs.reset();
        else
            other(option, value);
    }
}

} // namespace stallcast::bench
