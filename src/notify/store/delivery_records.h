// The rows of delivery beyond the app (the "notify" stream's version 2, notify_schema.cc):
// a message in the outbox and a person's delivery settings. Plain values; the rules about
// them (when a message is due, whose settings allow what) live in src/notify/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/records.h"

namespace sanwang::store {

// One message to send over one channel to one person.
struct OutboxRecord {
  Id id = 0;
  std::string district_code;
  std::string idempotency_key;  // the same on every attempt
  std::string channel;          // email, sms, wechat
  Id user_id = 0;
  std::string kind;  // the notice rule's kind: case_resolved …
  std::optional<Id> notice_id;
  std::string subject;
  std::string body;
  std::string params;         // JSON: the template values of an SMS or WeChat message
  std::string state;          // pending, sent, dead, cancelled
  std::int64_t attempts = 0;  // deliveries begun
  std::int64_t not_before = 0;
  std::string last_error;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> sent_at;
};

// What a person chose about messages beyond the app.
struct DeliverySettingsRecord {
  Id user_id = 0;
  std::string district_code;
  std::string channels;                    // comma-separated: "email,sms"; empty for none
  std::string kind_channels;               // per kind, fewer: "case_assigned=sms;case_watched="
  std::optional<std::int64_t> quiet_from;  // minute of the day, Beijing time
  std::optional<std::int64_t> quiet_to;
  bool essential_only = false;
  std::string email;          // personal data, sealed at rest
  std::string wechat_openid;  // personal data, sealed at rest
  std::int64_t updated_at = 0;
};

}  // namespace sanwang::store
