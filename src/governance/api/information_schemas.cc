#include "governance/api/information_schemas.h"

#include "api/openapi_schema.h"
#include "governance/information_desk.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json UnitRef() {
  return ClosedObject(
      {{"code", WithExample(String(), "411002001001")}, {"name", WithExample(String(), "西大街社区")}},
      {"code", "name"});
}

json Code(const char* example) { return WithExample(String(), example); }

json Title() {
  return WithExample(Text(static_cast<int>(governance::kMaxInformationTitle)),
                     "西大街道开展“清洁家园”志愿服务");
}

json Body() {
  return Described(
      WithExample(Text(static_cast<int>(governance::kMaxInformationBody)), "11月28日，西大街道组织……"),
      "Plain text; paragraphs separated by line breaks.");
}

json ItemFields() {
  return {
      {"id", Integer()},
      {"unit", UnitRef()},
      {"author_name", WithExample(String(), "王宁")},
      {"category", Code("work_news")},
      {"title", Title()},
      {"body", Body()},
      {"revision", Integer(1, 1000000)},
      {"state", Code("submitted")},
      {"state_label", WithExample(String(), "待审核 Awaiting review")},
      {"open", Described(Boolean(), "The workflow counts the state as open (still to be decided).")},
      {"submitted_at", DateTime()},
      {"updated_at", DateTime()},
      {"level", Described(Nullable(Code("city")), "The highest level the item was adopted at; null before.")},
      {"points", Described(Integer(), "The highest adoption level's points; 0 before an adoption.")},
      {"adopted_at", Nullable(DateTime())},
      {"similar",
       Described(Nullable(ClosedObject({{"id", Integer()}, {"similarity_percent", Integer(0, 100)}},
                                       {"id", "similarity_percent"})),
                 "The most alike item of the district's last 30 days, when at least 80% alike (the same item "
                 "sent twice); null otherwise. Flagged for the editor, never refused.")},
      {"allowed_actions", ArrayOf(Code("adopt"))},
  };
}

std::vector<std::string> ItemRequired() {
  const json fields = ItemFields();  // kept: items() does not keep a temporary alive
  std::vector<std::string> out;
  for (const auto& [key, value] : fields.items()) out.push_back(key);
  return out;
}

}  // namespace

json InformationCategorySchema() {
  return Named("InformationCategory", ClosedObject({{"code", Code("work_news")},
                                                    {"name", WithExample(String(), "工作动态")},
                                                    {"name_en", WithExample(String(), "Work news")},
                                                    {"built_in", Boolean()}},
                                                   {"code", "name", "name_en", "built_in"}));
}

json InformationLevelSchema() {
  return Named("InformationLevel",
               ClosedObject({{"code", Code("city")},
                             {"name", WithExample(String(), "市级采用")},
                             {"name_en", WithExample(String(), "Adopted by the city")},
                             {"points", Integer(0, 1000)},
                             {"rank", Described(Integer(1, 100), "Higher is a higher level.")},
                             {"built_in", Boolean()}},
                            {"code", "name", "name_en", "points", "rank", "built_in"}));
}

json InformationWordsSchema() {
  json state = ClosedObject({{"name", Code("submitted")},
                             {"label", WithExample(String(), "待审核 Awaiting review")},
                             {"open", Boolean()}},
                            {"name", "label", "open"});
  json action = ClosedObject({{"action", Code("adopt")},
                              {"label", WithExample(String(), "采用 Adopt")},
                              {"note_required", Boolean()}},
                             {"action", "label", "note_required"});
  return ClosedObject({{"categories", ArrayOf(InformationCategorySchema())},
                       {"levels", ArrayOf(InformationLevelSchema())},
                       {"states", ArrayOf(state)},
                       {"actions", ArrayOf(action)}},
                      {"categories", "levels", "states", "actions"});
}

json InformationItemSchema() { return Named("InformationItem", ClosedObject(ItemFields(), ItemRequired())); }

json InformationItemPageSchema() { return ItemPage(InformationItemSchema(), 200); }

json InformationItemDetailSchema() {
  json fields = ItemFields();
  fields["versions"] = ArrayOf(ClosedObject({{"revision", Integer()},
                                             {"category", Code("work_news")},
                                             {"title", String()},
                                             {"body", String()},
                                             {"at", DateTime()}},
                                            {"revision", "category", "title", "body", "at"}));
  fields["adoptions"] =
      ArrayOf(ClosedObject({{"level", Code("district")}, {"points", Integer()}, {"adopted_at", DateTime()}},
                           {"level", "points", "adopted_at"}));
  fields["events"] = ArrayOf(
      ClosedObject({{"id", Integer()},
                    {"at", DateTime()},
                    {"username", WithExample(String(), "supervisor")},
                    {"role", Code("supervisor")},
                    {"action", Code("return")},
                    {"from_state", Code("submitted")},
                    {"to_state", Code("returned")},
                    {"level", Nullable(Code("district"))},
                    {"note", WithExample(String(), "请补充具体数据")}},
                   {"id", "at", "username", "role", "action", "from_state", "to_state", "level", "note"}));
  std::vector<std::string> required = ItemRequired();
  for (const char* key : {"versions", "adoptions", "events"}) required.emplace_back(key);
  return ClosedObject(fields, required);
}

json InformationRankingSchema() {
  json per_level = Object(json::object(), {});
  per_level["additionalProperties"] = Integer();
  json row = ClosedObject(
      {{"rank", Integer(1, 100000)},
       {"tied", Described(Boolean(), "Another unit has the same points, adopted items and rate.")},
       {"unit", UnitRef()},
       {"submitted", Integer()},
       {"adopted", Integer()},
       {"adopted_at_level",
        Described(per_level, "Adoptions per level code, e.g. {\"district\": 3, \"city\": 1}.")},
       {"adoption_rate_percent", Described(Nullable(Number(0, 100)), "Adopted / submitted; null for none.")},
       {"points", Integer()}},
      {"rank", "tied", "unit", "submitted", "adopted", "adopted_at_level", "adoption_rate_percent",
       "points"});
  return ClosedObject({{"period", WithExample(String(), "2026-11")},
                       {"from", Date()},
                       {"to", Date()},
                       {"level", Enum({"community", "street", "department"})},
                       {"items", ArrayOf(row)}},
                      {"period", "from", "to", "level", "items"});
}

json NewInformationItemSchema() {
  return ClosedObject({{"category", Code("work_news")},
                       {"title", Title()},
                       {"body", Body()},
                       {"author_name", Described(Text(50), "The writer; default: the caller's name.")}},
                      {"category", "title", "body"});
}

json InformationActionSchema() {
  return ClosedObject(
      {{"action", Enum({"adopt", "return", "decline", "resubmit", "withdraw"})},
       {"note", Described(Text(2000), "Comments; required to return or decline.")},
       {"level", Described(Code("district"), "adopt: the level (a higher one than reached before).")},
       {"category", Described(Code("work_news"), "resubmit: the revised text's category.")},
       {"title", Described(Title(), "resubmit: the revised title.")},
       {"body", Described(Body(), "resubmit: the revised body.")}},
      {"action"});
}

json NewInformationCategorySchema() {
  return ClosedObject({{"code", Code("grassroots")},
                       {"name", WithExample(Text(50), "基层治理")},
                       {"name_en", WithExample(Text(100), "Grassroots governance")}},
                      {"code", "name"});
}

json NewInformationLevelSchema() {
  return ClosedObject({{"code", Code("nation")},
                       {"name", WithExample(Text(50), "国家级采用")},
                       {"name_en", WithExample(Text(100), "Adopted nationally")},
                       {"points", Integer(0, 1000)},
                       {"rank", Integer(1, 100)}},
                      {"code", "name", "points", "rank"});
}

json InformationReportSchema() {
  return Named("InformationReport",
               ClosedObject({{"id", Integer()},
                             {"period", WithExample(String(), "2026-11")},
                             {"level", Enum({"community", "street", "department"})},
                             {"number", WithExample(String(), "魏都区信息工作通报〔2026〕第 3 期")},
                             {"title", WithExample(String(), "关于2026年11月社区信息工作情况的通报")},
                             {"published_at", DateTime()},
                             {"pdf_sha256", String()},
                             {"xlsx_sha256", String()},
                             {"demo", Boolean()}},
                            {"id", "period", "level", "number", "title", "published_at", "pdf_sha256",
                             "xlsx_sha256", "demo"}));
}

json InformationReportListSchema() { return ItemList(InformationReportSchema()); }

json PublishInformationSchema() {
  return ClosedObject(
      {{"period", Described(WithExample(String(), "2026-11"), "A month, quarter or year that has ended.")},
       {"level", Enum({"community", "street", "department"})},
       {"opening", Described(Text(8000), "The opening paragraphs, one per line; default: the standard one.")},
       {"closing", Described(Text(8000), "The closing remarks (三、有关要求), one paragraph per line.")}},
      {"period", "level"});
}

}  // namespace sanwang::api
