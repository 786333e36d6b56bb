// The subcommands of `coi`, as a table (ninja-style). Each command file registers its options on
// a CLI11 subcommand and returns the function that runs it once parsing succeeded.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace coi {

/// Options shared by every subcommand (set on the top-level app).
struct GlobalOptions {
  int verbosity = 0;  ///< -v raises, -q lowers
};

struct Command {
  std::string name;
  /// Adds the subcommand to `app`; returns its runner, which returns the exit code.
  std::function<std::function<int()>(CLI::App& app, const GlobalOptions& global)> add;
};

/// Every subcommand, in --help order.
const std::vector<Command>& commands();

std::function<int()> add_convert_command(CLI::App& app, const GlobalOptions& global);
std::function<int()> add_links_command(CLI::App& app, const GlobalOptions& global);
std::function<int()> add_diff_command(CLI::App& app, const GlobalOptions& global);
std::function<int()> add_tables_command(CLI::App& app, const GlobalOptions& global);

}  // namespace coi
