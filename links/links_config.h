// Settings of the links stage (section [links] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct LinksConfig {
  /// Reads the [links] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
