#include "notify/delivery_settings.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "core/text.h"

namespace sanwang::notify {
namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr std::string_view kChannels[] = {kEmail, kSms, kWechat};

// A plain address as people type it: one @, a dotted domain, no spaces or control
// characters, at most 254 bytes (RFC 5321's path limit). Deliverability is the mail
// server's to say.
bool IsEmailAddress(std::string_view a) {
  if (a.empty() || a.size() > 254 || !IsValidUtf8(a)) return false;
  const std::size_t at = a.find('@');
  if (at == 0 || at == std::string_view::npos || a.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view domain = a.substr(at + 1);
  const std::size_t dot = domain.find('.');
  if (dot == 0 || dot == std::string_view::npos || domain.back() == '.') return false;
  return std::none_of(a.begin(), a.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= ' ' || u == 0x7F || c == '<' || c == '>' || c == ',' || c == ';' || c == '"';
  });
}

// A WeChat official account's openid: letters, digits, - and _ (28 characters today).
bool IsOpenId(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

Status CheckQuietHours(const DeliverySettings& s) {
  if (s.quiet_from.has_value() != s.quiet_to.has_value()) {
    return InvalidArgument("免打扰时段需同时填写开始和结束 quiet hours need both a start and an end",
                           s.quiet_from ? "quiet_to" : "quiet_from");
  }
  if (!s.quiet_from) return Status::Ok();
  for (auto [value, field] : {std::pair{*s.quiet_from, "quiet_from"}, std::pair{*s.quiet_to, "quiet_to"}}) {
    if (value < 0 || value >= kMinutesPerDay) {
      return InvalidArgument("时间应在 00:00 到 23:59 之间 a time of day must be from 00:00 to 23:59", field);
    }
  }
  if (*s.quiet_from == *s.quiet_to) {
    return InvalidArgument(
        "免打扰时段的开始和结束不能相同 quiet hours must not start and end at the same time", "quiet_to");
  }
  return Status::Ok();
}

// "a,b" or "a|b" split at `separator`, empty pieces left out.
std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t at = text.find(separator);
    if (at != 0) out.push_back(text.substr(0, at));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 1);
  }
  return out;
}

// The channels in the order DeliveryChannels lists them, joined by `separator`.
std::string Join(const ChannelSet& channels, char separator) {
  std::string out;
  for (std::string_view c : kChannels) {
    if (channels.contains(c)) out += (out.empty() ? "" : std::string(1, separator)) + std::string(c);
  }
  return out;
}

Status CheckKinds(const DeliverySettings& s) {
  for (const auto& [kind, channels] : s.kinds) {
    for (const std::string& c : channels) {
      if (!s.channels.contains(c)) {
        return InvalidArgument(
            fmt::format("「{0}」的渠道 {1} 须先在通知渠道中选择 the channel {1} of {0} must be "
                        "one of the channels chosen",
                        kind, c),
            "kinds");
      }
    }
  }
  return Status::Ok();
}

}  // namespace

std::span<const std::string_view> DeliveryChannels() { return kChannels; }

bool IsDeliveryChannel(std::string_view channel) {
  return std::find(std::begin(kChannels), std::end(kChannels), channel) != std::end(kChannels);
}

Status ValidateDeliverySettings(const DeliverySettings& s, bool has_phone) {
  for (const std::string& c : s.channels) {
    if (!IsDeliveryChannel(c)) {
      return InvalidArgument("未知的通知渠道 unknown channel '" + c + "' (email, sms, wechat)", "channels");
    }
  }
  if (!s.email.empty() && !IsEmailAddress(s.email)) {
    return InvalidArgument("电子邮箱地址格式不正确 the e-mail address is not valid", "email");
  }
  if (!s.wechat_openid.empty() && !IsOpenId(s.wechat_openid)) {
    return InvalidArgument("微信 openid 格式不正确 the WeChat openid is not valid", "wechat_openid");
  }
  if (s.channels.contains(kEmail) && s.email.empty()) {
    return InvalidArgument("选择邮件通知需填写电子邮箱 e-mail needs an address", "email");
  }
  if (s.channels.contains(kWechat) && s.wechat_openid.empty()) {
    return InvalidArgument("选择微信通知需先绑定微信 WeChat needs an openid", "wechat_openid");
  }
  if (s.channels.contains(kSms) && !has_phone) {
    return InvalidArgument("账号没有手机号，无法接收短信 the account has no phone for SMS", "channels");
  }
  SW_RETURN_IF_ERROR(CheckKinds(s));
  return CheckQuietHours(s);
}

UnixSeconds FirstTimeOutsideQuietHours(const DeliverySettings& s, UnixSeconds t) {
  if (!s.quiet_from || !s.quiet_to) return t;
  const int minute = LocalSecondOfDay(t) / 60;
  const int from = *s.quiet_from, to = *s.quiet_to;
  const bool quiet = from < to ? (minute >= from && minute < to) : (minute >= from || minute < to);
  if (!quiet) return t;
  // Minutes from now to the end, across midnight when the end is earlier in the day.
  const int wait = (to - minute + kMinutesPerDay) % kMinutesPerDay;
  const UnixSeconds start_of_minute = t - LocalSecondOfDay(t) % 60;
  return start_of_minute + std::int64_t{wait} * 60;
}

bool Wants(const DeliverySettings& s, std::string_view kind, std::string_view channel, bool essential) {
  if (!s.channels.contains(channel)) return false;
  if (auto narrowed = s.kinds.find(kind); narrowed != s.kinds.end() && !narrowed->second.contains(channel))
    return false;
  return essential || !s.essential_only;
}

DeliverySettings FromRecord(const store::DeliverySettingsRecord& r) {
  DeliverySettings s;
  for (std::string_view one : Split(r.channels, ',')) s.channels.emplace(one);
  for (std::string_view entry : Split(r.kind_channels, ';')) {
    const std::size_t eq = entry.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    ChannelSet& channels = s.kinds[std::string(entry.substr(0, eq))];
    for (std::string_view one : Split(entry.substr(eq + 1), '|')) channels.emplace(one);
  }
  if (r.quiet_from && r.quiet_to) {
    s.quiet_from = static_cast<int>(*r.quiet_from);
    s.quiet_to = static_cast<int>(*r.quiet_to);
  }
  s.essential_only = r.essential_only;
  s.email = r.email;
  s.wechat_openid = r.wechat_openid;
  return s;
}

store::DeliverySettingsRecord ToRecord(const DeliverySettings& s) {
  store::DeliverySettingsRecord r;
  r.channels = Join(s.channels, ',');
  for (const auto& [kind, channels] : s.kinds) {
    r.kind_channels += (r.kind_channels.empty() ? "" : ";") + kind + "=" + Join(channels, '|');
  }
  if (s.quiet_from) r.quiet_from = *s.quiet_from;
  if (s.quiet_to) r.quiet_to = *s.quiet_to;
  r.essential_only = s.essential_only;
  r.email = s.email;
  r.wechat_openid = s.wechat_openid;
  return r;
}

}  // namespace sanwang::notify
