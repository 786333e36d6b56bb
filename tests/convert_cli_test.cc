// `coi convert` as a user runs it: outputs, summary, and what an interrupted run leaves behind.
#include <gtest/gtest.h>

#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "pipeline/output_file.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

// Starts `coi convert -q PDF -o DIR` and returns its pid.
pid_t start_convert(const std::string& pdf, const fs::path& dir) {
  const std::string binary = testing::coi_binary();
  const std::string out = dir.string();
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execl(binary.c_str(), binary.c_str(), "convert", "-q", pdf.c_str(), "-o", out.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

int wait_exit_code(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

class ConvertCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("coi-convert-cli-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ConvertCli, WritesXmlAndJsonNamedAfterTheNote) {
  const pid_t pid = start_convert(testing::source_path(testing::kFrancePdf), dir_);
  ASSERT_EQ(wait_exit_code(pid), 0);
  EXPECT_EQ(names_in(dir_), (std::vector<std::string>{"note.json", "note.xml"}));
}

// A conversion killed at any moment leaves the previous good outputs intact and no other file.
TEST_F(ConvertCli, KilledConversionLeavesThePreviousOutputIntact) {
  const std::string pdf = testing::source_path(testing::kFrancePdf);
  ASSERT_EQ(wait_exit_code(start_convert(pdf, dir_)), 0);
  const std::string json = read_file((dir_ / "note.json").string()).value();
  const std::string xml = read_file((dir_ / "note.xml").string()).value();
  for (int delay_ms : {5, 40, 80, 120, 160, 200, 240, 280, 320, 400}) {
    const pid_t pid = start_convert(pdf, dir_);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    wait_exit_code(pid);
    EXPECT_EQ(names_in(dir_), (std::vector<std::string>{"note.json", "note.xml"}))
        << "after a kill at " << delay_ms << " ms";
    // The conversion is deterministic: a finished run rewrites the same bytes.
    EXPECT_TRUE(testing::same_text(json, read_file((dir_ / "note.json").string()).value()))
        << delay_ms << " ms";
    EXPECT_TRUE(testing::same_text(xml, read_file((dir_ / "note.xml").string()).value()))
        << delay_ms << " ms";
  }
}

TEST_F(ConvertCli, NoteOverItsTimeBudgetStopsWithALimitError) {
  fs::create_directories(dir_);
  const std::string config = (dir_ / "tight.toml").string();
  // A budget far below what any extraction takes, on a one-page PDF, so the runner's check after
  // extract speaks, and never the watchdog (which waits twice the budget and a second), however
  // loaded the machine.
  ASSERT_TRUE(write_file_atomically(config, "[limits]\nmax_seconds_per_note = 1e-06\n").is_ok());
  const std::string pdf = testing::source_path("fixtures/extract/text.pdf");
  const std::string command = testing::coi_binary() + " convert -q --config " + config + " -o " +
                              dir_.string() + " " + pdf + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  char line[512] = {0};
  std::string output;
  while (std::fgets(line, sizeof(line), pipe)) output += line;
  const int status = ::pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 5);
  EXPECT_EQ(output, "coi: error: " + pdf +
                        ": time limit of 1e-06 s exceeded after stage extract "
                        "(limits.max_seconds_per_note)\n");
  EXPECT_EQ(names_in(dir_), std::vector<std::string>{"tight.toml"});
}

// Runs coi with `args` on a pseudo-terminal (so it shows progress) and returns what it printed.
std::string run_on_terminal(const std::vector<std::string>& args) {
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    std::vector<char*> argv;
    const std::string binary = testing::coi_binary();
    argv.push_back(const_cast<char*>(binary.c_str()));
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  std::string screen;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(master, buffer, sizeof buffer)) > 0) screen.append(buffer, n);  // EIO at exit
  ::close(master);
  wait_exit_code(pid);
  return screen;
}

TEST_F(ConvertCli, LogLinesClearTheProgressLineOnATerminal) {
  const std::string screen = run_on_terminal(
      {"convert", "-j", "2", testing::source_path(testing::kFrancePdf),
       testing::source_path("fixtures/france-cin-v2.0/note-letter.pdf"), "-o", dir_.string()});
  EXPECT_NE(screen.find("[2/2] converted"), std::string::npos) << screen;
  // Every log line starts on a clean line: at the start of the output, after a newline, or after
  // the progress line was erased ("\r\033[K").
  for (size_t at = screen.find("coi: "); at != std::string::npos; at = screen.find("coi: ", at + 1)) {
    const bool clean = at == 0 || screen[at - 1] == '\n' ||
                       (at >= 4 && screen.compare(at - 4, 4, "\r\033[K") == 0);
    EXPECT_TRUE(clean) << "log line run into other output: ..."
                       << screen.substr(at >= 20 ? at - 20 : 0, 40);
  }
  EXPECT_EQ(screen.find("convertedcoi:"), std::string::npos);
}

}  // namespace
}  // namespace coi
