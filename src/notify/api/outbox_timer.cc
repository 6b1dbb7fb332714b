#include "notify/api/outbox_timer.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "store/lease_repository.h"

namespace sanwang::notify {
namespace {

// A pass every second at the latest; sooner, within a fifth of a second, after a write
// through this server, which may have queued a message (a write on another server waits
// for the second).
constexpr auto kPassEvery = std::chrono::seconds(1);
constexpr auto kLookEvery = std::chrono::milliseconds(200);

}  // namespace

OutboxTimer::OutboxTimer(api::Api& api, const ConfiguredChannels& channels, SenderOptions options)
    : api_(api),
      sender_([&api](const auto& work) { return api.RunWrite(work); }, api.clock(),
              store::ThisProcessAsHolder(), options) {
  channels.AttachTo(sender_);
  thread_ = std::thread([this] { Loop(); });
}

OutboxTimer::~OutboxTimer() {
  {
    MutexLock lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void OutboxTimer::Loop() {
  MutexLock lock(mutex_);
  std::uint64_t seen = api_.data_generation();
  while (true) {
    const auto due = std::chrono::steady_clock::now() + kPassEvery;
    while (!stop_ && std::chrono::steady_clock::now() < due && api_.data_generation() == seen) {
      wake_.wait_for(lock, kLookEvery);
    }
    if (stop_) return;
    lock.unlock();
    const Result<SendCounts> counts = sender_.RunOnce();
    if (!counts.ok()) {
      spdlog::warn("outbox: {}", counts.status().ToString());
    } else if (counts->sent || counts->retried || counts->dead || counts->postponed) {
      spdlog::info("outbox: sent {}, to retry {}, given up {}, held back {}", counts->sent, counts->retried,
                   counts->dead, counts->postponed);
    }
    seen = api_.data_generation();  // the pass's own writes are no reason for another
    lock.lock();
  }
}

}  // namespace sanwang::notify
