#include "governance/api/campaign_schemas.h"

#include "api/openapi_schema.h"
#include "governance/campaign_desk.h"
#include "governance/campaign_terms.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Code(const char* example) { return WithExample(String(), example); }

json Criterion() {
  return Named("RubricCriterion", WholeObject({{"code", Code("content")},
                                               {"name", WithExample(String(), "思想内容")},
                                               {"most", Integer(1, 100)}}));
}

json Tier() {
  return Named(
      "AwardTier",
      WholeObject(
          {{"code", Code("first")},
           {"name", WithExample(String(), "一等奖")},
           {"quota", Described(Nullable(Integer(1, 100000)), "How many entries it takes; null: any number.")},
           {"floor",
            Described(Nullable(Number()),
                      "The lowest normalised score it takes, on the rubric's scale; null: none.")}}));
}

json UnitRef() {
  return Nullable(WholeObject(
      {{"code", WithExample(String(), "411002001001")}, {"name", WithExample(String(), "西大街社区")}}));
}

json Scores() {
  json scores = Object(json::object(), {});
  scores["additionalProperties"] = Integer();
  return Described(WithExample(scores, json{{"content", 35}, {"language", 25}}),
                   "Criterion code → whole points, 0 to the criterion's most.");
}

json ReviewFields() { return {{"scores", Scores()}, {"total", Integer()}, {"comment", String()}}; }

}  // namespace

json CampaignSchema() {
  return Named(
      "Campaign",
      WholeObject(
          {{"id", Integer()},
           {"title", WithExample(Text(60), "“我与政协”征文活动")},
           {"theme", WithExample(Text(60), "我与政协")},
           {"rules", Text(5000)},
           {"issuer", WithExample(Text(40), "区政协办公室")},
           {"opens_at", DateTime()},
           {"closes_at",
            Described(DateTime(), "Entries are taken while opens_at <= now < closes_at (server clock).")},
           {"formats", ArrayOf(Enum(governance::EntryKinds()))},
           {"max_bytes", Integer(1, governance::kMaxEntryBytesAllowed)},
           {"reviews_per_entry", Integer(1, governance::kMaxReviewsPerEntry)},
           {"rubric", ArrayOf(Criterion())},
           {"scale", Described(Integer(), "The most a review can total: the rubric's mosts added up.")},
           {"tiers", ArrayOf(Tier())},
           {"state", Enum({governance::kCampaignOpen, governance::kCampaignReviewing,
                           governance::kCampaignDeciding, governance::kCampaignPublished})},
           {"state_label", WithExample(String(), "征集中 Open")},
           {"created_at", DateTime()},
           {"demo", Boolean()},
           {"may",
            Described(WholeObject({{"organize", Boolean()}, {"enter", Boolean()}, {"review", Boolean()}}),
                      "What the caller may do now: run it, send an entry, review (a named reviewer).")}}));
}

json CampaignListSchema() { return ItemList(CampaignSchema()); }

json CampaignEntrySchema() {
  return Named("CampaignEntry", WholeObject({{"id", Integer()},
                                             {"campaign_id", Integer()},
                                             {"title", Text(60)},
                                             {"author_name", WithExample(String(), "王小明")},
                                             {"unit", UnitRef()},
                                             {"file_name", WithExample(String(), "我与政协.docx")},
                                             {"content_type", WithExample(String(), "text/plain")},
                                             {"size_bytes", Integer()},
                                             {"sha256", String()},
                                             {"submitted_at", DateTime()}}));
}

json CampaignEntryListSchema() { return ItemList(CampaignEntrySchema()); }

json CampaignReviewersSchema() {
  json person = {{"user_id", Integer()},
                 {"display_name", String()},
                 {"role", Code("community_staff")},
                 {"unit", UnitRef()}};
  json named = person;
  named["declared"] = Described(ArrayOf(Integer()), "The accounts the reviewer declared a conflict with.");
  return WholeObject(
      {{"reviewers", ArrayOf(WholeObject(named))}, {"candidates", ArrayOf(WholeObject(person))}});
}

json BlindEntrySchema() {
  json mine = ReviewFields();
  mine["submitted_at"] = DateTime();
  json peer = ReviewFields();
  peer["label"] = WithExample(String(), "评审乙");
  return Named(
      "BlindEntry",
      WholeObject(
          {{"id", Integer()},
           {"title", Text(60)},
           {"content_type", String()},
           {"size_bytes", Integer()},
           {"my_review", Described(Nullable(WholeObject(mine)), "The caller's review; null until written.")},
           {"others", Described(ArrayOf(WholeObject(peer)),
                                "In the discussion: the entry's other reviews, unsigned; empty before.")}}));
}

json BlindEntryListSchema() { return ItemList(BlindEntrySchema()); }

json BlindEntryFileSchema() {
  json fields = {
      {"id", Integer()},
      {"title", Text(60)},
      {"content_type", String()},
      {"size_bytes", Integer()},
      {"my_review", json()},
      {"others", json()},
      {"text", Described(String(), "A text or Word entry's words (the file's own metadata left behind).")},
      {"has_file", Described(Boolean(), "A PDF or photo: its bytes are at …/blind/file.")}};
  const json blind = BlindEntrySchema();
  const json& props = blind["properties"];
  fields["my_review"] = props["my_review"];
  fields["others"] = props["others"];
  return WholeObject(fields);
}

json AssignmentSchema() {
  return WholeObject({{"entries", Integer()},
                      {"reviews", Integer()},
                      {"max_load", Described(Integer(), "The most entries any reviewer has to review.")}});
}

json StandingsSchema() {
  json row = WholeObject(
      {{"entry", CampaignEntrySchema()},
       {"reviews", Integer()},
       {"reviews_assigned", Integer()},
       {"raw_mean", Number()},
       {"z", Described(Number(), "The mean of its reviews' z-scores against each reviewer's own scores.")},
       {"score", Described(Number(), "Normalised, on the rubric's scale, to hundredths.")},
       {"awarded", Nullable(Code("first"))}});
  json tie = WholeObject(
      {{"tier", Code("first")}, {"places", Integer()}, {"entries", ArrayOf(Integer())}, {"score", Number()}});
  return WholeObject(
      {{"entries", ArrayOf(row)},
       {"reviews_missing", Integer()},
       {"proposal", ArrayOf(WholeObject({{"entry_id", Integer()}, {"tier", Code("first")}}))},
       {"tie",
        Described(Nullable(tie), "Entries sharing the score across a quota: the committee decides.")}});
}

json ResultsSchema() {
  return WholeObject({{"campaign_id", Integer()},
                      {"title", String()},
                      {"issuer", String()},
                      {"items", ArrayOf(WholeObject({{"entry_id", Integer()},
                                                     {"tier", Code("first")},
                                                     {"tier_name", WithExample(String(), "一等奖")},
                                                     {"title", String()},
                                                     {"author_name", String()},
                                                     {"unit_name", String()}}))}});
}

json NewCampaignSchema() {
  json criterion = WholeObject({{"code", Code("content")}, {"name", String()}, {"most", Integer(1, 100)}});
  json tier = ClosedObject({{"code", Code("first")},
                            {"name", String()},
                            {"quota", Nullable(Integer())},
                            {"floor", Nullable(Number())}},
                           {"code", "name"});
  return WholeObject({{"title", Text(60)},
                      {"theme", Text(60)},
                      {"rules", Text(5000)},
                      {"issuer", Text(40)},
                      {"opens_at", DateTime()},
                      {"closes_at", DateTime()},
                      {"formats", ArrayOf(Enum(governance::EntryKinds()))},
                      {"max_bytes", Integer(1, governance::kMaxEntryBytesAllowed)},
                      {"reviews_per_entry", Integer(1, governance::kMaxReviewsPerEntry)},
                      {"rubric", ArrayOf(criterion)},
                      {"tiers", ArrayOf(tier)}});
}

json NominationsSchema() {
  return WholeObject(
      {{"reviewers",
        ArrayOf(ClosedObject({{"user_id", Integer()}, {"declared", ArrayOf(Integer())}}, {"user_id"}))}});
}

json ReviewSchema() { return ClosedObject({{"scores", Scores()}, {"comment", Text(3000)}}, {"scores"}); }

json AwardsSchema() {
  return WholeObject({{"awards", ArrayOf(WholeObject({{"entry_id", Integer()}, {"tier", Code("first")}}))}});
}

}  // namespace sanwang::api
