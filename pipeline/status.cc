#include "pipeline/status.h"

namespace coi {

const char* status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kUsage: return "usage";
    case StatusCode::kNotFound: return "not-found";
    case StatusCode::kUnreadable: return "unreadable";
    case StatusCode::kEncrypted: return "encrypted";
    case StatusCode::kNoText: return "no-text";
    case StatusCode::kNotANote: return "not-a-note";
    case StatusCode::kConfig: return "config";
    case StatusCode::kLimit: return "limit";
    case StatusCode::kIo: return "io";
    case StatusCode::kFormat: return "format";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (where_.empty()) return message_;
  return where_ + ": " + message_;
}

}  // namespace coi
