// Process configuration: where the database is, which district this deployment serves,
// and where the data files (workflows, calendar, catalog) live.
//
// Read from an optional TOML file (config/sanwang.toml); command-line flags override it.
// Relative data paths resolve against `home`, the folder holding config/ and data/.
// A plain value; copy it freely.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/backup_settings.h"
#include "core/notify_settings.h"
#include "core/password_settings.h"
#include "core/request_limits.h"
#include "core/status.h"
#include "core/two_factor_settings.h"

namespace sanwang {

struct Config {
  std::string db_url = "sqlite:sanwang.db";
  std::string listen = "127.0.0.1:8080";
  std::string district_code = "411002";
  std::string log_level = "info";
  // Smart dispatch: a matter filed without an item is given the classifier's suggestion
  // when its confidence reaches this (0..1; above 1 turns automatic dispatch off).
  double auto_dispatch_threshold = 0.6;
  // Suggestions offered to a resident as they type: only items at least this likely, so a
  // vague text gets no suggestion rather than three guesses.
  double suggest_min_confidence = 0.15;
  // Cases a grid or community needs in a period to be ranked (cases/ranking.h).
  int ranking_min_cases = 5;
  // The roster's staffing norm: households one community or grid worker serves
  // (support/roster_gaps.h); a community below it shows up as a gap.
  std::int64_t roster_households_per_worker = 300;
  // Request body limits of the HTTP server: JSON bodies, and photo uploads.
  std::int64_t max_json_body_bytes = 1 << 20;
  std::int64_t max_upload_bytes = 10 << 20;
  // Boundary imports (`import grids`, the admin route): the file's size from the command
  // line (over HTTP max_upload_bytes applies), and the vertices of one feature.
  std::int64_t max_import_bytes = 32 << 20;
  std::int64_t max_feature_vertices = 20000;
  // Open connections at most, and request bodies held in memory at once; the excess is
  // answered 503.
  std::int64_t max_connections = 1024;
  std::int64_t max_buffered_body_bytes = std::int64_t{256} << 20;
  // Threads beside the I/O threads: those answering the heavy reads (the dashboard, the
  // rankings, the case lists …), so a slow read never holds up a cheap one, and those
  // hashing passwords. Each read thread holds a database connection while it works.
  int read_threads = 2;
  int password_threads = 2;
  // Seconds between the server's timer sweeps: cases stranded or overdue, the ledger's
  // supervision notices (docs/governance.md).
  int sweep_interval_seconds = 60;
  // Photos one case may hold, and their bytes together; past either an upload gets 413.
  std::int64_t max_photos_per_case = 20;
  std::int64_t max_photo_bytes_per_case = std::int64_t{50} << 20;
  // Mark the session cookie Secure (the server is reached over HTTPS through a proxy).
  bool secure_cookies = false;
  // Raster map tiles for the browser app, a URL template with {z}, {x} and {y} (an
  // intranet tile server); empty: the map draws only the district's own layers.
  std::string tile_url;
  // Sign-in lockout (src/api/sign_in_lockout.h): this many failures for one account from one
  // client address, or for any accounts from one address, within the window lock that
  // address out of that account, or out of every account, for the lock time.
  int sign_in_account_failures = 5;
  int sign_in_address_failures = 20;
  int sign_in_window_seconds = 15 * 60;
  int sign_in_lock_seconds = 15 * 60;
  // Residents' own registration (org/registration.h). With an SMS gateway (an http:// URL
  // taking a JSON POST, and its key) every registration proves the phone with a code sent
  // to it, the gateway answering within the timeout; without one, registration is closed
  // unless unverified registration is allowed (a demo or a trial).
  std::string sms_gateway_url;
  std::string sms_gateway_key;
  int sms_gateway_timeout_seconds = 5;
  bool allow_unverified_registration = false;
  // The keys personal data are encrypted under at rest (core/personal_data_keys.h): a
  // file readable by its owner alone, relative to home unless absolute; empty, with no
  // $SANWANG_PERSONAL_DATA_KEYS either, stores them unencrypted (a demo or a trial).
  std::string personal_data_key_file;
  // Scheduled backups, the [backup] table.
  BackupSettings backup;
  // How often an address or an account may write and file ([limits]; core/request_limits.h).
  RequestLimits limits;
  // Password expiry and history, the [passwords] table (core/password_settings.h).
  PasswordSettings passwords;
  // Two-step sign-in, the [two_factor] table (core/two_factor_settings.h).
  TwoFactorSettings two_factor;
  // E-mail, SMS and WeChat delivery, the [notify] table (core/notify_settings.h).
  NotifySettings notify;
  std::filesystem::path home = ".";

  std::filesystem::path calendar_dir() const { return home / "config" / "calendar"; }
  std::filesystem::path workflows_dir() const { return home / "config" / "workflows"; }
  std::filesystem::path catalog_file() const { return home / "data" / "catalog" / "catalog.csv"; }
  std::filesystem::path departments_file() const { return home / "data" / "catalog" / "departments.csv"; }
  std::filesystem::path divisions_dir() const { return home / "data" / "divisions"; }

  // Applies the keys present in a TOML text over the current values. Unknown keys are an
  // error, so a misspelt setting is not silently ignored.
  Status MergeToml(std::string_view text);
};

// The folder of config/ and data/: $SANWANG_HOME, else the source tree the binary was
// built from, else the working directory.
std::filesystem::path DefaultHome();

}  // namespace sanwang
