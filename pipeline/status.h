// Errors as values at stage boundaries (leveldb's Status): a closed set of codes, a message,
// and where it happened. No exception crosses a stage.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace coi {

/// The closed set of failure kinds. Each maps to one documented exit code (pipeline/exit_codes.h).
enum class StatusCode {
  kOk,
  kUsage,           ///< bad command line or option value
  kNotFound,        ///< input file missing
  kUnreadable,      ///< input cannot be read or is not what it claims (not a PDF, damaged)
  kEncrypted,       ///< input needs a password we do not have
  kNoText,          ///< input has no text layer (a scan)
  kNotANote,        ///< input is a readable PDF but not a COI note (no numbered paragraphs)
  kConfig,          ///< configuration file or pattern invalid
  kLimit,           ///< a time or memory budget was exceeded
  kIo,              ///< writing an output failed
  kFormat,          ///< a JSON/XML input has the wrong shape or version
  kInternal,        ///< a bug: an invariant did not hold
};

/// Name of a code, e.g. "unreadable".
const char* status_code_name(StatusCode code);

/// An outcome: ok, or a code with a one-line message and the place it concerns.
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message, std::string where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Status ok() { return Status(); }
  bool is_ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  /// The file (or file:page) the error concerns; may be empty.
  const std::string& where() const { return where_; }
  /// "where: message" (or just the message when there is no place).
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string where_;
};

/// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}               // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}        // NOLINT: implicit by design
  bool is_ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const { static const Status ok; return is_ok() ? ok : std::get<Status>(v_); }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace coi
