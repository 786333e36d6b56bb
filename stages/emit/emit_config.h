// Settings of the emitters (section [emit] of config/coi.toml).
#pragma once

#include <string>
#include <vector>

#include "pipeline/config_section.h"

namespace coi {

struct EmitConfig {
  /// Output formats to produce; the CLI's --format overrides. Default: both.
  std::vector<std::string> formats = {"xml", "json"};
  /// Indent JSON output (2 spaces). Default: true; false gives one line per document.
  bool pretty_json = true;

  void load(ConfigSection& s) {
    s.read("formats", formats);
    s.read("pretty_json", pretty_json);
  }
};

}  // namespace coi
