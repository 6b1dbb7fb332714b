#include "governance/assessment_sources.h"

#include <map>

#include "cases/period_counters.h"
#include "governance/information_ranking.h"
#include "governance/store/assessment_repository.h"
#include "governance/store/ledger_repository.h"

namespace sanwang::governance {
namespace {

constexpr TenThousandths kHundredPercent = 100 * kValueScale;
constexpr std::int64_t kMilestonePage = 1000;

bool IsCasesSource(IndicatorSource source) {
  switch (source) {
    case IndicatorSource::kCasesOnTimeAcceptance:
    case IndicatorSource::kCasesOnTimeResolution:
    case IndicatorSource::kCasesSatisfaction:
    case IndicatorSource::kCasesRepeatReports:
    case IndicatorSource::kCasesOverdueShare:
      return true;
    default:
      return false;
  }
}

bool IsInformationSource(IndicatorSource source) {
  return source == IndicatorSource::kInformationSubmitted || source == IndicatorSource::kInformationAdopted ||
         source == IndicatorSource::kInformationAdoptionRate;
}

bool Uses(const AssessmentScheme& scheme, IndicatorSource source) {
  for (const auto& indicator : scheme.indicators) {
    if (indicator.source == source) return true;
  }
  return false;
}

bool UsesCases(const AssessmentScheme& scheme) {
  for (const auto& indicator : scheme.indicators) {
    if (IsCasesSource(indicator.source)) return true;
  }
  return false;
}

// Each unit's own milestones due in the period, read a page at a time.
Result<std::map<store::Id, std::vector<store::LedgerMilestoneRecord>>> MilestonesDue(
    store::Database& db, const std::string& district, const AssessmentPeriod& period,
    const std::vector<const store::UnitRecord*>& units) {
  store::MilestoneQuery query;
  query.district_code = district;
  for (const auto* unit : units) query.unit_ids.insert(unit->id);
  query.due_from = FormatDate(period.first_day());
  query.due_to = FormatDate(period.last_day());
  query.limit = kMilestonePage;
  std::map<store::Id, std::vector<store::LedgerMilestoneRecord>> by_unit;
  store::LedgerRepository repo(db);
  while (true) {
    SW_ASSIGN_OR_RETURN(auto page, repo.Milestones(query));
    for (auto& m : page) by_unit[m.unit_id].push_back(std::move(m));
    if (static_cast<std::int64_t>(page.size()) < query.limit) break;
    query.offset += query.limit;
  }
  return by_unit;
}

// The newest confirmed entry of each unit and indicator.
Result<std::map<std::pair<store::Id, std::string>, TenThousandths>> ManualValues(
    store::Database& db, store::Id scheme_id, const AssessmentPeriod& period) {
  SW_ASSIGN_OR_RETURN(auto entries, store::AssessmentRepository(db).ConfirmedValues(scheme_id, period.key()));
  std::map<std::pair<store::Id, std::string>, TenThousandths> values;
  for (const auto& e : entries) values[{e.unit_id, e.indicator}] = e.value;  // oldest first: the newest stays
  return values;
}

}  // namespace

std::optional<TenThousandths> PercentOf(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return MultiplyDivideRounded(part, kHundredPercent, whole);
}

std::optional<TenThousandths> CasesSourceValue(IndicatorSource source, const store::CaseCounters& k) {
  switch (source) {
    case IndicatorSource::kCasesOnTimeAcceptance:
      return PercentOf(k.accepted_on_time, k.accepted);
    case IndicatorSource::kCasesOnTimeResolution:
      return PercentOf(k.resolved_on_time, k.resolved);
    case IndicatorSource::kCasesSatisfaction:
      return PercentOf(k.satisfied, k.rated);
    case IndicatorSource::kCasesRepeatReports:
      return k.repeats * kValueScale;
    case IndicatorSource::kCasesOverdueShare:
      return PercentOf(k.overdue, k.cases);
    default:
      return std::nullopt;
  }
}

std::optional<TenThousandths> InformationSourceValue(IndicatorSource source,
                                                     const store::InformationUnitCounts& counts) {
  switch (source) {
    case IndicatorSource::kInformationSubmitted:
      return counts.submitted * kValueScale;
    case IndicatorSource::kInformationAdopted:
      return counts.adopted * kValueScale;
    case IndicatorSource::kInformationAdoptionRate:
      return PercentOf(counts.adopted, counts.submitted);
    default:
      return std::nullopt;
  }
}

std::optional<TenThousandths> MilestonesOnTimeShare(
    const std::vector<store::LedgerMilestoneRecord>& milestones) {
  std::int64_t on_time = 0;
  for (const auto& m : milestones) {
    auto due = ParseDate(m.due_on);
    if (!due.ok() || !m.accepted_at) continue;
    if (*m.accepted_at < cases::DayPeriod{*due, *due}.end()) ++on_time;
  }
  return PercentOf(on_time, static_cast<std::int64_t>(milestones.size()));
}

Result<std::vector<UnitValues>> GatherValues(store::Database& db, const org::OrgDirectory& org,
                                             const AssessmentScheme& scheme, store::Id scheme_id,
                                             const AssessmentPeriod& period,
                                             const std::vector<const store::UnitRecord*>& units) {
  std::vector<store::Id> ids;
  ids.reserve(units.size());
  for (const auto* unit : units) ids.push_back(unit->id);
  std::map<store::Id, store::CaseCounters> counters;
  if (UsesCases(scheme)) {
    SW_ASSIGN_OR_RETURN(counters, cases::CountersOverDays(db, org.district_code(), ids,
                                                          {period.first_day(), period.last_day()}));
  }
  std::map<store::Id, std::vector<store::LedgerMilestoneRecord>> milestones;
  if (Uses(scheme, IndicatorSource::kLedgerMilestonesOnTime)) {
    SW_ASSIGN_OR_RETURN(milestones, MilestonesDue(db, org.district_code(), period, units));
  }
  std::map<store::Id, store::InformationUnitCounts> information;
  const bool uses_information = Uses(scheme, IndicatorSource::kInformationSubmitted) ||
                                Uses(scheme, IndicatorSource::kInformationAdopted) ||
                                Uses(scheme, IndicatorSource::kInformationAdoptionRate);
  if (uses_information) {
    SW_ASSIGN_OR_RETURN(information, InformationCountsOver(db, org.district_code(), period));
  }
  SW_ASSIGN_OR_RETURN(auto manual, ManualValues(db, scheme_id, period));
  std::vector<UnitValues> out;
  for (const auto* unit : units) {
    UnitValues values{unit->code, {}};
    for (const auto& indicator : scheme.indicators) {
      std::optional<TenThousandths> value;
      if (IsCasesSource(indicator.source)) {
        value = CasesSourceValue(indicator.source, counters[unit->id]);
      } else if (IsInformationSource(indicator.source)) {
        value = InformationSourceValue(indicator.source, information[unit->id]);
      } else if (indicator.source == IndicatorSource::kLedgerMilestonesOnTime) {
        value = MilestonesOnTimeShare(milestones[unit->id]);
      } else if (indicator.source == IndicatorSource::kManual) {
        auto found = manual.find({unit->id, indicator.code});
        if (found != manual.end()) value = found->second;
      }
      if (value) values.values[indicator.code] = *value;
    }
    out.push_back(std::move(values));
  }
  return out;
}

}  // namespace sanwang::governance
