// sanwang serve: the HTTP server and its timers; sanwang apikey create: an Open311 key.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <thread>

#include "api/api.h"
#include "api/client_address.h"
#include "api/http_server.h"
#include "api/module_workflows.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/domain_watch.h"
#include "cli/module_sweeps.h"
#include "cli/scheduled_backup.h"
#include "cli/sweep_lease.h"
#include "core/periodic_thread.h"
#include "notify/api/outbox_timer.h"
#include "notify/channels/configured_channels.h"
#include "notify/notice_rules.h"
#include "org/two_factor.h"
#include "store/catalog_repository.h"
#include "store/lease_repository.h"
#include "store/migrations.h"
#include "store/org_repository.h"
#include "store/personal_data.h"
#include "store/personal_data_reseal.h"

namespace sanwang::cli {
namespace {

// How long another server's change of the org net or the catalog may go unseen here.
constexpr std::chrono::seconds kDomainWatchEvery{2};

// Runs the case engine's sweep (routing stranded cases, flagging overdue ones) and the
// modules' (module_sweeps.h) on its own thread every `every` until stopped — when this
// server holds the sweep's lease (sweep_lease.h), so that of several servers one sweeps.
class SweepTimer {
 public:
  SweepTimer(api::Api& api, std::chrono::seconds every)
      : api_(api), every_(every), thread_(every, [this] { SweepOnce(); }) {}

 private:
  // The sweep's changes join the group commit: one sync for the whole sweep, and no
  // fight with the server's writers for SQLite's write lock.
  void SweepOnce() {
    cases::SweepResult swept;
    std::vector<std::string> module_lines;
    bool mine = false;
    Status ran = api_.RunWrite([&](store::Database& db) -> Status {
      module_lines.clear();  // a retried write starts over
      // Of several servers on one database, the lease's holder sweeps (sweep_lease.h).
      SW_ASSIGN_OR_RETURN(mine, HoldSweepLease(db, holder_, api_.clock().Now(), every_));
      if (!mine) return Status::Ok();
      swept = {};
      for (const std::string& district : api_.districts())
        SW_RETURN_IF_ERROR(SweepDistrict(db, district, swept, module_lines));
      return Status::Ok();
    });
    if (!ran.ok()) {
      spdlog::warn("sweep: {}", ran.ToString());
      return;
    }
    if (mine != sweeping_) spdlog::info(mine ? "sweep: this server sweeps" : "sweep: another server sweeps");
    sweeping_ = mine;
    if (swept.routed || swept.supervised)
      spdlog::info("sweep: routed {}, supervised {}", swept.routed, swept.supervised);
    for (const std::string& line : module_lines) spdlog::info("sweep: {}", line);
  }

  // One district's sweep: its counts added to `swept`, its modules' lines to `lines`.
  Status SweepDistrict(store::Database& db, const std::string& district, cases::SweepResult& swept,
                       std::vector<std::string>& lines) {
    store::OrgRepository org_repo(db);
    SW_ASSIGN_OR_RETURN(auto org, org::OrgDirectory::Load(org_repo, district));
    store::CatalogRepository catalog_repo(db);
    SW_ASSIGN_OR_RETURN(auto catalog, cases::Catalog::Load(catalog_repo, district));
    cases::CaseEngine engine(db, api_.clock(), api_.calendar(), api_.workflow(), org, catalog);
    engine.SetListener(api_.case_listener());
    SW_ASSIGN_OR_RETURN(cases::SweepResult district_swept, engine.Sweep());
    swept.routed += district_swept.routed;
    swept.supervised += district_swept.supervised;
    for (ModuleSweep sweep : ModuleSweeps()) {
      SW_ASSIGN_OR_RETURN(std::string line, sweep({api_, db, org}));
      if (!line.empty()) lines.push_back(district + ": " + line);
    }
    return Status::Ok();
  }

  api::Api& api_;
  const std::chrono::seconds every_;
  const std::string holder_ = store::ThisProcessAsHolder();
  bool sweeping_ = false;  // the sweep thread's own
  PeriodicThread thread_;  // last: destroyed first
};

// The SMS gateway and unverified registration, checked before the server starts, and the
// mode registration is in, printed once at the start like the address (never the
// gateway's key).
// Before serving, every stored personal value is sealed under the key on top of the key
// file (store/personal_data_reseal.h): the plain values of a database encryption was just
// turned on for, and those of a key being retired. A value no configured key opens stops
// the start: served, it would read as empty, and the next save of its row would lose it.
Status SealPersonalData(store::Database& db) {
  const PersonalDataKeys* keys = store::InstalledPersonalDataKeys();
  if (keys == nullptr) {
    spdlog::warn("personal data is stored unencrypted: set personal_data_key_file (sanwang keys new FILE)");
    return Status::Ok();
  }
  SW_ASSIGN_OR_RETURN(store::ResealCounts counts, store::ResealPersonalData(db, store::SealedTables()));
  if (counts.resealed > 0)
    spdlog::info("{} personal values sealed under key {}", counts.resealed, keys->current_id());
  return store::UnreadableValues(counts);
}

Status ApplyRegistrationSettings(const Config& config, api::ApiOptions& options) {
  options.sms_gateway = {config.sms_gateway_url, config.sms_gateway_key,
                         std::chrono::seconds(config.sms_gateway_timeout_seconds)};
  options.allow_unverified_registration = config.allow_unverified_registration;
  if (!config.sms_gateway_url.empty()) {
    SW_RETURN_IF_ERROR(api::SmsGateway::Create(options.sms_gateway).status());
    std::cout << "registration: open; codes are sent through the SMS gateway" << std::endl;
  } else if (config.allow_unverified_registration) {
    std::cout << "registration: open WITHOUT verification codes (allow_unverified_registration)" << std::endl;
  } else {
    std::cout << "registration: closed (no sms_gateway_url; allow_unverified_registration is off)"
              << std::endl;
  }
  return Status::Ok();
}

// The channels beyond the app, printed once at the start (never an address or secret).
void PrintChannels(const notify::ConfiguredChannels& channels) {
  std::string names;
  for (const std::string& name : channels.names()) names += (names.empty() ? "" : ", ") + name;
  std::cout << "notify: in the app"
            << (names.empty() ? " only (no [notify] channel configured)" : ", and " + names) << std::endl;
}

// `trusted_proxies`: the reverse proxies whose X-Real-IP names the client (api/client_address.h).
Status Serve(const Config& config, const std::string& listen,
             const std::vector<std::string>& trusted_proxies) {
  SW_RETURN_IF_ERROR(api::CheckTrustedProxies(trusted_proxies));
  SW_ASSIGN_OR_RETURN(auto address, api::ParseListenAddress(listen.empty() ? config.listen : listen));
  api::ServerOptions options;
  options.host = address.first;
  options.port = address.second;
  options.max_body_bytes = static_cast<std::size_t>(config.max_json_body_bytes);
  options.max_upload_bytes = static_cast<std::size_t>(config.max_upload_bytes);
  options.max_connections = static_cast<std::size_t>(config.max_connections);
  options.max_buffered_body_bytes = static_cast<std::size_t>(config.max_buffered_body_bytes);
  options.trusted_proxies = trusted_proxies;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  {
    SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));  // migrates
    // Fresh planner statistics: without them SQLite reads every case for an inbox.
    SW_RETURN_IF_ERROR(store::UpdatePlannerStatistics(ctx->db()));
    SW_RETURN_IF_ERROR(SealPersonalData(ctx->db()));
  }
  // A connection per I/O thread and per read worker, so neither waits for the other, plus
  // one for the writer.
  SW_ASSIGN_OR_RETURN(auto pool, store::DatabasePool::Open(config.db_url, threads + config.read_threads + 1));
  SW_ASSIGN_OR_RETURN(WorkingCalendar calendar, WorkingCalendar::LoadDirectory(config.calendar_dir()));
  SW_ASSIGN_OR_RETURN(cases::Workflow workflow,
                      cases::Workflow::Load(config.workflows_dir() / "resident_matter.toml"));
  SystemClock clock;
  api::ApiOptions api_options;
  api_options.auto_dispatch_threshold = config.auto_dispatch_threshold;
  api_options.suggest_min_confidence = config.suggest_min_confidence;
  api_options.ranking.min_cases = config.ranking_min_cases;
  api_options.roster_households_per_worker = config.roster_households_per_worker;
  SW_ASSIGN_OR_RETURN(api_options.workflows, api::LoadModuleWorkflows(config.workflows_dir()));
  SW_ASSIGN_OR_RETURN(notify::NoticeRules notices,
                      notify::NoticeRules::Load(config.home / "config" / "notices.toml"));
  SW_RETURN_IF_ERROR(notices.CheckActions(workflow));
  api_options.notices = std::make_shared<const notify::NoticeRules>(std::move(notices));
  const notify::ConfiguredChannels channels(config.notify);
  api_options.delivery_channels = channels.names();
  api_options.tile_url = config.tile_url;
  api_options.read_threads = static_cast<std::size_t>(config.read_threads);
  api_options.password_threads = static_cast<std::size_t>(config.password_threads);
  SW_RETURN_IF_ERROR(ApplyRegistrationSettings(config, api_options));
  api_options.max_feature_vertices = static_cast<std::size_t>(config.max_feature_vertices);
  api_options.secure_cookies = config.secure_cookies;
  api_options.limits = config.limits;
  api_options.max_photos_per_case = config.max_photos_per_case;
  api_options.max_photo_bytes_per_case = config.max_photo_bytes_per_case;
  api_options.auth.lockout = {config.sign_in_account_failures, config.sign_in_address_failures,
                              config.sign_in_window_seconds, config.sign_in_lock_seconds};
  api_options.auth.passwords = config.passwords;
  SW_RETURN_IF_ERROR(org::CheckTwoFactorSettings(config.two_factor));
  api_options.auth.two_factor = config.two_factor;
  // Off loopback, or behind a proxy that passes other machines' requests on, others can
  // reach the demo's accounts with its published password.
  api_options.auth.reach.loopback_only = api::IsLoopbackHost(options.host) && trusted_proxies.empty();
  SW_ASSIGN_OR_RETURN(api_options.circles,
                      circles::LoadCirclesConfig(config.home / "config" / "circles.toml"));
  // The browser app, once built (web/dist); the API works without it.
  if (std::filesystem::exists(config.home / "web" / "dist" / "index.html"))
    api_options.static_dir = (config.home / "web" / "dist").string();
  api::Api api(*pool, clock, calendar, workflow, config.district_code, api_options);
  SW_RETURN_IF_ERROR(api.Reload());
  api::HttpServer server(
      options,
      [&api](api::HttpRequest r, auto respond) { api.HandleAsync(std::move(r), std::move(respond)); },
      [&api](const api::HttpRequest& header) { return api.Screen(header); });
  SW_RETURN_IF_ERROR(server.Start());
  std::cout << "sanwang listening on http://"
            << (options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host) << ":"
            << server.port() << "/ (database " << config.db_url << ")" << std::endl;
  SweepTimer timer(api, std::chrono::seconds(config.sweep_interval_seconds));
  DomainWatch domain_watch(api, kDomainWatchEvery);
  BackupTimer backups(config, clock);
  PrintChannels(channels);
  notify::OutboxTimer outbox(api, channels, notify::SenderOptionsFrom(config.notify));
  server.Run(true);
  std::cout << "sanwang stopped" << std::endl;
  return Status::Ok();
}

Status CreateApiKey(const Config& config, const std::string& name) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  api::Authenticator auth(ctx->clock(), {}, config.district_code);
  SW_ASSIGN_OR_RETURN(std::string key, auth.CreateApiKey(ctx->db(), name));
  std::cout << "Open311 API key for " << name << " (shown once; only its hash is stored):\n" << key << "\n";
  return Status::Ok();
}

}  // namespace

// Options of `serve` that override the configuration file.
struct ServeFlags {
  std::string listen;
  std::string sms_gateway_url;
  bool allow_unverified_registration = false;
  std::vector<std::string> trusted_proxies;
};

void RegisterServe(CLI::App& app, Action* action) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand("serve", "run the HTTP server and its timers");
  cmd->add_option("--listen", flags->listen, "HOST:PORT (default 127.0.0.1:8080)");
  cmd->add_option(
      "--sms-gateway-url", flags->sms_gateway_url,
      "http:// URL of the SMS gateway for registration codes (config sms_gateway_url; its key only "
      "in the config file, sms_gateway_key)");
  cmd->add_flag("--allow-unverified-registration", flags->allow_unverified_registration,
                "without an SMS gateway, let residents register without a code (config "
                "allow_unverified_registration)");
  cmd->add_option(
      "--trusted-proxy", flags->trusted_proxies,
      "IP address of a reverse proxy in front (repeatable; nginx on this host: 127.0.0.1 and ::1) "
      "whose X-Real-IP / X-Forwarded-For name the client");
  cmd->callback([action, flags] {
    *action = [flags](const Config& c) {
      Config config = c;
      if (!flags->sms_gateway_url.empty()) config.sms_gateway_url = flags->sms_gateway_url;
      if (flags->allow_unverified_registration) config.allow_unverified_registration = true;
      return Serve(config, flags->listen, flags->trusted_proxies);
    };
  });
}

void RegisterApiKey(CLI::App& app, Action* action) {
  auto name = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("apikey", "Open311 API keys");
  cmd->require_subcommand(1);
  CLI::App* create = cmd->add_subcommand("create", "create a key; prints it alone on the last line");
  create->add_option("name", *name, "the integrator's name")->required();
  create->callback([action, name] { *action = [name](const Config& c) { return CreateApiKey(c, *name); }; });
}

}  // namespace sanwang::cli
