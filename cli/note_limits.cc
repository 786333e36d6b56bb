#include "cli/note_limits.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <spdlog/details/os.h>
#include <spdlog/spdlog.h>

#include "cli/sanitized.h"
#include "pipeline/address_space.h"
#include "pipeline/exit_codes.h"

namespace coi {

namespace {

// What the timer's handler writes: set before the timer is armed, cleared once it is disarmed.
std::atomic<const std::string*> timer_stop_line{nullptr};

// Runs on whichever thread the signal interrupts, perhaps inside malloc or holding a lock, so
// it only calls write(2) and _Exit, both async-signal-safe.
void on_time_limit(int) {
  if (const std::string* line = timer_stop_line.load()) {
    const char* data = line->data();
    size_t left = line->size();
    while (left > 0) {
      const ssize_t written = ::write(STDERR_FILENO, data, left);
      if (written <= 0) break;
      data += written;
      left -= static_cast<size_t>(written);
    }
  }
  std::_Exit(kExitInternal);
}

// One shot of SIGALRM after `seconds` of wall time; 0 disarms it.
void set_alarm(double seconds) {
  itimerval timer{};
  timer.it_value.tv_sec = static_cast<time_t>(seconds);
  timer.it_value.tv_usec = static_cast<suseconds_t>((seconds - std::floor(seconds)) * 1e6);
  ::setitimer(ITIMER_REAL, &timer, nullptr);
}

// The logger's line start for an error (cli/logging.cc: "coi: %^%l%$: "), coloured as spdlog's
// colour sink would, after erasing a progress line that may be on the terminal.
std::string error_line_start() {
  if (!spdlog::details::os::in_terminal(stderr)) return "coi: error: ";
  const std::string level = spdlog::details::os::is_color_terminal()
                                ? "\033[31m\033[1merror\033[m"
                                : "error";
  return "\r\033[Kcoi: " + level + ": ";
}

}  // namespace

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
  if (budget_seconds_ <= 0) return;
  timed_ = slots == 1;
  if (!timed_) {
    thread_ = std::thread([this] { watch(); });
    return;
  }
  struct sigaction action {};
  action.sa_handler = on_time_limit;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGALRM, &action, nullptr);
}

Watchdog::~Watchdog() {
  if (timed_) {
    set_alarm(0);
    timer_stop_line = nullptr;
    ::signal(SIGALRM, SIG_DFL);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  if (thread_.joinable()) thread_.join();
}

double Watchdog::stop_after_seconds() const {
  // Past twice the budget (and a second, so the runner's own check normally speaks first).
  return 2 * budget_seconds_ + 1;
}

std::string Watchdog::stop_message(const std::string& input) const {
  return fmt::format("{}: time limit of {} s exceeded (limits.max_seconds_per_note); stopping",
                     input, budget_seconds_);
}

void Watchdog::begin(int slot, const std::string& input) {
  if (timed_) {
    stop_line_ = error_line_start() + stop_message(input) + "\n";
    timer_stop_line = &stop_line_;
    set_alarm(stop_after_seconds());
    return;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  slots_[slot] = Slot{input, std::chrono::steady_clock::now(), true};
}

void Watchdog::end(int slot) {
  if (timed_) {
    set_alarm(0);
    timer_stop_line = nullptr;
    return;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  slots_[slot].busy = false;
}

void Watchdog::watch() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_signal_.wait_for(lock, std::chrono::milliseconds(200), [this] { return stopping_; })) {
    const auto now = std::chrono::steady_clock::now();
    for (const Slot& slot : slots_) {
      const std::chrono::duration<double> spent = now - slot.started;
      if (slot.busy && spent.count() > stop_after_seconds()) {
        spdlog::error("{}", stop_message(slot.input));
        spdlog::shutdown();
        std::_Exit(kExitInternal);
      }
    }
  }
}

}  // namespace coi
