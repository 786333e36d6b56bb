// `coi tables` end to end: exit codes, the one-line error, the CSV files it writes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/table_csv.h"
#include "pipeline/model_json.h"
#include "tests/support/compare.h"
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

// One file per table of the model, named and filled as the model's table would be
// (cli/table_csv.h; tables_csv_test checks the CSV rules themselves), and no other file.
TEST_F(TablesCommandTest, WritesEveryTableOfTheFixtureAsCsv) {
  const CommandRun run =
      run_coi("tables " + testing::source_path(testing::kFrancePdf) + " -o " + dir_.string(), dir_);
  ASSERT_EQ(run.code, 0) << run.err;
  Result<Doc> model =
      load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  const std::vector<Block>& blocks = model.value().blocks;
  std::set<std::string> expected, written;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::kTable) continue;
    const std::string name = csv_file_name(blocks, i);
    expected.insert(name);
    std::ifstream in(dir_ / name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_TRUE(testing::same_text(table_to_csv(blocks[i].table), text.str())) << name;
  }
  for (const auto& entry : fs::directory_iterator(dir_)) {
    if (entry.path().extension() == ".csv") written.insert(entry.path().filename().string());
  }
  EXPECT_TRUE(testing::same_set(expected, written));
}

}  // namespace
}  // namespace coi
