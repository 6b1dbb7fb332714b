#include "governance/assessment_book.h"

#include <map>
#include <nlohmann/json.hpp>

#include "governance/assessment_sources.h"
#include "org/roles.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxEvidence = 4000;

std::string_view PeriodKindChinese(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::kMonth:
      return "月度";
    case PeriodKind::kQuarter:
      return "季度";
    case PeriodKind::kYear:
      return "年度";
  }
  return "月度";
}

Status MayKeepAssessments(const cases::Actor& actor) {
  if (org::InSet(org::LedgerPlannerRoles(), actor.role) && actor.user_id) return Status::Ok();
  return PermissionDenied("无权管理目标考评 your role may not keep the assessments");
}

Status MayCompute(const cases::Actor& actor) {
  if (actor.role == org::kSystem) return Status::Ok();
  if (org::InSet(org::LedgerPlannerRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("无权计算目标考评 your role may not compute the assessments");
}

Result<StoredScheme> Read(const store::AssessmentSchemeVersionRecord& record) {
  auto scheme = ParseScheme(record.body);
  if (!scheme.ok()) {
    return Internal("考评方案「" + record.name + "」第 " + std::to_string(record.version) +
                    " 版无法读取 the stored scheme '" + record.name + "' version " +
                    std::to_string(record.version) + " cannot be read: " + scheme.status().message());
  }
  return StoredScheme{record, *std::move(scheme)};
}

Result<store::AssessmentSchemeVersionRecord> NamedScheme(const AssessmentBook& book,
                                                         const std::string& name) {
  SW_ASSIGN_OR_RETURN(auto found, store::AssessmentRepository(book.db).LatestScheme(book.district(), name));
  if (!found)
    return InvalidArgument("考评方案「" + name + "」不存在 there is no assessment scheme of that name",
                           "scheme");
  return *found;
}

Result<store::AssessmentSchemeVersionRecord> OnlyScheme(const AssessmentBook& book) {
  SW_ASSIGN_OR_RETURN(auto all, store::AssessmentRepository(book.db).LatestSchemes(book.district()));
  if (all.empty()) {
    return NotFound(
        "本区尚无考评方案，请先保存一个 the district has no assessment scheme yet; save one first");
  }
  if (all.size() > 1) {
    std::string names;
    for (const auto& s : all) names += (names.empty() ? "" : "、") + s.name;
    return InvalidArgument("本区有多个考评方案（" + names +
                               "），请指定其一 the district has several assessment "
                               "schemes; name one of them",
                           "scheme");
  }
  return all.front();
}

Result<const store::UnitRecord*> AssessedUnit(const AssessmentBook& book, const AssessmentScheme& scheme,
                                              const std::string& code) {
  const store::UnitRecord* unit = book.org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "unit");
  if (unit->kind != scheme.unit_kind) {
    return InvalidArgument("单位 " + code + " 不是本方案的考评对象（" + scheme.unit_kind + "） the unit '" +
                               code + "' is a " + unit->kind + ", the scheme assesses each " +
                               scheme.unit_kind,
                           "unit");
  }
  return unit;
}

Status CheckManualIndicator(const AssessmentScheme& scheme, const std::string& code) {
  const Indicator* indicator = scheme.Find(code);
  if (indicator == nullptr) {
    return InvalidArgument("方案中没有指标 " + code + " the scheme has no indicator '" + code + "'",
                           "indicator");
  }
  if (indicator->source != IndicatorSource::kManual) {
    return InvalidArgument("指标 " + code + " 由系统计算，不能手工录入 indicator '" + code +
                               "' is computed from " + std::string(SourceName(indicator->source)) +
                               ", not entered by hand",
                           "indicator");
  }
  return Status::Ok();
}

Status CheckEnteredValue(const NewValue& value) {
  if (value.value > kMaxAbsoluteValue * kValueScale || value.value < -kMaxAbsoluteValue * kValueScale) {
    return InvalidArgument("数值过大 the value is too large to score", "value");
  }
  if (value.evidence.empty()) {
    return InvalidArgument("请填写数值依据 the evidence for the value is required", "evidence");
  }
  if (value.evidence.size() > kMaxEvidence) {
    return InvalidArgument("数值依据过长 the evidence is longer than 4000 bytes", "evidence");
  }
  return Status::Ok();
}

nlohmann::json BreakdownJson(const UnitScore& score) {
  nlohmann::json indicators = nlohmann::json::array();
  for (const auto& p : score.indicators) {
    nlohmann::json line = {{"code", p.code},
                           {"name", p.name},
                           {"raw", p.raw ? nlohmann::json(*p.raw) : nlohmann::json(nullptr)},
                           {"points", p.points},
                           {"max_points", p.max_points},
                           {"explanation", p.explanation}};
    if (p.place) line["place"] = *p.place;
    indicators.push_back(std::move(line));
  }
  return {{"base", score.base},
          {"bonus", score.bonus},
          {"deduction", score.deduction},
          {"total", score.total},
          {"indicators", std::move(indicators)}};
}

MovementKind MovementOfName(const std::string& name) {
  if (name == "up") return MovementKind::kUp;
  if (name == "down") return MovementKind::kDown;
  if (name == "same") return MovementKind::kSame;
  return MovementKind::kNewEntry;
}

// The ranking stored for the period before, empty when none was computed.
Result<std::vector<RankedUnit>> PreviousRanking(const AssessmentBook& book, store::Id scheme_id,
                                                const AssessmentPeriod& period) {
  SW_ASSIGN_OR_RETURN(auto result,
                      store::AssessmentRepository(book.db).FindResult(scheme_id, period.previous().key()));
  std::vector<RankedUnit> ranking;
  if (!result) return ranking;
  for (const auto& u : result->units) {
    RankedUnit r;
    r.rank = static_cast<int>(u.rank);
    r.unit_code = u.unit_code;
    r.total = u.total;
    r.movement = StoredMovement(u);
    ranking.push_back(r);
  }
  return ranking;
}

store::AssessmentResultRecord ResultRecord(const AssessmentBook& book, const StoredScheme& stored,
                                           const AssessmentPeriod& period,
                                           const std::vector<UnitScore>& scores,
                                           const std::vector<RankedUnit>& ranking) {
  store::AssessmentResultRecord result;
  result.district_code = book.district();
  result.scheme_id = stored.record.scheme_id;
  result.scheme_version = stored.record.version;
  result.period = period.key();
  result.computed_at = book.clock.Now();
  result.computed_by = book.actor.user_id;
  std::map<std::string, const UnitScore*> by_code;
  for (const auto& s : scores) by_code[s.unit_code] = &s;
  for (const auto& r : ranking) {
    store::AssessmentResultUnitRecord u;
    u.unit_id = book.org.FindByCode(r.unit_code)->id;
    u.total = r.total;
    u.rank = r.rank;
    u.tied = r.tied;
    u.incomplete = r.incomplete;
    u.movement = MovementName(r.movement.kind);
    u.movement_places = r.movement.places;
    u.breakdown = BreakdownJson(*by_code.at(r.unit_code)).dump();
    result.units.push_back(std::move(u));
  }
  return result;
}

}  // namespace

std::string_view MovementName(MovementKind kind) {
  switch (kind) {
    case MovementKind::kNewEntry:
      return "new";
    case MovementKind::kUp:
      return "up";
    case MovementKind::kDown:
      return "down";
    case MovementKind::kSame:
      return "same";
  }
  return "new";
}

Movement StoredMovement(const store::AssessmentResultUnitRecord& unit) {
  return {MovementOfName(unit.movement), static_cast<int>(unit.movement_places)};
}

Result<StoredScheme> SaveScheme(const AssessmentBook& book, const AssessmentScheme& scheme, bool demo) {
  SW_RETURN_IF_ERROR(MayKeepAssessments(book.actor));
  SW_RETURN_IF_ERROR(ValidateScheme(scheme));
  store::AssessmentSchemeVersionRecord record;
  record.district_code = book.district();
  record.name = scheme.name;
  record.period_kind = PeriodKindName(scheme.period);
  record.unit_kind = scheme.unit_kind;
  record.body = SchemeToJson(scheme).dump();
  record.saved_by = book.actor.user_id;
  record.saved_at = book.clock.Now();
  record.demo = demo;
  store::AssessmentRepository repo(book.db);
  Result<store::AssessmentSchemeVersionRecord> saved = record;
  SW_RETURN_IF_ERROR(book.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto newest, repo.LatestScheme(book.district(), scheme.name));
    if (newest && newest->body == record.body) {
      saved = *newest;
      return Status::Ok();
    }
    if (newest) {
      record.scheme_id = newest->scheme_id;
      record.version = newest->version + 1;
    }
    saved = repo.InsertSchemeVersion(record);
    return saved.status();
  }));
  SW_ASSIGN_OR_RETURN(auto stored, repo.LatestSchemeById(saved->scheme_id));
  return Read(*stored);
}

Result<StoredScheme> FindScheme(const AssessmentBook& book, const std::string& name) {
  if (name.empty()) {
    SW_ASSIGN_OR_RETURN(auto only, OnlyScheme(book));
    return Read(only);
  }
  SW_ASSIGN_OR_RETURN(auto named, NamedScheme(book, name));
  return Read(named);
}

Result<std::vector<store::AssessmentSchemeVersionRecord>> SchemeHistory(const AssessmentBook& book,
                                                                        const std::string& name) {
  SW_ASSIGN_OR_RETURN(auto named, NamedScheme(book, name));
  return store::AssessmentRepository(book.db).SchemeVersions(named.scheme_id);
}

Result<AssessmentPeriod> PeriodOfScheme(const AssessmentScheme& scheme, const std::string& text) {
  SW_ASSIGN_OR_RETURN(auto period, ParsePeriod(text));
  if (period.kind != scheme.period) {
    return InvalidArgument("考评期 " + text + " 是" + std::string(PeriodKindChinese(period.kind)) +
                               "，方案「" + scheme.name + "」按" +
                               std::string(PeriodKindChinese(scheme.period)) + "考评 the period " + text +
                               " is a " + std::string(PeriodKindName(period.kind)) + " but the scheme '" +
                               scheme.name + "' assesses each " + std::string(PeriodKindName(scheme.period)),
                           "period");
  }
  return period;
}

Result<store::AssessmentValueRecord> EnterValue(const AssessmentBook& book, const NewValue& value) {
  SW_RETURN_IF_ERROR(MayKeepAssessments(book.actor));
  SW_ASSIGN_OR_RETURN(auto stored, FindScheme(book, value.scheme));
  SW_ASSIGN_OR_RETURN(auto period, PeriodOfScheme(stored.scheme, value.period));
  SW_ASSIGN_OR_RETURN(auto unit, AssessedUnit(book, stored.scheme, value.unit_code));
  SW_RETURN_IF_ERROR(CheckManualIndicator(stored.scheme, value.indicator));
  SW_RETURN_IF_ERROR(CheckEnteredValue(value));
  store::AssessmentValueRecord record;
  record.district_code = book.district();
  record.scheme_id = stored.record.scheme_id;
  record.period = period.key();
  record.unit_id = unit->id;
  record.indicator = value.indicator;
  record.value = value.value;
  record.evidence = value.evidence;
  record.entered_by = *book.actor.user_id;
  record.entered_at = book.clock.Now();
  return store::AssessmentRepository(book.db).InsertValue(record);
}

Result<store::AssessmentValueRecord> ConfirmValue(const AssessmentBook& book, store::Id value_id) {
  SW_RETURN_IF_ERROR(MayKeepAssessments(book.actor));
  store::AssessmentRepository repo(book.db);
  auto value = repo.GetValue(value_id);
  if (!value.ok() || value->district_code != book.district()) {
    return NotFound("考评数值不存在 no assessment value " + std::to_string(value_id));
  }
  if (value->entered_by == *book.actor.user_id) {
    return PermissionDenied(
        "数值须由录入人以外的人确认 the value must be confirmed by someone other than "
        "the one who entered it");
  }
  SW_RETURN_IF_ERROR(repo.ConfirmValue(value_id, *book.actor.user_id, book.clock.Now()));
  return repo.GetValue(value_id);
}

Result<store::AssessmentResultRecord> ComputeAssessment(const AssessmentBook& book,
                                                        const std::string& scheme_name,
                                                        const std::string& period_text) {
  SW_RETURN_IF_ERROR(MayCompute(book.actor));
  SW_ASSIGN_OR_RETURN(auto stored, FindScheme(book, scheme_name));
  SW_ASSIGN_OR_RETURN(auto period, PeriodOfScheme(stored.scheme, period_text));
  const auto units = book.org.OfKind(stored.scheme.unit_kind);
  Result<store::AssessmentResultRecord> saved = Internal("not computed");
  SW_RETURN_IF_ERROR(book.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto values, GatherValues(book.db, book.org, stored.scheme, stored.record.scheme_id, period, units));
    SW_ASSIGN_OR_RETURN(auto scores, ScoreUnits(stored.scheme, values));
    SW_ASSIGN_OR_RETURN(auto previous, PreviousRanking(book, stored.record.scheme_id, period));
    auto result = ResultRecord(book, stored, period, scores, RankUnits(scores, previous));
    result.demo = stored.record.demo;
    saved = store::AssessmentRepository(book.db).ReplaceResult(std::move(result));
    return saved.status();
  }));
  return saved;
}

}  // namespace sanwang::governance
