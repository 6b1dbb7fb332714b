#include "notify/api/delivery_schemas.h"

#include <cstdint>

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Channel() { return Enum({"email", "sms", "wechat"}); }

// "22:00", or null for no quiet hours.
json TimeOfDay() {
  json t = WithExample(String(), "22:00");
  t["pattern"] = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
  return Nullable(t);
}

// {"case_assigned": ["sms"], "case_watched": []}: per kind, the channels it goes out on.
json Kinds() {
  json kinds = {{"type", "object"}, {"additionalProperties", ArrayOf(Channel())}};
  kinds["description"] =
      "Per kind of notice, the channels it goes out on instead of all that were chosen: some of them, or "
      "none for the app only. A kind not named takes every channel chosen.";
  kinds["example"] = {{"case_assigned", {"sms"}}, {"case_watched", json::array()}};
  return kinds;
}

json KindChoice() {
  return Named("NoticeKindChoice", Object({{"kind", WithExample(String(), "case_assigned")},
                                           {"title", WithExample(String(), "新案件待办理")},
                                           {"title_en", WithExample(String(), "A new case for your unit")},
                                           {"channels", ArrayOf(Channel())}},
                                          {"kind", "title", "title_en", "channels"}));
}

json SettingsFields() {
  return {{"channels", ArrayOf(Channel())},
          {"kinds", Kinds()},
          {"quiet_from", TimeOfDay()},
          {"quiet_to", TimeOfDay()},
          {"essential_only", Boolean()},
          {"email", WithExample(Text(254), "zhang.san@example.cn")},
          {"wechat_openid", WithExample(Text(64), "oW2s_5Tq9aBcDeFgHiJkLmNoPqR")}};
}

}  // namespace

json DeliverySettingsSchema() {
  json fields = SettingsFields();
  fields["available"] = ArrayOf(Channel());
  fields["masked_phone"] = WithExample(String(), "138****0002");
  fields["kind_choices"] = Described(ArrayOf(KindChoice()),
                                     "The kinds of notice that may reach the caller beyond the app, with the "
                                     "channels their rules go out on that this server sends on.");
  return Named("DeliverySettings",
               Object(fields, {"channels", "kinds", "quiet_from", "quiet_to", "essential_only", "email",
                               "wechat_openid", "available", "masked_phone", "kind_choices"}));
}

json DeliverySettingsBodySchema() {
  return Named("DeliverySettingsChange", ClosedObject(SettingsFields(), {"channels"}));
}

json OutboxMessageSchema() {
  return Named("OutboxMessage", Object({{"id", Integer(1, INT64_MAX)},
                                        {"channel", Channel()},
                                        {"kind", WithExample(String(), "case_resolved")},
                                        {"user_id", Integer(1, INT64_MAX)},
                                        {"subject", String()},
                                        {"state", Enum({"pending", "sent", "dead", "cancelled"})},
                                        {"attempts", Integer(0, INT64_MAX)},
                                        {"not_before", DateTime()},
                                        {"last_error", String()},
                                        {"created_at", DateTime()},
                                        {"sent_at", Nullable(DateTime())}},
                                       {"id", "channel", "kind", "user_id", "subject", "state", "attempts",
                                        "not_before", "last_error", "created_at", "sent_at"}));
}

json OutboxPageSchema() { return ItemPage(OutboxMessageSchema(), kMaxOutboxPageSize); }

}  // namespace sanwang::api
