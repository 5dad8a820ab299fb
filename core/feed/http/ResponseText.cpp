#include "feed/http/ResponseText.h"

#include <ostream> // before Boost 1.74: its string_view.hpp uses std::ostream without it

#include <boost/beast/http/status.hpp>

namespace stallcast::feed::http {

std::string responseText(int status, const std::string &jsonBody, bool keepAlive, bool http10)
{
    namespace bhttp = boost::beast::http;
    const auto reason = bhttp::obsolete_reason(bhttp::int_to_status(static_cast<unsigned>(status)));
    std::string text;
    text.reserve(160 + jsonBody.size());
    text += "HTTP/1.1 ";
    text += std::to_string(status);
    text += ' ';
    text.append(reason.data(), reason.size());
    text += "\r\nContent-Type: application/json\r\nContent-Length: ";
    text += std::to_string(jsonBody.size());
    text += "\r\n";
    if (status == 405)
        text += "Allow: POST\r\n";
    if (!keepAlive)
        text += "Connection: close\r\n";
    else if (http10)
        text += "Connection: keep-alive\r\n";
    text += "\r\n";
    text += jsonBody;
    return text;
}

} // namespace stallcast::feed::http
