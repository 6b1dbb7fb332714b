// What makes a roster entry valid (the workforce of the support net, 三社联动): a known
// kind and qualification, a name and post, a unit that is a community or a street, for a
// grid worker a grid of that unit, a start date, a valid ID number and mobile phone. The
// kinds and qualifications are listed here and nowhere else. Pure functions; thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "core/status.h"
#include "org/org_directory.h"
#include "support/store/roster_records.h"

namespace sanwang::support {

// community_worker 专职社区工作者, grid_worker 网格员, social_worker 专业社工.
std::span<const std::string_view> WorkerKinds();
bool IsWorkerKind(std::string_view kind);
inline constexpr std::string_view kGridWorkerKind = "grid_worker";

// The 社会工作者职业资格 levels: none, assistant 助理社会工作师, intermediate 社会工作师,
// senior 高级社会工作师.
std::span<const std::string_view> Qualifications();
bool IsQualification(std::string_view qualification);

// Checks every field a person fills in against the org net; the error names the field
// (unit_code and grid_code for the unit and grid). Normalizes nothing.
Status ValidateWorker(const store::WorkerRecord& worker, const org::OrgDirectory& org);

// A training's fields: a date, a title, hours in tenths between 0.1 and 999.9.
Status ValidateTraining(const store::TrainingRecord& training);

}  // namespace sanwang::support
