#include "notify/cli/outbox_timer.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>

namespace sanwang::notify {
namespace {

constexpr auto kPassEvery = std::chrono::seconds(1);

}  // namespace

std::string SenderHolderName() {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  return std::string(host) + ":" + std::to_string(getpid());
}

OutboxTimer::OutboxTimer(api::Api& api, const ConfiguredChannels& channels, SenderOptions options)
    : sender_([&api](const auto& work) { return api.RunWrite(work); }, api.clock(), SenderHolderName(),
              options) {
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
  while (true) {
    const auto due = std::chrono::steady_clock::now() + kPassEvery;
    while (!stop_ && wake_.wait_until(lock, due) == std::cv_status::no_timeout) {
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
    lock.lock();
  }
}

}  // namespace sanwang::notify
