// `sanwang notify outbox [--state S] [--limit N]`: the newest messages of the outbox with
// their channel, kind, state, attempts and last error — never an address or a body.
// `sanwang notify retry ID`: a dead message pending again, its attempts counted afresh.
// `sanwang notify deliver [--once]`: the outbox sender with the configured channels, one
// pass or a pass a second until stopped (a server runs it by itself; this is for a
// deployment that sends from a separate process, and for tests).
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/command.h"
#include "cli/context.h"
#include "notify/api/outbox_timer.h"
#include "notify/channels/configured_channels.h"
#include "notify/store/outbox_repository.h"
#include "store/lease_repository.h"

namespace sanwang::cli {
namespace {

struct NotifyOptions {
  std::string state;
  std::size_t limit = 50;
  store::Id id = 0;
  bool once = false;
};

Status ListOutbox(const Config& config, const NotifyOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto messages,
                      store::OutboxRepository(ctx->db()).List({config.district_code, o.state, o.limit, 0}));
  std::cout << "编号 id  渠道 channel  类别 kind  状态 state  尝试 attempts  下次 not_before  错误 error\n";
  for (const auto& m : messages) {
    std::cout << m.id << "  " << m.channel << "  " << m.kind << "  " << m.state << "  " << m.attempts << "  "
              << FormatIso8601(m.not_before) << "  " << m.last_error << "\n";
  }
  if (messages.empty()) std::cout << "（没有消息 no message）\n";
  return Status::Ok();
}

Status Retry(const Config& config, const NotifyOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  store::OutboxRepository outbox(ctx->db());
  SW_ASSIGN_OR_RETURN(store::OutboxRecord m, outbox.Get(o.id));
  if (m.district_code != config.district_code)
    return NotFound("消息不存在 no message " + std::to_string(o.id));
  SW_ASSIGN_OR_RETURN(bool retried, outbox.Retry(o.id, ctx->clock().Now()));
  if (!retried) {
    return Status(ErrorCode::kFailedPrecondition,
                  "只能重试已放弃的消息 only a dead message is retried; message " + std::to_string(o.id) +
                      " is " + m.state);
  }
  std::cout << "message " << o.id << " is pending again\n";
  return Status::Ok();
}

Status Deliver(const Config& config, const NotifyOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  const notify::ConfiguredChannels channels(config.notify);
  store::Database& db = ctx->db();
  notify::OutboxSender sender([&db](const auto& work) { return db.InTransaction([&] { return work(db); }); },
                              ctx->clock(), store::ThisProcessAsHolder(),
                              notify::SenderOptionsFrom(config.notify));
  channels.AttachTo(sender);
  while (true) {
    SW_ASSIGN_OR_RETURN(notify::SendCounts counts, sender.RunOnce());
    if (o.once || counts.sent || counts.retried || counts.dead || counts.postponed) {
      std::cout << (counts.holds_lease ? "" : "another sender holds the lease; ") << "sent " << counts.sent
                << ", to retry " << counts.retried << ", given up " << counts.dead << ", held back "
                << counts.postponed << std::endl;
    }
    if (o.once) return Status::Ok();
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

}  // namespace

void RegisterNotify(CLI::App& app, Action* action) {
  auto* notify = app.add_subcommand("notify", "Messages beyond the app: the outbox and its sender");
  notify->require_subcommand(1);
  auto o = std::make_shared<NotifyOptions>();
  auto* list = notify->add_subcommand("outbox", "List the newest messages of the outbox (no addresses)");
  list->add_option("--state", o->state, "pending, sent, dead or cancelled (default: all)");
  list->add_option("--limit", o->limit, "how many (default 50)");
  list->callback([action, o] { *action = [o](const Config& c) { return ListOutbox(c, *o); }; });
  auto* retry = notify->add_subcommand("retry", "Send a dead message again");
  retry->add_option("id", o->id, "the message's id")->required();
  retry->callback([action, o] { *action = [o](const Config& c) { return Retry(c, *o); }; });
  auto* deliver = notify->add_subcommand("deliver", "Run the outbox sender with the configured channels");
  deliver->add_flag("--once", o->once, "one pass, then exit");
  deliver->callback([action, o] { *action = [o](const Config& c) { return Deliver(c, *o); }; });
}

}  // namespace sanwang::cli
