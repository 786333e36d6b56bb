// Exit codes of the coi command, one per outcome; documented in README.md and `coi --help`.
#pragma once

#include "pipeline/status.h"

namespace coi {

/// convert / tables: 0 ok; 1 converted with warnings under --strict; 2 usage or configuration;
/// 3 input unreadable (missing, not a PDF, encrypted, no text, not a note, bad JSON);
/// 4 output could not be written; 5 a limit was exceeded or an internal error.
/// diff: 0 same in substance, 1 different, 2 error. links: 0 all ok, 1 broken links, 2 error.
enum ExitCode : int {
  kExitOk = 0,
  kExitWarnings = 1,
  kExitDifferent = 1,
  kExitBroken = 1,
  kExitUsage = 2,
  kExitUnreadable = 3,
  kExitOutput = 4,
  kExitInternal = 5,
};

/// The exit code for a failed Status of `coi convert`.
inline int exit_code_for(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return kExitOk;
    case StatusCode::kUsage:
    case StatusCode::kConfig: return kExitUsage;
    case StatusCode::kNotFound:
    case StatusCode::kUnreadable:
    case StatusCode::kEncrypted:
    case StatusCode::kNoText:
    case StatusCode::kNotANote:
    case StatusCode::kFormat: return kExitUnreadable;
    case StatusCode::kIo: return kExitOutput;
    case StatusCode::kLimit:
    case StatusCode::kInternal: return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace coi
