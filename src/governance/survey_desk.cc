#include "governance/survey_desk.h"

#include <algorithm>

#include "core/secure_random.h"
#include "core/sha256.h"
#include "core/time.h"
#include "governance/survey_access.h"
#include "org/survey_roles.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kLinkTokenBytes = 16;

Result<Survey> Read(store::SurveyRecord record) {
  Survey s;
  SW_ASSIGN_OR_RETURN(s.terms.questionnaire,
                      ParseQuestionnaire(nlohmann::json::parse(record.questionnaire, nullptr, false)));
  SW_ASSIGN_OR_RETURN(s.terms.indices, ParseIndicesJson(record.indices));
  s.terms.title = record.title;
  s.terms.intro = record.intro;
  s.terms.series = record.series;
  s.terms.period = record.period;
  s.terms.area_unit_id = record.area_unit_id;
  s.terms.opens_at = record.opens_at;
  s.terms.closes_at = record.closes_at;
  s.terms.demo = record.demo;
  s.record = std::move(record);
  return s;
}

void WriteTerms(const SurveyTerms& terms, store::SurveyRecord& r) {
  r.title = terms.title;
  r.intro = terms.intro;
  r.series = terms.series;
  r.period = terms.period;
  r.area_unit_id = terms.area_unit_id;
  r.opens_at = terms.opens_at;
  r.closes_at = terms.closes_at;
  r.questionnaire = QuestionnaireJson(terms.questionnaire).dump();
  r.indices = IndicesJson(terms.indices);
  r.demo = terms.demo;
}

// The area is the district or one of its sub-districts.
Status CheckArea(const SurveyDesk& desk, store::Id area) {
  const store::UnitRecord* unit = desk.org.Find(area);
  if (unit == nullptr || (unit->kind != "district" && unit->kind != "street"))
    return InvalidArgument("测评范围须为本区或一个街道 the area is the district or one of its sub-districts",
                           "area_unit_id");
  return Status::Ok();
}

Status CheckTermsFor(const SurveyDesk& desk, const SurveyTerms& terms) {
  SW_RETURN_IF_ERROR(CheckSurveyTerms(terms));
  return CheckArea(desk, terms.area_unit_id);
}

bool InArea(const SurveyDesk& desk, const store::SurveyRecord& s, store::Id community) {
  return desk.org.InSubtree(s.area_unit_id, community);
}

// A resident sees the open and closed surveys of an area holding their community; readers
// and organizers see every survey, drafts only organizers.
bool MaySee(const SurveyDesk& desk, const store::SurveyRecord& s) {
  if (MayOrganizeSurveys(desk.actor).ok()) return true;
  if (s.state == kSurveyDraft) return false;
  if (SeesEverySurvey(desk.actor)) return true;
  auto community = RespondentCommunity(desk.actor, desk.org);
  return community.ok() && InArea(desk, s, *community);
}

Result<store::SurveyResponseRecord> Checked(const SurveyDesk& desk, const Survey& survey, store::Id community,
                                            const nlohmann::json& answers) {
  SW_RETURN_IF_ERROR(CheckTakingAnswers(desk, survey.record));
  if (!InArea(desk, survey.record, community))
    return InvalidArgument("该社区不在本次测评范围内 the community is outside the survey's area",
                           "community_id");
  SW_RETURN_IF_ERROR(CheckResponse(survey.terms.questionnaire, answers));
  store::SurveyResponseRecord r;
  r.survey_id = survey.record.id;
  r.district_code = desk.district();
  r.community_id = community;
  r.answers = answers.dump();
  r.submitted_at = desk.clock.Now();
  return r;
}

std::string NewLinkToken() {
  unsigned char bytes[kLinkTokenBytes];
  SecureRandomBytes(bytes, sizeof bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

Result<store::Id> CommunityOfArea(const SurveyDesk& desk, const Survey& survey, store::Id community_id) {
  const store::UnitRecord* unit = desk.org.Find(community_id);
  if (unit == nullptr || unit->kind != "community" || !InArea(desk, survey.record, community_id))
    return InvalidArgument("请选择本次测评范围内的社区 choose a community of the survey's area",
                           "community_id");
  return community_id;
}

}  // namespace

Status CheckTakingAnswers(const SurveyDesk& desk, const store::SurveyRecord& s) {
  const UnixSeconds now = desk.clock.Now();
  if (s.state != kSurveyOpen || now >= s.closes_at)
    return FailedPrecondition("测评已结束 the survey is not taking answers (it closes at " +
                              FormatIso8601(s.closes_at) + ")");
  if (now < s.opens_at)
    return FailedPrecondition("测评尚未开始 the survey takes answers from " + FormatIso8601(s.opens_at));
  return Status::Ok();
}

std::vector<const store::UnitRecord*> AreaCommunities(const org::OrgDirectory& org, store::Id area_unit_id) {
  std::vector<const store::UnitRecord*> out;
  for (const store::UnitRecord* c : org.OfKind("community")) {
    if (org.InSubtree(area_unit_id, c->id)) out.push_back(c);
  }
  return out;
}

std::vector<const store::UnitRecord*> NameableCommunities(const SurveyDesk& desk, const Survey& survey) {
  std::vector<const store::UnitRecord*> out;
  const bool organizer = MayOrganizeSurveys(desk.actor).ok();
  for (const store::UnitRecord* c : AreaCommunities(desk.org, survey.record.area_unit_id)) {
    if (organizer || MayRecordFor(desk.actor, desk.org, c->id).ok()) out.push_back(c);
  }
  return out;
}

Result<Survey> CreateSurvey(const SurveyDesk& desk, const SurveyTerms& terms) {
  SW_RETURN_IF_ERROR(MayOrganizeSurveys(desk.actor));
  SW_RETURN_IF_ERROR(CheckTermsFor(desk, terms));
  store::SurveyRecord r;
  WriteTerms(terms, r);
  r.district_code = desk.district();
  r.state = kSurveyDraft;
  r.created_by = desk.actor.user_id;
  r.created_at = desk.clock.Now();
  auto inserted = store::SurveyRepository(desk.db).InsertSurvey(r);
  if (inserted.status().code() == ErrorCode::kAlreadyExists)
    return Status(ErrorCode::kConflict, "已有同名测评 a survey of this title exists", "title");
  SW_RETURN_IF_ERROR(inserted.status());
  return Read(std::move(inserted).value());
}

Result<Survey> FindSurvey(const SurveyDesk& desk, store::Id id) {
  SW_RETURN_IF_ERROR(MaySeeSurveys(desk.actor));
  auto record = store::SurveyRepository(desk.db).GetSurvey(id);
  if (!record.ok() || record->district_code != desk.district() || !MaySee(desk, *record))
    return NotFound("测评不存在 no such survey");
  return Read(std::move(record).value());
}

Result<std::vector<Survey>> ListSurveys(const SurveyDesk& desk) {
  SW_RETURN_IF_ERROR(MaySeeSurveys(desk.actor));
  SW_ASSIGN_OR_RETURN(auto records, store::SurveyRepository(desk.db).Surveys(desk.district()));
  std::vector<Survey> out;
  for (auto& r : records) {
    if (!MaySee(desk, r)) continue;
    SW_ASSIGN_OR_RETURN(auto s, Read(std::move(r)));
    out.push_back(std::move(s));
  }
  return out;
}

Result<Survey> EditSurvey(const SurveyDesk& desk, store::Id id, const SurveyTerms& terms) {
  SW_RETURN_IF_ERROR(MayOrganizeSurveys(desk.actor));
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  if (survey.record.state != kSurveyDraft)
    return Conflict("测评已发布，不能修改 the survey is no longer a draft");
  SW_RETURN_IF_ERROR(CheckTermsFor(desk, terms));
  WriteTerms(terms, survey.record);
  store::SurveyRepository repo(desk.db);
  auto same_title = repo.Surveys(desk.district());
  SW_RETURN_IF_ERROR(same_title.status());
  for (const auto& other : *same_title) {
    if (other.id != id && other.title == terms.title)
      return Status(ErrorCode::kConflict, "已有同名测评 a survey of this title exists", "title");
  }
  SW_RETURN_IF_ERROR(repo.UpdateDraft(survey.record));
  return FindSurvey(desk, id);
}

Result<Survey> MoveSurvey(const SurveyDesk& desk, store::Id id, const std::string& to) {
  SW_RETURN_IF_ERROR(MayOrganizeSurveys(desk.actor));
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  const std::string& from = survey.record.state;
  const bool allowed =
      (from == kSurveyDraft && to == kSurveyOpen) || (from == kSurveyOpen && to == kSurveyClosed);
  if (!allowed)
    return FailedPrecondition("测评不能从“" + SurveyStateLabel(from) + "”改为“" + SurveyStateLabel(to) +
                              "” a survey moves draft → open → closed only");
  SW_RETURN_IF_ERROR(store::SurveyRepository(desk.db).MoveSurvey(id, from, to));
  return FindSurvey(desk, id);
}

Result<SurveyAbilities> AbilitiesOf(const SurveyDesk& desk, const Survey& survey) {
  SurveyAbilities a;
  const store::SurveyRecord& s = survey.record;
  const bool organizer = MayOrganizeSurveys(desk.actor).ok();
  const bool taking = CheckTakingAnswers(desk, s).ok();
  a.edit = organizer && s.state == kSurveyDraft;
  a.open = a.edit;
  a.close = organizer && s.state == kSurveyOpen;
  a.issue_links = organizer && taking;
  a.export_answers = organizer && s.state != kSurveyDraft;
  a.results = MayReadSurveyResults(desk.actor).ok() || organizer;
  auto community = RespondentCommunity(desk.actor, desk.org);
  if (community.ok() && InArea(desk, s, *community)) {
    SW_ASSIGN_OR_RETURN(a.answered, store::SurveyRepository(desk.db).HasAnswered(s.id, *desk.actor.user_id));
    a.answer = taking && !a.answered;
  }
  a.record = taking && org::InSet(org::SurveyRecorderRoles(), desk.actor.role);
  return a;
}

Result<store::SurveyResponseRecord> AnswerSurvey(const SurveyDesk& desk, store::Id id,
                                                 const nlohmann::json& answers) {
  SW_ASSIGN_OR_RETURN(store::Id community, RespondentCommunity(desk.actor, desk.org));
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(auto response, Checked(desk, survey, community, answers));
  response.account_id = desk.actor.user_id;
  response.channel = kChannelApp;
  return store::SurveyRepository(desk.db).InsertResponse(std::move(response));
}

Result<store::SurveyResponseRecord> RecordAnswer(const SurveyDesk& desk, store::Id id, store::Id community_id,
                                                 const std::string& channel, const nlohmann::json& answers) {
  SW_RETURN_IF_ERROR(MayRecordFor(desk.actor, desk.org, community_id));
  if (channel != kChannelPaper && channel != kChannelTelephone)
    return InvalidArgument("录入方式须为 paper（纸质）或 telephone（电话） the channel is paper or telephone",
                           "channel");
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(store::Id community, CommunityOfArea(desk, survey, community_id));
  SW_ASSIGN_OR_RETURN(auto response, Checked(desk, survey, community, answers));
  response.channel = channel;
  response.recorded_by = desk.actor.user_id;
  return store::SurveyRepository(desk.db).InsertResponse(std::move(response));
}

Result<std::vector<std::string>> IssueLinks(const SurveyDesk& desk, store::Id id, store::Id community_id,
                                            int count) {
  SW_RETURN_IF_ERROR(MayOrganizeSurveys(desk.actor));
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(store::Id community, CommunityOfArea(desk, survey, community_id));
  if (count < 1 || count > kMaxLinksAtOnce)
    return InvalidArgument("一次可生成 1 到 500 个链接 issue 1 to 500 links at once", "count");
  SW_RETURN_IF_ERROR(CheckTakingAnswers(desk, survey.record));
  std::vector<std::string> tokens;
  std::vector<store::SurveyLinkRecord> links;
  for (int i = 0; i < count; ++i) {
    tokens.push_back(NewLinkToken());
    links.push_back(
        {Sha256Hex(tokens.back()), id, community, desk.actor.user_id, desk.clock.Now(), std::nullopt});
  }
  SW_RETURN_IF_ERROR(store::SurveyRepository(desk.db).InsertLinks(links));
  return tokens;
}

namespace {

struct LinkedSurvey {
  store::SurveyLinkRecord link;
  Survey survey;
};

// The unused link of this district and its survey.
Result<LinkedSurvey> FindUnusedLink(const SurveyDesk& desk, const std::string& token) {
  store::SurveyRepository repo(desk.db);
  SW_ASSIGN_OR_RETURN(auto link, repo.FindLink(Sha256Hex(token)));
  if (!link) return NotFound("链接无效 no such link");
  SW_ASSIGN_OR_RETURN(auto record, repo.GetSurvey(link->survey_id));
  if (record.district_code != desk.district()) return NotFound("链接无效 no such link");
  if (link->used_at) return Conflict("该链接已经用过 this link has been used already");
  SW_ASSIGN_OR_RETURN(Survey survey, Read(std::move(record)));
  return LinkedSurvey{std::move(*link), std::move(survey)};
}

}  // namespace

Result<Survey> SurveyOfLink(const SurveyDesk& desk, const std::string& token) {
  SW_ASSIGN_OR_RETURN(LinkedSurvey found, FindUnusedLink(desk, token));
  return std::move(found.survey);
}

Result<store::SurveyResponseRecord> AnswerThroughLink(const SurveyDesk& desk, const std::string& token,
                                                      const nlohmann::json& answers) {
  SW_ASSIGN_OR_RETURN(LinkedSurvey found, FindUnusedLink(desk, token));
  SW_ASSIGN_OR_RETURN(auto response, Checked(desk, found.survey, found.link.community_id, answers));
  response.channel = kChannelLink;
  return store::SurveyRepository(desk.db).AnswerThroughLink(found.link.token_hash, std::move(response));
}

}  // namespace sanwang::governance
