// The rows of the support net's workforce roster (the "support" migration stream): the
// workers, their training records and the households figure of each community that the
// staffing norm is measured against. Plain values the roster repository reads and writes;
// the rules about them (kinds, ID number check digit, masking, who sees what) live in
// src/support/, not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/records.h"

namespace sanwang::store {

// One person of the community workforce: 专职社区工作者, 网格员 or 专业社工.
struct WorkerRecord {
  Id id = 0;
  std::string district_code;
  std::string kind;  // community_worker, grid_worker, social_worker
  std::string name;
  std::string post;                    // 社区书记, 网格员, …
  Id unit_id = 0;                      // a community or a street
  std::optional<Id> grid_id;           // grid workers: the grid they walk
  std::string started_on;              // "2021-03-01"
  std::string qualification = "none";  // none, assistant, intermediate, senior
  std::string id_number;               // 18 characters (GB 11643)
  std::string phone;                   // 11-digit mobile
  std::optional<Id> user_id;           // the account the worker holds, if any
  bool active = true;
  bool demo = false;  // written by `sanwang demo`
  // Read from units and users; ignored on writes.
  std::string unit_code;
  std::string unit_name;
  std::string grid_code;
  std::string grid_name;
  std::string username;
};

// A training the worker attended. Hours are kept in tenths (15 = 1.5 hours).
struct TrainingRecord {
  Id id = 0;
  std::string district_code;
  Id worker_id = 0;
  std::string held_on;  // "2026-05-12"
  std::string title;
  std::int64_t hours_tenths = 0;
};

// How many households a community serves: the base of its staffing norm.
struct CommunityHouseholdsRecord {
  std::string district_code;
  Id unit_id = 0;
  std::int64_t households = 0;
  std::string unit_code;  // read from units; ignored on writes
};

}  // namespace sanwang::store
