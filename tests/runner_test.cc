#include "pipeline/runner.h"

#include <gtest/gtest.h>

namespace coi {
namespace {

TEST(Runner, UnknownStageSuggestsTheNearest) {
  Status s = check_stage_name("segmnt");
  EXPECT_EQ(s.code(), StatusCode::kUsage);
  EXPECT_EQ(s.to_string(), "unknown stage 'segmnt'; did you mean 'segment'?");
}

TEST(Runner, UnknownStageFarFromAllHasNoSuggestion) {
  EXPECT_EQ(check_stage_name("zzzzzzzzzzzz").to_string(), "unknown stage 'zzzzzzzzzzzz'");
}

TEST(Runner, EveryStageNeedsOnlyEarlierStages) {
  std::vector<std::string> seen;
  for (const StageInfo& stage : stage_table()) {
    for (const std::string& need : stage.needs) {
      EXPECT_NE(std::find(seen.begin(), seen.end(), need), seen.end())
          << stage.name << " needs " << need << " which does not run before it";
    }
    seen.push_back(stage.name);
  }
}

}  // namespace
}  // namespace coi

