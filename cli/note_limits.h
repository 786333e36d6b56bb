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
/// a second) ends the process with a one-line error and exit code 5 (outputs are atomic, so
/// nothing is left half-written). One slot is watched by a real-time timer whose signal handler
/// ends coi, several by a thread: a thread for one slot would switch glibc out of its
/// single-threaded mode for the whole run, so every malloc and every mutex Poppler takes goes
/// the locked, slower way. A signal still stops a note stuck inside Poppler. At most one
/// single-slot Watchdog may exist at a time (the timer and its handler are per process).
class Watchdog {
 public:
  Watchdog(const LimitsConfig& limits, int slots);
  ~Watchdog();
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  /// Slot `slot` starts converting `input`.
  void begin(int slot, const std::string& input);
  /// Slot `slot` is idle again.
  void end(int slot);

 private:
  void watch();
  /// The wall time a slot may run before coi is stopped.
  double stop_after_seconds() const;
  /// The line the log would print for `input` running out of time.
  std::string stop_message(const std::string& input) const;
  bool timed_ = false;     ///< one slot, watched by the timer rather than the thread
  std::string stop_line_;  ///< what the timer's handler writes, made before it is armed
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
