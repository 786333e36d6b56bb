// `coi links` end to end: the built binary against the loopback server.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "links/state.h"
#include "pipeline/model_json.h"
#include "pipeline/output_file.h"
#include "tests/links_server/links_server.h"
#include "tests/support/no_proxies.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

class LinksCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("coi_links_cli_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    ASSERT_TRUE(write_file_atomically(path("links.toml"),
                                      "[links]\ntimeout_s = 1.0\nconnect_timeout_s = 1.0\n"
                                      "max_retries = 0\nhost_delay_s = 0.0\n")
                    .is_ok());
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  // A coi JSON note with one paragraph citing each URL inline and footnote 1 citing the first.
  std::string write_note(const std::string& name, const std::vector<std::string>& urls) {
    Doc doc;
    doc.source_name = name;
    for (size_t i = 0; i < urls.size(); ++i) {
      Block b;
      b.id = "p-1." + std::to_string(i + 1);
      b.number = "1." + std::to_string(i + 1);
      b.inlines = {Inline{InlineKind::kLink, "link", urls[i], "", 0},
                   Inline{InlineKind::kFootnoteRef, "", "", "", 1}};
      doc.blocks.push_back(b);
    }
    Footnote f;
    f.number = 1;
    f.inlines = {Inline{InlineKind::kLink, "src", urls[0], "", 0}};
    doc.footnotes.push_back(f);
    const std::string file = path(name);
    EXPECT_TRUE(write_file_atomically(file, write_model_json(doc, Diagnostics{}, true)).is_ok());
    return file;
  }

  int run(const std::string& args) {
    const std::string command = testing::coi_binary() + " links " + args + " >" + path("out.txt") +
                                " 2>" + path("err.txt");
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string file(const std::string& name) { return read_file(path(name)).value(); }

  struct Measured {
    int exit_code = -1;
    long max_rss_kb = 0;  ///< peak resident memory of the coi process
    double seconds = 0;
  };
  // Runs `coi links ARGS...` (stdout and stderr to out.txt and err.txt) and measures it.
  Measured run_measured(std::vector<std::string> args) {
    args.insert(args.begin(), {testing::coi_binary(), "links"});
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, path("out.txt").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, path("err.txt").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    Measured m;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return m;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.max_rss_kb = usage.ru_maxrss;
    return m;
  }

  testing::NoProxies no_proxies_;  // the `coi links` started here inherits it
  fs::path dir_;
};

TEST_F(LinksCli, BrokenLinkExitsOneAndWritesReportsAndState) {
  testing::LinksServer server(2);
  ASSERT_TRUE(server.ok());
  const std::string note = write_note("note.json", {server.origin(1) + "/missing",
                                                    server.origin(1) + "/ok"});
  EXPECT_EQ(run(note + " --config " + path("links.toml") + " --state " + path("state.json") +
                " --json " + path("report.json") + " --junit " + path("junit.xml") + " --html " +
                path("report.html")),
            1);
  const std::string out = file("out.txt");
  EXPECT_NE(out.find("broken: " + server.origin(1) + "/missing [newly broken]\n    404\n"
                     "    note.json: footnotes 1; paragraphs 1.1, 1.2\n"),
            std::string::npos)
      << out;
  EXPECT_TRUE(load_links_state(path("state.json")).is_ok());
  EXPECT_NE(file("report.json").find("\"class\": \"broken\""), std::string::npos);
  EXPECT_NE(file("junit.xml").find("failures=\"1\""), std::string::npos);
  EXPECT_NE(file("report.html").find("<dd data-key=\"broken\">1</dd>"), std::string::npos);
  EXPECT_EQ(file("err.txt"), "");  // no progress display: stderr is not a terminal

  // Second night: the ok URL is fresh and not re-checked; the broken one is still broken.
  EXPECT_EQ(run(note + " --config " + path("links.toml") + " --state " + path("state.json")), 1);
  EXPECT_NE(file("out.txt").find("1 not re-checked (fresh); 1 requests"), std::string::npos)
      << file("out.txt");
  EXPECT_NE(file("out.txt").find("[still broken, 2 runs in a row]"), std::string::npos);
}

TEST_F(LinksCli, AllOkExitsZero) {
  testing::LinksServer server(2);
  ASSERT_TRUE(server.ok());
  const std::string note = write_note("fine.json", {server.origin(1) + "/pdf"});
  EXPECT_EQ(run(note + " --config " + path("links.toml")), 0) << file("err.txt");
}

TEST_F(LinksCli, BadInputsExitTwoWithOneLineNamingTheFile) {
  EXPECT_EQ(run(path("absent.json")), 2);
  EXPECT_NE(file("err.txt").find(path("absent.json") + ": "), std::string::npos) << file("err.txt");
  ASSERT_TRUE(write_file_atomically(path("bad_state.json"), "[]").is_ok());
  const std::string note = write_note("n.json", {"mailto:x@y.org"});
  EXPECT_EQ(run(note + " --state " + path("bad_state.json")), 2);
  EXPECT_NE(file("err.txt").find(path("bad_state.json") +
                                 ": not a links state file (no coi_links_state field)"),
            std::string::npos)
      << file("err.txt");
}

// A run killed midway leaves the previous state file whole and loadable.
TEST_F(LinksCli, KilledRunLeavesThePreviousStateIntact) {
  testing::LinksServer server(2);
  ASSERT_TRUE(server.ok());
  LinksState previous;
  previous.urls["http://example.test/kept"] = UrlState{LinkClass::kBroken, 404, 1, 4, ""};
  const std::string before = write_links_state(previous);
  ASSERT_TRUE(write_file_atomically(path("state.json"), before).is_ok());
  const std::string note = write_note("slow.json", {server.origin(1) + "/slow"});
  ASSERT_TRUE(write_file_atomically(path("slow.toml"), "[links]\ntimeout_s = 30.0\n").is_ok());
  std::vector<std::string> args = {testing::coi_binary(), "links", note, "--state",
                                   path("state.json"), "--config", path("slow.toml")};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ), 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(file("state.json"), before);
  Result<LinksState> loaded = load_links_state(path("state.json"));
  ASSERT_TRUE(loaded.is_ok());
  EXPECT_EQ(loaded.value().urls.at("http://example.test/kept").dead_runs, 4);
}

// A run whose every host hangs ends at its deadline: every URL "not checked", never broken, and
// the state file as it was.
TEST_F(LinksCli, HangingHostsEndAtTheDeadlineWithEveryUrlNotChecked) {
  testing::LinksServer server(3);
  ASSERT_TRUE(server.ok());
  LinksState previous;
  previous.urls["http://example.test/kept"] = UrlState{LinkClass::kBroken, 404, 1, 4, ""};
  previous.urls[server.origin(1) + "/hang"] = UrlState{LinkClass::kBroken, 404, 1, 2, ""};
  const std::string before = write_links_state(previous);
  ASSERT_TRUE(write_file_atomically(path("state.json"), before).is_ok());
  const std::string note = write_note("hang.json", {server.origin(0) + "/hang",
                                                    server.origin(1) + "/hang",
                                                    server.origin(2) + "/hang"});
  ASSERT_TRUE(write_file_atomically(path("hang.toml"),
                                    "[links]\ntimeout_s = 30.0\nrun_deadline_s = 2.0\n")
                  .is_ok());
  const Measured m = run_measured({note, "--config", path("hang.toml"), "--state",
                                   path("state.json"), "--json", path("report.json")});
  EXPECT_EQ(m.exit_code, 0) << file("err.txt");
  EXPECT_LT(m.seconds, 2.0 + 1.5);  // the deadline, plus loading and writing
  EXPECT_NE(file("out.txt").find("coi links: 3 URLs (3 not-checked)"), std::string::npos)
      << file("out.txt");
  EXPECT_NE(file("report.json").find("\"not-checked\": 3"), std::string::npos);
  EXPECT_EQ(file("state.json"), before);
}

// Bodies are read up to body_limit_bytes, inflated ones included: a 64 MiB page and a gzip body
// inflating to 64 MiB cost the checker no more memory than a small page.
TEST_F(LinksCli, MemoryStaysBoundedOnHugeAndGzipBombBodies) {
  testing::LinksServer server(2);
  ASSERT_TRUE(server.ok());
  const std::string small = write_note("small.json", {server.origin(1) + "/ok"});
  const std::string big = write_note("big.json", {server.origin(1) + "/huge",
                                                  server.origin(1) + "/gzipbomb",
                                                  server.origin(1) + "/ok"});
  const Measured baseline = run_measured({small, "--config", path("links.toml")});
  ASSERT_EQ(baseline.exit_code, 0) << file("err.txt");
  const Measured bodies = run_measured({big, "--config", path("links.toml")});
  ASSERT_EQ(bodies.exit_code, 0) << file("out.txt") << file("err.txt");
  EXPECT_LT(bodies.max_rss_kb - baseline.max_rss_kb, 8 * 1024)
      << "peak RSS " << bodies.max_rss_kb << " KiB against " << baseline.max_rss_kb << " KiB";
}

}  // namespace
}  // namespace coi
