// The layering rule (README, "Layout of the tree") holds: scripts/check-layers passes on the
// tree, and fails, naming the file, when a lower layer includes a higher one.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/command.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

// scripts/check-layers over `root`: its exit code and what it printed.
testing::CommandRun check_layers(const fs::path& root) {
  return testing::run_command_status(testing::source_path("scripts/check-layers") + " " +
                                     root.string());
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

TEST(Layers, NoIncludeRunsFromALowerLayerToAHigherOne) {
  const testing::CommandRun check = check_layers(testing::source_path(""));
  EXPECT_EQ(check.code, 0) << check.output;
}

class LayersViolation : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("coi_layers_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    write(root_ / "pipeline/model.h", "#pragma once\n");
    write(root_ / "stages/segment/segment.cc", "#include \"pipeline/model.h\"\n");
    write(root_ / "diff/diff.h", "#include \"pipeline/model.h\"\n");
    write(root_ / "cli/main.cc", "#include \"stages/segment/segment.h\"\n#include \"diff/diff.h\"\n");
    write(root_ / "tests/any_test.cc", "#include \"cli/config.h\"\n");
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(LayersViolation, ALayeredTreePasses) { EXPECT_EQ(check_layers(root_).code, 0); }

TEST_F(LayersViolation, PipelineIncludingAStageFails) {
  write(root_ / "pipeline/runner.cc", "#include \"stages/segment/segment.h\"\n");
  const testing::CommandRun check = check_layers(root_);
  EXPECT_EQ(check.code, 1);
  EXPECT_NE(check.output.find("pipeline/runner.cc:1: pipeline/ may not include "
                           "stages/segment/segment.h"),
            std::string::npos)
      << check.output;
}

TEST_F(LayersViolation, PeersIncludingEachOtherFail) {
  write(root_ / "diff/units.cc", "#include \"links/url.h\"\n");
  EXPECT_EQ(check_layers(root_).code, 1);
}

TEST_F(LayersViolation, AStageIncludingTheCommandLineFails) {
  write(root_ / "stages/segment/lines.cc", "#include \"pipeline/model.h\"\n#include \"cli/config.h\"\n");
  const testing::CommandRun check = check_layers(root_);
  EXPECT_EQ(check.code, 1);
  EXPECT_NE(check.output.find("stages/segment/lines.cc:2:"), std::string::npos) << check.output;
}

}  // namespace
}  // namespace coi
