#include "cli/cli_support.h"

#include <filesystem>

namespace coi {

Result<Config> load_command_config(const std::string& path) {
  return path.empty() ? default_config() : load_config(path);
}

Status naming_input(Status status, const std::string& input) {
  if (status.is_ok() || !status.where().empty()) return status;
  return Status(status.code(), status.message(), input);
}

Status ensure_directory(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status(StatusCode::kIo, "cannot create output directory: " + ec.message(), dir);
  return Status::ok();
}

}  // namespace coi
