#include "api/http_server.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/http/span_body.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "api/url.h"
#include "core/mutex.h"

namespace sanwang::api {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

Result<std::pair<std::string, std::uint16_t>> ParseListenAddress(const std::string& text) {
  std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0)
    return InvalidArgument("listen address must be HOST:PORT", "listen");
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = -1;
  try {
    std::size_t used = 0;
    port = std::stoi(text.substr(colon + 1), &used);
    if (used != text.size() - colon - 1) port = -1;
  } catch (const std::exception&) {
    port = -1;
  }
  if (port < 0 || port > 65535) return InvalidArgument("port must be 0–65535", "listen");
  boost::system::error_code ec;
  asio::ip::make_address(host, ec);
  if (ec) return InvalidArgument("host must be an IP address, got '" + host + "'", "listen");
  return std::make_pair(host, static_cast<std::uint16_t>(port));
}

namespace {

HttpRequest ToRequest(const http::request<http::string_body>& req, const std::string& remote, Status* error) {
  HttpRequest r;
  r.method = std::string(req.method_string());
  r.target = std::string(req.target());
  for (const auto& field : req) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    r.headers[name] = std::string(field.value());
  }
  r.body = req.body();
  r.remote_address = remote;
  auto target = ParseTarget(r.target);
  if (!target.ok()) {
    *error = target.status();
    return r;
  }
  r.path = std::move(target->path);
  r.query = std::move(target->query);
  return r;
}

// The message Beast writes, and the answer its body points into (kept alive with it).
struct Outgoing {
  HttpResponse answer;
  http::response<http::span_body<const char>> message;
};

std::shared_ptr<Outgoing> ToBeast(HttpResponse r, unsigned version, bool keep_alive, bool head) {
  auto out = std::make_shared<Outgoing>();
  out->answer = std::move(r);
  auto& res = out->message;
  res.version(version);
  res.result(static_cast<http::status>(out->answer.status));
  res.set(http::field::server, "sanwang");
  res.set(http::field::content_type, out->answer.content_type);
  res.set("X-Content-Type-Options", "nosniff");
  for (const auto& [name, value] : out->answer.headers) res.insert(name, value);
  res.keep_alive(keep_alive);
  std::string_view body = out->answer.Body();
  if (!head) res.body() = {body.data(), body.size()};
  res.prepare_payload();
  if (head) res.content_length(body.size());
  return out;
}

bool EndsWithAny(std::string_view path, const std::vector<std::string>& suffixes) {
  for (const auto& suffix : suffixes) {
    if (path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix) return true;
  }
  return false;
}

HttpResponse PlainError(int status, const std::string& message) {
  HttpResponse r;
  r.status = status;
  r.body = "{\"error\":{\"code\":\"invalid_argument\",\"message\":\"" + message + "\"}}";
  r.route = "unmatched";
  return r;
}

}  // namespace

struct HttpServer::Impl {
  ServerOptions options;
  Handler handler;
  asio::io_context ioc;
  tcp::acceptor acceptor{ioc};
  std::atomic<bool> stopping{false};
  std::atomic<int> active{0};
  asio::steady_timer drain_timer{ioc};
  Mutex connections_mutex;
  std::map<Connection*, std::weak_ptr<Connection>> connections SW_GUARDED_BY(connections_mutex);

  Impl(ServerOptions o, Handler h) : options(std::move(o)), handler(std::move(h)) {}
  void Accept();
  void Drain();
  void CloseIdleConnections();
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, HttpServer::Impl& server) : stream_(std::move(socket)), server_(server) {
    ++server_.active;
    boost::system::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    remote_ = ec ? "" : endpoint.address().to_string();
  }
  ~Connection() {
    {
      MutexLock lock(server_.connections_mutex);
      server_.connections.erase(this);
    }
    --server_.active;
  }

  void Start() {
    {
      MutexLock lock(server_.connections_mutex);
      server_.connections[this] = weak_from_this();
    }
    ReadHeader(true);
  }

  // On stop: a connection waiting for its next request is closed now; one busy with a
  // request closes after answering it.
  void CloseIfIdle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->Close();
    });
  }

 private:
  void ReadHeader(bool first) {
    parser_.emplace();
    parser_->header_limit(16 * 1024);
    parser_->body_limit(server_.options.max_upload_bytes);
    // The first request gets the header deadline; later ones the idle timeout.
    stream_.expires_after(
        std::chrono::seconds(first ? server_.options.header_timeout_s : server_.options.idle_timeout_s));
    http::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) return Close();
    busy_ = true;
    std::size_t limit = server_.options.max_body_bytes;
    const auto& header = parser_->get();
    std::string target(header.target());
    std::string path = target.substr(0, target.find('?'));
    if (header.method() == http::verb::post && EndsWithAny(path, server_.options.upload_path_suffixes)) {
      limit = server_.options.max_upload_bytes;
    }
    auto length = parser_->content_length();
    if (length && *length > limit) return Reject(413, "request body too large");
    parser_->body_limit(limit);
    stream_.expires_after(std::chrono::seconds(server_.options.body_timeout_s));
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code e, std::size_t) { self->OnBody(e); });
  }

  void OnBody(beast::error_code ec) {
    if (ec == http::error::body_limit) return Reject(413, "request body too large");
    if (ec) return Close();
    started_ = std::chrono::steady_clock::now();
    auto req = parser_->release();
    Status bad;
    HttpRequest request = ToRequest(req, remote_, &bad);
    Reply reply{req.version(), req.keep_alive(), req.method() == http::verb::head, request.method,
                request.target};
    if (!bad.ok()) return Answer(reply, PlainError(400, "bad request target"));
    // A write is answered later, from the thread that committed it: hop back onto this
    // connection's strand (at once, when the answer is already here).
    server_.handler(std::move(request), [self = shared_from_this(), reply](HttpResponse response) {
      asio::dispatch(self->stream_.get_executor(), [self, reply, response = std::move(response)]() mutable {
        self->Answer(reply, std::move(response));
      });
    });
  }

  struct Reply {
    unsigned version;
    bool keep_alive;
    bool head;
    std::string method;
    std::string target;
  };

  void Answer(const Reply& reply, HttpResponse response) {
    bool keep = reply.keep_alive && !server_.stopping;
    Write(ToBeast(std::move(response), reply.version, keep, reply.head), reply.method, reply.target, keep);
  }

  void Reject(int status, const std::string& message) {
    Write(ToBeast(PlainError(status, message), 11, false, false), "-", "-", false);
  }

  void Write(std::shared_ptr<Outgoing> out, std::string method, std::string target, bool keep) {
    stream_.expires_after(std::chrono::seconds(server_.options.body_timeout_s));
    http::async_write(stream_, out->message,
                      [self = shared_from_this(), out, method = std::move(method), target = std::move(target),
                       keep](beast::error_code ec, std::size_t bytes) {
                        self->Log(method, target, out->message.result_int(), bytes);
                        self->busy_ = false;
                        if (ec || !keep || self->server_.stopping) return self->Close();
                        self->ReadHeader(false);
                      });
  }

  void Log(const std::string& method, const std::string& target, unsigned status, std::size_t bytes) {
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
    spdlog::info("access {} \"{} {}\" {} {} {:.2f}ms", remote_.empty() ? "-" : remote_, method,
                 target.substr(0, target.find('?')), status, bytes, ms);
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  HttpServer::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::string remote_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  bool busy_ = false;  // touched only on this connection's strand
};

void HttpServer::Impl::CloseIdleConnections() {
  std::vector<std::shared_ptr<Connection>> open;
  {
    MutexLock lock(connections_mutex);
    for (auto& [raw, weak] : connections) {
      if (auto c = weak.lock()) open.push_back(std::move(c));
    }
  }
  for (auto& c : open) c->CloseIfIdle();
}

void HttpServer::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (stopping) return;
    if (!ec) std::make_shared<Connection>(std::move(socket), *this)->Start();
    Accept();
  });
}

// Waits for connections to finish their current request, up to the grace period.
void HttpServer::Impl::Drain() {
  CloseIdleConnections();
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.shutdown_grace_s);
  auto check = std::make_shared<std::function<void()>>();
  *check = [this, deadline, check_weak = std::weak_ptr<std::function<void()>>(check)] {
    if (active == 0 || std::chrono::steady_clock::now() >= deadline) return ioc.stop();
    drain_timer.expires_after(std::chrono::milliseconds(20));
    drain_timer.async_wait([check = check_weak.lock()](beast::error_code) {
      if (check) (*check)();
    });
  };
  (*check)();
}

HttpServer::HttpServer(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

HttpServer::~HttpServer() = default;

Status HttpServer::Start() {
  boost::system::error_code ec;
  tcp::endpoint endpoint(asio::ip::make_address(impl_->options.host, ec), impl_->options.port);
  if (ec) return InvalidArgument("bad listen host " + impl_->options.host, "listen");
  impl_->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl_->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl_->acceptor.bind(endpoint, ec);
  if (!ec) impl_->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return Unavailable("cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port) +
                       ": " + ec.message());
  impl_->Accept();
  return Status::Ok();
}

std::uint16_t HttpServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void HttpServer::Stop() {
  asio::post(impl_->ioc, [this] {
    if (impl_->stopping.exchange(true)) return;
    boost::system::error_code ec;
    impl_->acceptor.close(ec);
    impl_->Drain();
  });
}

void HttpServer::Run(bool handle_signals) {
  asio::signal_set signals(impl_->ioc);
  if (handle_signals) {
    signals.add(SIGTERM);
    signals.add(SIGINT);
    signals.async_wait([this](beast::error_code ec, int signal) {
      if (ec) return;
      spdlog::info("signal {}: finishing requests in flight, then stopping", signal);
      Stop();
    });
  }
  int threads = impl_->options.threads > 0
                    ? impl_->options.threads
                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> workers;
  for (int i = 1; i < threads; ++i) workers.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (auto& t : workers) t.join();
}

}  // namespace sanwang::api
