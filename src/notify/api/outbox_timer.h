// The server's outbox sender (notify/outbox_sender.h) on its own thread: a pass within a
// fifth of a second after a write through this server, and every second in any case, its
// changes through the server's group commit, its deliveries outside it, until stopped.
// Several servers on one database each run one; the lease lets one send.
#pragma once

#include <condition_variable>
#include <string>
#include <thread>

#include "api/api.h"
#include "core/mutex.h"
#include "notify/channels/configured_channels.h"

namespace sanwang::notify {

class OutboxTimer {
 public:
  // `channels` must outlive the timer.
  OutboxTimer(api::Api& api, const ConfiguredChannels& channels, SenderOptions options);
  ~OutboxTimer();
  OutboxTimer(const OutboxTimer&) = delete;
  OutboxTimer& operator=(const OutboxTimer&) = delete;

 private:
  void Loop();

  api::Api& api_;
  OutboxSender sender_;
  Mutex mutex_;
  std::condition_variable_any wake_;
  bool stop_ SW_GUARDED_BY(mutex_) = false;
  std::thread thread_;
};

}  // namespace sanwang::notify
