#include "pipeline/cli/commands.h"

namespace coi {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"convert", add_convert_command},
      {"tables", add_tables_command},
  };
  return table;
}

}  // namespace coi
