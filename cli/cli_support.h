// Small pieces every subcommand needs: its configuration, an input's place in error messages,
// and its output directory.
#pragma once

#include <string>

#include "cli/config.h"
#include "pipeline/status.h"

namespace coi {

/// The built-in defaults, or the TOML file at `path` over them when `path` is not empty.
Result<Config> load_command_config(const std::string& path);

/// `status`, with `input` as its place when the stage that failed did not name one.
Status naming_input(Status status, const std::string& input);

/// Creates `dir` (and its parents) when missing; kIo naming it otherwise.
Status ensure_directory(const std::string& dir);

}  // namespace coi
