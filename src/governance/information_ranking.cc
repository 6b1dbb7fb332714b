#include "governance/information_ranking.h"

#include <algorithm>
#include <tuple>

#include "cases/period_counters.h"
#include "governance/assessment_sources.h"
#include "governance/information_desk.h"
#include "governance/store/information_repository.h"

namespace sanwang::governance {
namespace {

// The ordering key: points, adopted, rate (none below every rate), all highest first.
auto Key(const InformationStanding& s) {
  return std::make_tuple(s.counts.points, s.counts.adopted, s.adoption_rate.has_value(),
                         s.adoption_rate.value_or(0));
}

}  // namespace

std::string AdoptionRateText(const std::optional<TenThousandths>& rate) {
  if (!rate) return "—";
  const std::int64_t hundredths = (*rate + 50) / 100;  // rates are never negative
  std::string cents = std::to_string(hundredths % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return std::to_string(hundredths / 100) + "." + cents + "%";
}

std::vector<InformationStanding> RankInformation(std::vector<InformationStanding> standings) {
  for (auto& s : standings) s.adoption_rate = PercentOf(s.counts.adopted, s.counts.submitted);
  std::sort(standings.begin(), standings.end(),
            [](const InformationStanding& a, const InformationStanding& b) {
              if (Key(a) != Key(b)) return Key(a) > Key(b);
              return a.unit_code < b.unit_code;
            });
  for (std::size_t i = 0; i < standings.size(); ++i) {
    const bool same_as_before = i > 0 && Key(standings[i]) == Key(standings[i - 1]);
    standings[i].rank = same_as_before ? standings[i - 1].rank : static_cast<int>(i) + 1;
    if (same_as_before) standings[i].tied = standings[i - 1].tied = true;
  }
  return standings;
}

Result<std::map<store::Id, store::InformationUnitCounts>> InformationCountsOver(
    store::Database& db, const std::string& district, const AssessmentPeriod& period) {
  const cases::DayPeriod days{period.first_day(), period.last_day()};
  return store::InformationRepository(db).CountsByUnit(district, days.start(), days.end(), {kWithdrawnState});
}

Result<std::vector<InformationStanding>> InformationRanking(store::Database& db, const org::OrgDirectory& org,
                                                            const std::string& unit_kind,
                                                            const AssessmentPeriod& period) {
  if (unit_kind != "community" && unit_kind != "street" && unit_kind != "department") {
    return InvalidArgument(
        "排名单位类别应为 community、street 或 department the level is community, street or department",
        "level");
  }
  SW_ASSIGN_OR_RETURN(auto counts, InformationCountsOver(db, org.district_code(), period));
  std::vector<InformationStanding> standings;
  for (const store::UnitRecord* unit : org.OfKind(unit_kind)) {
    InformationStanding s;
    s.unit_id = unit->id;
    s.unit_code = unit->code;
    s.unit_name = unit->name;
    auto found = counts.find(unit->id);
    if (found != counts.end()) s.counts = found->second;
    standings.push_back(std::move(s));
  }
  return RankInformation(std::move(standings));
}

}  // namespace sanwang::governance
