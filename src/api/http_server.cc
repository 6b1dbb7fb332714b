#include "api/http_server.h"

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "api/client_address.h"
#include "api/response_head.h"
#include "api/security_headers.h"
#include "api/url.h"
#include "core/mutex.h"
#include "core/text.h"

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

bool IsLoopbackHost(const std::string& host) {
  boost::system::error_code ec;
  asio::ip::address address = asio::ip::make_address(host, ec);
  return !ec && address.is_loopback();
}

namespace {

// The request line and header as an HttpRequest; the body comes later, once admitted.
HttpRequest FromHeader(const http::request<http::string_body>& req, const std::string& remote,
                       const std::vector<std::string>& trusted_proxies, Status* error) {
  HttpRequest r;
  r.method = std::string(req.method_string());
  r.target = std::string(req.target());
  for (const auto& field : req) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    r.headers[name] = std::string(field.value());
  }
  r.remote_address = ClientAddress(remote, r, trusted_proxies);
  auto target = ParseTarget(r.target);
  if (!target.ok()) {
    *error = target.status();
    return r;
  }
  r.path = std::move(target->path);
  r.query = std::move(target->query);
  return r;
}

// Why a request's header is refused whatever its route, or "" when it is sound. Beast
// reads a request whose Transfer-Encoding does not end in chunked as having no body, so
// its body would be parsed as the next request: only plain chunked is accepted.
std::string HeaderProblem(const http::request<http::string_body>& req) {
  if (req.version() >= 11 && req.count(http::field::host) != 1) {
    return "缺少或重复的 Host 头 an HTTP/1.1 request needs one Host header";
  }
  auto encodings = req.count(http::field::transfer_encoding);
  auto raw = req[http::field::transfer_encoding];
  std::string encoding(TrimAscii(std::string_view(raw.data(), raw.size())));
  std::transform(encoding.begin(), encoding.end(), encoding.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (encodings > 1 || (encodings == 1 && encoding != "chunked")) {
    return "不支持的传输编码 unsupported Transfer-Encoding (only chunked)";
  }
  return "";
}

// An answer ready for the wire: its head rendered (response_head.h) and its body, sent
// together in one gather write.
struct Outgoing {
  HttpResponse answer;
  std::string head;
  bool send_body = true;

  std::array<asio::const_buffer, 2> Buffers() const {
    std::string_view body = send_body ? answer.Body() : std::string_view();
    return {asio::buffer(head), asio::buffer(body.data(), body.size())};
  }
};

std::shared_ptr<Outgoing> Prepare(HttpResponse r, unsigned version, bool keep_alive, bool head) {
  auto out = std::make_shared<Outgoing>();
  out->answer = std::move(r);
  AddSecurityHeaders(out->answer, kStrictContentSecurityPolicy);  // those the handler left out
  out->head = ResponseHead(out->answer, version, keep_alive, out->answer.Body().size());
  out->send_body = !head && StatusHasBody(out->answer.status);
  return out;
}

bool EndsWithAny(std::string_view path, const std::vector<std::string>& suffixes) {
  for (const auto& suffix : suffixes) {
    if (path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix) return true;
  }
  return false;
}

// The server's own answers (before any route): the messages are fixed texts, no user input.
HttpResponse PlainError(int status, const std::string& code, const std::string& message) {
  HttpResponse r;
  r.status = status;
  r.body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  r.route = "unmatched";
  AddSecurityHeaders(r, kStrictContentSecurityPolicy);
  return r;
}

const char* const kTooLarge = "请求体过大 request body too large";
const char* const kBusy = "服务器繁忙，请稍后重试 server busy; try again shortly";

}  // namespace

struct HttpServer::Impl {
  ServerOptions options;
  Handler handler;
  Screen screen;
  asio::io_context ioc;
  // The acceptor, its retry timer and the stop run on this strand, one at a time.
  asio::strand<asio::io_context::executor_type> accept_strand{ioc.get_executor()};
  tcp::acceptor acceptor{accept_strand};
  asio::steady_timer accept_retry{accept_strand};
  std::atomic<bool> stopping{false};
  std::atomic<int> active{0};
  std::atomic<std::size_t> buffered_body_bytes{0};  // reserved by connections reading or holding a body
  asio::steady_timer drain_timer{ioc};
  Mutex connections_mutex;
  std::map<Connection*, std::weak_ptr<Connection>> connections SW_GUARDED_BY(connections_mutex);

  Impl(ServerOptions o, Handler h, Screen s)
      : options(std::move(o)), handler(std::move(h)), screen(std::move(s)) {}
  void Accept();
  void RetryAcceptLater(const beast::error_code& ec);
  void Drain();
  void CloseIdleConnections();
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  // `over_capacity`: the server already has its maximum of connections; this one is only
  // told so.
  Connection(tcp::socket socket, HttpServer::Impl& server, bool over_capacity)
      : stream_(std::move(socket)), server_(server), over_capacity_(over_capacity) {
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
    ReleaseBody();
    --server_.active;
  }

  void Start() {
    {
      MutexLock lock(server_.connections_mutex);
      server_.connections[this] = weak_from_this();
    }
    if (over_capacity_) {
      unread_input_ = true;  // the client may already be sending its request
      return Refuse(PlainError(503, "unavailable", kBusy));
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

  // The header is in; the body (if any) is still on the wire. Everything that can refuse
  // the request is decided here, so that a refused body is never read into memory.
  void OnHeader(beast::error_code ec) {
    if (ec) return Close();
    busy_ = true;
    started_ = std::chrono::steady_clock::now();
    const auto& header = parser_->get();
    unread_input_ = !parser_->is_done();
    request_ = HttpRequest{};
    client_.clear();
    request_.method = std::string(header.method_string());
    request_.target = std::string(header.target());
    std::string problem = HeaderProblem(header);
    if (!problem.empty()) return Refuse(PlainError(400, "invalid_argument", problem));
    Status bad;
    request_ = FromHeader(header, remote_, server_.options.trusted_proxies, &bad);
    client_ = request_.remote_address;
    if (!bad.ok()) return Refuse(PlainError(400, "invalid_argument", "请求目标有误 bad request target"));
    if (unread_input_ && server_.screen) {
      if (auto refusal = server_.screen(request_)) return Refuse(std::move(*refusal));
      request_.screened = true;
    }
    std::size_t limit = BodyLimit(header.method() == http::verb::post);
    auto length = parser_->content_length();
    if (length && *length > limit) return Refuse(PlainError(413, "too_large", kTooLarge));
    if (unread_input_ && !ReserveBody(length ? *length : limit))
      return Refuse(PlainError(503, "unavailable", kBusy));
    parser_->body_limit(limit);
    stream_.expires_after(std::chrono::seconds(server_.options.body_timeout_s));
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code e, std::size_t) { self->OnBody(e); });
  }

  std::size_t BodyLimit(bool post) const {
    std::string_view path = request_.path;
    if (post && EndsWithAny(path, server_.options.upload_path_suffixes))
      return server_.options.max_upload_bytes;
    return server_.options.max_body_bytes;
  }

  // Counts a body against the server's cap on body bytes in memory; false when it would
  // pass the cap. Released once the request is answered.
  bool ReserveBody(std::size_t bytes) {
    std::size_t held = server_.buffered_body_bytes.load();
    do {
      if (bytes >
          server_.options.max_buffered_body_bytes - std::min(held, server_.options.max_buffered_body_bytes)) {
        return false;
      }
    } while (!server_.buffered_body_bytes.compare_exchange_weak(held, held + bytes));
    reserved_body_bytes_ = bytes;
    return true;
  }

  void ReleaseBody() {
    server_.buffered_body_bytes -= reserved_body_bytes_;
    reserved_body_bytes_ = 0;
  }

  void OnBody(beast::error_code ec) {
    if (ec == http::error::body_limit) return Refuse(PlainError(413, "too_large", kTooLarge));
    if (ec) return Close();
    unread_input_ = false;
    auto req = parser_->release();
    HttpRequest request = std::move(request_);
    request.body = std::move(req.body());
    Reply reply{req.version(), req.keep_alive(), req.method() == http::verb::head, request.method,
                request.target};
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
    Write(Prepare(std::move(response), reply.version, keep, reply.head), reply.method, reply.target, keep);
  }

  // Answers the request whose header is in (or none, over capacity) and closes the
  // connection, without reading its body.
  void Refuse(HttpResponse response) {
    std::string method = request_.method.empty() ? "-" : request_.method;
    std::string target = request_.target.empty() ? "-" : request_.target;
    Write(Prepare(std::move(response), 11, false, false), std::move(method), std::move(target), false);
  }

  void Write(std::shared_ptr<Outgoing> out, std::string method, std::string target, bool keep) {
    stream_.expires_after(std::chrono::seconds(server_.options.body_timeout_s));
    auto buffers = out->Buffers();  // before `out` moves into the handler, which keeps the bytes alive
    asio::async_write(stream_, buffers,
                      [self = shared_from_this(), out = std::move(out), method = std::move(method),
                       target = std::move(target), keep](beast::error_code ec, std::size_t bytes) {
                        self->Log(method, target, static_cast<unsigned>(out->answer.status), bytes);
                        self->busy_ = false;
                        self->ReleaseBody();
                        if (ec) return self->Close();
                        if (self->unread_input_) return self->CloseAfterDraining();
                        if (!keep || self->server_.stopping) return self->Close();
                        self->ReadHeader(false);
                      });
  }

  // Closing a socket with unread input makes the kernel send a reset, and a client still
  // sending its body may then lose the answer before reading it. So stop sending, and
  // read and discard what the client still sends (no buffering) until it closes, up to
  // the header deadline and the upload limit.
  void CloseAfterDraining() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(server_.options.header_timeout_s));
    discard_ = std::make_unique<std::array<char, 4096>>();
    Discard();
  }

  void Discard() {
    stream_.async_read_some(asio::buffer(*discard_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->discarded_ += n;
                              if (ec || self->discarded_ > self->server_.options.max_upload_bytes)
                                return self->Close();
                              self->Discard();
                            });
  }

  void Log(const std::string& method, const std::string& target, unsigned status, std::size_t bytes) {
    if (!spdlog::should_log(spdlog::level::info)) return;  // spares masking the target
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
    const std::string& client = client_.empty() ? remote_ : client_;
    spdlog::info("access {} \"{} {}\" {} {} {:.2f}ms", client.empty() ? "-" : client, method,
                 LoggedTarget(target), status, bytes, ms);
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  HttpServer::Impl& server_;
  const bool over_capacity_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  HttpRequest request_;  // the request being read, from its header on
  std::string client_;   // its client address (client_address.h), kept for the access log
  std::string remote_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  // All touched only on this connection's strand:
  bool busy_ = false;
  bool unread_input_ = false;  // the client may have sent bytes not read (a body not admitted)
  std::size_t reserved_body_bytes_ = 0;
  std::unique_ptr<std::array<char, 4096>> discard_;
  std::size_t discarded_ = 0;
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
    if (stopping || ec == asio::error::operation_aborted) return;
    if (ec) return RetryAcceptLater(ec);
    bool full = active.load() >= static_cast<int>(std::min<std::size_t>(options.max_connections, 1 << 30));
    std::make_shared<Connection>(std::move(socket), *this, full)->Start();
    Accept();
  });
}

// An accept that fails (most often EMFILE: out of file descriptors) fails again at once
// while the pending connection waits in the queue; retrying in a loop would spin a core.
void HttpServer::Impl::RetryAcceptLater(const beast::error_code& ec) {
  spdlog::warn("accept failed: {}; retrying in {} ms", ec.message(), options.accept_retry_ms);
  accept_retry.expires_after(std::chrono::milliseconds(options.accept_retry_ms));
  accept_retry.async_wait([this](beast::error_code waited) {
    if (!waited && !stopping) Accept();
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

HttpServer::HttpServer(ServerOptions options, Handler handler, Screen screen)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(screen))) {}

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
  asio::post(impl_->accept_strand, [this] {
    if (impl_->stopping.exchange(true)) return;
    boost::system::error_code ec;
    impl_->acceptor.close(ec);
    impl_->accept_retry.cancel();
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
