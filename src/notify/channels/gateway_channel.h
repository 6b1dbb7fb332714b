// The SMS and WeChat channels (docs/notifications.md §5): template messages POSTed as JSON
// to an HTTP gateway — a provider's, or the government message platform's relay — whose
// URL, signing secret and template ids (one per notice kind) are configuration. The body
// follows the shape of the common providers' APIs:
//   SMS:    {"phone_numbers", "sign_name", "template_code", "template_param", "out_id"}
//   WeChat: {"touser", "template_id", "url", "data": {name: {"value"}}, "client_msg_id"}
// Every request carries Idempotency-Key (the message's key, the same on each attempt),
// X-Sanwang-Timestamp (Unix seconds) and X-Sanwang-Signature, the hex HMAC-SHA256 under the
// secret of "<timestamp>\n<body>", so the gateway can refuse what Sanwang did not send and
// replays. A 2xx answer is sent; 408, 429 and 5xx, a timeout or no connection are tried
// again later; any other answer, or a kind without a template, is given up. Thread-safe:
// every delivery uses its own handle.
#pragma once

#include "core/notify_settings.h"
#include "notify/delivery_channel.h"

namespace sanwang::notify {

enum class GatewayShape { kSms, kWechat };

class GatewayChannel final : public DeliveryChannel {
 public:
  GatewayChannel(GatewayShape shape, GatewaySettings settings, std::string site_url)
      : shape_(shape), settings_(std::move(settings)), site_url_(std::move(site_url)) {}

  Status Deliver(const OutgoingMessage& message) override;

 private:
  // The JSON body for the message and its template id.
  std::string Body(const OutgoingMessage& message, const std::string& template_id) const;

  GatewayShape shape_;
  GatewaySettings settings_;
  std::string site_url_;
};

// The signature the gateway checks: lower-case hex HMAC-SHA256 under `secret` of
// "<timestamp>\n<body>".
std::string GatewaySignature(const std::string& secret, const std::string& timestamp,
                             const std::string& body);

}  // namespace sanwang::notify
