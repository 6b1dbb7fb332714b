// The HTTP/1.1 server on Boost.Asio/Beast: a worker thread per core, keep-alive, a
// deadline for each request's header and body (a slow client is cut off, not waited for),
// an idle timeout between keep-alive requests, body size limits (JSON 1 MiB, uploads
// 10 MiB by default), an access log line per request, and a graceful stop that finishes
// the requests in flight.
//
// A body is read only once the request may have it: the header is read alone and shown to
// the screen (the API's route, sign-in and role checks), which may answer at once — the
// body is then never read and the connection closes. Caps on open connections and on the
// body bytes held in memory at once answer the excess with 503, so that anonymous clients
// cannot make the server hold large bodies. Failed accepts (out of file descriptors) are
// retried after a short pause rather than at once.
//
// The connection code only moves bytes: it parses the request into an HttpRequest, calls
// the handler, and writes the HttpResponse the handler gives back (later, for a write that
// waits for its group commit). Start/Stop may be called from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/http_message.h"
#include "core/status.h"

namespace sanwang::api {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (tests)
  int threads = 0;            // 0: one per core
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_upload_bytes = 10 << 20;
  // POSTs to paths ending so may be as large as max_upload_bytes: photos, the ledger's
  // evidence files, spending records' invoice scans, campaign entries, and the admins' imports
  // (a district's grid boundaries as GeoJSON run to several MiB).
  std::vector<std::string> upload_path_suffixes = {"/photos", "/evidence", "/files", "/entries", "/import"};
  int header_timeout_s = 10;  // the whole header must arrive within this
  int body_timeout_s = 60;    // and the body within this
  int idle_timeout_s = 30;    // between requests on a kept-alive connection
  int shutdown_grace_s = 10;  // requests in flight get this long on stop
  // Open connections at most; a connection past the cap is answered 503 and closed.
  std::size_t max_connections = 1024;
  // Request bodies held in memory at once, across all connections; a request whose body
  // would pass the cap is answered 503 without reading it.
  std::size_t max_buffered_body_bytes = std::size_t{256} << 20;
  int accept_retry_ms = 100;  // pause after a failed accept (e.g. out of file descriptors)
  // Reverse proxies (IP addresses) whose X-Real-IP / X-Forwarded-For name the client
  // (client_address.h); empty: the connection's peer is the client.
  std::vector<std::string> trusted_proxies;
};

// Parses "HOST:PORT" ("127.0.0.1:8080", "[::1]:8080").
Result<std::pair<std::string, std::uint16_t>> ParseListenAddress(const std::string& text);
// Whether `host` (an IP address) is a loopback address, 127.0.0.0/8 or ::1: a server
// listening there is reachable from this machine only.
bool IsLoopbackHost(const std::string& host);

class Connection;  // one client connection, internal to http_server.cc

class HttpServer {
 public:
  // Answers a request by calling the second argument, on any thread, exactly once.
  using Handler = std::function<void(HttpRequest, std::function<void(HttpResponse)>)>;
  // Sees a request that announces a body, with the header only (`body` empty), before the
  // body is read: an answer refuses the request (its body is never read), nothing lets it
  // through. Called on the connection's thread.
  using Screen = std::function<std::optional<HttpResponse>(const HttpRequest&)>;

  HttpServer(ServerOptions options, Handler handler, Screen screen = {});
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and listens; after it returns, port() is the bound port.
  Status Start();
  std::uint16_t port() const;
  // Serves until Stop (or SIGTERM/SIGINT when `handle_signals`), then returns.
  void Run(bool handle_signals);
  // Stops accepting, lets requests in flight finish within the grace period, then ends Run.
  void Stop();

 private:
  friend class Connection;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sanwang::api
