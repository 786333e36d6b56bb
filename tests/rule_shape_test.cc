// What a horizontal and a vertical rule are (stages/rules/rule_shape.h), and the [rules] section
// that gives both the layout and the tables stage their one definition.
#include "stages/rules/rule_shape.h"

#include <gtest/gtest.h>

#include "cli/config.h"

namespace coi {
namespace {

Rule rule(double x0, double y0, double x1, double y1, bool filled = false) {
  return Rule{Box{x0, y0, x1, y1}, filled};
}

TEST(RuleShape, ThinLongRuleAcrossIsHorizontal) {
  const RuleShape shape;
  EXPECT_TRUE(is_horizontal_rule(rule(72, 700, 216, 700.5), shape));
  EXPECT_FALSE(is_vertical_rule(rule(72, 700, 216, 700.5), shape));
  EXPECT_TRUE(is_horizontal_rule(rule(72, 700, 216, 700), shape));  // a stroke without width
}

TEST(RuleShape, ThinLongRuleDownIsVertical) {
  const RuleShape shape;
  EXPECT_TRUE(is_vertical_rule(rule(72, 100, 72.5, 300), shape));
  EXPECT_FALSE(is_horizontal_rule(rule(72, 100, 72.5, 300), shape));
}

TEST(RuleShape, ThicknessAtTheLimitIsARuleAndBeyondIsShading) {
  RuleShape shape;
  shape.max_thickness = 2.0;
  EXPECT_TRUE(is_horizontal_rule(rule(72, 700, 216, 702, true), shape));
  EXPECT_FALSE(is_horizontal_rule(rule(72, 700, 216, 702.5, true), shape));
  EXPECT_TRUE(is_vertical_rule(rule(72, 100, 74, 300, true), shape));
  EXPECT_FALSE(is_vertical_rule(rule(72, 100, 74.5, 300, true), shape));
}

TEST(RuleShape, LengthBelowTheMinimumIsASpeck) {
  RuleShape shape;
  shape.min_length = 4.0;
  EXPECT_TRUE(is_horizontal_rule(rule(72, 700, 76, 700.5), shape));
  EXPECT_FALSE(is_horizontal_rule(rule(72, 700, 75.5, 700.5), shape));
  EXPECT_TRUE(is_vertical_rule(rule(72, 100, 72.5, 104), shape));
  EXPECT_FALSE(is_vertical_rule(rule(72, 100, 72.5, 103.5), shape));
}

// With a minimum length below the thickness limit, a square is a line one way only.
TEST(RuleShape, SquareIsHorizontalNeverBoth) {
  RuleShape shape;
  shape.max_thickness = 3.0;
  shape.min_length = 2.0;
  EXPECT_TRUE(is_horizontal_rule(rule(72, 700, 74.5, 702.5), shape));
  EXPECT_FALSE(is_vertical_rule(rule(72, 700, 74.5, 702.5), shape));
}

TEST(RuleShape, RulesSectionSetsTheLayoutAndTablesStagesAlike) {
  Result<Config> config =
      parse_config("[rules]\nmax_thickness = 1.5\nmin_length = 6.0\n", "test.toml");
  ASSERT_TRUE(config.is_ok()) << config.status().to_string();
  EXPECT_EQ(config.value().layout.rules.max_thickness, 1.5);
  EXPECT_EQ(config.value().layout.rules.min_length, 6.0);
  EXPECT_EQ(config.value().tables.rules.max_thickness, 1.5);
  EXPECT_EQ(config.value().tables.rules.min_length, 6.0);
}

}  // namespace
}  // namespace coi
