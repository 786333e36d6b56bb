// Settings of the segment stage (section [segment] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct SegmentConfig {
  /// Reads the [segment] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
