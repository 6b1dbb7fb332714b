#include "notify/my_delivery_settings.h"

#include <algorithm>

#include "notify/store/delivery_settings_repository.h"
#include "org/staff.h"
#include "store/user_repository.h"

namespace sanwang::notify {
namespace {

Result<store::UserRecord> Account(store::Database& db, const cases::Actor& actor) {
  if (!actor.user_id) return Status(ErrorCode::kUnauthenticated, "请先登录 sign in first");
  return store::UserRepository(db).Get(*actor.user_id);
}

}  // namespace

Result<MyDeliverySettings> ReadMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                                                  const std::vector<std::string>& available) {
  SW_ASSIGN_OR_RETURN(store::UserRecord user, Account(db, actor));
  SW_ASSIGN_OR_RETURN(auto stored, store::DeliverySettingsRepository(db).Of(user.id));
  MyDeliverySettings mine;
  if (stored) mine.settings = FromRecord(*stored);
  mine.available = available;
  if (!user.phone.empty()) mine.masked_phone = org::MaskPhone(user.phone);
  return mine;
}

Status SaveMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                              const DeliverySettings& settings, const std::vector<std::string>& available,
                              const std::string& district_code, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::UserRecord user, Account(db, actor));
  for (const std::string& channel : settings.channels) {
    if (IsDeliveryChannel(channel) &&
        std::find(available.begin(), available.end(), channel) == available.end()) {
      return InvalidArgument("本系统未开通该通知渠道 this server does not send by " + channel, "channels");
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
