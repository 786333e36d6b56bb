// `coi tables` end to end: exit codes, the one-line error, the CSV files it writes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/paths.h"
#include "tests/support/scratch_dir.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int code = -1;
  std::string err;
};

CommandRun run_coi(const std::string& args, const fs::path& scratch) {
  const fs::path err = scratch / "stderr.txt";
  const std::string command =
      testing::coi_binary() + " " + args + " 2>" + err.string() + " >/dev/null";
  const int status = std::system(command.c_str());
  CommandRun run;
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err);
  std::stringstream text;
  text << in.rdbuf();
  run.err = text.str();
  return run;
}

// Each test works in its own scratch directory, removed when it ends.
class TablesCommandTest : public ::testing::Test {
 protected:
  testing::ScratchDir scratch_;
  const fs::path& dir_ = scratch_.path();
};

TEST_F(TablesCommandTest, UnwritableOutputDirectoryExitsFourWithOneLine) {
  std::ofstream(dir_ / "file") << "x";
  const std::string out = (dir_ / "file" / "out").string();
  const CommandRun run =
      run_coi("tables " + testing::source_path(testing::kFrancePdf) + " -o " + out, dir_);
  EXPECT_EQ(run.code, 4);
  EXPECT_EQ(run.err, "coi: error: " + out + ": cannot create output directory: Not a directory\n");
}

TEST_F(TablesCommandTest, MissingNoteArgumentIsAUsageError) {
  EXPECT_EQ(run_coi("tables", dir_).code, 2);
}

TEST_F(TablesCommandTest, WritesEveryTableOfTheFixtureAsCsv) {
  const CommandRun run =
      run_coi("tables " + testing::source_path(testing::kFrancePdf) + " -o " + dir_.string(), dir_);
  ASSERT_EQ(run.code, 0) << run.err;
  int csv = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) csv += entry.path().extension() == ".csv";
  EXPECT_EQ(csv, 17);
  std::ifstream in(dir_ / "t3-after-9.1.3.csv", std::ios::binary);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "-,2024\r");
  std::string second;
  std::getline(in, second);
  EXPECT_EQ(second, "Asylum claims registered at OFPRA,\"153,715\"\r");
}

}  // namespace
}  // namespace coi
