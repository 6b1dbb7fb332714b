// The channels beyond the app this server was configured with ([notify] in the
// configuration, core/notify_settings.h): an e-mail channel when notify.email.url is set,
// an SMS and a WeChat gateway when theirs are. Owns them; a sender is given pointers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/notify_settings.h"
#include "notify/outbox_sender.h"

namespace sanwang::notify {

class ConfiguredChannels {
 public:
  explicit ConfiguredChannels(const NotifySettings& settings);

  // The names of the channels configured, in documentation order: what the settings page
  // offers.
  std::vector<std::string> names() const;
  void AttachTo(OutboxSender& sender) const;

 private:
  std::unique_ptr<DeliveryChannel> email_;
  std::unique_ptr<DeliveryChannel> sms_;
  std::unique_ptr<DeliveryChannel> wechat_;
};

// The sender's retry and rate settings from the configuration.
SenderOptions SenderOptionsFrom(const NotifySettings& settings);

}  // namespace sanwang::notify
