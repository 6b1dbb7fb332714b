// The status line and header fields of an answer as the bytes that go on the wire, up to
// and including the empty line that ends them. The server writes them and the body in one
// gather write instead of through Beast's serializer, which, with the executors around
// it, was about a fifth of the server's time on small answers (docs/performance.md).
// Pure function; thread-safe.
#pragma once

#include <cstddef>
#include <string>

#include "api/http_message.h"

namespace sanwang::api {

// Whether an answer with this status carries a body (and a Content-Length) at all:
// 1xx, 204 and 304 do not (RFC 9110 §6.4.1).
bool StatusHasBody(int status);

// "HTTP/1.1 200 OK", Server, Content-Type, the response's own headers, Content-Length
// (`body_length`: the body's size, also for an answer to HEAD, which sends no body) and
// the Connection header that `keep_alive` needs for the request's `version` (10 or 11).
// A header whose name or value holds CR or LF is left out: it would split the answer.
std::string ResponseHead(const HttpResponse& response, unsigned version, bool keep_alive,
                         std::size_t body_length);

}  // namespace sanwang::api
