// [limits] max_memory_mb through the real `coi convert`, on a note three times the fixture's
// length (309 pages, made with qpdf in the suite's scratch directory). However small the limit,
// each note fails with one line naming it and the limit, exit 5, and no output file: at 100 MB
// the note runs out while it is extracted; 60 MB (once an abort: the watchdog's thread could not
// start) and 8 MB are below what coi maps before it reads a note, so nothing is converted; and a
// sweep of the limits in between never lets Poppler abort.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/note_limits.h"
#include "tests/support/paths.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/shell.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code = -1;
  std::vector<std::string> lines;  // stderr, sorted: notes converted at once report in any order
};

class MemoryLimit : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = std::make_unique<testing::ScratchDir>();
    const std::string note = testing::source_path(testing::kFrancePdf);
    const testing::ShellRun qpdf = testing::run_shell(
        "qpdf --empty --pages " + note + " " + note + " " + note + " -- " + long_note() + " 2>&1");
    ASSERT_EQ(qpdf.exit_code, 0) << qpdf.output;
    fs::copy_file(long_note(), second_note());
  }
  static void TearDownTestSuite() { scratch_.reset(); }

  void SetUp() override {
    if (!memory_limit_enforced()) GTEST_SKIP() << "sanitizer builds apply no memory limit";
    fs::remove_all(out_dir());
  }

  static std::string long_note() { return scratch_->file("long-note.pdf"); }
  static std::string second_note() { return scratch_->file("second-note.pdf"); }
  static fs::path out_dir() { return scratch_->path() / "out"; }

  // `coi convert -q` of `notes` with max_memory_mb = `mb` and `args`, into out/.
  static RunResult convert_under(int mb, const std::string& args, const std::string& notes) {
    const std::string config = scratch_->file("limit.toml");
    std::ofstream(config) << "[limits]\nmax_memory_mb = " << mb << "\n";
    const testing::ShellRun run =
        testing::run_shell(testing::coi_binary() + " convert -q --config " + config + " " + args +
                           " -o " + out_dir().string() + " " + notes + " 2>&1 >/dev/null");
    RunResult result;
    result.exit_code = run.exit_code;
    for (size_t start = 0, end; start < run.output.size(); start = end + 1) {
      end = run.output.find('\n', start);
      if (end == std::string::npos) end = run.output.size();
      result.lines.push_back(run.output.substr(start, end - start));
    }
    std::sort(result.lines.begin(), result.lines.end());
    return result;
  }

  static std::string limit_error(const std::string& note, int mb) {
    return "coi: error: " + note + ": memory limit of " + std::to_string(mb) +
           " MB exceeded in stage extract (limits.max_memory_mb)";
  }

  // Whether `line` is the memory limit error of `mb` for `note`, in whichever stage met the cap.
  static bool is_limit_error(const std::string& line, const std::string& note, int mb) {
    const std::string head = "coi: error: " + note + ": memory limit of " + std::to_string(mb) +
                             " MB exceeded in stage ";
    const std::string tail = " (limits.max_memory_mb)";
    return line.size() > head.size() + tail.size() && line.compare(0, head.size(), head) == 0 &&
           line.compare(line.size() - tail.size(), tail.size(), tail) == 0;
  }

  // The MB coi maps before it reads a note, when `line` is the error for a limit of `mb` below
  // that for `note` (the number depends on the build, so the test reads it); otherwise 0.
  static int mapped_at_start(const std::string& line, const std::string& note, int mb) {
    const std::string head =
        "coi: error: " + note + ": memory limit of " + std::to_string(mb) + " MB is below the ";
    const std::string tail = " MB coi maps before it reads a note (limits.max_memory_mb)";
    if (line.size() <= head.size() + tail.size() || line.compare(0, head.size(), head) != 0 ||
        line.compare(line.size() - tail.size(), tail.size(), tail) != 0) {
      return 0;
    }
    const std::string mapped = line.substr(head.size(), line.size() - head.size() - tail.size());
    const bool digits =
        std::all_of(mapped.begin(), mapped.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits && std::stoi(mapped) > mb ? std::stoi(mapped) : 0;
  }

  static bool is_below_start_error(const std::string& line, const std::string& note, int mb) {
    return mapped_at_start(line, note, mb) > 0;
  }

  static bool no_output_left() { return !fs::exists(out_dir()) || fs::is_empty(out_dir()); }

  static std::unique_ptr<testing::ScratchDir> scratch_;
};

std::unique_ptr<testing::ScratchDir> MemoryLimit::scratch_;

// It was "damaged PDF: std::bad_alloc" (exit 3): extract took the allocation failure for damage.
TEST_F(MemoryLimit, RunningOutWhileExtractingIsTheLimitError) {
  const RunResult r = convert_under(100, "", long_note());
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.lines, std::vector<std::string>{limit_error(long_note(), 100)});
  EXPECT_TRUE(no_output_left());
}

// It was "terminate called after throwing std::system_error" (exit 134): the time-limit
// watchdog's thread could not start under the limit.
TEST_F(MemoryLimit, SmallLimitIsTheLimitErrorNotAnAbort) {
  const RunResult r = convert_under(60, "", long_note());
  EXPECT_EQ(r.exit_code, 5);
  ASSERT_EQ(r.lines.size(), 1u);
  EXPECT_TRUE(is_below_start_error(r.lines[0], long_note(), 60)) << r.lines[0];
  EXPECT_TRUE(no_output_left());
}

// Two notes on two workers: each worker thread starts before the limit applies, and each note
// gets its own line.
TEST_F(MemoryLimit, SmallLimitWithParallelNotesFailsEachNote) {
  const RunResult r = convert_under(60, "-j 2", long_note() + " " + second_note());
  EXPECT_EQ(r.exit_code, 5);
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_TRUE(is_below_start_error(r.lines[0], long_note(), 60)) << r.lines[0];
  EXPECT_TRUE(is_below_start_error(r.lines[1], second_note(), 60)) << r.lines[1];
  EXPECT_TRUE(no_output_left());
}

// It aborted as 60 MB did.
TEST_F(MemoryLimit, VerySmallLimitIsTheLimitError) {
  const RunResult r = convert_under(8, "", long_note());
  EXPECT_EQ(r.exit_code, 5);
  ASSERT_EQ(r.lines.size(), 1u);
  EXPECT_TRUE(is_below_start_error(r.lines[0], long_note(), 8)) << r.lines[0];
  EXPECT_TRUE(no_output_left());
}

// Between what coi maps at start and what the note needs (about 60 MB more here), the cap may
// meet Poppler, which aborts on a failed allocation ("Out of memory", exit 134; with
// extract.min_memory_left_mb = 0 that happened at 15 of the 61 limits from 80 to 140 MB).
// Extract keeps that much clear for Poppler and stops first: at every limit of a sweep the note
// fails with the limit error, or converts once the limit is enough. A limit that extract just
// passes may be met by a later stage (emit_json, the last peak): the same error, from there.
TEST_F(MemoryLimit, EveryLimitEndsInTheLimitErrorOrAConversionNeverPopplersAbort) {
  const RunResult probe = convert_under(1, "", long_note());
  ASSERT_EQ(probe.lines.size(), 1u);
  const int mapped = mapped_at_start(probe.lines[0], long_note(), 1);
  ASSERT_GT(mapped, 1) << probe.lines[0];
  int refused = 0;
  for (int mb = mapped + 2; mb < mapped + 65; mb += 5) {
    SCOPED_TRACE(mb);
    const RunResult r = convert_under(mb, "", long_note());
    if (r.exit_code == 0) {
      EXPECT_EQ(r.lines, std::vector<std::string>{});
      EXPECT_TRUE(fs::exists(out_dir() / "long-note.json"));
      EXPECT_TRUE(fs::exists(out_dir() / "long-note.xml"));
      continue;
    }
    ++refused;
    EXPECT_EQ(r.exit_code, 5);
    ASSERT_EQ(r.lines.size(), 1u);
    EXPECT_TRUE(is_limit_error(r.lines[0], long_note(), mb)) << r.lines[0];
    EXPECT_TRUE(no_output_left());
  }
  EXPECT_GE(refused, 6);  // the sweep reaches the limits that matter
}

}  // namespace
}  // namespace coi
