// Settings of the resolve stage (section [resolve] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct ResolveConfig {
  /// Reads the [resolve] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
