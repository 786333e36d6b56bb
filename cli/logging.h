// spdlog set-up for the CLI: messages go to stderr; only the runner and the CLI log.
#pragma once

namespace coi {

/// 0 = info, >0 more (debug, trace), <0 less (warnings, then errors only).
void configure_logging(int verbosity);

/// True when stderr is a terminal (progress displays and colours are only shown then).
bool stderr_is_terminal();

}  // namespace coi
