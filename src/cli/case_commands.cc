// sanwang case create|show|list|transition|sweep, and sanwang user
// add|list|disable|enable|reset-password|reset-two-factor.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/context.h"
#include "org/password.h"
#include "org/password_reset.h"
#include "org/staff.h"
#include "org/two_factor_accounts.h"
#include "store/case_repository.h"
#include "store/user_repository.h"

namespace sanwang::cli {
namespace {

struct CaseOptions {
  std::string as;
  cases::NewCase request;
  double lon = 1000, lat = 1000;  // out of range: not given
  store::Id id = 0;
  std::string action;
  cases::TransitionRequest transition;
  std::string satisfied;
  int hours = 0;
  int stars = 0;
  store::Id into = 0;  // merge: the original case
  std::string state, unit, text;
  bool overdue = false, reveal = false;
  int limit = 20, offset = 0;
};

std::string UnitName(const Context& ctx, std::optional<store::Id> id) {
  const store::UnitRecord* u = id ? ctx.org().Find(*id) : nullptr;
  return u ? fmt::format("{} {}", u->code, u->name) : "—";
}

std::string When(std::optional<UnixSeconds> t) { return t ? FormatIso8601(*t) : "—"; }

void PrintCase(const Context& ctx, const store::CaseRecord& c, bool reveal, std::ostream& out) {
  const store::CatalogItemRecord* item = ctx.catalog().FindItem(c.item_code);
  const cases::WorkflowState* state = ctx.workflow().FindState(c.state);
  out << fmt::format("case {}  {}\n", c.id, c.title);
  out << fmt::format("  state        {}{}\n", state ? state->label : c.state,
                     c.overdue ? "  [督办 overdue]" : "");
  out << fmt::format("  item         {} {}\n", c.item_code.empty() ? "—" : c.item_code,
                     item ? item->name : "");
  out << fmt::format("  handled by   {}\n", UnitName(ctx, c.unit_id));
  out << fmt::format("  place        grid {} / community {}\n", UnitName(ctx, c.grid_id),
                     UnitName(ctx, c.community_id));
  if (c.lon && c.lat) out << fmt::format("  location     {:.6f}, {:.6f} {}\n", *c.lon, *c.lat, c.address);
  std::string name = c.anonymous ? "匿名 anonymous"
                     : reveal    ? c.reporter_name
                                 : org::MaskName(c.reporter_name);
  std::string phone = reveal ? c.reporter_phone : org::MaskPhone(c.reporter_phone);
  out << fmt::format("  reporter     {} {}\n", name, phone);
  out << fmt::format("  filed        {}\n  accept by    {}\n  resolve by   {}\n", When(c.created_at),
                     When(c.accept_due), When(c.resolve_due));
  if (c.resolved_at) out << fmt::format("  resolved     {}\n", When(c.resolved_at));
  if (c.rating) {
    out << fmt::format("  rating       {} stars, {}{}\n", c.rating_stars.value_or(0),
                       *c.rating ? "满意 satisfied" : "不满意 unsatisfied",
                       c.rating_comment.empty() ? "" : ": " + c.rating_comment);
  }
  if (c.urge_count)
    out << fmt::format("  urged        {} times, last {}\n", c.urge_count, When(c.last_urged_at));
  if (c.repeat_of) out << fmt::format("  repeats      case {}\n", *c.repeat_of);
  if (c.duplicate_of) {
    out << fmt::format("  duplicate?   case {} ({:.0f} m away, text similarity {:.2f})\n", *c.duplicate_of,
                       c.duplicate_distance_m.value_or(0), c.duplicate_similarity.value_or(0));
  }
  if (c.merged_into) out << fmt::format("  merged into  case {}\n", *c.merged_into);
}

void PrintEvents(const std::vector<store::CaseEventRecord>& events, std::ostream& out) {
  out << "  timeline\n";
  for (const auto& e : events) {
    out << fmt::format("    {} #{} {:<18} {:>17} → {:<17} {}{}{}\n", FormatIso8601(e.at), e.seq, e.action,
                       e.from_state, e.to_state, e.actor_role, e.note.empty() ? "" : "  “" + e.note + "”",
                       e.data == "{}" ? "" : "  " + e.data);
  }
}

Status Create(Context& ctx, CaseOptions o) {
  // Without --as, the command center files it, as for a hotline call.
  Result<cases::Actor> hotline = cases::Actor{std::nullopt, "command_center", std::nullopt};
  SW_ASSIGN_OR_RETURN(cases::Actor actor, o.as.empty() ? hotline : ctx.ActorFor(o.as));
  if (o.lon != 1000 || o.lat != 1000) o.request.location = geo::LonLat{o.lon, o.lat};
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ctx.engine().Submit(o.request, actor));
  PrintCase(ctx, c, false, std::cout);
  return Status::Ok();
}

Status Show(Context& ctx, const CaseOptions& o) {
  store::CaseRepository repo(ctx.db());
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, repo.Get(o.id));
  SW_ASSIGN_OR_RETURN(auto events, repo.Events(o.id));
  PrintCase(ctx, c, o.reveal, std::cout);
  PrintEvents(events, std::cout);
  if (!o.as.empty()) {
    SW_ASSIGN_OR_RETURN(cases::Actor actor, ctx.ActorFor(o.as));
    auto actions = ctx.engine().AllowedActions(c, actor);
    std::cout << "  " << o.as
              << " may: " << (actions.empty() ? "—" : fmt::format("{}", fmt::join(actions, ", "))) << "\n";
  }
  return Status::Ok();
}

Status List(Context& ctx, const CaseOptions& o) {
  store::CaseFilter f;
  f.district_code = ctx.config().district_code;
  if (!o.state.empty()) f.states = {o.state};
  if (!o.unit.empty()) {
    const store::UnitRecord* u = ctx.org().FindByCode(o.unit);
    if (u == nullptr) return InvalidArgument("no unit '" + o.unit + "'", "unit");
    f.scope_path = u->path;
  }
  f.overdue_only = o.overdue;
  f.text = o.text;
  f.limit = o.limit;
  f.offset = o.offset;
  store::CaseRepository repo(ctx.db());
  SW_ASSIGN_OR_RETURN(auto total, repo.Count(f));
  SW_ASSIGN_OR_RETURN(auto page, repo.List(f));
  for (const auto& c : page) {
    std::cout << fmt::format("{:>8}  {:<18} {:<10} {:<25} {}{}\n", c.id, c.state, c.item_code,
                             UnitName(ctx, c.unit_id), c.title, c.overdue ? "  [督办]" : "");
  }
  std::cout << fmt::format("{} of {} cases (offset {})\n", page.size(), total, o.offset);
  return Status::Ok();
}

Status Transition(Context& ctx, CaseOptions o) {
  if (o.as.empty()) return InvalidArgument("say who acts: --as USERNAME", "as");
  SW_ASSIGN_OR_RETURN(cases::Actor actor, ctx.ActorFor(o.as));
  o.transition.action = o.action;
  if (o.hours != 0) o.transition.hours = o.hours;
  if (o.into != 0) o.transition.target_case_id = o.into;
  if (o.stars != 0) o.transition.stars = o.stars;
  if (o.satisfied == "yes") o.transition.satisfied = true;
  if (o.satisfied == "no") o.transition.satisfied = false;
  SW_ASSIGN_OR_RETURN(store::CaseChange ch, ctx.engine().Apply(o.id, o.transition, actor));
  std::cout << fmt::format("case {}: {} → {} (event #{})\n", o.id, ch.event.from_state, ch.event.to_state,
                           ch.event.seq);
  return Status::Ok();
}

Status Sweep(Context& ctx) {
  SW_ASSIGN_OR_RETURN(cases::SweepResult r, ctx.engine().Sweep());
  std::cout << fmt::format("routed {} stranded cases, flagged {} overdue cases\n", r.routed, r.supervised);
  return Status::Ok();
}

// Runs `body` with a loaded domain.
Action WithDomain(std::function<Status(Context&)> body) {
  return [body = std::move(body)](const Config& config) -> Status {
    SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
    SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
    return body(*ctx);
  };
}

}  // namespace

void RegisterCase(CLI::App& app, Action* action) {
  auto o = std::make_shared<CaseOptions>();
  CLI::App* cmd = app.add_subcommand("case", "file, show, list and move cases");
  cmd->require_subcommand(1);

  CLI::App* create = cmd->add_subcommand("create", "file a matter and route it");
  create->add_option("--as", o->as, "the reporter's username (default: filed by the command center)");
  create->add_option("--item", o->request.item_code,
                     "catalog item code (empty: triage by the command center)");
  create->add_option("--title", o->request.title, "short title")->required();
  create->add_option("--description", o->request.description, "what happened");
  create->add_option("--lon", o->lon, "longitude, WGS-84");
  create->add_option("--lat", o->lat, "latitude, WGS-84");
  create->add_option("--address", o->request.address, "address text");
  create->add_option("--community", o->request.community_code,
                     "the reporter's community code, when there is no location");
  create->add_option("--source", o->request.source, "resident, patrol, hotline, supervision or campaign");
  create->add_option("--name", o->request.reporter_name, "reporter's name");
  create->add_option("--phone", o->request.reporter_phone, "reporter's phone");
  create->add_flag("--anonymous", o->request.anonymous, "report anonymously");
  create->callback([action, o] { *action = WithDomain([o](Context& ctx) { return Create(ctx, *o); }); });

  CLI::App* show = cmd->add_subcommand("show", "a case and its timeline");
  show->add_option("id", o->id, "case id")->required();
  show->add_option("--as", o->as, "also list the actions this user may take now");
  show->add_flag("--reveal", o->reveal, "show the reporter's name and phone unmasked");
  show->callback([action, o] { *action = WithDomain([o](Context& ctx) { return Show(ctx, *o); }); });

  CLI::App* list = cmd->add_subcommand("list", "cases, newest first");
  list->add_option("--state", o->state, "only this state");
  list->add_option("--unit", o->unit, "only cases handled by or located in this unit (code)");
  list->add_flag("--overdue", o->overdue, "only cases flagged overdue (督办)");
  list->add_option("--text", o->text, "title or description contains");
  list->add_option("--limit", o->limit, "page size (default 20)")->check(CLI::Range(1, 1000));
  list->add_option("--offset", o->offset, "skip this many")->check(CLI::Range(0, 100000000));
  list->callback([action, o] { *action = WithDomain([o](Context& ctx) { return List(ctx, *o); }); });

  CLI::App* transition = cmd->add_subcommand("transition", "take a workflow action on a case");
  transition->add_option("id", o->id, "case id")->required();
  transition
      ->add_option("action", o->action,
                   "accept, resolve, return, redispatch, escalate, request_extension, approve_extension, "
                   "deny_extension, rate, visit, supervise, reclassify, merge, urge, comment, reply")
      ->required();
  transition->add_option("--as", o->as, "who acts (username)")->required();
  transition->add_option("--note", o->transition.note,
                         "note (required for resolve, return, escalate, extension requests and denials)");
  transition->add_option("--to", o->transition.target_unit_code, "redispatch: the unit code");
  transition->add_option("--item", o->transition.item_code,
                         "redispatch: the triaged catalog item; reclassify: the corrected catalog item");
  transition->add_option("--into", o->into, "merge: the id of the original case this one duplicates");
  transition->add_option("--hours", o->hours, "request_extension: working hours asked for");
  transition->add_option("--stars", o->stars, "rate / visit: 1 to 5 stars")->check(CLI::Range(1, 5));
  transition->add_option("--comment", o->transition.comment, "rate / visit: the rating's comment");
  transition
      ->add_option("--satisfied", o->satisfied,
                   "rate / visit, instead of --stars: yes (5 stars) or no (1 star)")
      ->check(CLI::IsMember({"yes", "no"}));
  transition->callback(
      [action, o] { *action = WithDomain([o](Context& ctx) { return Transition(ctx, *o); }); });

  CLI::App* sweep =
      cmd->add_subcommand("sweep", "run the timers once: route stranded cases, flag overdue ones");
  sweep->callback([action] { *action = WithDomain(Sweep); });
}

namespace {

struct UserOptions {
  org::NewAccount account;
  bool password_stdin = false;
};

Status AddUser(const Config& config, UserOptions o) {
  if (o.password_stdin) std::getline(std::cin, o.account.password);
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto user, org::AddAccount(ctx->db(), config.district_code, o.account, ctx->clock()));
  std::cout << fmt::format("user {} added: {} ({})\n", user.username, user.display_name, user.role);
  return Status::Ok();
}

Status ListUsers(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto users, store::UserRepository(ctx->db()).List(config.district_code));
  store::OrgRepository units(ctx->db());
  for (const auto& u : users) {
    std::string unit = "—";
    if (u.unit_id) unit = units.Get(*u.unit_id).ok() ? units.Get(*u.unit_id)->code : "?";
    std::cout << fmt::format("{:<28} {:<16} {:<22} {}{}\n", u.username, u.role, unit, u.display_name,
                             u.disabled ? "  [disabled]" : "");
  }
  std::cout << users.size() << " accounts\n";
  return Status::Ok();
}

// The account `username` of the configured district; NotFound for none.
Result<store::UserRecord> FindUser(Context& ctx, const Config& config, const std::string& username) {
  SW_ASSIGN_OR_RETURN(auto found, store::UserRepository(ctx.db()).FindByUsername(username));
  if (!found || found->district_code != config.district_code) {
    return NotFound("没有该账号 no user '" + username + "'");
  }
  return *found;
}

Status SetUserDisabled(const Config& config, const std::string& username, bool disabled) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(org::SetAccountDisabled(ctx->db(), config.district_code, username, disabled));
  std::cout << "user " << username << (disabled ? " disabled\n" : " enabled\n");
  return Status::Ok();
}

// The temporary password goes to standard output once; the server keeps only its hash.
Status ResetUserPassword(const Config& config, const std::string& username) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  const std::string temporary = org::NewTemporaryPassword(username);
  SW_ASSIGN_OR_RETURN(std::string hash, org::HashPassword(temporary));
  SW_RETURN_IF_ERROR(org::ResetPassword(ctx->db(), config.district_code, username, hash, config.passwords,
                                        ctx->clock().Now())
                         .status());
  std::cout << fmt::format(
      "临时密码 temporary password for {}: {}\n该账号下次登录时须修改密码 the account must change it at its "
      "next "
      "sign-in\n",
      username, temporary);
  return Status::Ok();
}

Status ResetUserTwoFactor(const Config& config, const std::string& username) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(store::UserRecord user, FindUser(*ctx, config, username));
  const org::TwoFactorAccounts accounts(ctx->db(), ctx->clock().Now(), config.two_factor, org::ServerReach{});
  SW_RETURN_IF_ERROR(accounts.Clear(user));
  std::cout << "user " << username << ": two-step sign-in cleared, sessions ended\n";
  return Status::Ok();
}

// `sanwang user NAME USERNAME`, running `run` on the username.
void AddUserSubcommand(CLI::App* cmd, Action* action, const char* name, const char* description,
                       const std::function<Status(const Config&, const std::string&)>& run) {
  auto username = std::make_shared<std::string>();
  CLI::App* sub = cmd->add_subcommand(name, description);
  sub->add_option("username", *username)->required();
  sub->callback(
      [action, username, run] { *action = [username, run](const Config& c) { return run(c, *username); }; });
}

}  // namespace

void RegisterUser(CLI::App& app, Action* action) {
  auto o = std::make_shared<UserOptions>();
  CLI::App* cmd =
      app.add_subcommand("user", "accounts: add, list, disable, enable, reset-password, reset-two-factor");
  cmd->require_subcommand(1);
  CLI::App* add = cmd->add_subcommand("add", "add an account");
  add->add_option("username", o->account.username)->required();
  add->add_option("--role", o->account.role,
                  "resident, grid_worker, community_staff, street_staff, dept_staff, command_center, "
                  "supervisor, leader, admin, security_officer or auditor")
      ->required();
  add->add_option("--name", o->account.display_name, "display name")->required();
  add->add_option("--unit", o->account.unit_code, "the unit code that is the account's scope");
  add->add_option("--phone", o->account.phone, "phone number");
  add->add_option("--password", o->account.password, "password (prefer --password-stdin)");
  add->add_flag("--password-stdin", o->password_stdin,
                "read the password from the first line of standard input");
  add->callback([action, o] { *action = [o](const Config& c) { return AddUser(c, *o); }; });
  CLI::App* list = cmd->add_subcommand("list", "list accounts");
  list->callback([action] { *action = ListUsers; });
  AddUserSubcommand(cmd, action, "disable", "disable an account and end its sessions",
                    [](const Config& c, const std::string& u) { return SetUserDisabled(c, u, true); });
  AddUserSubcommand(cmd, action, "enable", "enable a disabled account",
                    [](const Config& c, const std::string& u) { return SetUserDisabled(c, u, false); });
  AddUserSubcommand(cmd, action, "reset-password",
                    "give an account a temporary password to change at its next sign-in (the security "
                    "officer's and the auditor's are reset here only)",
                    ResetUserPassword);
  AddUserSubcommand(cmd, action, "reset-two-factor",
                    "clear an account's two-step sign-in and end its sessions", ResetUserTwoFactor);
}

}  // namespace sanwang::cli
