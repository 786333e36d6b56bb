// Settings of the tables stage (section [tables] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct TablesConfig {
  /// Reads the [tables] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
