// Accounts (the system administrator and the security officer, org/account_actions.h) and
// the audit log (the auditor).
#include "api/account_audit.h"
#include "api/account_schemas.h"
#include "api/api.h"
#include "api/json_views.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "org/account_filter.h"
#include "org/password.h"
#include "org/staff.h"
#include "store/security_repository.h"
#include "store/user_repository.h"

namespace sanwang::api {
namespace {

// The roles the accounts page may offer in its forms (org::AssignableRoles).
nlohmann::json AssignableRoles() {
  nlohmann::json roles = nlohmann::json::array();
  for (std::string_view role : org::AssignableRoles()) roles.push_back(role);
  return roles;
}

nlohmann::json ActionsOn(const store::UserRecord& by, const store::UserRecord& account) {
  nlohmann::json actions = nlohmann::json::array();
  for (std::string_view action : org::AccountActionsOn(by, account)) actions.push_back(action);
  return actions;
}

Result<HttpResponse> ListUsers(Call& call) {
  const org::AccountQuery query{call.request.Query("q"), call.request.Query("role"),
                                call.request.Query("unit"), call.request.Query("state")};
  SW_ASSIGN_OR_RETURN(org::AccountFilter filter, org::MakeAccountFilter(query, call.domain->org));
  SW_ASSIGN_OR_RETURN(auto users, store::UserRepository(call.db).List(call.district()));
  SW_ASSIGN_OR_RETURN(auto page, ParsePage(call.request));
  std::vector<const store::UserRecord*> matching;
  for (const auto& u : users) {
    if (org::AccountMatches(filter, u, call.domain->org)) matching.push_back(&u);
  }
  nlohmann::json items = nlohmann::json::array();
  std::size_t end = std::min(matching.size(), static_cast<std::size_t>(page.offset() + page.page_size));
  for (std::size_t i = static_cast<std::size_t>(page.offset()); i < end; ++i) {
    nlohmann::json item = UserJson(*matching[i], call.domain->org);
    item["actions"] = ActionsOn(call.session->user, *matching[i]);
    item["managed_on_command_line"] = org::KeptOnCommandLine(matching[i]->role);
    items.push_back(std::move(item));
  }
  return JsonResponse(200, {{"items", items},
                            {"total", matching.size()},
                            {"page", page.page},
                            {"page_size", page.page_size},
                            {"assignable_roles", AssignableRoles()}});
}

Result<HttpResponse> AddUser(Call& call) {
  SW_ASSIGN_OR_RETURN(auto body, ParseJsonObject(call.request.body, {"username", "display_name", "phone",
                                                                     "role", "unit_code", "password"}));
  org::NewAccount a;
  for (auto [field, target, required] :
       {std::tuple{"username", &a.username, true}, std::tuple{"display_name", &a.display_name, true},
        std::tuple{"phone", &a.phone, false}, std::tuple{"role", &a.role, true},
        std::tuple{"unit_code", &a.unit_code, false}, std::tuple{"password", &a.password, true}}) {
    SW_ASSIGN_OR_RETURN(*target, StringField(body, field, required));
  }
  SW_RETURN_IF_ERROR(org::CheckAssignableRole(a.role));
  SW_ASSIGN_OR_RETURN(auto user, org::AddAccount(call.db, call.district(), a, call.api.clock()));
  return JsonResponse(201, UserJson(user, call.domain->org));
}

store::UserRecord WithDisabled(store::UserRecord user, bool disabled) {
  user.disabled = disabled;
  return user;
}

// The account as it was before a change, for the audit note; absent when unknown (the
// change itself then answers NotFound).
std::optional<store::UserRecord> AccountBefore(Call& call, const std::string& username) {
  auto before = store::UserRepository(call.db).FindByUsername(username);
  return before.ok() ? *before : std::nullopt;
}

Result<HttpResponse> DisableUser(Call& call) {
  const std::string& username = call.params["username"];
  auto before = AccountBefore(call, username);
  SW_RETURN_IF_ERROR(org::DisableAccount(call.db, call.district(), call.session->user, username));
  HttpResponse r = JsonResponse(200, {{"username", username}, {"disabled", true}});
  if (before) r.audit_detail = AccountChangeNote(*before, WithDisabled(*before, true), call.domain->org);
  return r;
}

Result<org::AccountChange> AccountChangeFrom(const nlohmann::json& body) {
  org::AccountChange change;
  for (auto [field, target] :
       {std::pair{"role", &change.role}, std::pair{"unit", &change.unit_code},
        std::pair{"display_name", &change.display_name}, std::pair{"phone", &change.phone}}) {
    if (!body.contains(field)) continue;
    SW_ASSIGN_OR_RETURN(std::string value, StringField(body, field, true));
    *target = value;
  }
  return change;
}

Result<HttpResponse> UpdateUser(Call& call) {
  SW_ASSIGN_OR_RETURN(auto body,
                      ParseJsonObject(call.request.body, {"role", "unit", "display_name", "phone"}));
  SW_ASSIGN_OR_RETURN(org::AccountChange change, AccountChangeFrom(body));
  const std::string& username = call.params["username"];
  auto before = AccountBefore(call, username);
  SW_ASSIGN_OR_RETURN(auto user,
                      org::UpdateAccount(call.db, call.district(), call.session->user, username, change));
  HttpResponse r = JsonResponse(200, UserJson(user, call.domain->org));
  if (before) r.audit_detail = AccountChangeNote(*before, user, call.domain->org);
  return r;
}

Result<HttpResponse> EnableUser(Call& call) {
  const std::string& username = call.params["username"];
  auto before = AccountBefore(call, username);
  SW_RETURN_IF_ERROR(org::EnableAccount(call.db, call.district(), call.session->user, username));
  HttpResponse r = JsonResponse(200, {{"username", username}, {"disabled", false}});
  if (before) r.audit_detail = AccountChangeNote(*before, WithDisabled(*before, false), call.domain->org);
  return r;
}

struct PreparedReset {
  std::string password;
  Result<std::string> hash = Internal("not hashed");
};

// The temporary password is made and hashed on the password workers.
std::any PrepareReset(const HttpRequest&, const PathParams& params, const std::optional<Session>&,
                      const Api&) {
  PreparedReset p;
  p.password = org::NewTemporaryPassword(params.at("username"));
  p.hash = org::HashPassword(p.password);
  return p;
}

void AuditReset(Call& call, const std::string& username) {
  store::AuditRecord r;
  r.district_code = call.district();
  r.at = call.api.clock().Now();
  r.user_id = call.session->user.id;
  r.username = call.session->user.username;
  r.role = call.session->user.role;
  r.remote_address = call.request.remote_address;
  r.action = "password_reset";
  r.target = username;
  r.outcome = "ok";
  r.detail = "sessions ended; must change password";
  (void)store::SecurityRepository(call.db).Audit(r);
}

Result<HttpResponse> ResetPassword(Call& call) {
  const auto* prepared = std::any_cast<PreparedReset>(&call.prepared);
  if (!prepared) return Unavailable("请重试 try again");
  SW_RETURN_IF_ERROR(prepared->hash.status());
  const std::string& username = call.params["username"];
  SW_RETURN_IF_ERROR(org::CheckAccountActionOn(call.db, call.district(), call.session->user,
                                               org::AccountAction::kResetPassword, username));
  SW_RETURN_IF_ERROR(
      call.api.auth().ResetPassword(call.db, call.district(), username, *prepared->hash).status());
  AuditReset(call, username);
  HttpResponse response = JsonResponse(
      200,
      {{"username", username}, {"temporary_password", prepared->password}, {"must_change_password", true}});
  response.headers.emplace("Cache-Control", "no-store");
  return response;
}

Result<HttpResponse> AuditLog(Call& call) {
  SW_ASSIGN_OR_RETURN(auto page, ParsePage(call.request, 1000));
  SW_ASSIGN_OR_RETURN(auto rows,
                      store::SecurityRepository(call.db).RecentAudit(call.district(), page.page_size));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : rows) {
    items.push_back({{"at", FormatIso8601(r.at)},
                     {"username", r.username},
                     {"role", r.role},
                     {"remote_address", r.remote_address},
                     {"action", r.action},
                     {"target", r.target},
                     {"outcome", r.outcome},
                     {"detail", r.detail}});
  }
  return JsonResponse(200, {{"items", items}});
}

}  // namespace

namespace {

// The filters of GET /users (org::AccountQuery) and its paging.
nlohmann::json AccountFilterParameters() {
  using namespace schema;  // NOLINT(google-build-using-namespace): a list of schema words
  std::vector<std::string> roles;
  for (std::string_view role : org::AllRoles()) roles.emplace_back(role);
  json parameters = json::array(
      {QueryParameter("q", WithExample(String(), "王"), "Words in the name or user name."),
       QueryParameter("role", Enum(roles), "One role only."), UnitParameter("Accounts of this unit."),
       QueryParameter("state", Enum({"enabled", "disabled"}), "Enabled or disabled only.")});
  for (const json& p : PagingParameters(500)) parameters.push_back(p);
  return parameters;
}

}  // namespace

void AddAdminRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/users", Access::Roles(org::AccountReaderRoles()),
      RouteDoc{"listUsers",
               "Accounts (system administrator, security officer), searched by q (user name, display name "
               "or phone), role, unit (with its subtree) and state (enabled|disabled); each with the "
               "actions the caller may take on it, and the roles the caller may give an account "
               "(assignable_roles)."}
          .Answers(AccountPageSchema())
          .Query(AccountFilterParameters()),
      FromResult(ListUsers));
  api.Add(
      "POST", "/api/v1/users", Access::Roles(org::AccountKeeperRoles()),
      RouteDoc{"addUser",
               "Add an account (system administrator); 403 for a security officer's or an auditor's (made "
               "on the command line only)."}
          .Takes(NewAccountSchema())
          .Answers(AccountSchema(), 201)
          .Refuses({409}),
      FromResult(AddUser));
  api.Add(
      "POST", "/api/v1/users/{username}/disable", Access::Roles(org::AccountLockerRoles()),
      RouteDoc{"disableUser",
               "Disable an account and end its sessions (system administrator, security officer); 422 for "
               "the caller's own, 403 for a security officer's or an auditor's."}
          .Answers(AccountStateSchema())
          .Refuses({422}),
      FromResult(DisableUser));
  api.Add(
      "PATCH", "/api/v1/users/{username}", Access::Roles(org::AccountKeeperRoles()),
      RouteDoc{"updateUser",
               "Change an account's role, unit, display name or phone (system administrator); a new role or "
               "unit ends its sessions. 403 for a security officer's or an auditor's account, or to give "
               "one of those roles."}
          .Takes(AccountChangeSchema())
          .Answers(AccountSchema()),
      FromResult(UpdateUser));
  api.Add("POST", "/api/v1/users/{username}/enable", Access::Roles(org::AccountLockerRoles()),
          RouteDoc{"enableUser",
                   "Enable a disabled account (system administrator, security officer); 403 for a security "
                   "officer's or an auditor's."}
              .Answers(AccountStateSchema()),
          FromResult(EnableUser));
  api.Add(
      "POST", "/api/v1/users/{username}/reset-password", Access::Roles(org::CredentialKeeperRoles()),
      RouteDoc{"resetUserPassword",
               "Reset an account's password to a temporary one, shown once in the answer; ends its sessions, "
               "and the account must change it at its next sign-in (security officer); 422 for the caller's "
               "own account, 403 for a security officer's or an auditor's."}
          .Answers(TemporaryPasswordSchema())
          .Refuses({422}),
      FromResult(ResetPassword), PrepareReset);
  api.Add("GET", "/api/v1/audit", Access::Roles(org::AuditReaderRoles()),
          RouteDoc{"listAuditEntries", "The newest audit log entries (the auditor alone, 审计管理员)."}
              .Answers(AuditLogSchema())
              .Query("page_size", schema::WithExample(schema::Integer(1, 1000), 100),
                     "How many of the newest entries (default 50)."),
          FromResult(AuditLog));
}

}  // namespace sanwang::api
