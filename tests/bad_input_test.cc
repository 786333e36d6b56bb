// Every input of fixtures/bad/ through the real `coi convert`: a one-line error naming the file
// and the problem with its documented exit code, or a conversion with warnings; never a crash,
// a hang or a partial output file.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "tests/support/paths.h"

namespace coi {
namespace {

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

RunResult run(const std::string& args) {
  // `timeout` turns a hang into a failure instead of a stuck suite.
  const std::string command = "timeout 120 " + testing::coi_binary() + " " + args + " 2>&1";
  RunResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  while (size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) result.output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    out_ = std::filesystem::temp_directory_path() /
           ("coi-bad-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(out_);
  }
  void TearDown() override { std::filesystem::remove_all(out_); }

  // Converts fixtures/bad/NAME and checks the exit code, the exact error line, and that no
  // output file (partial or not) was left behind.
  void expect_refused(const std::string& name, int exit_code, const std::string& problem,
                      const std::string& extra_args = "") {
    const std::string path = testing::source_path("fixtures/bad/" + name);
    RunResult r = run("convert -q " + extra_args + " -o " + out_.string() + " " + path);
    EXPECT_EQ(r.exit_code, exit_code) << r.output;
    EXPECT_EQ(r.output, "coi: error: " + path + ": " + problem + "\n");
    if (std::filesystem::exists(out_)) {
      EXPECT_TRUE(std::filesystem::is_empty(out_)) << "output left for " << name;
    }
  }

  std::filesystem::path out_;
};

TEST_F(BadInput, NotAPdf) { expect_refused("not-a-pdf.pdf", 3, "not a PDF file"); }

TEST_F(BadInput, EmptyFile) { expect_refused("empty.pdf", 3, "empty file"); }

TEST_F(BadInput, MissingFile) { expect_refused("no-such-file.pdf", 3, "no such file"); }

TEST_F(BadInput, EncryptedWithoutPassword) {
  expect_refused("encrypted.pdf", 3, "encrypted PDF: a password is needed (--password)");
}

TEST_F(BadInput, EncryptedWithWrongPassword) {
  expect_refused("encrypted.pdf", 3, "encrypted PDF: the password is wrong", "--password nope");
}

TEST_F(BadInput, ImageOnly) {
  expect_refused("image-only.pdf", 3, "no text layer (a scanned PDF?)");
}

TEST_F(BadInput, NotANote) {
  expect_refused("not-a-note.pdf", 3, "not a COI note: no numbered paragraphs found");
}

TEST_F(BadInput, ThousandsOfPages) {
  expect_refused("thousands-of-pages.pdf", 5, "6000 pages exceed the limit of 5000 (extract.max_pages)");
}

TEST_F(BadInput, TruncatedFileIsRefusedOrConvertedNeverCrashes) {
  const std::string path = testing::source_path("fixtures/bad/truncated.pdf");
  RunResult r = run("convert -q -o " + out_.string() + " " + path);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 3) << r.output;
}

TEST_F(BadInput, MalformedObjectsAreRefusedOrConvertedNeverCrash) {
  const std::string path = testing::source_path("fixtures/bad/malformed-objects.pdf");
  RunResult r = run("convert -q -o " + out_.string() + " " + path);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 3) << r.output;
}

TEST_F(BadInput, HugePageConvertsOrIsRefusedNeverCrashes) {
  const std::string path = testing::source_path("fixtures/bad/huge-page.pdf");
  RunResult r = run("convert -q -o " + out_.string() + " " + path);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 3) << r.output;
}

}  // namespace
}  // namespace coi
