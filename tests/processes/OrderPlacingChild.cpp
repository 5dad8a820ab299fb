// stallcast-test-order-child: a separate process placing orders through the order book, for the
// multi-process and crash tests. One stdout line per order, written with a single write(2) only
// after place() returned (the order is durable by then):
//   placed <order id> <flags> <shape>     rejected <reason> <shape>     error <message>
// where <shape> is the index of the --order option the order was made from.
// With --wait-for-go it prints "ready" once the database is open and waits for "go" on stdin, so
// the parent can start several children at the same moment. Prints "done" at the end.
#include "db/Database.h"
#include "orders/OrderBook.h"

#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <latch>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using stallcast::orders::OrderLineRequest;
using stallcast::orders::OrderRejected;
using stallcast::orders::OrderRequest;

struct Options {
    std::string db;
    int threads = 1;
    int ordersPerThread = 1;
    std::vector<std::vector<OrderLineRequest>> shapes; // order i has shape i % size
    int paidEvery = 0;                                 // order i is paid when i % paidEvery == 0
    std::string buyerPrefix = "child";
    bool waitForGo = false;
};

std::mutex outputMutex;

void say(const std::string &line)
{
    const std::string text = line + "\n";
    std::lock_guard lock(outputMutex);
    std::size_t done = 0;
    while (done < text.size()) {
        const auto n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n <= 0)
            std::_Exit(3); // the parent is gone
        done += static_cast<std::size_t>(n);
    }
}

// "SKU:QTY+SKU:QTY"
std::vector<OrderLineRequest> parseShape(const std::string &spec)
{
    std::vector<OrderLineRequest> lines;
    std::size_t from = 0;
    while (from < spec.size()) {
        auto plus = spec.find('+', from);
        if (plus == std::string::npos)
            plus = spec.size();
        const std::string part = spec.substr(from, plus - from);
        const auto colon = part.find(':');
        if (colon == std::string::npos)
            throw std::invalid_argument("--order wants SKU:QTY[+SKU:QTY...], got " + spec);
        lines.push_back({part.substr(0, colon), std::stoll(part.substr(colon + 1)), {}});
        from = plus + 1;
    }
    return lines;
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&] {
            if (i + 1 >= argc)
                throw std::invalid_argument(arg + " needs a value");
            return std::string(argv[++i]);
        };
        if (arg == "--db")
            o.db = value();
        else if (arg == "--threads")
            o.threads = std::stoi(value());
        else if (arg == "--orders")
            o.ordersPerThread = std::stoi(value());
        else if (arg == "--order")
            o.shapes.push_back(parseShape(value()));
        else if (arg == "--paid-every")
            o.paidEvery = std::stoi(value());
        else if (arg == "--buyer")
            o.buyerPrefix = value();
        else if (arg == "--wait-for-go")
            o.waitForGo = true;
        else
            throw std::invalid_argument("unknown option " + arg);
    }
    if (o.db.empty() || o.shapes.empty())
        throw std::invalid_argument("--db and at least one --order are required");
    return o;
}

std::string reasonName(OrderRejected::Reason reason)
{
    switch (reason) {
    case OrderRejected::Reason::Invalid: return "invalid";
    case OrderRejected::Reason::UnknownProduct: return "unknown_product";
    case OrderRejected::Reason::Inactive: return "inactive";
    case OrderRejected::Reason::OutOfStock: return "out_of_stock";
    case OrderRejected::Reason::OverLimit: return "over_limit";
    }
    return "unknown";
}

void placeOrders(stallcast::orders::OrderBook &book, const Options &o, int thread)
{
    for (int i = 0; i < o.ordersPerThread; ++i) {
        const int index = thread * o.ordersPerThread + i;
        const std::size_t shape = static_cast<std::size_t>(index) % o.shapes.size();
        OrderRequest request;
        request.source = "child";
        request.actor = "child";
        request.buyer.handle = o.buyerPrefix + "-" + std::to_string(thread) + "-" + std::to_string(i);
        request.lines = o.shapes[shape];
        request.paid = o.paidEvery > 0 && index % o.paidEvery == 0;
        try {
            const auto result = book.place(request);
            say("placed " + std::to_string(result.order.id) + " "
                + std::to_string(result.order.flags) + " " + std::to_string(shape));
        } catch (const OrderRejected &e) {
            say("rejected " + reasonName(e.reason()) + " " + std::to_string(shape));
        } catch (const std::exception &e) {
            say(std::string("error ") + e.what());
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const Options options = parse(argc, argv);
        stallcast::db::Database database(options.db);
        stallcast::orders::OrderBook book(database);
        if (options.waitForGo) {
            say("ready");
            std::string line;
            if (!std::getline(std::cin, line) || line != "go")
                return 4;
        }
        {
            std::latch start(options.threads);
            std::vector<std::jthread> threads;
            for (int t = 0; t < options.threads; ++t)
                threads.emplace_back([&, t] {
                    start.arrive_and_wait();
                    placeOrders(book, options, t);
                });
        }
        say("done");
        return 0;
    } catch (const std::exception &e) {
        std::cerr << "stallcast-test-order-child: " << e.what() << "\n";
        return 2;
    }
}
