#include "notify/my_delivery_settings.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "notify/store/delivery_settings_repository.h"
#include "org/roles.h"
#include "org/staff.h"
#include "store/user_repository.h"

namespace sanwang::notify {
namespace {

Result<store::UserRecord> Account(store::Database& db, const cases::Actor& actor) {
  if (!actor.user_id) return Status(ErrorCode::kUnauthenticated, "请先登录 sign in first");
  return store::UserRepository(db).Get(*actor.user_id);
}

bool MayBeAmong(Audience to, bool resident) {
  switch (to) {
    case Audience::kReporter:
      return resident;
    case Audience::kBooker:
    case Audience::kAreaFollowers:
      return true;
    case Audience::kHandlers:
    case Audience::kCommandCenter:
    case Audience::kLeaders:
    case Audience::kApprovers:
    case Audience::kSubmitter:
    case Audience::kResponsible:
    case Audience::kCaseWatchers:
      return !resident;
  }
  return false;
}

}  // namespace

std::vector<KindChoice> KindChoices(const NoticeRules* rules, const cases::Actor& actor,
                                    const std::vector<std::string>& available) {
  std::vector<KindChoice> out;
  if (rules == nullptr) return out;
  const bool resident = org::InSet(org::ResidentRoles(), actor.role);
  for (const NoticeRule& rule : rules->rules()) {
    if (!MayBeAmong(rule.to, resident)) continue;
    std::vector<std::string> channels;
    for (const std::string& c : rule.channels) {
      if (std::find(available.begin(), available.end(), c) != available.end()) channels.push_back(c);
    }
    if (channels.empty()) continue;
    auto same =
        std::find_if(out.begin(), out.end(), [&](const KindChoice& k) { return k.kind == rule.kind; });
    if (same == out.end()) {
      out.push_back({rule.kind, rule.title, rule.title_en, {}});
      same = std::prev(out.end());
    }
    for (const std::string& c : channels) {
      if (std::find(same->channels.begin(), same->channels.end(), c) == same->channels.end())
        same->channels.push_back(c);
    }
  }
  return out;
}

Result<MyDeliverySettings> ReadMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                                                  const std::vector<std::string>& available,
                                                  const NoticeRules* rules) {
  SW_ASSIGN_OR_RETURN(store::UserRecord user, Account(db, actor));
  SW_ASSIGN_OR_RETURN(auto stored, store::DeliverySettingsRepository(db).Of(user.id));
  MyDeliverySettings mine;
  if (stored) mine.settings = FromRecord(*stored);
  mine.available = available;
  if (!user.phone.empty()) mine.masked_phone = org::MaskPhone(user.phone);
  mine.kinds = KindChoices(rules, actor, available);
  return mine;
}

Status SaveMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                              const DeliverySettings& settings, const std::vector<std::string>& available,
                              const NoticeRules* rules, const std::string& district_code, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::UserRecord user, Account(db, actor));
  for (const std::string& channel : settings.channels) {
    if (IsDeliveryChannel(channel) &&
        std::find(available.begin(), available.end(), channel) == available.end()) {
      return InvalidArgument("本系统未开通该通知渠道 this server does not send by " + channel, "channels");
    }
  }
  const std::vector<KindChoice> kinds = KindChoices(rules, actor, available);
  for (const auto& narrowed : settings.kinds) {
    const std::string& kind = narrowed.first;
    if (std::none_of(kinds.begin(), kinds.end(), [&](const KindChoice& k) { return k.kind == kind; })) {
      return InvalidArgument(
          fmt::format("没有可单独设置的通知类型「{0}」 no kind of notice '{0}' to choose channels for", kind),
          "kinds");
    }
  }
  SW_RETURN_IF_ERROR(ValidateDeliverySettings(settings, !user.phone.empty()));
  store::DeliverySettingsRecord row = ToRecord(settings);
  row.user_id = user.id;
  row.district_code = district_code;
  row.updated_at = now;
  return store::DeliverySettingsRepository(db).Put(row);
}

}  // namespace sanwang::notify
