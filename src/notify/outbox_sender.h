// Delivers the outbox (docs/notifications.md §4): one pass takes the sender's lease —
// among several servers on one database only its holder sends —, claims the messages due,
// hands each to its channel outside any transaction and records the outcome: sent; due
// again after a backoff that doubles per attempt; or dead, after the last attempt or when
// the channel says it will never take the message, kept for an admin to retry. Each
// message is claimed for longer than a delivery may take before it is sent, so a sender
// that dies mid-delivery leaves it to be claimed again: every message is delivered at least
// once, and exactly once to a gateway that honours its idempotency key. A person gets at
// most `per_recipient_per_hour` messages per channel an hour; the rest wait, not lost.
// Used from one thread; the channels it is given must outlive it.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "core/clock.h"
#include "notify/delivery_channel.h"
#include "store/database.h"

namespace sanwang::notify {

struct SenderOptions {
  std::size_t batch = 50;
  std::int64_t max_attempts = 8;
  std::int64_t first_backoff_seconds = 30;  // doubled after each failed attempt
  std::int64_t max_backoff_seconds = 3600;
  // How long a claimed message is left alone: longer than any channel's timeout.
  std::int64_t claim_seconds = 120;
  std::int64_t lease_seconds = 60;
  std::int64_t per_recipient_per_hour = 20;
};

// Runs a change in a transaction (a server's group commit; Database::InTransaction elsewhere).
using WriteRunner = std::function<Status(const std::function<Status(store::Database&)>&)>;

struct SendCounts {
  bool holds_lease = false;
  int sent = 0;
  int retried = 0;  // failed, due again later
  int dead = 0;
  int postponed = 0;  // past the recipient's rate limit
};

class OutboxSender {
 public:
  // `holder` names this sender in the lease (a server's host and process).
  OutboxSender(WriteRunner write, const Clock& clock, std::string holder, SenderOptions options = {});

  // `channel` delivers the messages of `name` (email, sms, wechat). A message of a channel
  // without one is dead ("not configured").
  void SetChannel(const std::string& name, DeliveryChannel* channel) { channels_[name] = channel; }

  Result<SendCounts> RunOnce();

 private:
  struct Claimed;
  Result<std::vector<Claimed>> Claim(SendCounts& counts);
  static Status Address(store::Database& db, Claimed& c);
  Status Record(const std::vector<Claimed>& claimed, SendCounts& counts);
  std::int64_t BackoffAfter(std::int64_t attempts) const;

  WriteRunner write_;
  const Clock& clock_;
  std::string holder_;
  SenderOptions options_;
  std::map<std::string, DeliveryChannel*, std::less<>> channels_;
};

}  // namespace sanwang::notify
