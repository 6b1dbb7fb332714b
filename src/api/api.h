// The HTTP API of Sanwang: REST under /api/v1, Open311 under /open311/v2, /healthz and
// /metrics (DESIGN.md §8). Api::Handle turns an HttpRequest into an HttpResponse; it holds
// no business rule — every decision is a call into the domain modules — and it checks, for
// every route, that the caller is signed in with a role the route allows, that cookie
// writes carry the CSRF token, and it writes the audit log.
//
// Thread-safe: worker threads call Handle concurrently. Each call leases its own database
// connection; the org directory and catalog are an immutable snapshot replaced whole by
// Reload after an import or an admin change.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/auth.h"
#include "api/http_message.h"
#include "api/metrics.h"
#include "api/router.h"
#include "cases/case_engine.h"
#include "classify/active_model_cache.h"
#include "core/clock.h"
#include "core/working_calendar.h"
#include "store/database_pool.h"

namespace sanwang::api {

struct ApiOptions {
  AuthPolicy auth;
  bool secure_cookies = false;  // add Secure to cookies (behind HTTPS)
  std::string static_dir;       // the built browser app, served for paths outside the API
  // Smart dispatch: a matter filed without an item gets the classifier's suggestion at or
  // above this confidence (Config::auto_dispatch_threshold).
  double auto_dispatch_threshold = 0.6;
};

// The org net and catalog as of the last Reload.
struct DomainSnapshot {
  org::OrgDirectory org;
  cases::Catalog catalog;
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

  const cases::Actor& actor() const { return session->actor; }
  cases::CaseEngine Engine() const;
};

using Handler = std::function<HttpResponse(Call&)>;

// Who may call a route: nobody signed in needed, anyone signed in, or the listed roles.
struct Access {
  bool public_route = false;
  std::set<std::string> roles;  // empty with public_route=false: any signed-in account

  static Access Public() { return {true, {}}; }
  static Access SignedIn() { return {false, {}}; }
  static Access Roles(std::set<std::string> roles) { return {false, std::move(roles)}; }
};

struct RouteEntry {
  Access access;
  Handler handler;
  std::string summary;  // for the OpenAPI document
};

class Api {
 public:
  Api(store::DatabasePool& pool, const Clock& clock, const WorkingCalendar& calendar,
      const cases::Workflow& workflow, std::string district_code, ApiOptions options);

  Status Reload();
  HttpResponse Handle(const HttpRequest& request);

  void Add(std::string method, std::string pattern, Access access, std::string summary, Handler handler);
  const Router<RouteEntry>& router() const { return router_; }

  const Clock& clock() const { return clock_; }
  const WorkingCalendar& calendar() const { return calendar_; }
  const cases::Workflow& workflow() const { return workflow_; }
  const Authenticator& auth() const { return auth_; }
  const ApiOptions& options() const { return options_; }
  const std::string& district_code() const { return district_; }
  Metrics& metrics() { return metrics_; }
  store::DatabasePool& pool() const { return pool_; }
  // The district's active text classifier, shared by the worker threads (thread-safe).
  classify::ActiveModelCache& classifier() const { return classifier_; }

 private:
  std::shared_ptr<const DomainSnapshot> Snapshot() const;
  HttpResponse Route(const HttpRequest& request, store::Database& db);
  Status CheckAccess(const RouteEntry& entry, const HttpRequest& request, const std::optional<Session>& session) const;
  void Audit(store::Database& db, const HttpRequest& request, const std::optional<Session>& session,
             const HttpResponse& response) const;

  store::DatabasePool& pool_;
  const Clock& clock_;
  const WorkingCalendar& calendar_;
  const cases::Workflow& workflow_;
  std::string district_;
  ApiOptions options_;
  Authenticator auth_;
  Router<RouteEntry> router_;
  Metrics metrics_;
  mutable std::mutex snapshot_mutex_;
  std::shared_ptr<const DomainSnapshot> snapshot_;  // guarded by snapshot_mutex_
  mutable classify::ActiveModelCache classifier_;  // thread-safe itself
};

// Route groups, each in its own file.
void AddSystemRoutes(Api& api);
void AddAuthRoutes(Api& api);
void AddOrgRoutes(Api& api);
void AddCaseRoutes(Api& api);
void AddAdminRoutes(Api& api);
void AddOpen311Routes(Api& api);
void AddPhotoRoutes(Api& api);
void AddClassifyRoutes(Api& api);

}  // namespace sanwang::api
