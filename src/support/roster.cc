#include "support/roster.h"

#include <algorithm>
#include <array>

#include "core/time.h"
#include "support/personal_data.h"

namespace sanwang::support {
namespace {

constexpr std::array<std::string_view, 3> kKinds = {"community_worker", "grid_worker", "social_worker"};
constexpr std::array<std::string_view, 4> kQualifications = {"none", "assistant", "intermediate", "senior"};
constexpr std::int64_t kMaxHoursTenths = 9999;

bool Contains(std::span<const std::string_view> set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

Status ValidateUnitAndGrid(const store::WorkerRecord& w, const org::OrgDirectory& org) {
  const store::UnitRecord* unit = org.Find(w.unit_id);
  if (unit == nullptr || (unit->kind != "community" && unit->kind != "street")) {
    return InvalidArgument("所属单位应为社区或街道 the unit must be a community or a street", "unit_code");
  }
  if (w.kind != kGridWorkerKind) {
    if (w.grid_id) return InvalidArgument("只有网格员属于网格 only grid workers have a grid", "grid_code");
    return Status::Ok();
  }
  if (!w.grid_id) return InvalidArgument("网格员须指定网格 a grid worker needs a grid", "grid_code");
  const store::UnitRecord* grid = org.Find(*w.grid_id);
  if (grid == nullptr || grid->kind != "grid" || !org.InSubtree(unit->id, grid->id)) {
    return InvalidArgument("网格不属于所属单位 the grid is not one of the unit's grids", "grid_code");
  }
  return Status::Ok();
}

}  // namespace

std::span<const std::string_view> WorkerKinds() { return kKinds; }
bool IsWorkerKind(std::string_view kind) { return Contains(kKinds, kind); }
std::span<const std::string_view> Qualifications() { return kQualifications; }
bool IsQualification(std::string_view q) { return Contains(kQualifications, q); }

Status ValidateWorker(const store::WorkerRecord& w, const org::OrgDirectory& org) {
  if (!IsWorkerKind(w.kind)) {
    return InvalidArgument(
        "人员类别应为 community_worker、grid_worker 或 social_worker the kind must be "
        "community_worker, grid_worker or social_worker",
        "kind");
  }
  if (w.name.empty() || w.name.size() > 64) {
    return InvalidArgument("姓名不能为空且不超过 64 字节 the name must be 1 to 64 bytes", "name");
  }
  if (w.post.empty() || w.post.size() > 64) {
    return InvalidArgument("岗位不能为空且不超过 64 字节 the post must be 1 to 64 bytes", "post");
  }
  SW_RETURN_IF_ERROR(ValidateUnitAndGrid(w, org));
  if (!ParseDate(w.started_on).ok()) {
    return InvalidArgument("入职日期应为 YYYY-MM-DD the start date must be YYYY-MM-DD", "started_on");
  }
  if (!IsQualification(w.qualification)) {
    return InvalidArgument(
        "职业资格应为 none、assistant、intermediate 或 senior the qualification must be none, "
        "assistant, intermediate or senior",
        "qualification");
  }
  SW_RETURN_IF_ERROR(ValidateIdNumber(w.id_number));
  return ValidateMobile(w.phone);
}

Status ValidateTraining(const store::TrainingRecord& t) {
  if (!ParseDate(t.held_on).ok()) {
    return InvalidArgument("培训日期应为 YYYY-MM-DD the date must be YYYY-MM-DD", "held_on");
  }
  if (t.title.empty() || t.title.size() > 200) {
    return InvalidArgument("培训名称不能为空且不超过 200 字节 the title must be 1 to 200 bytes", "title");
  }
  if (t.hours_tenths <= 0 || t.hours_tenths > kMaxHoursTenths) {
    return InvalidArgument("学时应在 0.1 到 999.9 之间 hours must be between 0.1 and 999.9", "hours");
  }
  return Status::Ok();
}

}  // namespace sanwang::support
