// Mutexes that clang's thread-safety analysis understands (core/thread_annotations.h):
// Mutex and SharedMutex wrap the standard ones, MutexLock, ReaderLock and WriterLock hold
// them for a scope. A member declared `SW_GUARDED_BY(mutex_)` then cannot be touched
// without the lock — the clang build fails instead. Mutex and MutexLock meet the standard
// Lockable requirements, so std::condition_variable_any waits on a MutexLock.
// Thread-safe, as the standard mutexes are.
#pragma once

#include <mutex>
#include <shared_mutex>

#include "core/thread_annotations.h"

namespace sanwang {

class SW_CAPABILITY("mutex") Mutex {
 public:
  void lock() SW_ACQUIRE() { mutex_.lock(); }
  void unlock() SW_RELEASE() { mutex_.unlock(); }
  bool try_lock() SW_TRY_ACQUIRE(true) { return mutex_.try_lock(); }

 private:
  std::mutex mutex_;
};

class SW_CAPABILITY("mutex") SharedMutex {
 public:
  void lock() SW_ACQUIRE() { mutex_.lock(); }
  void unlock() SW_RELEASE() { mutex_.unlock(); }
  void lock_shared() SW_ACQUIRE_SHARED() { mutex_.lock_shared(); }
  void unlock_shared() SW_RELEASE_SHARED() { mutex_.unlock_shared(); }

 private:
  std::shared_mutex mutex_;
};

// Holds a Mutex from construction to destruction. unlock() and lock() let a loop give the
// mutex up around slow work, and let a condition variable wait on it.
class SW_SCOPED_CAPABILITY MutexLock {
 public:
  explicit MutexLock(Mutex& mutex) SW_ACQUIRE(mutex) : mutex_(mutex) { mutex_.lock(); }
  ~MutexLock() SW_RELEASE() {
    if (held_) mutex_.unlock();
  }
  MutexLock(const MutexLock&) = delete;
  MutexLock& operator=(const MutexLock&) = delete;

  void lock() SW_ACQUIRE() {
    mutex_.lock();
    held_ = true;
  }
  void unlock() SW_RELEASE() {
    mutex_.unlock();
    held_ = false;
  }

 private:
  Mutex& mutex_;
  bool held_ = true;
};

// Holds a SharedMutex shared (readers) or exclusively (a writer) for a scope.
class SW_SCOPED_CAPABILITY ReaderLock {
 public:
  explicit ReaderLock(SharedMutex& mutex) SW_ACQUIRE_SHARED(mutex) : mutex_(mutex) { mutex_.lock_shared(); }
  ~ReaderLock() SW_RELEASE() { mutex_.unlock_shared(); }
  ReaderLock(const ReaderLock&) = delete;
  ReaderLock& operator=(const ReaderLock&) = delete;

 private:
  SharedMutex& mutex_;
};

class SW_SCOPED_CAPABILITY WriterLock {
 public:
  explicit WriterLock(SharedMutex& mutex) SW_ACQUIRE(mutex) : mutex_(mutex) { mutex_.lock(); }
  ~WriterLock() SW_RELEASE() { mutex_.unlock(); }
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  SharedMutex& mutex_;
};

}  // namespace sanwang
