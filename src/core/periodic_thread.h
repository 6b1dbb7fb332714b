// A thread that runs a piece of work every `every` until destroyed: the server's timers (the
// minute sweep, the org net and catalog watch). The first run is one interval after
// construction. The destructor wakes a thread that is waiting and waits for a run in progress
// to end; no run starts after it. Declare it after everything the work uses, so that it is
// destroyed first.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <thread>

#include "core/mutex.h"

namespace sanwang {

class PeriodicThread {
 public:
  PeriodicThread(std::chrono::milliseconds every, std::function<void()> work);
  ~PeriodicThread();
  PeriodicThread(const PeriodicThread&) = delete;
  PeriodicThread& operator=(const PeriodicThread&) = delete;

 private:
  void Loop();

  const std::chrono::milliseconds every_;
  const std::function<void()> work_;
  Mutex mutex_;
  std::condition_variable_any wake_;
  bool stop_ SW_GUARDED_BY(mutex_) = false;
  std::thread thread_;  // last: started once everything above exists
};

}  // namespace sanwang
