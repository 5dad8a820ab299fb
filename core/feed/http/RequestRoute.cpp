#include "feed/http/RequestRoute.h"

namespace stallcast::feed::http {

namespace {

constexpr std::string_view kPrefix = "/webhooks/";

} // namespace

RequestRoute routeOf(std::string_view target, bool isPost, bool commentsServed)
{
    RequestRoute route;
    const auto path = target.substr(0, target.find('?'));
    route.target = std::string(isPost ? "POST " : "request ") + std::string(path.substr(0, 80));
    if (commentsServed && path == "/comments") {
        route.comments = true;
        if (!isPost) {
            route.status = 405;
            route.reason = "method not allowed (comments are POSTed)";
        }
        return route;
    }
    if (path.substr(0, kPrefix.size()) == kPrefix) {
        route.source = webhookSourceFromString(path.substr(kPrefix.size()));
        if (route.source) {
            if (!isPost) {
                route.status = 405;
                route.reason = "method not allowed (webhooks are POSTed)";
            }
            return route;
        }
    }
    route.status = 404;
    route.reason = "no such endpoint (POST /webhooks/stallcast|shopify|woocommerce|stripe)";
    return route;
}

} // namespace stallcast::feed::http
