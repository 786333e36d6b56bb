// The [links] section: what it reads; bad values are refused at load.
#include "links/links_config.h"

#include <gtest/gtest.h>

#include "cli/config.h"

namespace coi {
namespace {

TEST(LinksConfig, ReadsExclusionsAndAcceptedStatuses) {
  Result<Config> config = parse_config(
      "[links]\nexclude = ['^https?://www\\.linkedin\\.com/']\naccept_status = [999]\n", "t.toml");
  ASSERT_TRUE(config.is_ok()) << config.status().to_string();
  EXPECT_TRUE(config.value().links.exclude[0].partial_match("https://www.linkedin.com/in/x"));
  EXPECT_EQ(config.value().links.accept_status, std::vector<int>{999});
}

TEST(LinksConfig, BadPatternAndWrongTypesAreErrors) {
  EXPECT_EQ(parse_config("[links]\nexclude = ['(']\n", "t.toml").status().code(),
            StatusCode::kConfig);
  EXPECT_EQ(parse_config("[links]\naccept_status = ['999']\n", "t.toml").status().to_string(),
            "t.toml: links.accept_status must be an array of integers");
}

TEST(LinksConfig, OutOfRangeValuesAreRefusedNotBent) {
  EXPECT_EQ(parse_config("[links]\nmax_per_host = 0\n", "t.toml").status().to_string(),
            "t.toml: links.max_per_host must be at least 1");
  EXPECT_EQ(parse_config("[links]\nbackoff_jitter = 1.5\n", "t.toml").status().to_string(),
            "t.toml: links.backoff_jitter must be between 0 and 1");
  EXPECT_EQ(parse_config("[links]\ntimeout_s = 0.0\n", "t.toml").status().to_string(),
            "t.toml: links.timeout_s must be greater than 0");
  EXPECT_EQ(parse_config("[links]\nbackoff_max_s = 0.5\n", "t.toml").status().to_string(),
            "t.toml: links.backoff_max_s must be at least backoff_initial_s");
}

}  // namespace
}  // namespace coi
