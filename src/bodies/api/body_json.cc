#include "bodies/api/body_json.h"

#include "api/responses.h"
#include "support/personal_data.h"

namespace sanwang::api {
namespace {

Status ReadText(const nlohmann::json& o, const std::string& key, bool required, std::string& out) {
  if (!required && !o.contains(key)) return Status::Ok();
  SW_ASSIGN_OR_RETURN(out, StringField(o, key, required));
  return Status::Ok();
}

Status ReadTexts(const nlohmann::json& o, std::initializer_list<std::pair<const char*, std::string*>> fields,
                 bool required) {
  for (const auto& [key, field] : fields) SW_RETURN_IF_ERROR(ReadText(o, key, required, *field));
  return Status::Ok();
}

Status ReadParent(const nlohmann::json& o, store::PartyOrgRecord& p) {
  if (!o.contains("parent_id")) return Status::Ok();
  if (o["parent_id"].is_null()) {
    p.parent_id.reset();
    return Status::Ok();
  }
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> parent, IntegerField(o, "parent_id"));
  p.parent_id = parent;
  return Status::Ok();
}

}  // namespace

nlohmann::json PartyOrgJson(const store::PartyOrgRecord& p, bool may_edit) {
  return {{"id", p.id},
          {"kind", p.kind},
          {"name", p.name},
          {"unit_code", p.unit_code},
          {"unit_name", p.unit_name},
          {"host", p.host},
          {"parent_id", p.parent_id ? nlohmann::json(*p.parent_id) : nlohmann::json(nullptr)},
          {"parent_name", p.parent_name},
          {"secretary", p.secretary},
          {"has_account", p.secretary_user_id.has_value()},
          {"secretary_username", may_edit ? p.secretary_username : ""},
          {"members", p.members},
          {"founded_on", p.founded_on},
          {"demo", p.demo},
          {"may_edit", may_edit}};
}

nlohmann::json SocialOrgJson(const store::SocialOrgRecord& s, bool may_edit, bool sees_contact) {
  return {{"id", s.id},
          {"kind", s.kind},
          {"name", s.name},
          {"credit_code", s.credit_code},
          {"field", s.field},
          {"field_note", s.field_note},
          {"contact_name", s.contact_name},
          {"contact_phone", sees_contact ? s.contact_phone : support::MaskPhone(s.contact_phone)},
          {"contact_masked", !sees_contact},
          {"community_code", s.community_code},
          {"community_name", s.community_name},
          {"active", s.active},
          {"demo", s.demo},
          {"may_edit", may_edit}};
}

Result<store::PartyOrgRecord> PartyOrgFromJson(const std::string& body, store::PartyOrgRecord base,
                                               bool creating) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"kind", "name", "unit_code", "host", "parent_id", "secretary",
                                             "secretary_username", "members", "founded_on"}));
  SW_RETURN_IF_ERROR(ReadTexts(o,
                               {{"kind", &base.kind},
                                {"name", &base.name},
                                {"unit_code", &base.unit_code},
                                {"secretary", &base.secretary}},
                               creating));
  SW_RETURN_IF_ERROR(ReadTexts(o,
                               {{"host", &base.host},
                                {"secretary_username", &base.secretary_username},
                                {"founded_on", &base.founded_on}},
                               false));
  SW_RETURN_IF_ERROR(ReadParent(o, base));
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> members, IntegerField(o, "members"));
  if (members) base.members = *members;
  return base;
}

Result<store::SocialOrgRecord> SocialOrgFromJson(const std::string& body, store::SocialOrgRecord base,
                                                 bool creating) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"kind", "name", "credit_code", "field", "field_note",
                                             "contact_name", "contact_phone", "community_code", "active"}));
  const std::string stored_phone = base.contact_phone;
  SW_RETURN_IF_ERROR(ReadTexts(o,
                               {{"kind", &base.kind},
                                {"name", &base.name},
                                {"field", &base.field},
                                {"contact_name", &base.contact_name},
                                {"contact_phone", &base.contact_phone},
                                {"community_code", &base.community_code}},
                               creating));
  SW_RETURN_IF_ERROR(
      ReadTexts(o, {{"credit_code", &base.credit_code}, {"field_note", &base.field_note}}, false));
  // A phone sent back as it went out, masked, is left as it was.
  if (!creating && base.contact_phone == support::MaskPhone(stored_phone)) base.contact_phone = stored_phone;
  SW_ASSIGN_OR_RETURN(std::optional<bool> active, BoolField(o, "active"));
  if (active) base.active = *active;
  return base;
}

}  // namespace sanwang::api
