// Budgets for one note (section [limits] of config/coi.toml): a note that needs more stops with
// a clear kLimit error instead of running away.
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct LimitsConfig {
  /// Wall-clock seconds one note may take through the whole pipeline. The runner checks between
  /// stages; a stage stuck past twice the budget ends the process (exit 5). 0 = no limit.
  /// Default 300: a 100-page note takes well under a second.
  double max_seconds_per_note = 300;
  /// Address space the coi process may use, in MB (setrlimit); an allocation beyond it fails the
  /// note with kLimit. 0 = no limit. Not applied in sanitizer builds. Default 4096.
  int max_memory_mb = 4096;
  /// MB the main thread's heap grows by once before a conversion, advised as transparent huge
  /// pages (cli/heap.h): far fewer page faults. Under
  /// max_memory_mb it takes at most a quarter of the address space left. 0 = no reserve.
  /// Default 128: the 5-times fixture (515 pages, 93 MB resident) fits in it.
  int heap_reserve_mb = 128;

  /// Reads the [limits] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("max_seconds_per_note", max_seconds_per_note);
    s.read("max_memory_mb", max_memory_mb);
    s.read("heap_reserve_mb", heap_reserve_mb);
    s.check("heap_reserve_mb", heap_reserve_mb >= 0 && heap_reserve_mb <= 512, "0 to 512");
  }
};

}  // namespace coi
