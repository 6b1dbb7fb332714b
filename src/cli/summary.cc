#include "cli/summary.h"

#include <fmt/format.h>

#include <map>

#include "cases/indicators.h"
#include "store/case_repository.h"
#include "store/user_repository.h"

namespace sanwang::cli {
namespace {

std::string Percent(const std::optional<double>& rate) {
  return rate ? fmt::format("{:.1f}%", *rate * 100) : "—";
}

}  // namespace

Status PrintSummary(Context& ctx, std::ostream& out) {
  const org::OrgDirectory& org = ctx.org();
  const store::UnitRecord* root = org.Root();
  if (root == nullptr)
    return FailedPrecondition(
        "the database holds no district yet: run `sanwang demo` or `sanwang import divisions`");
  std::size_t demo_grids = 0;
  for (const auto* g : org.OfKind("grid")) demo_grids += g->demo_geometry;
  out << fmt::format("{}{}  district code {}\n", root->name,
                     root->name_en.empty() ? "" : " (" + root->name_en + ")", root->code);
  out << fmt::format("  组织网 org net: {} sub-districts, {} communities, {} grids{}, {} departments\n",
                     org.OfKind("street").size(), org.OfKind("community").size(), org.OfKind("grid").size(),
                     demo_grids ? fmt::format(" ({} with generated demo geometry)", demo_grids) : "",
                     org.OfKind("department").size());
  SW_ASSIGN_OR_RETURN(auto users, store::UserRepository(ctx.db()).List(org.district_code()));
  std::map<std::string, int> roles;
  for (const auto& u : users) ++roles[u.role];
  out << "  accounts:";
  for (const auto& [role, n] : roles) out << fmt::format(" {} {}", role, n);
  out << "\n";
  out << fmt::format("  服务网 catalog: {} aspects, {} items\n", ctx.catalog().aspects().size(),
                     ctx.catalog().items().size());
  store::CaseRepository cases(ctx.db());
  SW_ASSIGN_OR_RETURN(auto by_state, cases.CountByState(org.district_code()));
  std::int64_t total = 0;
  out << "  cases by state:";
  for (const auto& [state, n] : by_state) {
    out << fmt::format(" {} {}", state, n);
    total += n;
  }
  out << fmt::format("  (total {})\n", total);
  // Every case lies in exactly one community, so the communities' counters add up to the
  // district's without double counting.
  int month = LocalMonthKey(ctx.clock().Now());
  std::vector<store::Id> communities;
  for (const auto* c : org.OfKind("community")) communities.push_back(c->id);
  SW_ASSIGN_OR_RETURN(auto rows, cases.MonthlyCounters(communities, month / 100 * 100 + 1, month));
  store::CaseCounters k;
  for (const auto& r : rows) cases::AddCounters(k, r.counters);
  cases::Indicators i = cases::FromCounters(root->id, 0, k);
  out << fmt::format(
      "  indicators {} to date: {} cases, on-time acceptance {}, on-time resolution {}, "
      "satisfaction {}, overdue {}\n",
      month / 100, i.cases, Percent(i.on_time_acceptance), Percent(i.on_time_resolution),
      Percent(i.satisfaction), i.overdue);
  return Status::Ok();
}

}  // namespace sanwang::cli
