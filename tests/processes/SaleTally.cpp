#include "SaleTally.h"

#include <sstream>

namespace stallcast::test {

void SaleTally::recordPlaced(const orders::Order &order,
                             const std::vector<orders::OrderLineRequest> &lines)
{
    reportedIds.push_back(order.id);
    if (order.has(orders::OrderFlag::Oversold)) {
        ++oversold;
        refused.push_back(lines);
    } else {
        ++placed;
    }
}

void SaleTally::recordRejected(const orders::OrderRejected &rejection,
                               const std::vector<orders::OrderLineRequest> &lines)
{
    if (rejection.reason() == orders::OrderRejected::Reason::OutOfStock) {
        ++outOfStock;
        refused.push_back(lines);
    } else {
        errors.push_back(std::string("rejected for another reason: ") + rejection.what());
    }
}

void SaleTally::recordChildLine(const std::string &line,
                                const std::vector<std::vector<orders::OrderLineRequest>> &shapes)
{
    std::istringstream in(line);
    std::string word;
    in >> word;
    if (word == "placed") {
        std::int64_t id = 0;
        unsigned flags = 0;
        std::size_t shape = 0;
        in >> id >> flags >> shape;
        orders::Order order;
        order.id = id;
        order.flags = flags;
        recordPlaced(order, shapes.at(shape));
    } else if (word == "rejected") {
        std::string reason;
        std::size_t shape = 0;
        in >> reason >> shape;
        if (reason == "out_of_stock") {
            ++outOfStock;
            refused.push_back(shapes.at(shape));
        } else {
            errors.push_back("child: rejected " + reason);
        }
    } else if (word == "error") {
        errors.push_back("child: " + line);
    }
}

void SaleTally::merge(const SaleTally &o)
{
    placed += o.placed;
    oversold += o.oversold;
    outOfStock += o.outOfStock;
    errors.insert(errors.end(), o.errors.begin(), o.errors.end());
    reportedIds.insert(reportedIds.end(), o.reportedIds.begin(), o.reportedIds.end());
    refused.insert(refused.end(), o.refused.begin(), o.refused.end());
}

} // namespace stallcast::test
