#include "governance/survey_results.h"

#include <algorithm>

#include "governance/survey_access.h"
#include "support/store/roster_repository.h"

namespace sanwang::governance {
namespace {

// A community's share of the area: its households, 1 without a figure.
Result<std::map<store::Id, std::int64_t>> Households(const SurveyDesk& desk) {
  SW_ASSIGN_OR_RETURN(auto rows, store::RosterRepository(desk.db).Households(desk.district()));
  std::map<store::Id, std::int64_t> out;
  for (const auto& r : rows) out[r.unit_id] = r.households;
  return out;
}

struct Scored {
  std::map<store::Id, std::vector<double>> by_community;
};

// Every index's respondent scores, by community.
std::vector<Scored> ScoreResponses(const Survey& survey,
                                   const std::vector<store::SurveyResponseRecord>& responses) {
  std::vector<Scored> out(survey.terms.indices.size());
  for (const auto& r : responses) {
    const auto answers = nlohmann::json::parse(r.answers, nullptr, false);
    if (!answers.is_object()) continue;
    const auto flat = FlatScores(survey.terms.questionnaire, answers);
    for (std::size_t i = 0; i < survey.terms.indices.size(); ++i) {
      const auto score = RespondentScore(survey.terms.indices[i], flat);
      if (score) out[i].by_community[r.community_id].push_back(*score);
    }
  }
  return out;
}

AreaIndex Area(const store::UnitRecord& unit, IndexEstimate estimate) {
  return {unit.id, unit.name, unit.kind, estimate};
}

AreaIndex AreaOver(const SurveyDesk& desk, const store::UnitRecord& unit, const Scored& scored,
                   const std::map<store::Id, std::int64_t>& households, int min_sample) {
  std::vector<Stratum> strata;
  for (const store::UnitRecord* c : AreaCommunities(desk.org, unit.id)) {
    const auto found = households.find(c->id);
    strata.push_back({c->id, found == households.end() ? 0 : found->second});
  }
  return Area(unit, AreaEstimate(scored.by_community, strata, min_sample));
}

IndexResults ResultsOf(const SurveyDesk& desk, const Survey& survey, std::size_t i, const Scored& scored,
                       const std::map<store::Id, std::int64_t>& households) {
  const IndexDefinition& index = survey.terms.indices[i];
  IndexResults out;
  out.index = index;
  const store::UnitRecord* area = desk.org.Find(survey.record.area_unit_id);
  if (area == nullptr) return out;
  out.area = AreaOver(desk, *area, scored, households, index.min_sample);
  for (const store::UnitRecord* street : desk.org.OfKind("street")) {
    if (area->kind == "district" && desk.org.InSubtree(area->id, street->id))
      out.streets.push_back(AreaOver(desk, *street, scored, households, index.min_sample));
  }
  for (const store::UnitRecord* c : AreaCommunities(desk.org, area->id)) {
    const auto found = scored.by_community.find(c->id);
    const std::vector<double> none;
    out.communities.push_back(Area(
        *c, CommunityEstimate(found == scored.by_community.end() ? none : found->second, index.min_sample)));
  }
  return out;
}

Result<Survey> ReadableSurvey(const SurveyDesk& desk, store::Id id) {
  // Organizers read results too; anyone else is told they do not read them.
  if (!MayOrganizeSurveys(desk.actor).ok()) SW_RETURN_IF_ERROR(MayReadSurveyResults(desk.actor));
  return FindSurvey(desk, id);
}

std::string TopicOf(const classify::Classifier* classifier, const cases::Catalog& catalog,
                    const std::string& text) {
  if (classifier == nullptr) return "未分类 Not classified";
  for (const auto& p : classifier->Predict(text, 3)) {
    const auto* item = catalog.FindItem(p.label);
    if (item == nullptr) continue;
    for (const auto& aspect : catalog.aspects()) {
      if (aspect.code == item->aspect_code) return aspect.name + " " + aspect.name_en;
    }
  }
  return "其他 Other";
}

}  // namespace

Result<SurveyResults> ComputeSurveyResults(const SurveyDesk& desk, store::Id id) {
  SW_ASSIGN_OR_RETURN(Survey survey, ReadableSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(auto responses, store::SurveyRepository(desk.db).Responses(id));
  SurveyResults out;
  out.responses = static_cast<std::int64_t>(responses.size());
  for (const auto& channel : SurveyChannels()) out.by_channel[channel] = 0;
  for (const auto& r : responses) ++out.by_channel[r.channel];
  const auto scored = ScoreResponses(survey, responses);
  SW_ASSIGN_OR_RETURN(const auto households, Households(desk));
  for (std::size_t i = 0; i < survey.terms.indices.size(); ++i)
    out.indices.push_back(ResultsOf(desk, survey, i, scored[i], households));
  return out;
}

Result<std::vector<TrendPoint>> SurveyTrend(const SurveyDesk& desk, store::Id id) {
  SW_ASSIGN_OR_RETURN(Survey survey, ReadableSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(auto rounds, ListSurveys(desk));
  std::vector<TrendPoint> out;
  for (const Survey& round : rounds) {
    if (round.record.series != survey.record.series || round.record.state == kSurveyDraft) continue;
    SW_ASSIGN_OR_RETURN(auto results, ComputeSurveyResults(desk, round.record.id));
    TrendPoint point{round.record.id, round.record.period, round.record.opens_at, {}};
    for (const auto& r : results.indices) point.indices[r.index.code] = r.area.estimate;
    out.push_back(std::move(point));
  }
  std::sort(out.begin(), out.end(), [](const TrendPoint& a, const TrendPoint& b) {
    return a.opens_at != b.opens_at ? a.opens_at < b.opens_at : a.survey_id < b.survey_id;
  });
  return out;
}

Result<std::vector<TextGroup>> FreeTextGroups(const SurveyDesk& desk, store::Id id,
                                              const classify::Classifier* classifier,
                                              const cases::Catalog& catalog) {
  SW_ASSIGN_OR_RETURN(Survey survey, ReadableSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(auto responses, store::SurveyRepository(desk.db).Responses(id));
  std::map<std::string, TextGroup> groups;
  for (const auto& r : responses) {
    const auto answers = nlohmann::json::parse(r.answers, nullptr, false);
    if (!answers.is_object()) continue;
    for (const Question& q : survey.terms.questionnaire) {
      if (q.kind != QuestionKind::kText || !answers.contains(q.code) || !answers[q.code].is_string())
        continue;
      const std::string text = answers[q.code].get<std::string>();
      if (text.empty()) continue;
      const store::UnitRecord* community = desk.org.Find(r.community_id);
      const std::string topic = TopicOf(classifier, catalog, text);
      auto& group = groups[topic];
      group.topic = topic;
      group.answers.push_back({q.code, community ? community->name : "", text});
    }
  }
  std::vector<TextGroup> out;
  for (auto& [topic, group] : groups) out.push_back(std::move(group));
  std::stable_sort(out.begin(), out.end(), [](const TextGroup& a, const TextGroup& b) {
    return a.answers.size() > b.answers.size();
  });
  return out;
}

}  // namespace sanwang::governance
