#pragma once

#include <string>

namespace stallcast::feed::http {

// The bytes of an HTTP/1.1 response with a JSON body: status line, Content-Type,
// Content-Length, Allow for 405, and Connection when it differs from the default
// (close for HTTP/1.1, keep-alive for HTTP/1.0).
std::string responseText(int status, const std::string &jsonBody, bool keepAlive, bool http10);

} // namespace stallcast::feed::http
