#include "api/account_audit.h"

namespace sanwang::api {
namespace {

std::string UnitCode(const std::optional<store::Id>& unit, const org::OrgDirectory& org) {
  if (!unit) return "-";
  const store::UnitRecord* u = org.Find(*unit);
  return u ? u->code : std::to_string(*unit);
}

void Note(std::string& out, const std::string& field, const std::string& before, const std::string& after) {
  if (before == after) return;
  if (!out.empty()) out += "; ";
  out += field + " " + before + " → " + after;
}

}  // namespace

std::string AccountChangeNote(const store::UserRecord& before, const store::UserRecord& after,
                              const org::OrgDirectory& org) {
  std::string out;
  Note(out, "role", before.role, after.role);
  Note(out, "unit", UnitCode(before.unit_id, org), UnitCode(after.unit_id, org));
  Note(out, "disabled", before.disabled ? "true" : "false", after.disabled ? "true" : "false");
  return out;
}

}  // namespace sanwang::api
