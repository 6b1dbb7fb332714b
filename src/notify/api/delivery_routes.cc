// Delivery beyond the app over HTTP (docs/notifications.md): a person's own delivery
// settings (通知设置) — read and replace — and the outbox for admins — a page of messages by
// state, and a dead message sent again. The rules are notify/my_delivery_settings.h's and
// notify/outbox_admin.h's; this file turns HTTP into those calls. Quiet hours travel as
// "HH:MM" in Beijing time.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "notify/api/delivery_schemas.h"
#include "notify/my_delivery_settings.h"
#include "notify/outbox_admin.h"
#include "org/roles.h"

namespace sanwang::api {
namespace {

nlohmann::json TimeOfDayJson(const std::optional<int>& minute) {
  if (!minute) return nullptr;
  return ClockText(*minute);
}

// "HH:MM" as minutes after midnight; null or absent for none.
Result<std::optional<int>> TimeOfDayField(const nlohmann::json& body, const std::string& key) {
  if (!body.contains(key) || body[key].is_null()) return std::optional<int>();
  const std::optional<int> minute =
      body[key].is_string() ? ParseClockTime(body[key].get<std::string>()) : std::nullopt;
  if (!minute) return InvalidArgument(key + " 应为 HH:MM 格式的时刻 must be a time of day as HH:MM", key);
  return minute;
}

// {"case_assigned": ["sms"], …}: per kind, the channels it goes out on; absent for none.
Result<std::map<std::string, notify::ChannelSet, std::less<>>> KindsFromJson(const nlohmann::json& body) {
  std::map<std::string, notify::ChannelSet, std::less<>> kinds;
  if (!body.contains("kinds") || body["kinds"].is_null()) return kinds;
  const auto bad = [] {
    return InvalidArgument(
        "kinds 应为 {通知类型: [渠道]} kinds must map a kind of notice to a list of channels", "kinds");
  };
  if (!body["kinds"].is_object()) return bad();
  for (const auto& [kind, channels] : body["kinds"].items()) {
    if (!channels.is_array()) return bad();
    notify::ChannelSet& set = kinds[kind];
    for (const auto& c : channels) {
      if (!c.is_string() || !notify::IsDeliveryChannel(c.get<std::string>()))
        return InvalidArgument("未知的通知渠道 channels must be email, sms or wechat", "kinds");
      set.insert(c.get<std::string>());
    }
  }
  return kinds;
}

Result<notify::DeliverySettings> SettingsFromJson(const std::string& text) {
  SW_ASSIGN_OR_RETURN(nlohmann::json body,
                      ParseJsonObject(text, {"channels", "quiet_from", "quiet_to", "essential_only", "email",
                                             "wechat_openid", "kinds"}));
  notify::DeliverySettings s;
  if (!body.contains("channels") || !body["channels"].is_array())
    return InvalidArgument("channels 应为渠道列表 channels must be a list of channels", "channels");
  for (const auto& c : body["channels"]) {
    if (!c.is_string() || !notify::IsDeliveryChannel(c.get<std::string>()))
      return InvalidArgument("未知的通知渠道 channels must be email, sms or wechat", "channels");
    s.channels.insert(c.get<std::string>());
  }
  SW_ASSIGN_OR_RETURN(s.quiet_from, TimeOfDayField(body, "quiet_from"));
  SW_ASSIGN_OR_RETURN(s.quiet_to, TimeOfDayField(body, "quiet_to"));
  SW_ASSIGN_OR_RETURN(std::optional<bool> essential, BoolField(body, "essential_only"));
  s.essential_only = essential.value_or(false);
  SW_ASSIGN_OR_RETURN(s.email, StringField(body, "email", false));
  SW_ASSIGN_OR_RETURN(s.wechat_openid, StringField(body, "wechat_openid", false));
  SW_ASSIGN_OR_RETURN(s.kinds, KindsFromJson(body));
  return s;
}

nlohmann::json SettingsJson(const notify::MyDeliverySettings& mine) {
  const notify::DeliverySettings& s = mine.settings;
  nlohmann::json kinds = nlohmann::json::object();
  for (const auto& [kind, channels] : s.kinds)
    kinds[kind] = std::vector<std::string>(channels.begin(), channels.end());
  nlohmann::json choices = nlohmann::json::array();
  for (const notify::KindChoice& k : mine.kinds) {
    choices.push_back(
        {{"kind", k.kind}, {"title", k.title}, {"title_en", k.title_en}, {"channels", k.channels}});
  }
  return {{"channels", nlohmann::json(std::vector<std::string>(s.channels.begin(), s.channels.end()))},
          {"kinds", kinds},
          {"kind_choices", choices},
          {"quiet_from", TimeOfDayJson(s.quiet_from)},
          {"quiet_to", TimeOfDayJson(s.quiet_to)},
          {"essential_only", s.essential_only},
          {"email", s.email},
          {"wechat_openid", s.wechat_openid},
          {"available", mine.available},
          {"masked_phone", mine.masked_phone}};
}

Result<HttpResponse> GetSettings(Call& call) {
  SW_ASSIGN_OR_RETURN(
      auto mine, notify::ReadMyDeliverySettings(call.db, call.actor(), call.api.options().delivery_channels,
                                                call.api.options().notices.get()));
  HttpResponse r = JsonResponse(200, SettingsJson(mine));
  r.headers.emplace("Cache-Control", "private, no-store");  // the caller's own address
  return r;
}

Result<HttpResponse> PutSettings(Call& call) {
  SW_ASSIGN_OR_RETURN(notify::DeliverySettings settings, SettingsFromJson(call.request.body));
  const auto& available = call.api.options().delivery_channels;
  const notify::NoticeRules* rules = call.api.options().notices.get();
  SW_RETURN_IF_ERROR(notify::SaveMyDeliverySettings(call.db, call.actor(), settings, available, rules,
                                                    call.district(), call.api.clock().Now()));
  SW_ASSIGN_OR_RETURN(auto mine, notify::ReadMyDeliverySettings(call.db, call.actor(), available, rules));
  return JsonResponse(200, SettingsJson(mine));
}

nlohmann::json MessageJson(const store::OutboxRecord& m) {
  return {{"id", m.id},
          {"channel", m.channel},
          {"kind", m.kind},
          {"user_id", m.user_id},
          {"subject", m.subject},
          {"state", m.state},
          {"attempts", m.attempts},
          {"not_before", FormatIso8601(m.not_before)},
          {"last_error", m.last_error},
          {"created_at", FormatIso8601(m.created_at)},
          {"sent_at", m.sent_at ? nlohmann::json(FormatIso8601(*m.sent_at)) : nlohmann::json(nullptr)}};
}

Result<HttpResponse> ListMessages(Call& call) {
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request, kMaxOutboxPageSize));
  SW_ASSIGN_OR_RETURN(
      auto found,
      notify::ListOutbox(call.db, call.actor(), call.district(), call.request.Query("state"),
                         static_cast<std::size_t>(page.offset()), static_cast<std::size_t>(page.page_size)));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& m : found.items) items.push_back(MessageJson(m));
  return JsonResponse(
      200, {{"items", items}, {"total", found.total}, {"page", page.page}, {"page_size", page.page_size}});
}

Result<HttpResponse> RetryMessage(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto message, notify::RetryDeadMessage(call.db, call.actor(), call.district(), id,
                                                             call.api.clock().Now()));
  return JsonResponse(200, MessageJson(message));
}

}  // namespace

void AddDeliveryRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/me/notification-settings", Access::SignedIn(),
      RouteDoc{"getNotificationSettings",
               "The caller's delivery settings: the channels beyond the app chosen (e-mail, SMS to the "
               "account's phone, WeChat), quiet hours in Beijing time, essential messages only or all, the "
               "e-mail address and WeChat openid, and per kind of notice the channels it goes out on when "
               "fewer than all (kinds); with the channels this server sends on (available), the kinds of "
               "notice that may reach the caller beyond the app with their channels (kind_choices), and the "
               "account's phone masked."}
          .Answers(DeliverySettingsSchema()),
      FromResult(GetSettings));
  api.Add(
      "PUT", "/api/v1/me/notification-settings", Access::SignedIn(),
      RouteDoc{"putNotificationSettings",
               "Replace the caller's delivery settings. 400 naming the field for a channel this server does "
               "not send on, a channel without its address (an e-mail address, the openid, a phone on the "
               "account), a malformed address, quiet hours given by half, out of range or empty, or in "
               "`kinds` a kind not among kind_choices or a channel not among `channels`. `kinds` absent: "
               "every kind goes out on all the channels chosen."}
          .Takes(DeliverySettingsBodySchema())
          .Answers(DeliverySettingsSchema()),
      FromResult(PutSettings));
  api.Add(
      "GET", "/api/v1/admin/outbox", Access::Roles(org::AdminRoles()),
      RouteDoc{"listOutbox",
               "The outbox of messages beyond the app, the newest first, a page at a time, by `state` "
               "(pending, sent, dead, cancelled; all when absent): each with its channel, kind, recipient "
               "account, attempts, when it is next due and its last error — never an address. Admins only."}
          .Query("state", schema::Enum({"pending", "sent", "dead", "cancelled"}),
                 "Only messages in this state.")
          .Query(PagingParameters(kMaxOutboxPageSize))
          .Answers(OutboxPageSchema()),
      FromResult(ListMessages));
  api.Add(
      "POST", "/api/v1/admin/outbox/{id}/retry", Access::Roles(org::AdminRoles()),
      RouteDoc{"retryOutboxMessage",
               "Send a dead message again: pending from now, its attempts counted afresh. 409 unless it is "
               "dead. Admins only."}
          .Answers(OutboxMessageSchema())
          .Refuses({409}),
      FromResult(RetryMessage));
}

}  // namespace sanwang::api
