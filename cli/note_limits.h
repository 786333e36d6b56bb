// Enforcing the [limits] budgets around conversions (the runner checks time between stages;
// these cover what it cannot: a process-wide memory cap and a stage stuck far past the budget).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/limits_config.h"
#include "pipeline/status.h"

namespace coi {

/// Whether apply_memory_limit caps anything in this build: not in sanitizer builds, whose
/// shadow memory needs a huge address space.
bool memory_limit_enforced();

/// Caps the process's address space at limits.max_memory_mb (no-op for 0 or sanitizer builds,
/// whose shadow memory needs a huge address space). Start every thread first: under a cap
/// smaller than a thread stack, std::thread throws. When coi already maps that much before
/// reading any note, nothing is applied and a kLimit status says so: no note could convert, and
/// under the cap even setting one up could fail anywhere.
Status apply_memory_limit(const LimitsConfig& limits);

/// Watches conversions running on worker slots; one that runs past twice the time budget (plus
/// a second) ends
/// the process with a one-line error and exit code 5 (outputs are atomic, so nothing is left
/// half-written).
class Watchdog {
 public:
  Watchdog(const LimitsConfig& limits, int slots);
  ~Watchdog();
  /// Slot `slot` starts converting `input`.
  void begin(int slot, const std::string& input);
  /// Slot `slot` is idle again.
  void end(int slot);

 private:
  void watch();
  struct Slot {
    std::string input;
    std::chrono::steady_clock::time_point started;
    bool busy = false;
  };
  double budget_seconds_;
  std::mutex mutex_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
  std::vector<Slot> slots_;
  std::thread thread_;
};

}  // namespace coi
