#include "notify/channels/configured_channels.h"

#include "notify/channels/gateway_channel.h"
#include "notify/channels/smtp_channel.h"
#include "notify/delivery_settings.h"

namespace sanwang::notify {

ConfiguredChannels::ConfiguredChannels(const NotifySettings& s) {
  if (!s.email.url.empty()) email_ = std::make_unique<SmtpChannel>(s.email, s.site_url);
  if (!s.sms.url.empty()) sms_ = std::make_unique<GatewayChannel>(GatewayShape::kSms, s.sms, s.site_url);
  if (!s.wechat.url.empty())
    wechat_ = std::make_unique<GatewayChannel>(GatewayShape::kWechat, s.wechat, s.site_url);
}

std::vector<std::string> ConfiguredChannels::names() const {
  std::vector<std::string> out;
  if (email_) out.emplace_back(kEmail);
  if (sms_) out.emplace_back(kSms);
  if (wechat_) out.emplace_back(kWechat);
  return out;
}

void ConfiguredChannels::AttachTo(OutboxSender& sender) const {
  sender.SetChannel(std::string(kEmail), email_.get());
  sender.SetChannel(std::string(kSms), sms_.get());
  sender.SetChannel(std::string(kWechat), wechat_.get());
}

SenderOptions SenderOptionsFrom(const NotifySettings& s) {
  SenderOptions o;
  o.max_attempts = s.max_attempts;
  o.per_recipient_per_hour = s.per_recipient_per_hour;
  // A claim outlasts the slowest channel's timeout with room to record the outcome.
  const int slowest = std::max({s.email.timeout_seconds, s.sms.timeout_seconds, s.wechat.timeout_seconds});
  o.claim_seconds = std::max<std::int64_t>(o.claim_seconds, std::int64_t{slowest} * 2 + 30);
  return o;
}

}  // namespace sanwang::notify
