// Settings of the bibliography stage (section [bibliography] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct BibliographyConfig {
  /// Reads the [bibliography] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
