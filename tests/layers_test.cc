// The layering rule (README, "Layout of the tree") holds: scripts/check-layers passes on the
// tree, and fails, naming the file, when a lower layer includes a higher one.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/paths.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

struct Check {
  int code = -1;
  std::string out;
};

Check check_layers(const fs::path& root) {
  const std::string command =
      testing::source_path("scripts/check-layers") + " " + root.string() + " 2>&1";
  Check check;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return check;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) check.out.append(buffer, n);
  const int status = pclose(pipe);
  check.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return check;
}

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

TEST(Layers, NoIncludeRunsFromALowerLayerToAHigherOne) {
  const Check check = check_layers(testing::source_path(""));
  EXPECT_EQ(check.code, 0) << check.out;
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
  const Check check = check_layers(root_);
  EXPECT_EQ(check.code, 1);
  EXPECT_NE(check.out.find("pipeline/runner.cc:1: pipeline/ may not include "
                           "stages/segment/segment.h"),
            std::string::npos)
      << check.out;
}

TEST_F(LayersViolation, PeersIncludingEachOtherFail) {
  write(root_ / "diff/units.cc", "#include \"links/url.h\"\n");
  EXPECT_EQ(check_layers(root_).code, 1);
}

TEST_F(LayersViolation, AStageIncludingTheCommandLineFails) {
  write(root_ / "stages/segment/lines.cc", "#include \"pipeline/model.h\"\n#include \"cli/config.h\"\n");
  const Check check = check_layers(root_);
  EXPECT_EQ(check.code, 1);
  EXPECT_NE(check.out.find("stages/segment/lines.cc:2:"), std::string::npos) << check.out;
}

}  // namespace
}  // namespace coi
