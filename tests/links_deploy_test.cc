// deploy/: the systemd service's command run once against the scripted server, as systemd would
// run it (its Environment= lines, then ExecStart with ${VAR} expanded), with the directories
// and the coi binary pointed at the test's own; and the cron line running the same command.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "links/state.h"
#include "pipeline/model_json.h"
#include "pipeline/output_file.h"
#include "tests/links_server/links_server.h"
#include "tests/support/command.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInstalledScript = "/usr/local/lib/coi/coi-links-nightly";

struct Unit {
  std::map<std::string, std::string> environment;  ///< Environment= lines
  std::string exec_start;
};

Unit read_service() {
  Unit unit;
  std::ifstream in(testing::source_path("deploy/coi-links-nightly.service"));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("Environment=", 0) == 0) {
      const std::string assignment = line.substr(std::string("Environment=").size());
      const size_t equals = assignment.find('=');
      unit.environment[assignment.substr(0, equals)] = assignment.substr(equals + 1);
    } else if (line.rfind("ExecStart=", 0) == 0) {
      unit.exec_start = line.substr(std::string("ExecStart=").size());
    }
  }
  return unit;
}

// A coi JSON note whose paragraph 1.1 cites `urls` inline.
void write_note(const fs::path& file, const std::vector<std::string>& urls) {
  Doc doc;
  doc.source_name = file.filename().string();
  Block b;
  b.id = "p-1.1";
  b.number = "1.1";
  for (const std::string& url : urls) {
    b.inlines.push_back(Inline{InlineKind::kLink, "x", url, "", 0});
  }
  doc.blocks.push_back(b);
  ASSERT_TRUE(write_file_atomically(file.string(), write_model_json(doc, Diagnostics{}, true)).is_ok());
}

TEST(LinksDeploy, ServiceCommandWritesTheDatedReportsAndKeepsTheState) {
  const Unit unit = read_service();
  ASSERT_EQ(unit.exec_start, std::string(kInstalledScript) + " ${COI_NOTES_DIR} ${COI_LINKS_DIR}");
  testing::LinksServer server(2);
  ASSERT_TRUE(server.ok());
  const fs::path dir = fs::temp_directory_path() / ("coi_links_deploy_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "notes");
  write_note(dir / "notes" / "ruritania.json",
             {server.origin(1) + "/missing", server.origin(1) + "/ok"});
  write_note(dir / "notes" / "utopia.json", {server.origin(1) + "/ok"});
  ASSERT_TRUE(write_file_atomically((dir / "links.toml").string(),
                                    "[links]\nmax_retries = 0\nhost_delay_s = 0.0\n")
                  .is_ok());

  std::map<std::string, std::string> environment = unit.environment;
  environment["COI"] = testing::coi_binary();
  environment["COI_NOTES_DIR"] = (dir / "notes").string();
  environment["COI_LINKS_DIR"] = (dir / "links").string();
  environment["COI_CONFIG"] = (dir / "links.toml").string();
  environment["COI_LINKS_DATE"] = "2026-11-27";
  std::string command = "env";
  for (const auto& [key, value] : environment) command += " " + key + "='" + value + "'";
  command += " sh -c '" + testing::source_path("deploy/coi-links-nightly") +
             unit.exec_start.substr(std::string(kInstalledScript).size()) + "' 2>&1; echo exit=$?";
  const std::string output = testing::run_command(command);

  EXPECT_NE(output.find("exit=0"), std::string::npos) << output;  // a broken link is no failure
  EXPECT_NE(output.find("coi-links-nightly: coi links: 2 URLs (1 ok, 1 broken)"),
            std::string::npos)
      << output;
  const fs::path day = dir / "links" / "2026-11-27";
  for (const char* report : {"links.html", "links.json", "links.junit.xml", "links.txt"}) {
    EXPECT_TRUE(fs::is_regular_file(day / report)) << report;
  }
  EXPECT_EQ(fs::read_symlink(dir / "links" / "latest"), "2026-11-27");
  Result<LinksState> state = load_links_state((dir / "links" / "state.json").string());
  ASSERT_TRUE(state.is_ok()) << state.status().to_string();
  EXPECT_EQ(state.value().urls.at(server.origin(1) + "/missing").dead_runs, 1);
  EXPECT_NE(read_file((day / "links.html").string()).value().find(
                "<tr data-class=\"broken\" data-note=\"ruritania.json\">"),
            std::string::npos);
  fs::remove_all(dir);
}

// cron runs what systemd runs: the same script, with the service's default directories.
TEST(LinksDeploy, CronLineRunsTheServiceCommand) {
  const Unit unit = read_service();
  std::ifstream in(testing::source_path("deploy/coi-links-nightly.cron"));
  std::string cron_line;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#' && line.find(kInstalledScript) != std::string::npos) {
      cron_line = line;
    }
  }
  const std::string expected = std::string(kInstalledScript) + " " +
                               unit.environment.at("COI_NOTES_DIR") + " " +
                               unit.environment.at("COI_LINKS_DIR");
  EXPECT_NE(cron_line.find(" coi " + expected + " "), std::string::npos) << cron_line;
}

}  // namespace
}  // namespace coi
