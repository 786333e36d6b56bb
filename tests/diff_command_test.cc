// `coi diff` as a command: inputs, exit codes (0 same, 1 different, 2 error), error lines.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/command.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using testing::coi_binary;
using testing::CommandRun;
using testing::source_path;

// `coi diff ARGS`: its exit code and what it printed on stdout and stderr.
CommandRun run(const std::string& args) {
  return testing::run_command_status(coi_binary() + " diff " + args);
}

const std::string kOld = source_path("fixtures/france-cin-v2.0/note.json");
const std::string kNew = source_path("fixtures/france-cin-v2.1/note.json");

TEST(DiffCommandTest, SameNoteExitsZero) {
  const CommandRun r = run(kOld + " " + kOld);
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.output.find("same in substance"), std::string::npos);
}

TEST(DiffCommandTest, DifferentNotesExitOneWithWordDiff) {
  const CommandRun r = run(kOld + " " + kNew + " --model-json");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.output.find("The CNDA has [-26-]{+28+} permanent magistrates"), std::string::npos);
  EXPECT_NE(r.output.find("@@ renumbered 6.2.3 -> 6.2.4"), std::string::npos);
}

TEST(DiffCommandTest, JsonAndXmlFormats) {
  const CommandRun json = run(kOld + " " + kNew + " --format json");
  EXPECT_EQ(json.code, 1);
  EXPECT_NE(json.output.find("\"coi_diff\": 1"), std::string::npos);
  const CommandRun xml = run(kOld + " " + kNew + " --format xml");
  EXPECT_EQ(xml.code, 1);
  EXPECT_NE(xml.output.find("<coi-diff format=\"1\" same=\"false\">"), std::string::npos);
}

TEST(DiffCommandTest, MissingFileIsOneLineNamingIt) {
  const CommandRun r = run(kOld + " /nonexistent/v2.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.output, "coi: error: /nonexistent/v2.json: no such file\n");
}

TEST(DiffCommandTest, NotJsonIsOneLineNamingIt) {
  const std::string bad = source_path("config/coi.toml");
  const CommandRun r = run(kOld + " " + bad);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.output, "coi: error: " + bad + ": not valid JSON\n");
}

TEST(DiffCommandTest, UnwritableOutputIsAnError) {
  const CommandRun r = run(kOld + " " + kNew + " -o /nonexistent/dir/out.txt");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.output.rfind("coi: error: /nonexistent/dir/out.txt", 0), 0u) << r.output;
}

}  // namespace
}  // namespace coi
