// What a person chooses about messages beyond the app (通知设置, docs/notifications.md §3):
// the channels — e-mail, SMS, WeChat — each needing its address (an e-mail address; the
// account's phone; a WeChat official-account openid), quiet hours in Beijing time during
// which nothing is sent (what falls in them waits for their end), and whether only
// essential messages reach them there; and, kind by kind of notice, narrower channels than
// those (a grid worker who wants new cases by SMS and the rest by e-mail). The in-app bell
// always gets everything. Pure functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "core/status.h"
#include "core/time.h"
#include "notify/store/delivery_records.h"

namespace sanwang::notify {

inline constexpr std::string_view kEmail = "email";
inline constexpr std::string_view kSms = "sms";
inline constexpr std::string_view kWechat = "wechat";
// The channels beyond the app, in the order documentation lists them.
std::span<const std::string_view> DeliveryChannels();
bool IsDeliveryChannel(std::string_view channel);

using ChannelSet = std::set<std::string, std::less<>>;

struct DeliverySettings {
  ChannelSet channels;
  // Per kind of notice (case_assigned …), the channels it goes out on instead of all of
  // `channels`: some of them, or none (the app only). A kind not named takes `channels`.
  std::map<std::string, ChannelSet, std::less<>> kinds;
  std::optional<int> quiet_from;  // minute of the day, Beijing time, 0..1439
  std::optional<int> quiet_to;    // the quiet hours end here (may be past midnight)
  bool essential_only = false;
  std::string email;
  std::string wechat_openid;
};

// InvalidArgument naming the field for an unknown channel, a channel without its address
// (`has_phone`: the account has a phone for SMS), a malformed e-mail address or openid,
// quiet hours given by half, out of range or empty (from = to), or a kind's channel that is
// not among `channels` (kinds).
Status ValidateDeliverySettings(const DeliverySettings& settings, bool has_phone);

// The earliest time at or after `t` outside the quiet hours.
UnixSeconds FirstTimeOutsideQuietHours(const DeliverySettings& settings, UnixSeconds t);

// Whether a message of a rule of `kind` sent on `channel` (its `essential` flag) reaches the
// person.
bool Wants(const DeliverySettings& settings, std::string_view kind, std::string_view channel, bool essential);

// To and from the stored row (the channel list as comma-separated text, the kinds as
// "kind=email|sms;kind2=").
DeliverySettings FromRecord(const store::DeliverySettingsRecord& record);
store::DeliverySettingsRecord ToRecord(const DeliverySettings& settings);

}  // namespace sanwang::notify
