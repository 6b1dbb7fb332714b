#include "bodies/api/body_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json PartyKind() { return Enum({"party_committee", "general_branch", "branch"}); }
json SocialKind() { return Enum({"social_organization", "activity_group", "volunteer_team"}); }
json ServiceField() {
  return Enum({"elder_care", "children_youth", "disability", "community_safety", "environment",
               "culture_sports", "education", "health", "legal_aid", "charity", "other"});
}
json FoundedOn() {
  return Described(WithExample(String(), "2003-07-01"), "YYYY-MM-DD, or empty when not known.");
}

json PartyFields() {
  return {{"id", Integer()},
          {"kind", PartyKind()},
          {"name", WithExample(String(), "中共和平社区委员会")},
          {"unit_code", WithExample(String(), "411002003001")},
          {"unit_name", WithExample(String(), "和平社区")},
          {"host", Described(String(), "The enterprise or office it sits in; empty for the unit itself.")},
          {"parent_id", Nullable(Integer())},
          {"parent_name", Described(String(), "Empty without a parent.")},
          {"secretary", WithExample(String(), "李强")},
          {"has_account", Boolean()},
          {"secretary_username",
           Described(String(), "The secretary's account; empty for those who do not keep it.")},
          {"members", WithExample(Integer(), 86)},
          {"founded_on", FoundedOn()},
          {"demo", Boolean()},
          {"may_edit", Boolean()}};
}

json SocialFields() {
  return {{"id", Integer()},
          {"kind", SocialKind()},
          {"name", WithExample(String(), "夕阳红养老服务中心")},
          {"credit_code", Described(WithExample(String(), "91350100M000100Y43"),
                                    "统一社会信用代码; empty for an activity group without one.")},
          {"field", ServiceField()},
          {"field_note", Described(String(), "What the field `other` means; empty otherwise.")},
          {"contact_name", WithExample(String(), "王芳")},
          {"contact_phone", Described(WithExample(String(), "138****5678"),
                                      "In full for the staff of the community served and admins, masked "
                                      "(138****5678) for everyone else (`contact_masked`).")},
          {"contact_masked", Boolean()},
          {"community_code", WithExample(String(), "411002003001")},
          {"community_name", WithExample(String(), "和平社区")},
          {"active", Boolean()},
          {"demo", Boolean()},
          {"may_edit", Boolean()}};
}

std::vector<std::string> Keys(const json& fields) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : fields.items()) keys.push_back(key);
  return keys;
}

json ListOf(json item, const std::string& name) {
  return Named(name, ClosedObject({{"items", ArrayOf(std::move(item))},
                                   {"may_add", Described(Boolean(),
                                                         "The caller may add one to the unit asked "
                                                         "for (their own scope without `unit`).")}},
                                  {"items", "may_add"}));
}

}  // namespace

json PartyOrgSchema() {
  const json fields = PartyFields();
  return Named("PartyOrg", ClosedObject(fields, Keys(fields)));
}

json PartyOrgListSchema() { return ListOf(PartyOrgSchema(), "PartyOrgList"); }

json PartyOrgBodySchema(bool creating) {
  json p = {{"kind", PartyKind()},
            {"name", WithExample(String(), "中共和平社区第一支部委员会")},
            {"unit_code", WithExample(String(), "411002003001")},
            {"host", String()},
            {"parent_id", Nullable(Integer())},
            {"secretary", WithExample(String(), "李强")},
            {"secretary_username", String()},
            {"members", Integer(0, 100000)},
            {"founded_on", FoundedOn()}};
  std::vector<std::string> required;
  if (creating) required = {"kind", "name", "unit_code", "secretary"};
  return Named(creating ? "NewPartyOrg" : "PartyOrgChange", ClosedObject(p, required));
}

json SocialOrgSchema() {
  const json fields = SocialFields();
  return Named("SocialOrg", ClosedObject(fields, Keys(fields)));
}

json SocialOrgListSchema() { return ListOf(SocialOrgSchema(), "SocialOrgList"); }

json SocialOrgBodySchema(bool creating) {
  json p = {{"kind", SocialKind()},
            {"name", WithExample(String(), "夕阳红养老服务中心")},
            {"credit_code", WithExample(String(), "91350100M000100Y43")},
            {"field", ServiceField()},
            {"field_note", String()},
            {"contact_name", WithExample(String(), "王芳")},
            {"contact_phone", WithExample(String(), "13812345678")},
            {"community_code", WithExample(String(), "411002003001")},
            {"active", Boolean()}};
  std::vector<std::string> required;
  if (creating) required = {"kind", "name", "field", "contact_name", "contact_phone", "community_code"};
  return Named(creating ? "NewSocialOrg" : "SocialOrgChange", ClosedObject(p, required));
}

}  // namespace sanwang::api
