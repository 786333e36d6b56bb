// Writing outputs so that no reader ever sees half a file: write a temporary file beside the
// target, flush it to disk, then rename it over the target (atomic on POSIX file systems).
// A failed or interrupted write leaves the previous good output in place.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace coi {

/// Atomically replaces `path` with `content`. Errors are kIo naming the path.
Status write_file_atomically(const std::string& path, std::string_view content);

/// Reads a whole file. Errors are kNotFound (missing) or kIo (unreadable).
Result<std::string> read_file(const std::string& path);

}  // namespace coi
