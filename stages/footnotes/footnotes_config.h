// Settings of the footnotes stage (section [footnotes] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct FootnotesConfig {
  /// Reads the [footnotes] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
