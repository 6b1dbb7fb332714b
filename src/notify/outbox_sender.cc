#include "notify/outbox_sender.h"

#include <algorithm>

#include "notify/delivery_settings.h"
#include "notify/store/delivery_settings_repository.h"
#include "notify/store/outbox_repository.h"
#include "notify/store/recipient_repository.h"
#include "store/lease_repository.h"

namespace sanwang::notify {
namespace {

constexpr const char* kLeaseName = "outbox";
constexpr std::int64_t kHour = 3600;
// A message past its recipient's hourly limit is looked at again after this.
constexpr std::int64_t kRateLimitPause = 300;

// Why a message cannot be handed to its channel at all.
Status Cancelled(const std::string& why) { return Status(ErrorCode::kFailedPrecondition, why); }

}  // namespace

struct OutboxSender::Claimed {
  store::OutboxRecord message;
  OutgoingMessage outgoing;
  Status outcome;          // the channel's answer, or why it was not asked
  bool asked = false;      // handed to its channel
  bool cancelled = false;  // the recipient can no longer be reached on the channel
};

OutboxSender::OutboxSender(WriteRunner write, const Clock& clock, std::string holder, SenderOptions options)
    : write_(std::move(write)), clock_(clock), holder_(std::move(holder)), options_(options) {}

Result<SendCounts> OutboxSender::RunOnce() {
  SendCounts counts;
  SW_ASSIGN_OR_RETURN(std::vector<Claimed> claimed, Claim(counts));
  for (Claimed& c : claimed) {
    if (!c.outcome.ok() || c.cancelled) continue;
    const auto channel = channels_.find(c.message.channel);
    if (channel == channels_.end() || channel->second == nullptr) {
      c.outcome = Status(ErrorCode::kFailedPrecondition,
                         "本服务器未配置该渠道 the " + c.message.channel + " channel is not configured");
      continue;
    }
    c.asked = true;
    c.outcome = channel->second->Deliver(c.outgoing);
  }
  SW_RETURN_IF_ERROR(Record(claimed, counts));
  return counts;
}

Result<std::vector<OutboxSender::Claimed>> OutboxSender::Claim(SendCounts& counts) {
  std::vector<Claimed> claimed;
  Status ran = write_([&](store::Database& db) -> Status {
    claimed.clear();  // a retried write starts over
    counts = {};
    const UnixSeconds now = clock_.Now();
    SW_ASSIGN_OR_RETURN(counts.holds_lease, store::LeaseRepository(db).Hold(kLeaseName, holder_, now,
                                                                            now + options_.lease_seconds));
    if (!counts.holds_lease) return Status::Ok();
    store::OutboxRepository outbox(db);
    SW_ASSIGN_OR_RETURN(auto due, outbox.Claim(now, now + options_.claim_seconds, options_.batch));
    std::map<std::pair<store::Id, std::string>, std::int64_t> sent_this_hour;
    for (store::OutboxRecord& m : due) {
      const auto key = std::make_pair(m.user_id, m.channel);
      if (!sent_this_hour.contains(key)) {
        SW_ASSIGN_OR_RETURN(sent_this_hour[key], outbox.SentSince(m.user_id, m.channel, now - kHour));
      }
      if (sent_this_hour[key] >= options_.per_recipient_per_hour) {
        SW_RETURN_IF_ERROR(outbox.Postpone(m.id, now + kRateLimitPause));
        ++counts.postponed;
        continue;
      }
      ++sent_this_hour[key];
      Claimed c;
      c.message = std::move(m);
      SW_RETURN_IF_ERROR(Address(db, c));
      claimed.push_back(std::move(c));
    }
    return Status::Ok();
  });
  if (!ran.ok()) return ran;
  return claimed;
}

// The recipient's address on the message's channel, read now: a changed address or
// setting applies to what is still waiting.
Status OutboxSender::Address(store::Database& db, Claimed& c) {
  const store::OutboxRecord& m = c.message;
  c.outgoing = {m.idempotency_key, m.kind, "", m.subject, m.body, m.params};
  // The sealed phone is opened only for a text message.
  SW_ASSIGN_OR_RETURN(auto reach, store::RecipientRepository(db).ReachOf(m.user_id, m.channel == kSms));
  SW_ASSIGN_OR_RETURN(auto stored, store::DeliverySettingsRepository(db).Of(m.user_id));
  const DeliverySettings settings = stored ? FromRecord(*stored) : DeliverySettings{};
  if (!reach.enabled) {
    c.cancelled = true;
    c.outcome = Cancelled("账号已停用 the account is disabled");
  } else if (!settings.channels.contains(m.channel)) {
    c.cancelled = true;
    c.outcome = Cancelled("收件人已关闭该渠道 the recipient turned the channel off");
  } else if (m.channel == kEmail) {
    c.outgoing.address = settings.email;
  } else if (m.channel == kWechat) {
    c.outgoing.address = settings.wechat_openid;
  } else if (m.channel == kSms) {
    c.outgoing.address = reach.phone;
  }
  if (c.outcome.ok() && c.outgoing.address.empty()) {
    c.cancelled = true;
    c.outcome = Cancelled("收件人没有该渠道的地址 the recipient has no address on the channel");
  }
  return Status::Ok();
}

std::int64_t OutboxSender::BackoffAfter(std::int64_t attempts) const {
  std::int64_t wait = options_.first_backoff_seconds;
  for (std::int64_t i = 1; i < attempts && wait < options_.max_backoff_seconds; ++i) wait *= 2;
  return std::min(wait, options_.max_backoff_seconds);
}

Status OutboxSender::Record(const std::vector<Claimed>& claimed, SendCounts& counts) {
  if (claimed.empty()) return Status::Ok();
  const SendCounts before = counts;
  return write_([&](store::Database& db) -> Status {
    counts = before;
    const UnixSeconds now = clock_.Now();
    store::OutboxRepository outbox(db);
    for (const Claimed& c : claimed) {
      const store::OutboxRecord& m = c.message;
      if (c.outcome.ok()) {
        SW_RETURN_IF_ERROR(outbox.MarkSent(m.id, now));
        ++counts.sent;
      } else if (c.cancelled) {
        SW_RETURN_IF_ERROR(outbox.MarkFailed(m.id, "cancelled", c.outcome.message(), now));
        ++counts.dead;
      } else if (c.outcome.code() == ErrorCode::kUnavailable && m.attempts < options_.max_attempts) {
        SW_RETURN_IF_ERROR(
            outbox.MarkFailed(m.id, "pending", c.outcome.message(), now + BackoffAfter(m.attempts)));
        ++counts.retried;
      } else {
        SW_RETURN_IF_ERROR(outbox.MarkFailed(m.id, "dead", c.outcome.message(), now));
        ++counts.dead;
      }
    }
    return Status::Ok();
  });
}

}  // namespace sanwang::notify
