// Reading a note's pages on several threads (extract.workers, stages/extract/page_workers.h)
// changes nothing in the output: `coi convert` with one worker and with four (more than this
// machine's cores, so pages interleave between threads) writes byte-identical JSON, on a tagged
// note (words tied to the structure tree through each worker's own copy of the PDF) and on a
// damaged one (Poppler repairs each copy at a different page, so extract reads it again on one
// thread: the same diagnostics, in the same order); and with one worker and two on a XeLaTeX
// note, whose objects sit in object streams: the first copy reads from the back, alone or not.
// And workers whose copies opened before the first copy failed end with it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "cli/config.h"
#include "stages/extract/page_workers.h"
#include "stages/extract/poppler_session.h"
#include "tests/support/paths.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/shell.h"

namespace coi {
namespace {

class PageWorkers : public ::testing::Test {
 protected:
  void SetUp() override { scratch_ = std::make_unique<testing::ScratchDir>(); }

  // The JSON `coi convert` writes for `fixture` with extract.workers = `workers`.
  std::string json_with_workers(const std::string& fixture, int workers) {
    const std::string name = "workers-" + std::to_string(workers);
    const std::string config = scratch_->file(name + ".toml");
    std::ofstream(config) << "[extract]\nworkers = " << workers << "\n";
    const std::string out = scratch_->file(name);
    const testing::ShellRun run = testing::run_shell(
        testing::coi_binary() + " convert -q --format json --config " + config + " -o " + out +
        " " + testing::source_path(fixture) + " 2>&1");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    const std::string stem = std::filesystem::path(fixture).stem().string();
    std::ifstream in(out + "/" + stem + ".json", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  std::unique_ptr<testing::ScratchDir> scratch_;
};

TEST_F(PageWorkers, OneAndFourWorkersWriteTheSameJsonOnATaggedNote) {
  const std::string one = json_with_workers("fixtures/france-cin-v2.0/note-tagged.pdf", 1);
  ASSERT_FALSE(one.empty());
  EXPECT_TRUE(one == json_with_workers("fixtures/france-cin-v2.0/note-tagged.pdf", 4));
}

TEST_F(PageWorkers, OneAndFourWorkersWriteTheSameJsonOnADamagedNote) {
  const std::string one = json_with_workers("fixtures/bad/malformed-objects.pdf", 1);
  ASSERT_NE(one.find("\"pdf-error\""), std::string::npos);  // Poppler did complain
  EXPECT_TRUE(one == json_with_workers("fixtures/bad/malformed-objects.pdf", 4));
}

TEST_F(PageWorkers, OneAndTwoWorkersWriteTheSameJsonOnANoteInObjectStreams) {
  const std::string one = json_with_workers("fixtures/generated/note-1001/latex.pdf", 1);
  ASSERT_FALSE(one.empty());
  EXPECT_TRUE(one == json_with_workers("fixtures/generated/note-1001/latex.pdf", 2));
}

// Files this process has open.
size_t open_files() {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator("/proc/self/fd"),
                                           std::filesystem::directory_iterator{}));
}

// The workers open their copies before the first copy has read the structure tree; when that
// reading fails, no pages come: the workers, opening or waiting, are told so and joined, each
// closing its copy (it hung, or a copy outlived the reading, had they been left waiting).
TEST(PageWorkersOpening, WorkersGivenNoPagesCloseTheirCopiesAndEnd) {
  extract::init_poppler();
  const ExtractConfig config;
  extract::RepairFlag repaired{false};
  const size_t before = open_files();
  {
    const extract::PageWorkers workers(
        testing::source_path("fixtures/france-cin-v2.0/note-tagged.pdf"), config, 4, 103,
        /*margin_mb=*/0, repaired);
  }
  EXPECT_EQ(open_files(), before);
  EXPECT_FALSE(repaired);
}

TEST(PageWorkersConfig, NegativeWorkerCountIsAnError) {
  Result<Config> config = parse_config("[extract]\nworkers = -1\n", "test.toml");
  ASSERT_FALSE(config.is_ok());
  EXPECT_EQ(config.status().to_string(),
            "test.toml: extract.workers must be 0 (one per core) or more");
}

}  // namespace
}  // namespace coi
