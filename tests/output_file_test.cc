#include "pipeline/output_file.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

namespace coi {
namespace {

class OutputFile : public ::testing::Test {
 protected:
  void SetUp() override {
    // A folder of this process and test: ctest runs each test in a process of its own, in
    // parallel, and other checkouts' runs share /tmp; one fixed folder was removed under a
    // test by another's SetUp.
    dir_ = std::filesystem::temp_directory_path() /
           ("coi-output-file-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::filesystem::path dir_;
};

TEST_F(OutputFile, WritesThenReplacesLeavingNoTemporary) {
  ASSERT_TRUE(write_file_atomically(path("a.json"), "first").is_ok());
  ASSERT_TRUE(write_file_atomically(path("a.json"), "second, longer").is_ok());
  EXPECT_EQ(read_file(path("a.json")).value(), "second, longer");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 1);
}

TEST_F(OutputFile, MissingDirectoryIsAnIoErrorNamingThePath) {
  const std::string target = path("missing/a.json");
  Status s = write_file_atomically(target, "x");
  EXPECT_EQ(s.code(), StatusCode::kIo);
  EXPECT_EQ(s.to_string(), target + ": cannot create output: No such file or directory");
}

TEST_F(OutputFile, ReadingAMissingFileIsNotFound) {
  Result<std::string> r = read_file(path("none"));
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().to_string(), path("none") + ": no such file");
}

}  // namespace
}  // namespace coi
