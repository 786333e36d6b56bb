#include "pipeline/runner.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "cli/config.h"
#include "stages/stage_list.h"

namespace coi {
namespace {

const Config& config() {
  static const Config config = default_config().value();
  return config;
}

TEST(Runner, UnknownStageSuggestsTheNearest) {
  Status s = check_stage_name("segmnt", stage_list(config()));
  EXPECT_EQ(s.code(), StatusCode::kUsage);
  EXPECT_EQ(s.to_string(), "unknown stage 'segmnt'; did you mean 'segment'?");
}

TEST(Runner, UnknownStageFarFromAllHasNoSuggestion) {
  EXPECT_EQ(check_stage_name("zzzzzzzzzzzz", stage_list(config())).to_string(), "unknown stage 'zzzzzzzzzzzz'");
}

TEST(Runner, EveryStageNeedsOnlyEarlierStages) {
  std::vector<std::string> seen;
  for (const Stage& stage : stage_list(config())) {
    for (const std::string& need : stage.needs) {
      EXPECT_NE(std::find(seen.begin(), seen.end(), need), seen.end())
          << stage.name << " needs " << need << " which does not run before it";
    }
    seen.push_back(stage.name);
  }
}

// A stage that throws (a bug met on input nobody foresaw) ends the conversion with an internal
// error naming the stage, instead of ending the process.
TEST(Runner, AStageThatThrowsIsAnInternalErrorNamingIt) {
  StageList stages{
      Stage{"first", "keeps the model", {}, [](Doc doc, Diagnostics&) -> Result<Doc> { return doc; }},
      Stage{"reader", "throws", {"first"},
            [](Doc, Diagnostics&) -> Result<Doc> { throw std::out_of_range("stoi"); }},
  };
  Diagnostics diag;
  Result<Doc> out = run_pipeline(Doc{}, stages, RunOptions{}, diag);
  ASSERT_FALSE(out.is_ok());
  EXPECT_EQ(out.status().code(), StatusCode::kInternal);
  EXPECT_EQ(out.status().to_string(), "internal error in stage reader: stoi");
}

}  // namespace
}  // namespace coi

