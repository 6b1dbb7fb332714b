// A channel beyond the app (e-mail, SMS, WeChat): what the outbox sender hands one message
// to (outbox_sender.h). Implementations live in notify/channels/ and talk to the outside
// service; a test gives its own.
#pragma once

#include <string>

#include "core/status.h"

namespace sanwang::notify {

struct OutgoingMessage {
  std::string idempotency_key;  // the same on every attempt: a gateway that honours it delivers once
  std::string kind;             // the notice rule's kind, which picks a gateway's template
  std::string address;          // the e-mail address, phone or openid; never logged
  std::string subject;
  std::string body;
  std::string params;  // JSON object: the template's values
};

class DeliveryChannel {
 public:
  virtual ~DeliveryChannel() = default;
  // Ok once the far side took the message. Unavailable when it may take it later (down,
  // slow, busy): the sender tries again after a while. Any other error means it never will
  // (an address or template it refuses): the message is given up at once. An error's
  // message is kept in the outbox for admins, so it names no address.
  virtual Status Deliver(const OutgoingMessage& message) = 0;
};

}  // namespace sanwang::notify
