// The [links] section: shipped file equals the defaults; bad values are refused at load.
#include "links/links_config.h"

#include <gtest/gtest.h>

#include "pipeline/config.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

TEST(LinksConfig, ShippedFileMatchesDefaults) {
  Result<Config> shipped = load_config(testing::source_path("config/coi.toml"));
  ASSERT_TRUE(shipped.is_ok()) << shipped.status().to_string();
  const LinksConfig& s = shipped.value().links;
  const LinksConfig d = default_config().value().links;
  EXPECT_EQ(s.max_concurrent, d.max_concurrent);
  EXPECT_EQ(s.max_per_host, d.max_per_host);
  EXPECT_EQ(s.host_delay_s, d.host_delay_s);
  EXPECT_EQ(s.timeout_s, d.timeout_s);
  EXPECT_EQ(s.connect_timeout_s, d.connect_timeout_s);
  EXPECT_EQ(s.max_retries, d.max_retries);
  EXPECT_EQ(s.retry_after_cap_s, d.retry_after_cap_s);
  EXPECT_EQ(s.body_limit_bytes, d.body_limit_bytes);
  EXPECT_EQ(s.fresh_hours, d.fresh_hours);
  EXPECT_EQ(s.user_agent, d.user_agent);
  ASSERT_EQ(s.not_found_titles.size(), d.not_found_titles.size());
  for (size_t i = 0; i < s.not_found_titles.size(); ++i) {
    EXPECT_EQ(s.not_found_titles[i].source(), d.not_found_titles[i].source());
  }
}

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

}  // namespace
}  // namespace coi
