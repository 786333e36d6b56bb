// spdlog set-up for the CLI: messages go to stderr; only the runner and the CLI log. On a
// terminal, a progress line may stand at the bottom of stderr; log lines clear it before they
// print and redraw it after, so the two never run together.
#pragma once

#include <string>

namespace coi {

/// 0 = info, >0 more (debug, trace), <0 less (warnings, then errors only).
void configure_logging(int verbosity);

/// True when stderr is a terminal (progress displays and colours are only shown then).
bool stderr_is_terminal();

/// Shows `text` as the progress line, replacing the previous one. Thread-safe.
void show_progress(const std::string& text);

/// Ends the progress line with a newline, if one is shown. Thread-safe.
void end_progress();

}  // namespace coi
