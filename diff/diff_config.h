// Settings of the diff stage (section [diff] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct DiffConfig {
  /// Reads the [diff] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
