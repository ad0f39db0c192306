// Status and Result<T>: how every fallible function in Tandem reports failure.
//
// A Status is a canonical code, a message a person can act on, and optionally a list of
// field errors (which input field was wrong and why). The edges translate codes exactly
// once: http/errors.cc to HTTP statuses, cli/exit_codes.cc to exit codes.
// Values are immutable after construction; safe to share across threads.
#ifndef TANDEM_BASE_STATUS_H_
#define TANDEM_BASE_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace tandem {

enum class StatusCode {
  kOk,
  kInvalidArgument,
  kNotFound,
  kAlreadyExists,
  kPermissionDenied,
  kUnauthenticated,
  kFailedPrecondition,
  kResourceExhausted,
  kInternal,
  kUnavailable,
};

std::string_view StatusCodeName(StatusCode code);

struct FieldError {
  std::string field;    // dotted path, e.g. "skills_learn[2].target_level"
  std::string message;  // e.g. "must be between 1 and 5"
  bool operator==(const FieldError&) const = default;
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, std::vector<FieldError> fields = {})
      : code_(code), message_(std::move(message)), fields_(std::move(fields)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::vector<FieldError>& fields() const { return fields_; }
  // For rate limits: seconds until a retry may succeed (0 = unknown).
  int retry_after_seconds() const { return retry_after_seconds_; }
  Status WithRetryAfter(int seconds) const {
    Status s = *this;
    s.retry_after_seconds_ = seconds;
    return s;
  }
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::vector<FieldError> fields_;
  int retry_after_seconds_ = 0;
};

Status InvalidArgument(std::string message, std::vector<FieldError> fields = {});
Status FieldInvalid(std::string field, std::string message);  // InvalidArgument naming one field
Status NotFound(std::string message);
Status AlreadyExists(std::string message);
Status PermissionDenied(std::string message);
Status Unauthenticated(std::string message);
Status FailedPrecondition(std::string message);
Status ResourceExhausted(std::string message);
Status Internal(std::string message);
Status Unavailable(std::string message);

// Result<T> holds either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = Status(StatusCode::kInternal, "Result built from OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace tandem

// Early-return helpers; they keep use cases readable as a story of guard clauses.
#define TANDEM_CONCAT_INNER(a, b) a##b
#define TANDEM_CONCAT(a, b) TANDEM_CONCAT_INNER(a, b)
#define RETURN_IF_ERROR(expr)                 \
  do {                                        \
    ::tandem::Status _st = (expr);            \
    if (!_st.ok()) return _st;                \
  } while (0)
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL(TANDEM_CONCAT(_result_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                          \
  if (!tmp.ok()) return tmp.status();         \
  lhs = std::move(tmp).value()

#endif  // TANDEM_BASE_STATUS_H_
