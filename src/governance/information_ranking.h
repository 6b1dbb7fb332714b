// The information ranking (信息工作排名通报): per unit and period, the items submitted, the
// items adopted and the adoptions at each level, the adoption rate and the points.
//
// What counts. An item counts in the period it was first submitted in (Asia/Shanghai
// days), whatever happened to it after, so a period's rate is adopted / submitted of the
// same items and never passes 100%; a withdrawn item counts nowhere; a declined one counts
// as submitted and not adopted. An item adopted at several levels counts once as adopted,
// once at each level, and earns its highest level's points (同一信息多级采用，按最高级计分).
//
// The order. Points, highest first; on equal points more items adopted; on equal adopted
// the higher adoption rate (the three columns the notice prints). Units equal on all three
// share a rank and the next rank skips as many places (1, 2, 2, 4), listed by unit code;
// nothing hidden breaks a tie. A unit that submitted nothing has no rate and comes after
// every unit with one, equal to the others like it. Pure ranking over counts, and a
// reading of them from the store; thread-safe as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "governance/assessment_period.h"
#include "governance/assessment_scheme.h"
#include "governance/store/information_records.h"
#include "org/org_directory.h"
#include "store/database.h"

namespace sanwang::governance {

struct InformationStanding {
  store::Id unit_id = 0;
  std::string unit_code;
  std::string unit_name;
  store::InformationUnitCounts counts;
  std::optional<TenThousandths> adoption_rate;  // percent in ten-thousandths; none: nothing submitted
  int rank = 0;
  bool tied = false;
};

// An adoption rate as a notice prints it: "33.33%" (two decimals, rounded half up), "—"
// for none.
std::string AdoptionRateText(const std::optional<TenThousandths>& rate);

// Sets rank, tied and adoption_rate and orders the standings by the rule above.
std::vector<InformationStanding> RankInformation(std::vector<InformationStanding> standings);

// Every unit of `unit_kind` (community, street or department) with its counts over the
// period, ranked.
Result<std::vector<InformationStanding>> InformationRanking(store::Database& db, const org::OrgDirectory& org,
                                                            const std::string& unit_kind,
                                                            const AssessmentPeriod& period);

// Counts per unit over the period for the assessment's information_* sources.
Result<std::map<store::Id, store::InformationUnitCounts>> InformationCountsOver(
    store::Database& db, const std::string& district, const AssessmentPeriod& period);

}  // namespace sanwang::governance
