// Settings of the extract stage (section [extract] of config/coi.toml).
#pragma once

#include <string>

#include "pipeline/config_section.h"

namespace coi {

struct ExtractConfig {
  /// Password for encrypted PDFs (usually given with --password, not in the file). Default: none.
  std::string password;
  /// Refuse documents with more pages than this (a runaway guard; COI notes run to ~150). 
  int max_pages = 5000;

  void load(ConfigSection& s) {
    s.read("password", password);
    s.read("max_pages", max_pages);
  }
};

}  // namespace coi
