// The SMS gateway that sends residents their registration codes: an outside HTTP service
// (an operator's or a government message platform) configured by URL and key. Each text is
// one POST of {"phone", "message"} as JSON with "Authorization: Bearer KEY"; any 2xx
// answer means sent. Plain http only: the gateway is expected on the intranet or behind a
// local relay.
//
// Every send opens its own connection with a deadline, so a gateway that is down, slow or
// restarted costs one request a clear Unavailable and nothing else. Thread-safe (no state
// besides the settings).
#pragma once

#include <chrono>
#include <string>

#include "core/status.h"

namespace sanwang::api {

struct SmsGatewayOptions {
  std::string url;  // http://host[:port]/path; empty: no gateway
  std::string key;
  std::chrono::milliseconds timeout{5000};  // for connecting, sending and the answer together
};

class SmsGateway {
 public:
  // InvalidArgument when the URL is not http://host[:port][/path].
  static Result<SmsGateway> Create(SmsGatewayOptions options);

  // Sends `message` to `phone`. Unavailable when the gateway cannot be reached in time or
  // refuses; the phone is never written to the log.
  Status Send(const std::string& phone, const std::string& message) const;

 private:
  SmsGateway(SmsGatewayOptions options, std::string host, std::string port, std::string path)
      : options_(std::move(options)),
        host_(std::move(host)),
        port_(std::move(port)),
        path_(std::move(path)) {}

  SmsGatewayOptions options_;
  std::string host_;
  std::string port_;
  std::string path_;
};

}  // namespace sanwang::api
