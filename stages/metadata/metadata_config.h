// Settings of the metadata stage (section [metadata] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct MetadataConfig {
  /// Reads the [metadata] section; defaults stay where a key is absent.
  void load(ConfigSection& s) { (void)s; }
};

}  // namespace coi
