// The Watchdog stops a conversion stuck far past limits.max_seconds_per_note (twice the budget
// plus a second): one line naming the note and the limit, exit 5. One slot is watched by a
// timer signal and no thread (glibc stays single-threaded), several by a thread; both must stop
// a note busy in a loop it never leaves, as a note stuck inside Poppler would be.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <thread>

#include "cli/logging.h"
#include "cli/note_limits.h"

namespace coi {
namespace {

constexpr double kBudget = 0.05;  // the watchdog steps in after 1.1 s

LimitsConfig tight_limits() {
  LimitsConfig limits;
  limits.max_seconds_per_note = kBudget;
  return limits;
}

// Spins like a page Poppler never finishes; the watchdog must end the process first.
[[noreturn]] void spin_forever() {
  volatile unsigned long turns = 0;
  for (;;) turns = turns + 1;
}

// A slot's watchdog and the note it is stuck on, then the spinning, logging as coi does.
[[noreturn]] void stuck_note(int slots) {
  configure_logging(0);
  Watchdog watchdog(tight_limits(), slots);
  watchdog.begin(slots - 1, "stuck.pdf");
  spin_forever();
}

TEST(WatchdogDeathTest, OneSlotStopsAStuckNoteWithoutAThread) {
  // The same line the thread's log prints: stderr here is no terminal, so no colour.
  EXPECT_EXIT(stuck_note(1), ::testing::ExitedWithCode(5),
              "^coi: error: stuck\\.pdf: time limit of 0\\.05 s exceeded "
              "\\(limits\\.max_seconds_per_note\\); stopping\n$");
}

TEST(WatchdogDeathTest, SeveralSlotsStopAStuckNote) {
  EXPECT_EXIT(stuck_note(2), ::testing::ExitedWithCode(5),
              "^coi: error: stuck\\.pdf: time limit of 0\\.05 s exceeded "
              "\\(limits\\.max_seconds_per_note\\); stopping\n$");
}

TEST(Watchdog, OneSlotLetsANoteThatEndedInTimeGoOn) {
  {
    Watchdog watchdog(tight_limits(), 1);
    watchdog.begin(0, "quick.pdf");
    watchdog.end(0);
    std::this_thread::sleep_for(std::chrono::milliseconds(1300));
  }
  Watchdog again(tight_limits(), 1);  // a second one may be made once the first is gone
  again.begin(0, "quick.pdf");
  again.end(0);
  SUCCEED();
}

}  // namespace
}  // namespace coi
