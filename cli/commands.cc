#include "cli/commands.h"

namespace coi {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"convert", add_convert_command},
      {"links", add_links_command},
      {"diff", add_diff_command},
      {"tables", add_tables_command},
  };
  return table;
}

}  // namespace coi
