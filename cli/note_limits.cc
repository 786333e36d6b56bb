#include "cli/note_limits.h"

#include <sys/resource.h>

#include <cmath>
#include <cstdlib>

#include <spdlog/spdlog.h>

#include "cli/sanitized.h"
#include "pipeline/address_space.h"
#include "pipeline/exit_codes.h"

namespace coi {

bool memory_limit_enforced() { return !kSanitizedBuild; }

Status apply_memory_limit(const LimitsConfig& limits) {
  if (limits.max_memory_mb <= 0 || !memory_limit_enforced()) return Status::ok();
  const double mapped = address_space_mapped_mb();
  if (mapped >= limits.max_memory_mb) {
    return Status(StatusCode::kLimit,
                  "memory limit of " + std::to_string(limits.max_memory_mb) + " MB is below the " +
                      std::to_string(static_cast<int>(std::ceil(mapped))) +
                      " MB coi maps before it reads a note (limits.max_memory_mb)");
  }
  rlimit limit;
  limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(limits.max_memory_mb) * 1024 * 1024;
  ::setrlimit(RLIMIT_AS, &limit);
  return Status::ok();
}

Watchdog::Watchdog(const LimitsConfig& limits, int slots)
    : budget_seconds_(limits.max_seconds_per_note), slots_(static_cast<size_t>(slots)) {
  if (budget_seconds_ > 0) thread_ = std::thread([this] { watch(); });
}

Watchdog::~Watchdog() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Watchdog::begin(int slot, const std::string& input) {
  std::lock_guard<std::mutex> lock(mutex_);
  slots_[slot] = Slot{input, std::chrono::steady_clock::now(), true};
}

void Watchdog::end(int slot) {
  std::lock_guard<std::mutex> lock(mutex_);
  slots_[slot].busy = false;
}

void Watchdog::watch() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_signal_.wait_for(lock, std::chrono::milliseconds(200), [this] { return stopping_; })) {
    const auto now = std::chrono::steady_clock::now();
    for (const Slot& slot : slots_) {
      const std::chrono::duration<double> spent = now - slot.started;
      // Past twice the budget (and a second, so the runner's own check normally speaks first).
      if (slot.busy && spent.count() > 2 * budget_seconds_ + 1) {
        spdlog::error("{}: time limit of {} s exceeded (limits.max_seconds_per_note); stopping",
                      slot.input, budget_seconds_);
        spdlog::shutdown();
        std::_Exit(kExitInternal);
      }
    }
  }
}

}  // namespace coi
