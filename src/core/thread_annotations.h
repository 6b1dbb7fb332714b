// Clang's thread-safety annotations (-Wthread-safety) as macros: which mutex guards a
// member, which functions must hold or must not hold it. Clang checks them at compile
// time; on other compilers they expand to nothing. libstdc++'s std::mutex carries no
// annotations, so shared classes use the annotated wrappers of core/mutex.h.
// Header only; no state.
#pragma once

#if defined(__clang__)
#define SW_THREAD_ANNOTATION(x) __attribute__((x))
#else
#define SW_THREAD_ANNOTATION(x)
#endif

// A type that is a lock (core/mutex.h).
#define SW_CAPABILITY(name) SW_THREAD_ANNOTATION(capability(name))
// A type that holds a lock for its lifetime (MutexLock, ReaderLock).
#define SW_SCOPED_CAPABILITY SW_THREAD_ANNOTATION(scoped_lockable)
// A member read or written only while holding the mutex.
#define SW_GUARDED_BY(mutex) SW_THREAD_ANNOTATION(guarded_by(mutex))
// A pointer member whose pointee is read or written only while holding the mutex.
#define SW_PT_GUARDED_BY(mutex) SW_THREAD_ANNOTATION(pt_guarded_by(mutex))
// The function must be called holding the mutex (exclusively, or at least shared).
#define SW_REQUIRES(...) SW_THREAD_ANNOTATION(requires_capability(__VA_ARGS__))
#define SW_REQUIRES_SHARED(...) SW_THREAD_ANNOTATION(requires_shared_capability(__VA_ARGS__))
// The function takes the mutex itself, so it must be called without it.
#define SW_EXCLUDES(...) SW_THREAD_ANNOTATION(locks_excluded(__VA_ARGS__))
// The function takes, or gives up, the mutex.
#define SW_ACQUIRE(...) SW_THREAD_ANNOTATION(acquire_capability(__VA_ARGS__))
#define SW_ACQUIRE_SHARED(...) SW_THREAD_ANNOTATION(acquire_shared_capability(__VA_ARGS__))
#define SW_RELEASE(...) SW_THREAD_ANNOTATION(release_capability(__VA_ARGS__))
#define SW_RELEASE_SHARED(...) SW_THREAD_ANNOTATION(release_shared_capability(__VA_ARGS__))
#define SW_TRY_ACQUIRE(...) SW_THREAD_ANNOTATION(try_acquire_capability(__VA_ARGS__))
// Turns the analysis off for one function; say why beside it.
#define SW_NO_THREAD_SAFETY_ANALYSIS SW_THREAD_ANNOTATION(no_thread_safety_analysis)
