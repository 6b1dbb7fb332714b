#include "core/periodic_thread.h"

namespace sanwang {

PeriodicThread::PeriodicThread(std::chrono::milliseconds every, std::function<void()> work)
    : every_(every), work_(std::move(work)), thread_([this] { Loop(); }) {}

PeriodicThread::~PeriodicThread() {
  {
    MutexLock lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void PeriodicThread::Loop() {
  MutexLock lock(mutex_);
  while (true) {
    const auto due = std::chrono::steady_clock::now() + every_;
    while (!stop_ && wake_.wait_until(lock, due) == std::cv_status::no_timeout) {
    }
    if (stop_) return;
    lock.unlock();
    work_();
    lock.lock();
  }
}

}  // namespace sanwang
