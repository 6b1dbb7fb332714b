// The HTTP API of Sanwang: REST under /api/v1, Open311 under /open311/v2, /healthz and
// /metrics (docs/architecture.md §8). Api::Handle turns an HttpRequest into an HttpResponse; it holds
// no business rule — every decision is a call into the domain modules — and it checks, for
// every route, that the caller is signed in with a role the route allows, that cookie
// writes carry the CSRF token, and it writes the audit log.
//
// Thread-safe: worker threads call Handle concurrently. Each call leases its own database
// connection; the org directory and catalog are an immutable snapshot replaced whole by
// Reload after an import or an admin change.
#pragma once

#include <any>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/auth.h"
#include "api/http_message.h"
#include "api/metrics.h"
#include "api/request_limiter.h"
#include "api/response_cache.h"
#include "api/router.h"
#include "api/sms_gateway.h"
#include "cases/case_engine.h"
#include "cases/ranking.h"
#include "circles/served_circles.h"
#include "classify/active_model_cache.h"
#include "core/clock.h"
#include "core/mutex.h"
#include "core/request_limits.h"
#include "core/worker_pool.h"
#include "core/working_calendar.h"
#include "org/password.h"
#include "org/roles.h"
#include "store/database_pool.h"
#include "store/group_committer.h"

namespace sanwang::notify {
class NoticeRules;
}  // namespace sanwang::notify

namespace sanwang::api {

struct ApiOptions {
  AuthPolicy auth;
  bool secure_cookies = false;  // add Secure to cookies (behind HTTPS)
  std::string static_dir;       // the built browser app, served for paths outside the API
  // Smart dispatch: a matter filed without an item gets the classifier's suggestion at or
  // above this confidence (Config::auto_dispatch_threshold).
  double auto_dispatch_threshold = 0.6;
  // Suggestions below this confidence are not offered (Config::suggest_min_confidence).
  double suggest_min_confidence = 0.15;
  // Weights and the minimum number of cases of the rankings (Config::ranking_min_cases).
  cases::RankingRules ranking;
  // Raster tiles for the browser map ({z}/{x}/{y} template); empty: no raster base map
  // (Config::tile_url).
  std::string tile_url;
  // Photos a case may hold, and their bytes together (Config::max_photos_per_case, …).
  std::int64_t max_photos_per_case = 20;
  std::int64_t max_photo_bytes_per_case = std::int64_t{50} << 20;
  // Walking speed, snapping and circles for the point query (config/circles.toml).
  circles::CirclesConfig circles;
  // Vertices of one feature in a boundary import (Config::max_feature_vertices).
  std::size_t max_feature_vertices = 20000;
  // Threads that hash and verify passwords, off the I/O threads and off the writer.
  std::size_t password_threads = 2;
  // Threads that answer the heavy reads (Api::AddHeavyRead: the dashboard, rankings, lists,
  // map layers …), so that a slow read never holds an I/O thread while cheap requests wait
  // (Config::read_threads). Each holds a pooled connection while it runs.
  std::size_t read_threads = 2;
  // How passwords are checked against stored hashes (a fake in tests).
  org::PasswordVerifier verify_password = org::VerifyPassword;
  // Residents' own registration: the SMS gateway that sends their codes (none while its
  // url is empty) and, without one, whether registration is open without a code
  // (Config::sms_gateway_url, Config::allow_unverified_registration).
  SmsGatewayOptions sms_gateway;
  bool allow_unverified_registration = false;
  // Households per community or grid worker, the roster's staffing norm
  // (Config::roster_households_per_worker).
  std::int64_t roster_households_per_worker = 300;
  // The workflows of engines other than the resident matter's, by name (ledger_milestone):
  // config/workflows/, each read with its engine's effects (cli/module_workflows.cc).
  std::map<std::string, std::shared_ptr<const cases::Workflow>, std::less<>> workflows;
  // What a change of a matter tells whom in the app (config/notices.toml,
  // notify/notice_rules.h); none when unset.
  std::shared_ptr<const notify::NoticeRules> notices;
  // The channels beyond the app this server sends on (email, sms, wechat: those configured
  // in [notify]); the delivery settings page offers only these.
  std::vector<std::string> delivery_channels;
  // How often an address or an account may write and file (Config::limits; api/request_limiter.h).
  // Off unless set, so that a server built without a configuration is not limited.
  RequestLimits limits = RequestLimits::Off();
};

// One district's org net and catalog as of the last Reload, and their version then
// (store/domain_version_repository.h).
struct DomainSnapshot {
  org::OrgDirectory org;
  cases::Catalog catalog;
  std::int64_t version = 0;
};

class Api;

// One request on its way through a handler.
struct Call {
  const HttpRequest& request;
  PathParams params;
  store::Database& db;
  std::shared_ptr<const DomainSnapshot> domain;
  std::optional<Session> session;
  const Api& api;
  // What the route's Prepare step produced, if it has one (empty when it did not run).
  std::any prepared;

  const cases::Actor& actor() const { return session->actor; }
  // The district the request is served in: the signed-in caller's own, else the one an
  // anonymous caller named (Open311's jurisdiction_id) or the installation's default.
  // Every read and write of a route is scoped to it.
  const std::string& district() const { return domain->org.district_code(); }
  cases::CaseEngine Engine() const;
};

using Handler = std::function<HttpResponse(Call&)>;

// A handler that answers with a Result, so that it returns early on an error
// (SW_ASSIGN_OR_RETURN) instead of turning each error into a response itself. FromResult
// makes it a Handler: an error becomes ErrorResponse (responses.cc, the one mapping of
// errors to HTTP). Route files move to this form one at a time.
using ResultHandler = std::function<Result<HttpResponse>(Call&)>;
Handler FromResult(ResultHandler handler);

// A write route's slow first step (password hashing), run on the password workers after
// the caller passed the access checks, before the write joins the group commit. It reads
// through connections it leases itself and must not write; its result reaches the handler
// as Call::prepared.
using Prepare =
    std::function<std::any(const HttpRequest&, const PathParams&, const std::optional<Session>&, const Api&)>;

// Who may call a route: nobody signed in needed, anyone signed in, or the listed roles.
// An account that must change its password may use only the routes that allow it.
struct Access {
  bool public_route = false;
  std::set<std::string> roles;  // empty with public_route=false: any signed-in account
  // Open to a session that must first change its password or set up two-step sign-in.
  bool before_account_setup = false;

  static Access Public() { return {true, {}}; }
  static Access SignedIn() { return {false, {}}; }
  static Access Roles(std::set<std::string> roles) { return {false, std::move(roles)}; }
  // One of the named sets of org/roles.h.
  static Access Roles(org::RoleSet set) { return {false, std::set<std::string>(set.begin(), set.end())}; }
  // Any signed-in account, even one that must change its password or set up two-step
  // sign-in first (the routes that do those, and signing out).
  static Access SignedInBeforeAccountSetup() { return {false, {}, true}; }
};

// How a route appears in the OpenAPI document (openapi_document.h): its operationId, a
// stable camelCase name that clients generate their functions from (renaming it breaks
// them), a one-paragraph summary, and the shapes of what it takes and answers
// (openapi_schema.h), and the query parameters it reads, given where the route is added:
//   {"getVenue", "One venue."}.Answers(VenueSchema())
//   {"bookVenue", "Books a venue."}.Takes(NewBookingSchema()).Answers(BookingSchema(), 201).Refuses({409})
//   {"listVenues", "Venues."}.Query("unit", schema::String(), "A unit code: its venues and those below.")
struct RouteDoc {
  RouteDoc() = default;
  RouteDoc(std::string id, std::string text)  // NOLINT: {"getVenue", "One venue."} reads well
      : operation_id(std::move(id)), summary(std::move(text)) {}

  std::string operation_id;
  std::string summary;
  nlohmann::json request = nullptr;  // the body's schema; null: no body, or one described elsewhere
  std::string request_type = "application/json";
  nlohmann::json answer = nullptr;  // the success answer's schema; null: a JSON object
  std::string answer_type = "application/json";
  int success = 200;
  // Statuses it answers besides those its access, method and path imply (400, 401, 403,
  // 404, 413, 503): 409 for a conflict, 422 for a rule the request breaks, 415 …
  std::vector<int> also;
  // The query parameters it reads, as OpenAPI parameter objects (in: query), in order.
  nlohmann::json query = nlohmann::json::array();

  RouteDoc Takes(nlohmann::json schema, std::string media_type = "application/json") &&;
  RouteDoc Answers(nlohmann::json schema, int status = 200) &&;
  // An answer that is a file, not JSON: "text/calendar", "text/csv", an XLSX workbook …
  RouteDoc AnswersFile(std::string media_type) &&;
  RouteDoc Refuses(std::vector<int> statuses) &&;
  // A query parameter it reads: its schema (text on the wire, read as the schema says) and
  // what it means. Those a module's routes share come as a whole (QueryParameters).
  RouteDoc Query(std::string name, nlohmann::json schema, std::string description, bool required = false) &&;
  RouteDoc Query(const nlohmann::json& parameters) &&;
};

struct RouteEntry {
  Access access;
  Handler handler;
  RouteDoc doc;
  std::string tag;  // the OpenAPI tag of the module that added the route (RouteModule::tag)
  Prepare prepare;  // empty for most routes
  // A read whose handler may take long (it aggregates or lists many cases): answered on the
  // read workers, not on the I/O thread that parsed it.
  bool heavy = false;
  // A route by which someone files something new — a matter, an Open311 request, a
  // registration (Api::AddFiling): held to the stricter filing limits (request_limiter.h).
  bool filing = false;
};

class Api {
 public:
  Api(store::DatabasePool& pool, const Clock& clock, const WorkingCalendar& calendar,
      const cases::Workflow& workflow, std::string district_code, ApiOptions options);

  // Loads the org net and catalog of every district in the database (and of the default
  // district, even before it has any unit).
  Status Reload();
  // Reloads one district through a connection the caller already holds: a route that
  // changed its org net or catalog, so that the next request sees the change.
  Status ReloadFrom(store::Database& db, const std::string& district) const;
  // Reloads when the org net or the catalog changed since the last load — through another
  // server on the same database or a command — as their version says: one single-row read
  // when nothing changed. True when it reloaded. The servers ask every few seconds
  // (cli/domain_watch.h).
  Result<bool> ReloadIfChanged();
  // Answers a request. Reads run at once on the calling thread, except heavy ones
  // (AddHeavyRead), which run on a read worker and are answered from it; writes (POST, PUT,
  // PATCH, DELETE) join the group commit and `respond` is called, on the committer's thread,
  // once the change is on disk. A write route with a Prepare step runs it first on a
  // password worker, so the writer never waits for a password hash.
  using Respond = std::function<void(HttpResponse)>;
  void HandleAsync(HttpRequest request, Respond respond);
  // The same, waiting for the answer.
  HttpResponse Handle(const HttpRequest& request);
  // Looks at a request before its body is read (the header only): an answer when it would
  // be refused whatever its body — no such route (404/405), not signed in (401), a role
  // the route does not allow or a missing CSRF token (403) — so the server need not read
  // the body; nothing when the body should be read. Refusals are audited like Handle's.
  std::optional<HttpResponse> Screen(const HttpRequest& header);
  // Runs a change from outside a request (the timers) in the group commit, and waits.
  Status RunWrite(store::GroupCommitter::Work work);

  // Bumped after every committed write through this server and by the timers, so cached
  // answers know when they may be stale.
  std::uint64_t data_generation() const { return data_generation_.load(std::memory_order_acquire); }
  void NoteDataChanged() { data_generation_.fetch_add(1, std::memory_order_acq_rel); }

  void Add(std::string method, std::string pattern, Access access, RouteDoc doc, Handler handler,
           Prepare prepare = nullptr);
  // A GET route whose handler is slow (it aggregates or pages through many cases): the
  // whole request — its checks, the handler, the audit — runs on a read worker, so the
  // I/O thread goes on with other connections meanwhile.
  void AddHeavyRead(std::string pattern, Access access, RouteDoc doc, Handler handler);
  // A write by which someone files something new (a matter, an Open311 request, a
  // registration): counted against the filing limits instead of the write limits.
  void AddFiling(std::string method, std::string pattern, Access access, RouteDoc doc, Handler handler,
                 Prepare prepare = nullptr);
  const Router<RouteEntry>& router() const { return router_; }

  const Clock& clock() const { return clock_; }
  const WorkingCalendar& calendar() const { return calendar_; }
  const cases::Workflow& workflow() const { return workflow_; }
  // Told of every change of a matter in its transaction (the in-app notices); null without
  // ApiOptions::notices.
  const cases::CaseListener* case_listener() const { return case_listener_.get(); }
  // Another engine's workflow (ApiOptions::workflows); Unavailable when it is not loaded.
  Result<const cases::Workflow*> WorkflowNamed(std::string_view name) const;
  const Authenticator& auth() const { return auth_; }
  const ApiOptions& options() const { return options_; }
  // The district anonymous callers are served when they name none (the configuration's
  // district_code); requests of signed-in callers are served in their own (Call::district).
  const std::string& default_district() const { return district_; }
  // The districts this server holds, the default first.
  std::vector<std::string> districts() const SW_EXCLUDES(snapshot_mutex_);
  // A district's org net and catalog; null for a district the database does not hold.
  std::shared_ptr<const DomainSnapshot> SnapshotOf(const std::string& district) const
      SW_EXCLUDES(snapshot_mutex_);
  Metrics& metrics() { return metrics_; }
  store::DatabasePool& pool() const { return pool_; }
  // The district's active text classifier, shared by the worker threads (thread-safe).
  classify::ActiveModelCache& classifier() const { return classifier_; }
  // The district's walking network and latest circles analysis in memory (thread-safe).
  circles::ServedCircles& circles() const { return circles_; }
  // Recent answers of the public Open311 requests feed (thread-safe).
  ResponseCache& feed_cache() const { return feed_cache_; }
  // The writes of each address and account (thread-safe).
  const RequestLimiter& request_limiter() const { return request_limiter_; }

 private:
  // The district a request is served in (Call::district): the signed-in caller's own, else
  // the jurisdiction_id an anonymous caller named, else the default.
  std::string RequestDistrict(const HttpRequest& request, const std::optional<Session>& session) const;
  HttpResponse Route(const HttpRequest& request, store::Database& db, std::any prepared = {});
  // Route's work once the router was asked (`match` empty: no route; `path_known`: the
  // path exists with other methods).
  using RouteMatch = Router<RouteEntry>::Match;
  HttpResponse RouteFound(const HttpRequest& request, store::Database& db, std::optional<RouteMatch> match,
                          bool path_known, std::any prepared);
  // Runs the route's Prepare step (if the caller may use the route) on this thread.
  std::any RunPrepare(const RouteEntry& entry, const HttpRequest& request, const PathParams& params) const;
  void SubmitWrite(HttpRequest request, std::any prepared, Respond finish);
  // Answers a read on this thread through a leased connection.
  HttpResponse AnswerRead(const HttpRequest& request, std::optional<RouteMatch> match, bool path_known);
  // Route's checks before the handler: the answer when the request is refused, else the
  // caller's session (when signed in) in `session`.
  std::optional<HttpResponse> Admit(const HttpRequest& request, store::Database& db,
                                    const std::optional<RouteMatch>& match, bool path_known,
                                    std::optional<Session>& session) const;
  // A write past its request limit: the 429 to answer (counted once per request: not again
  // for a request the server screened).
  std::optional<HttpResponse> Limit(const HttpRequest& request, const RouteEntry& entry,
                                    const std::optional<Session>& session) const;
  // The security and caching headers of an answer the handlers left out.
  void AddAnswerHeaders(const HttpRequest& request, HttpResponse& response) const;
  Status CheckAccess(const RouteEntry& entry, const HttpRequest& request,
                     const std::optional<Session>& session) const;
  // Writes the audit log entries of an answer: refusals (401, 403, and 404 from a case
  // route's own check when `by_handler`), changes, and each refused item of a bulk action.
  // `district`: the request's (RequestDistrict).
  void Audit(store::Database& db, const HttpRequest& request, const std::optional<Session>& session,
             const std::string& district, const HttpResponse& response, bool by_handler = false) const;

  store::DatabasePool& pool_;
  const Clock& clock_;
  const WorkingCalendar& calendar_;
  const cases::Workflow& workflow_;
  std::shared_ptr<const cases::CaseListener> case_listener_;
  std::string district_;
  ApiOptions options_;
  Authenticator auth_;
  Router<RouteEntry> router_;
  Metrics metrics_;
  mutable Mutex snapshot_mutex_;
  mutable std::map<std::string, std::shared_ptr<const DomainSnapshot>> snapshots_
      SW_GUARDED_BY(snapshot_mutex_);
  mutable classify::ActiveModelCache classifier_;  // thread-safe itself
  mutable circles::ServedCircles circles_;         // thread-safe itself
  std::atomic<std::uint64_t> data_generation_{0};
  std::string adding_tag_;  // the tag of the module whose routes are being added (constructor only)
  mutable ResponseCache feed_cache_{256, std::chrono::seconds(2)};
  mutable RequestLimiter request_limiter_;  // thread-safe itself
  // Destroyed after the password workers, so writes still queued finish while everything
  // they use exists.
  std::unique_ptr<store::GroupCommitter> committer_;
  // Its jobs still queued submit their writes to committer_, destroyed after it.
  std::unique_ptr<WorkerPool> password_workers_;
  // Last: destroyed first, so the reads still queued finish while everything they use exists.
  std::unique_ptr<WorkerPool> read_workers_;
};

// A module's routes: a name for messages, the function that adds them to the server, and
// the OpenAPI tag its routes are listed under (several modules may share one tag).
struct RouteModule {
  const char* name;
  void (*add)(Api& api);
  const char* tag;
};

// Every module's routes, in the order the server adds them (route_modules.cc: a new module
// adds its one line there). Order matters only where patterns overlap: a literal segment
// must be added before a parameter that would also match it.
const std::vector<RouteModule>& RouteModules();

// A module's gauges for /metrics, in Prometheus's text format (HELP, TYPE and samples).
using MetricsSource = std::string (*)(Call& call);
// Every module's gauges (metrics_modules.cc: a module with gauges adds its one line there).
const std::vector<MetricsSource>& MetricsModules();

// Route groups, each in its own file.
void AddSystemRoutes(Api& api);
void AddAuthRoutes(Api& api);
void AddOrgRoutes(Api& api);
void AddCaseRoutes(Api& api);
void AddAdminRoutes(Api& api);
void AddOpen311Routes(Api& api);
void AddPhotoRoutes(Api& api);
void AddClassifyRoutes(Api& api);
void AddWorkbenchRoutes(Api& api);  // before AddCaseRoutes: /cases/tab-counts is not /cases/{id}
void AddDashboardRoutes(Api& api);
void AddMapRoutes(Api& api);
void AddCatalogAdminRoutes(Api& api);
void AddCirclesRoutes(Api& api);
void AddRegistrationRoutes(Api& api);

}  // namespace sanwang::api
