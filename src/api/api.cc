#include "api/api.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <future>

#include "api/responses.h"
#include "api/security_headers.h"
#include "api/static_files.h"
#include "cases/case_access.h"
#include "core/log_throttle.h"
#include "core/url_encoding.h"
#include "notify/case_notices.h"
#include "store/catalog_repository.h"
#include "store/domain_version_repository.h"
#include "store/org_repository.h"
#include "store/security_repository.h"

namespace sanwang::api {
namespace {

bool IsWrite(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

// Whether a write may change an account or end a session, so that the session cache must
// not serve or keep sessions while it runs. Only the frequent writes that cannot (cases,
// their photos and moves, Open311 requests) are left out; every other write, and any new
// route, counts as one.
bool MayChangeAccounts(const std::string& path) {
  return path.rfind("/api/v1/cases", 0) != 0 && path.rfind("/open311/", 0) != 0;
}

// What the answer's headers depend on, without the body (which may be large).
HttpRequest HeaderOnly(const HttpRequest& request) {
  HttpRequest head;
  head.method = request.method;
  head.path = request.path;
  return head;
}

}  // namespace

cases::CaseEngine Call::Engine() const {
  cases::CaseEngine engine(db, api.clock(), api.calendar(), api.workflow(), domain->org, domain->catalog);
  engine.SetListener(api.case_listener());
  return engine;
}

Api::Api(store::DatabasePool& pool, const Clock& clock, const WorkingCalendar& calendar,
         const cases::Workflow& workflow, std::string district_code, ApiOptions options)
    : pool_(pool),
      clock_(clock),
      calendar_(calendar),
      workflow_(workflow),
      district_(std::move(district_code)),
      options_(std::move(options)),
      auth_(clock, options_.auth, district_, options_.verify_password),
      circles_(options_.circles),
      request_limiter_(clock, options_.limits) {
  if (options_.notices)
    case_listener_ = std::make_shared<notify::CaseNoticeWriter>(*options_.notices, workflow_);
  for (const RouteModule& module : RouteModules()) {
    adding_tag_ = module.tag;
    module.add(*this);
  }
  committer_ = std::make_unique<store::GroupCommitter>(pool_);
  password_workers_ = std::make_unique<WorkerPool>(options_.password_threads);
  read_workers_ = std::make_unique<WorkerPool>(options_.read_threads);
}

Result<const cases::Workflow*> Api::WorkflowNamed(std::string_view name) const {
  auto it = options_.workflows.find(name);
  if (it == options_.workflows.end() || !it->second) {
    return Unavailable("流程未配置 the workflow '" + std::string(name) + "' is not configured");
  }
  return it->second.get();
}

Handler FromResult(ResultHandler handler) {
  return [handler = std::move(handler)](Call& call) -> HttpResponse {
    Result<HttpResponse> answer = handler(call);
    if (!answer.ok()) return ErrorResponse(answer.status());
    return std::move(answer).value();
  };
}

void Api::Add(std::string method, std::string pattern, Access access, RouteDoc doc, Handler handler,
              Prepare prepare) {
  router_.Add(
      std::move(method), std::move(pattern),
      RouteEntry{std::move(access), std::move(handler), std::move(doc), adding_tag_, std::move(prepare)});
}

void Api::AddFiling(std::string method, std::string pattern, Access access, RouteDoc doc, Handler handler,
                    Prepare prepare) {
  RouteEntry entry{std::move(access), std::move(handler), std::move(doc), adding_tag_, std::move(prepare)};
  entry.filing = true;
  router_.Add(std::move(method), std::move(pattern), std::move(entry));
}

void Api::AddHeavyRead(std::string pattern, Access access, RouteDoc doc, Handler handler) {
  RouteEntry entry{std::move(access), std::move(handler), std::move(doc), adding_tag_, nullptr};
  entry.heavy = true;
  router_.Add("GET", std::move(pattern), std::move(entry));
}

Status Api::Reload() {
  auto lease = pool_.Acquire();
  SW_ASSIGN_OR_RETURN(auto versions, store::DomainVersionRepository(*lease).All());
  versions.emplace(district_, 0);
  for (const auto& held : versions) SW_RETURN_IF_ERROR(ReloadFrom(*lease, held.first));
  return Status::Ok();
}

Status Api::ReloadFrom(store::Database& db, const std::string& district) const {
  // Read first: a change committed while the rest loads leaves the version behind the data
  // loaded, and the next check loads again — never the other way round.
  SW_ASSIGN_OR_RETURN(std::int64_t version, store::DomainVersionRepository(db).Current(district));
  store::OrgRepository org_repo(db);
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(org_repo, district));
  store::CatalogRepository catalog_repo(db);
  SW_ASSIGN_OR_RETURN(cases::Catalog catalog, cases::Catalog::Load(catalog_repo, district));
  auto snapshot =
      std::make_shared<const DomainSnapshot>(DomainSnapshot{std::move(org), std::move(catalog), version});
  MutexLock lock(snapshot_mutex_);
  snapshots_[district] = std::move(snapshot);
  return Status::Ok();
}

Result<bool> Api::ReloadIfChanged() {
  auto lease = pool_.Acquire();
  SW_ASSIGN_OR_RETURN(auto versions, store::DomainVersionRepository(*lease).All());
  bool reloaded = false;
  for (const auto& [district, version] : versions) {
    auto held = SnapshotOf(district);
    if (held && held->version == version) continue;
    SW_RETURN_IF_ERROR(ReloadFrom(*lease, district));
    reloaded = true;
  }
  return reloaded;
}

std::vector<std::string> Api::districts() const {
  std::vector<std::string> codes = {district_};
  MutexLock lock(snapshot_mutex_);
  for (const auto& held : snapshots_)
    if (held.first != district_) codes.push_back(held.first);
  return codes;
}

std::shared_ptr<const DomainSnapshot> Api::SnapshotOf(const std::string& district) const {
  MutexLock lock(snapshot_mutex_);
  auto it = snapshots_.find(district);
  return it == snapshots_.end() ? nullptr : it->second;
}

std::string Api::RequestDistrict(const HttpRequest& request, const std::optional<Session>& session) const {
  if (session) return session->user.district_code;
  // Open311's name for the district a request is for; other anonymous routes take it too.
  // An Open311 POST may carry it in its form body, as the specification has it.
  std::string named = request.Query("jurisdiction_id");
  if (named.empty() && request.method == "POST" && request.path.rfind("/open311/", 0) == 0 &&
      request.Header("content-type").rfind("application/x-www-form-urlencoded", 0) == 0) {
    auto form = ParseFormUrlEncoded(request.body);
    if (form.ok()) {
      auto field = form->find("jurisdiction_id");
      if (field != form->end()) named = field->second;
    }
  }
  return named.empty() ? district_ : named;
}

Status Api::CheckAccess(const RouteEntry& entry, const HttpRequest& request,
                        const std::optional<Session>& session) const {
  if (entry.access.public_route) return Status::Ok();
  if (!session) return {ErrorCode::kUnauthenticated, "请先登录 sign in first"};
  if (session->user.must_change_password && !entry.access.before_account_setup) {
    return {ErrorCode::kPasswordChangeRequired, "请先修改密码 you must change your password first"};
  }
  if (session->must_set_up_two_factor && !entry.access.before_account_setup) {
    return {ErrorCode::kPermissionDenied, "请先开启两步验证 set up two-step sign-in first", "two_factor"};
  }
  if (!entry.access.roles.empty() && !entry.access.roles.count(session->user.role)) {
    return PermissionDenied("角色无权访问 role " + session->user.role + " may not use this");
  }
  if (session->via_cookie && IsWrite(request.method) &&
      request.Header("x-csrf-token") != session->csrf_token) {
    return PermissionDenied(
        "CSRF 令牌缺失或不符，请带上 X-CSRF-Token CSRF token missing or wrong (send X-CSRF-Token)");
  }
  return Status::Ok();
}

std::optional<HttpResponse> Api::Admit(const HttpRequest& request, store::Database& db,
                                       const std::optional<RouteMatch>& match, bool path_known,
                                       std::optional<Session>& session) const {
  if (!match) {
    HttpResponse r =
        ErrorResponse(path_known ? Status{ErrorCode::kFailedPrecondition, "不允许的方法 method not allowed"}
                                 : NotFound("没有这个资源 no such resource: " + request.path));
    if (path_known) r.status = 405;
    r.route = "unmatched";
    return r;
  }
  const RouteEntry& entry = match->route->handler;
  auto authenticated =
      auth_.Authenticate(db, request.Header("authorization"), request.Cookie(kSessionCookie));
  if (!authenticated.ok() && !entry.access.public_route) {
    HttpResponse r = ErrorResponse(authenticated.status());
    r.route = match->route->pattern;
    return r;
  }
  if (authenticated.ok()) session = std::move(authenticated).value();
  Status allowed = CheckAccess(entry, request, session);
  if (allowed.ok()) {
    auto limited = Limit(request, entry, session);
    if (limited) limited->route = match->route->pattern;
    return limited;
  }
  HttpResponse r = ErrorResponse(allowed);
  r.route = match->route->pattern;
  Audit(db, request, session, RequestDistrict(request, session), r);
  return r;
}

std::optional<HttpResponse> Api::Limit(const HttpRequest& request, const RouteEntry& entry,
                                       const std::optional<Session>& session) const {
  if (!IsWrite(request.method) || request.screened) return std::nullopt;
  std::string account = session ? std::to_string(session->user.id) : "";
  std::int64_t wait = request_limiter_.TakeWrite(entry.filing, request.remote_address, account);
  if (wait == 0) return std::nullopt;
  return RequestLimiter::Refusal(wait);
}

HttpResponse Api::Route(const HttpRequest& request, store::Database& db, std::any prepared) {
  bool path_known = false;
  auto match = router_.Find(request.method, request.path, &path_known);
  return RouteFound(request, db, std::move(match), path_known, std::move(prepared));
}

HttpResponse Api::RouteFound(const HttpRequest& request, store::Database& db, std::optional<RouteMatch> match,
                             bool path_known, std::any prepared) {
  if (!match && request.method == "GET" && !options_.static_dir.empty()) {
    if (auto file = ServeStaticFile(options_.static_dir, request.path, request.Header("accept-encoding")))
      return *file;
  }
  std::optional<Session> session;
  if (auto refusal = Admit(request, db, match, path_known, session)) return *std::move(refusal);
  const std::string district = RequestDistrict(request, session);
  auto domain = SnapshotOf(district);
  if (!domain) {
    HttpResponse r = ErrorResponse(
        Status{ErrorCode::kNotFound, "没有这个区 no such district (jurisdiction_id)", "jurisdiction_id"});
    r.route = match->route->pattern;
    return r;
  }
  Call call{request, std::move(match->params), db, std::move(domain), session, *this, std::move(prepared)};
  HttpResponse response = match->route->handler.handler(call);
  response.route = match->route->pattern;
  // A public read (the catalog, the Open311 feed) holds nothing personal: caches may keep
  // it if they ask again first. Everything else under the API is no-store (AddAnswerHeaders).
  bool public_read = match->route->handler.access.public_route && !IsWrite(request.method);
  if (public_read && !HasHeader(response, "Cache-Control"))
    response.headers.emplace("Cache-Control", "no-cache");
  Audit(db, request, session, district, response, true);
  return response;
}

std::optional<HttpResponse> Api::Screen(const HttpRequest& header) {
  bool path_known = false;
  auto match = router_.Find(header.method, header.path, &path_known);
  std::optional<Session> session;
  std::optional<HttpResponse> refusal;
  {
    auto lease = pool_.Acquire();
    refusal = Admit(header, *lease, match, path_known, session);
  }
  if (refusal) {
    metrics_.Record(header.method, refusal->route, refusal->status, 0);
    AddAnswerHeaders(header, *refusal);
  }
  return refusal;
}

void Api::AddAnswerHeaders(const HttpRequest& request, HttpResponse& response) const {
  bool page = response.route == "static";
  AddSecurityHeaders(response, page ? AppContentSecurityPolicy(options_.tile_url)
                                    : std::string(kStrictContentSecurityPolicy));
  // API answers may hold personal data or tokens: no cache keeps them, unless the route
  // chose its own caching (the public catalog and the Open311 feed).
  bool api = request.path.rfind("/api/", 0) == 0 || request.path.rfind("/open311/", 0) == 0;
  if (api && !HasHeader(response, "Cache-Control")) response.headers.emplace("Cache-Control", "no-store");
}

void Api::Audit(store::Database& db, const HttpRequest& request, const std::optional<Session>& session,
                const std::string& district, const HttpResponse& response, bool by_handler) const {
  // A case route's handler answers 404 for a case the caller may not see (case_lookup.h):
  // an object-level refusal, audited like a 403.
  bool hidden_case =
      by_handler && response.status == 404 && response.route.rfind("/api/v1/cases/{id}", 0) == 0;
  bool denied = response.status == 401 || response.status == 403 || hidden_case;
  bool change = IsWrite(request.method) && response.status < 400;
  if (!denied && !change && response.audit_items.empty()) return;
  store::AuditRecord r;
  r.district_code = district;
  r.at = clock_.Now();
  if (session) {
    r.user_id = session->user.id;
    r.username = session->user.username;
    r.role = session->user.role;
  } else {
    r.username = response.audit_actor;
  }
  r.remote_address = request.remote_address;
  r.action = request.method + " " + response.route;
  r.target = session && !cases::AuditMayNameCase(session->actor) ? response.route : request.path;
  r.outcome = denied ? "denied" : change ? "ok" : "failed";
  r.detail =
      std::to_string(response.status) + (response.audit_detail.empty() ? "" : " " + response.audit_detail);
  store::SecurityRepository security(db);
  Status written = security.Audit(r);
  for (const auto& item : response.audit_items) {
    if (!written.ok()) break;
    r.target = item.target;
    r.outcome = item.outcome;
    r.detail = item.detail;
    written = security.Audit(r);
  }
  if (!written.ok()) {
    ProcessLogThrottle().Log(spdlog::level::err,
                             "audit log write failed: " + std::string(ErrorCodeName(written.code())),
                             "audit log write failed: " + written.ToString());
  }
}

void Api::HandleAsync(HttpRequest request, Respond respond) {
  auto started = std::chrono::steady_clock::now();
  auto finish = [this, started, request_head = HeaderOnly(request),
                 respond = std::move(respond)](HttpResponse response) {
    AddAnswerHeaders(request_head, response);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics_.Record(request_head.method, response.route, response.status, seconds);
    respond(std::move(response));
  };
  bool path_known = false;
  auto match = router_.Find(request.method, request.path, &path_known);
  if (!IsWrite(request.method)) {
    if (!match || !match->route->handler.heavy)
      return finish(AnswerRead(request, std::move(match), path_known));
    auto shared = std::make_shared<HttpRequest>(std::move(request));
    read_workers_->Submit([this, shared, match = std::move(match), finish = std::move(finish)]() mutable {
      finish(AnswerRead(*shared, std::move(match), true));
    });
    return;
  }
  if (match && match->route->handler.prepare) {
    const RouteEntry& entry = match->route->handler;
    auto shared = std::make_shared<HttpRequest>(std::move(request));
    password_workers_->Submit(
        [this, &entry, shared, params = std::move(match->params), finish = std::move(finish)]() mutable {
          std::any prepared = RunPrepare(entry, *shared, params);
          SubmitWrite(std::move(*shared), std::move(prepared), std::move(finish));
        });
    return;
  }
  SubmitWrite(std::move(request), {}, std::move(finish));
}

HttpResponse Api::AnswerRead(const HttpRequest& request, std::optional<RouteMatch> match, bool path_known) {
  auto lease = pool_.Acquire();
  return RouteFound(request, *lease, std::move(match), path_known, {});
}

std::any Api::RunPrepare(const RouteEntry& entry, const HttpRequest& request,
                         const PathParams& params) const {
  std::optional<Session> session;
  {
    auto lease = pool_.Acquire();
    auto authenticated =
        auth_.Authenticate(*lease, request.Header("authorization"), request.Cookie(kSessionCookie));
    if (authenticated.ok()) session = std::move(authenticated).value();
  }
  // The writer checks access again and answers a refusal; nothing to prepare for it.
  if (!CheckAccess(entry, request, session).ok()) return {};
  return entry.prepare(request, params, session, *this);
}

void Api::SubmitWrite(HttpRequest request, std::any prepared, Respond finish) {
  struct Exchange {
    HttpRequest request;
    std::any prepared;
    HttpResponse response;
    bool account_change_begun = false;
  };
  auto exchange = std::make_shared<Exchange>(Exchange{std::move(request), std::move(prepared), {}, false});
  bool account_change = MayChangeAccounts(exchange->request.path);
  committer_->Submit(
      [this, exchange, account_change](store::Database& db) {
        // Cached sessions end before the change runs; none is kept again until it is
        // committed (the completion below), so no reader puts the old state back.
        if (account_change) {
          auth_.sessions().BeginAccountChange();
          exchange->account_change_begun = true;
        }
        exchange->response = Route(exchange->request, db, std::move(exchange->prepared));
        return Status::Ok();
      },
      [this, exchange, finish = std::move(finish)](const Status& committed) {
        if (exchange->account_change_begun) auth_.sessions().EndAccountChange();
        if (committed.ok()) {
          NoteDataChanged();
        } else {
          // The handler's answer described a change that is not on disk: it must not be sent.
          // A full disk or a database down fails every write alike: one line per kind, throttled.
          ProcessLogThrottle().Log(spdlog::level::err,
                                   "commit failed: " + std::string(ErrorCodeName(committed.code())),
                                   "commit failed for " + exchange->request.method + " " +
                                       exchange->request.path + ": " + committed.ToString());
          std::string route = exchange->response.route;
          exchange->response =
              ErrorResponse(Unavailable("保存失败，请重试 the change was not saved; try again"));
          exchange->response.route = route;
        }
        finish(std::move(exchange->response));
      });
}

Status Api::RunWrite(store::GroupCommitter::Work work) {
  Status outcome = committer_->Run(std::move(work));
  NoteDataChanged();
  return outcome;
}

HttpResponse Api::Handle(const HttpRequest& request) {
  std::promise<HttpResponse> answer;
  auto future = answer.get_future();
  HandleAsync(request, [&answer](HttpResponse response) { answer.set_value(std::move(response)); });
  HttpResponse response = future.get();
  // Callers of this synchronous form (tests, tools) read `body`.
  if (response.shared_body) {
    response.body = *response.shared_body;
    response.shared_body.reset();
  }
  return response;
}

}  // namespace sanwang::api
