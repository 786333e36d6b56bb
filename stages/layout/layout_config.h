// Settings of the layout stage (section [layout] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct LayoutConfig {
  /// Reads the [layout] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
