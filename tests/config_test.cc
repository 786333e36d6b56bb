#include "cli/config.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/output_file.h"
#include "pipeline/pattern.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

TEST(Config, DefaultsLoad) {
  Result<Config> config = default_config();
  ASSERT_TRUE(config.is_ok()) << config.status().to_string();
  EXPECT_EQ(config.value().extract.max_pages, 5000);
  EXPECT_EQ(config.value().emit.formats, (std::vector<std::string>{"xml", "json"}));
}

// The shipped file documents every setting, each at its default: none left out, none different.
// Built-in default patterns are compiled at their first match (pipeline/pattern.h), on the
// promise that each compiles: held here, so that a bad default fails a test and not a user's run.
TEST(Config, EveryBuiltInPatternCompiles) {
  ASSERT_TRUE(default_config().is_ok());
  const Status all = Pattern::compile_all();
  EXPECT_TRUE(all.is_ok()) << all.to_string();
}

TEST(Config, ShippedFileStatesEverySettingAtItsDefault) {
  Result<ConfigAudit> audit = audit_config(testing::source_path("config/coi.toml"));
  ASSERT_TRUE(audit.is_ok()) << audit.status().to_string();
  EXPECT_EQ(audit.value().missing, std::vector<std::string>{});
  EXPECT_EQ(audit.value().differing, std::vector<std::string>{});
}

TEST(Config, AuditNamesSettingsLeftOutAndChanged) {
  const std::string path = ::testing::TempDir() + "/audit.toml";
  ASSERT_TRUE(write_file_atomically(path, "[extract]\nmax_pages = 7\n").is_ok());
  Result<ConfigAudit> audit = audit_config(path);
  ASSERT_TRUE(audit.is_ok()) << audit.status().to_string();
  EXPECT_EQ(audit.value().differing, std::vector<std::string>{"extract.max_pages"});
  EXPECT_NE(std::find(audit.value().missing.begin(), audit.value().missing.end(),
                      "layout.footnote_rule_min_y"),
            audit.value().missing.end());
}

TEST(Config, OverridesOneValue) {
  Result<Config> config = parse_config("[extract]\nmax_pages = 7\n", "test.toml");
  ASSERT_TRUE(config.is_ok()) << config.status().to_string();
  EXPECT_EQ(config.value().extract.max_pages, 7);
}

TEST(Config, UnknownKeyIsAnError) {
  Result<Config> config = parse_config("[extract]\nmax_page = 7\n", "test.toml");
  ASSERT_FALSE(config.is_ok());
  EXPECT_EQ(config.status().code(), StatusCode::kConfig);
  EXPECT_EQ(config.status().to_string(), "test.toml: unknown setting extract.max_page");
}

TEST(Config, UnknownSectionIsAnError) {
  Result<Config> config = parse_config("[extrct]\n", "test.toml");
  ASSERT_FALSE(config.is_ok());
  EXPECT_EQ(config.status().to_string(), "test.toml: unknown setting extrct");
}

TEST(Config, WrongTypeIsAnError) {
  Result<Config> config = parse_config("[extract]\nmax_pages = \"many\"\n", "test.toml");
  ASSERT_FALSE(config.is_ok());
  EXPECT_EQ(config.status().to_string(), "test.toml: extract.max_pages must be an integer");
}

TEST(Config, SyntaxErrorNamesTheLine) {
  Result<Config> config = parse_config("[extract]\nmax_pages = = 3\n", "test.toml");
  ASSERT_FALSE(config.is_ok());
  EXPECT_EQ(config.status().code(), StatusCode::kConfig);
  EXPECT_NE(config.status().to_string().find("test.toml: line 2:"), std::string::npos)
      << config.status().to_string();
}

TEST(Config, MissingFileIsNotFound) {
  Result<Config> config = load_config("/nonexistent/coi.toml");
  ASSERT_FALSE(config.is_ok());
  EXPECT_EQ(config.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(config.status().to_string(), "/nonexistent/coi.toml: cannot open configuration file");
}

}  // namespace
}  // namespace coi
