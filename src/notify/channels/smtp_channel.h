// The e-mail channel (docs/notifications.md §5): each message is one SMTP transaction with
// the configured server through libcurl — over TLS from the start (smtps://) or upgraded
// with STARTTLS, which is then required, so a server that does not offer it is not sent
// the mail in clear — rendered by mail_message.h, with a link to the app when the site's
// address is configured. Thread-safe: every delivery uses its own handle.
#pragma once

#include "core/notify_settings.h"
#include "notify/delivery_channel.h"

namespace sanwang::notify {

class SmtpChannel final : public DeliveryChannel {
 public:
  SmtpChannel(SmtpSettings settings, std::string site_url)
      : settings_(std::move(settings)), site_url_(std::move(site_url)) {}

  Status Deliver(const OutgoingMessage& message) override;

 private:
  SmtpSettings settings_;
  std::string site_url_;
};

// The site's address and a path in the app ("https://x" + "/r/matters/7"); empty when
// either is.
std::string LinkInApp(const std::string& site_url, const std::string& params_json);

}  // namespace sanwang::notify
