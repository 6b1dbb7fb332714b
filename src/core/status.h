// Status and Result<T>: how every module reports failure across its boundary.
//
// An operation that can fail returns a Status (or a Result<T> carrying a value on
// success). Codes are stable: the HTTP layer maps each to one HTTP status and a JSON
// error body in one place, and the CLI prints the message on one line. Exceptions do not
// cross module boundaries; programmer errors are assertions.
//
// Status and Result are plain values: copyable, no shared state, safe to pass between
// threads.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sanwang {

enum class ErrorCode {
  kOk,
  kInvalidArgument,         // the caller's input is malformed or out of range
  kNotFound,                // the thing named does not exist
  kAlreadyExists,           // a unique thing would be created twice
  kPermissionDenied,        // the actor's role or scope does not allow it
  kUnauthenticated,         // no valid identity
  kFailedPrecondition,      // the state does not allow it (e.g. an illegal transition)
  kConflict,                // a concurrent change won; retry may succeed
  kUnsupportedMediaType,    // the body is not in a format the operation accepts
  kPasswordChangeRequired,  // the account must change its password before anything else
  kResourceExhausted,       // too many requests from this caller for now; retry later
  kUnavailable,             // a dependency (database server) cannot be reached
  kDataLoss,                // stored data is corrupt
  kInternal,                // a bug or an unexpected failure below us
};

// Stable lower-case name of a code, used in JSON error bodies and logs.
std::string_view ErrorCodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message, std::string field = {})
      : code_(code), message_(std::move(message)), field_(std::move(field)) {}

  static Status Ok() { return {}; }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // The input field the error is about, when there is one ("lon", "feature[3]").
  const std::string& field() const { return field_; }

  // "invalid_argument: lon out of range (field lon)".
  std::string ToString() const;

  // Prefixes the message with context, keeping code and field.
  Status WithContext(std::string_view context) const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
  std::string field_;
};

inline Status InvalidArgument(std::string message, std::string field = {}) {
  return {ErrorCode::kInvalidArgument, std::move(message), std::move(field)};
}
inline Status NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
inline Status AlreadyExists(std::string message) { return {ErrorCode::kAlreadyExists, std::move(message)}; }
inline Status PermissionDenied(std::string message) {
  return {ErrorCode::kPermissionDenied, std::move(message)};
}
inline Status FailedPrecondition(std::string message) {
  return {ErrorCode::kFailedPrecondition, std::move(message)};
}
inline Status Conflict(std::string message) { return {ErrorCode::kConflict, std::move(message)}; }
inline Status ResourceExhausted(std::string message) {
  return {ErrorCode::kResourceExhausted, std::move(message)};
}
inline Status Unavailable(std::string message) { return {ErrorCode::kUnavailable, std::move(message)}; }
inline Status Internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result built from a Status must carry an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace sanwang

#define SW_CONCAT_INNER(a, b) a##b
#define SW_CONCAT(a, b) SW_CONCAT_INNER(a, b)

// Returns the Status of `expr` from the enclosing function when it is an error. The
// variable is named after the line, so a lambda inside `expr` (a transaction's body) may
// use the macro again without shadowing it.
#define SW_RETURN_IF_ERROR(expr) SW_RETURN_IF_ERROR_IMPL(SW_CONCAT(sw_status_, __LINE__), expr)
#define SW_RETURN_IF_ERROR_IMPL(status, expr) \
  do {                                        \
    ::sanwang::Status status = (expr);        \
    if (!status.ok()) return status;          \
  } while (false)

// Evaluates a Result-returning `expr`; on error returns its Status, else moves the value
// into `lhs` (which may be a declaration: SW_ASSIGN_OR_RETURN(auto x, F())).
#define SW_ASSIGN_OR_RETURN(lhs, expr) SW_ASSIGN_OR_RETURN_IMPL(SW_CONCAT(sw_result_, __LINE__), lhs, expr)
#define SW_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                             \
  if (!tmp.ok()) return tmp.status();            \
  lhs = std::move(tmp).value()
