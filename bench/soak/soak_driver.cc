// The soak driver (bench/soak/README.md): drives a running `sanwang serve` for a while with
// a district's mix of users, each a thread holding one keep-alive HTTP/1.1 connection and
// sending its next request as soon as the last is answered (a closed loop):
//
//   residents  file a matter, list their own matters, read one of them and its timeline
//   staff      open their inbox (a tab and the tab counts), take the next filed matter
//              nobody has taken, read it, accept (签收) it, reply to the resident (办理)
//              and resolve (办结) it
//   leaders    open the district's dashboard and the community ranking
//
// The residents' filed cases reach the staff through one queue, so no two staff take the
// same case and a 409 is a real error. Every answer outside 2xx and every socket error is
// counted per route (the first few are printed). Latency is from writing a request to
// reading its whole answer. Every 10 s the driver samples the server's resident memory
// (VmRSS in /proc/PID/status) and the requests and errors of the last interval.
//
// Standalone on purpose (Boost.Beast and nlohmann/json, no Sanwang library): it talks to
// the server only over HTTP, like any client. Build: see bench/soak/run.sh.
#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <deque>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using json = nlohmann::json;

constexpr const char* kPassword = "Sanwang2026";
constexpr int kSampleSeconds = 10;
// The demo district's footprint (bench/http/post_case.lua).
constexpr double kLonMin = 113.7435, kLonMax = 113.8855, kLatMin = 33.9840, kLatMax = 34.0948;

struct Options {
  std::string host = "127.0.0.1";
  std::string port;
  int duration_s = 600;
  int residents = 32;
  int staff = 24;
  int leaders = 8;
  int server_pid = 0;
  std::vector<std::string> items;  // grid-tier catalog codes a resident files under
};

// What one route saw: latencies in microseconds, answers outside 2xx, socket errors.
struct RouteStats {
  std::vector<std::uint32_t> latency_us;
  std::int64_t bad_status = 0;
  std::int64_t socket_errors = 0;
};

// Counters every thread adds to, read by the sampler.
struct Totals {
  std::atomic<std::int64_t> requests{0};
  std::atomic<std::int64_t> errors{0};
  std::atomic<std::int64_t> cases_filed{0};
  std::atomic<std::int64_t> cases_resolved{0};
  std::atomic<std::int64_t> queue_empty{0};  // staff rounds that found no case to take
  std::atomic<int> errors_printed{0};
};

// Filed cases waiting for a staff member; each is taken once.
class CaseQueue {
 public:
  void Push(std::int64_t id) {
    std::lock_guard lock(mutex_);
    ids_.push_back(id);
  }
  std::optional<std::int64_t> Take() {
    std::lock_guard lock(mutex_);
    if (ids_.empty()) return std::nullopt;
    std::int64_t id = ids_.front();
    ids_.pop_front();
    return id;
  }
  std::size_t Size() {
    std::lock_guard lock(mutex_);
    return ids_.size();
  }

 private:
  std::mutex mutex_;
  std::deque<std::int64_t> ids_;
};

struct Answer {
  int status = 0;  // 0: the connection failed
  std::string body;
};

// One keep-alive connection; reconnects when the server closed it.
class Client {
 public:
  Client(const Options& options, Totals& totals) : options_(options), totals_(totals) {}

  // Sends a request and reads the answer; counts it under `route` unless route is empty.
  Answer Send(const std::string& route, http::verb verb, const std::string& target,
              const std::string& body = "") {
    http::request<http::string_body> request{verb, target, 11};
    request.set(http::field::host, options_.host);
    request.keep_alive(true);
    if (!token_.empty()) request.set(http::field::authorization, "Bearer " + token_);
    if (!body.empty()) {
      request.set(http::field::content_type, "application/json");
      request.body() = body;
      request.prepare_payload();
    }
    auto start = Clock::now();
    Answer answer = Exchange(request);
    if (answer.status == 0) answer = Exchange(request);  // once more on a fresh connection
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
    if (!route.empty()) Count(route, answer, static_cast<std::uint32_t>(micros), target);
    return answer;
  }

  bool SignIn(const std::string& username) {
    json body = {{"username", username}, {"password", kPassword}};
    Answer answer = Send("", http::verb::post, "/api/v1/auth/sign-in", body.dump());
    if (answer.status != 200) {
      std::cerr << "sign-in of " << username << " failed: " << answer.status << " " << answer.body << "\n";
      return false;
    }
    token_ = json::parse(answer.body).at("token").get<std::string>();
    return true;
  }

  std::map<std::string, RouteStats>& stats() { return stats_; }

 private:
  Answer Exchange(http::request<http::string_body>& request) {
    try {
      if (!socket_) Connect();
      http::write(*socket_, request);
      http::response<http::string_body> response;
      http::read(*socket_, buffer_, response);
      if (!response.keep_alive()) socket_.reset();
      return {static_cast<int>(response.result_int()), std::move(response.body())};
    } catch (const std::exception&) {
      socket_.reset();
      buffer_.clear();
      return {};
    }
  }

  void Connect() {
    tcp::resolver resolver(io_);
    socket_.emplace(io_);
    asio::connect(*socket_, resolver.resolve(options_.host, options_.port));
    socket_->set_option(tcp::no_delay(true));
  }

  void Count(const std::string& route, const Answer& answer, std::uint32_t micros,
             const std::string& target) {
    RouteStats& s = stats_[route];
    s.latency_us.push_back(micros);
    ++totals_.requests;
    bool bad = answer.status < 200 || answer.status > 299;
    if (!bad) return;
    ++totals_.errors;
    if (answer.status == 0) {
      ++s.socket_errors;
    } else {
      ++s.bad_status;
    }
    if (totals_.errors_printed.fetch_add(1) < 20) {
      std::cerr << "error on " << route << " (" << target << "): " << answer.status << " "
                << answer.body.substr(0, 300) << "\n";
    }
  }

  const Options& options_;
  Totals& totals_;
  asio::io_context io_;
  std::optional<tcp::socket> socket_;
  beast::flat_buffer buffer_;
  std::string token_;
  std::map<std::string, RouteStats> stats_;
};

struct Shared {
  const Options& options;
  Totals& totals;
  CaseQueue& queue;
  Clock::time_point end;
};

std::string CaseTarget(std::int64_t id, const std::string& rest = "") {
  return "/api/v1/cases/" + std::to_string(id) + rest;
}

std::string Transition(const std::string& action, const std::string& note = "") {
  json body = {{"action", action}};
  if (!note.empty()) body["note"] = note;
  return body.dump();
}

// A resident: files a matter, lists their matters, reads one of them and its timeline.
void ResidentLoop(Client& client, Shared& shared, int number) {
  std::mt19937_64 random(20261205 + number);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<std::int64_t> mine;
  for (std::int64_t n = 1; Clock::now() < shared.end; ++n) {
    const auto& items = shared.options.items;
    json filing = {{"title", "浸泡测试 soak " + std::to_string(number) + "-" + std::to_string(n)},
                   {"item_code", items[random() % items.size()]},
                   {"lon", kLonMin + unit(random) * (kLonMax - kLonMin)},
                   {"lat", kLatMin + unit(random) * (kLatMax - kLatMin)}};
    Answer filed = client.Send("file a matter", http::verb::post, "/api/v1/cases", filing.dump());
    if (filed.status == 201 || filed.status == 200) {
      std::int64_t id = json::parse(filed.body).at("id").get<std::int64_t>();
      mine.push_back(id);
      shared.queue.Push(id);
      ++shared.totals.cases_filed;
    }
    client.Send("my matters", http::verb::get, "/api/v1/cases?page_size=20");
    if (mine.empty()) continue;
    std::int64_t id = mine[random() % mine.size()];
    client.Send("read a matter", http::verb::get, CaseTarget(id));
    client.Send("matter timeline", http::verb::get, CaseTarget(id, "/events"));
  }
}

bool Allows(const Answer& answer, const std::string& action) {
  if (answer.status != 200) return false;
  json actions = json::parse(answer.body).value("allowed_actions", json::array());
  return std::find(actions.begin(), actions.end(), action) != actions.end();
}

// A member of the command center's staff: opens the inbox (the center's tabs), then moves
// the next case through accept, reply and resolve.
void StaffLoop(Client& client, Shared& shared, int number) {
  static const char* kTabs[] = {"to_dispatch", "in_progress", "due_soon", "overdue", "closed"};
  for (int round = number; Clock::now() < shared.end; ++round) {
    client.Send("inbox tab", http::verb::get,
                std::string("/api/v1/cases?page_size=20&tab=") + kTabs[round % 5]);
    client.Send("tab counts", http::verb::get, "/api/v1/cases/tab-counts");
    auto id = shared.queue.Take();
    if (!id) {
      ++shared.totals.queue_empty;
      continue;
    }
    Answer read = client.Send("read a case", http::verb::get, CaseTarget(*id));
    if (!Allows(read, "accept")) continue;  // not dispatched (e.g. outside every grid)
    client.Send("accept", http::verb::post, CaseTarget(*id, "/transitions"), Transition("accept"));
    client.Send("reply", http::verb::post, CaseTarget(*id, "/transitions"),
                Transition("reply", "已到现场查看，正在处理 On site, being handled"));
    Answer resolved = client.Send("resolve", http::verb::post, CaseTarget(*id, "/transitions"),
                                  Transition("resolve", "已处理完毕 Handled"));
    if (resolved.status == 200) ++shared.totals.cases_resolved;
  }
}

// A leader: the district's dashboard, then the community ranking.
void LeaderLoop(Client& client, Shared& shared) {
  while (Clock::now() < shared.end) {
    client.Send("dashboard", http::verb::get, "/api/v1/dashboard");
    client.Send("ranking", http::verb::get, "/api/v1/rankings?level=community");
  }
}

// Resident memory of the process in KiB (VmRSS), or -1 when it cannot be read.
long ResidentKib(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

struct Sample {
  int second;
  std::int64_t requests;
  std::int64_t errors;
  long rss_kib;
  std::size_t queue;
};

// Every kSampleSeconds until `end`: the interval's requests and errors and the RSS.
std::vector<Sample> SampleUntil(Shared& shared) {
  std::vector<Sample> samples;
  auto start = Clock::now();
  samples.push_back({0, 0, 0, ResidentKib(shared.options.server_pid), shared.queue.Size()});
  std::int64_t last_requests = 0, last_errors = 0;
  for (int tick = 1;; ++tick) {
    auto at = start + std::chrono::seconds(tick * kSampleSeconds);
    if (at > shared.end) break;
    std::this_thread::sleep_until(at);
    std::int64_t requests = shared.totals.requests, errors = shared.totals.errors;
    samples.push_back({tick * kSampleSeconds, requests - last_requests, errors - last_errors,
                       ResidentKib(shared.options.server_pid), shared.queue.Size()});
    last_requests = requests;
    last_errors = errors;
    std::cerr << "[" << tick * kSampleSeconds << " s] requests " << requests << ", errors " << errors
              << ", RSS " << samples.back().rss_kib / 1024 << " MiB\n";
  }
  return samples;
}

double Percentile(std::vector<std::uint32_t>& sorted, double p) {
  if (sorted.empty()) return 0;
  auto index = static_cast<std::size_t>(std::lround(p / 100.0 * static_cast<double>(sorted.size() - 1)));
  return sorted[std::min(index, sorted.size() - 1)] / 1000.0;
}

void PrintRoutes(std::ostream& out, std::map<std::string, RouteStats>& routes, double seconds) {
  out << "| route | requests | req/s | p50 ms | p99 ms | max ms | non-2xx | socket errors |\n"
      << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (auto& [name, s] : routes) {
    std::sort(s.latency_us.begin(), s.latency_us.end());
    char line[256];
    std::snprintf(line, sizeof line, "| %s | %zu | %.1f | %.2f | %.2f | %.2f | %lld | %lld |\n", name.c_str(),
                  s.latency_us.size(), static_cast<double>(s.latency_us.size()) / seconds,
                  Percentile(s.latency_us, 50), Percentile(s.latency_us, 99),
                  s.latency_us.empty() ? 0.0 : s.latency_us.back() / 1000.0,
                  static_cast<long long>(s.bad_status), static_cast<long long>(s.socket_errors));
    out << line;
  }
}

void PrintSamples(std::ostream& out, const std::vector<Sample>& samples) {
  out << "| second | requests in the interval | errors in the interval | server RSS MiB | cases waiting for "
         "staff |\n"
      << "|---:|---:|---:|---:|---:|\n";
  for (const Sample& s : samples) {
    char line[160];
    std::snprintf(line, sizeof line, "| %d | %lld | %lld | %.1f | %zu |\n", s.second,
                  static_cast<long long>(s.requests), static_cast<long long>(s.errors),
                  static_cast<double>(s.rss_kib) / 1024.0, s.queue);
    out << line;
  }
}

std::vector<std::string> SplitCommas(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

std::optional<Options> ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string key = argv[i], value = argv[i + 1];
    if (key == "--host")
      o.host = value;
    else if (key == "--port")
      o.port = value;
    else if (key == "--duration")
      o.duration_s = std::stoi(value);
    else if (key == "--residents")
      o.residents = std::stoi(value);
    else if (key == "--staff")
      o.staff = std::stoi(value);
    else if (key == "--leaders")
      o.leaders = std::stoi(value);
    else if (key == "--server-pid")
      o.server_pid = std::stoi(value);
    else if (key == "--items")
      o.items = SplitCommas(value);
    else
      return std::nullopt;
  }
  if (o.port.empty() || o.items.empty() || o.server_pid <= 0) return std::nullopt;
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  auto options = ParseOptions(argc, argv);
  if (!options) {
    std::cerr << "usage: soak_driver --port P --server-pid PID --items CODE,CODE… [--host H] [--duration S]"
                 " [--residents N] [--staff N] [--leaders N]\n";
    return 2;
  }
  Totals totals;
  CaseQueue queue;
  std::vector<std::unique_ptr<Client>> clients;
  std::vector<std::string> accounts;
  for (int i = 0; i < options->residents; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "resident%02d", i % 20 + 1);
    accounts.emplace_back(name);
  }
  for (int i = 0; i < options->staff; ++i) accounts.emplace_back("center");
  for (int i = 0; i < options->leaders; ++i) accounts.emplace_back("leader");
  for (const std::string& account : accounts) {
    clients.push_back(std::make_unique<Client>(*options, totals));
    if (!clients.back()->SignIn(account)) return 1;
  }

  auto start = Clock::now();
  Shared shared{*options, totals, queue, start + std::chrono::seconds(options->duration_s)};
  std::vector<std::thread> threads;
  for (int i = 0; i < static_cast<int>(clients.size()); ++i) {
    Client& client = *clients[i];
    if (i < options->residents) {
      threads.emplace_back([&client, &shared, i] { ResidentLoop(client, shared, i); });
    } else if (i < options->residents + options->staff) {
      threads.emplace_back([&client, &shared, i] { StaffLoop(client, shared, i); });
    } else {
      threads.emplace_back([&client, &shared] { LeaderLoop(client, shared); });
    }
  }
  std::vector<Sample> samples = SampleUntil(shared);
  for (auto& thread : threads) thread.join();
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::int64_t sampled_requests = 0, sampled_errors = 0;
  for (const Sample& s : samples) {
    sampled_requests += s.requests;
    sampled_errors += s.errors;
  }
  samples.push_back({static_cast<int>(seconds), totals.requests - sampled_requests,
                     totals.errors - sampled_errors, ResidentKib(options->server_pid), queue.Size()});

  std::map<std::string, RouteStats> routes;
  for (auto& client : clients) {
    for (auto& [name, s] : client->stats()) {
      RouteStats& into = routes[name];
      into.latency_us.insert(into.latency_us.end(), s.latency_us.begin(), s.latency_us.end());
      into.bad_status += s.bad_status;
      into.socket_errors += s.socket_errors;
    }
  }
  std::cout << "connections: " << clients.size() << " (residents " << options->residents << ", staff "
            << options->staff << ", leaders " << options->leaders << "); measured " << seconds << " s\n"
            << "requests: " << totals.requests << " (" << static_cast<double>(totals.requests) / seconds
            << " per second), errors: " << totals.errors << "\n"
            << "cases filed: " << totals.cases_filed << ", resolved by staff: " << totals.cases_resolved
            << ", staff rounds with no case to take: " << totals.queue_empty << "\n\n";
  PrintRoutes(std::cout, routes, seconds);
  std::cout << "\n";
  PrintSamples(std::cout, samples);
  return totals.errors == 0 ? 0 : 3;
}
