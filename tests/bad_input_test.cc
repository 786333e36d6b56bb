// Every input of fixtures/bad/ through the real `coi convert`, each with the one outcome it has:
// a one-line error naming the file and the problem with its documented exit code and no output
// file at all, or a conversion with warnings that writes exactly the two renderings and nothing
// else. Never a crash, a hang or a partial file.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/output_file.h"
#include "tests/support/paths.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/shell.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

class BadInput : public ::testing::Test {
 protected:
  // `coi convert -q` of fixtures/bad/NAME into the scratch directory's out/; the output is
  // stdout and stderr together.
  testing::ShellRun convert(const std::string& name, const std::string& extra_args = "") {
    return testing::run_shell(testing::coi_binary() + " convert -q " + extra_args + " -o " +
                              out_.string() + " " + fixture(name) + " 2>&1");
  }

  static std::string fixture(const std::string& name) {
    return testing::source_path("fixtures/bad/" + name);
  }

  // The names of the files in out/ (none when coi did not create it), sorted.
  std::vector<std::string> files_left() const {
    std::vector<std::string> names;
    if (!fs::exists(out_)) return names;
    for (const fs::directory_entry& entry : fs::directory_iterator(out_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  // The exit code, the exact error line, and no output file (partial or not).
  void expect_refused(const std::string& name, int exit_code, const std::string& problem,
                      const std::string& extra_args = "") {
    const testing::ShellRun r = convert(name, extra_args);
    EXPECT_EQ(r.exit_code, exit_code) << r.output;
    EXPECT_EQ(r.output, "coi: error: " + fixture(name) + ": " + problem + "\n");
    EXPECT_EQ(files_left(), std::vector<std::string>{}) << "output left for " << name;
  }

  // Exit 0, nothing said under -q, and exactly NAME.json and NAME.xml written (no temporary
  // file left beside them). Returns the JSON.
  std::string expect_converted(const std::string& name) {
    const testing::ShellRun r = convert(name);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(r.output, "");
    const std::string stem = fs::path(name).stem().string();
    EXPECT_EQ(files_left(), (std::vector<std::string>{stem + ".json", stem + ".xml"}));
    const Result<std::string> json = read_file((out_ / (stem + ".json")).string());
    return json.is_ok() ? json.value() : "";
  }

  testing::ScratchDir scratch_;
  const fs::path out_ = scratch_.path() / "out";
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

// The first third of the note: no xref table at the end, and too little left to rebuild one.
TEST_F(BadInput, TruncatedFileIsRefusedAsDamaged) {
  expect_refused("truncated.pdf", 3, "damaged PDF: Couldn't read xref table");
}

// Every tenth object header overwritten: Poppler rebuilds the xref and the note converts without
// the lost objects, its complaints kept as warnings in the output.
TEST_F(BadInput, MalformedObjectsAreRepairedAndConvertWithWarnings) {
  const std::string json = expect_converted("malformed-objects.pdf");
  EXPECT_NE(
      json.find("\"message\": \"Poppler: xref num 16 not found but needed, try to reconstruct"),
      std::string::npos);
}

// A 200 x 200 inch page of plain lines goes through every stage and is no note.
TEST_F(BadInput, HugePageIsReadAndRefusedAsNotANote) {
  expect_refused("huge-page.pdf", 3, "not a COI note: no numbered paragraphs found");
}

}  // namespace
}  // namespace coi
