#include "stages/rules/rule_shape.h"

namespace coi {

bool is_horizontal_rule(const Rule& rule, const RuleShape& shape) {
  const double w = rule.box.width(), h = rule.box.height();
  return h <= shape.max_thickness && w >= shape.min_length && w >= h;
}

bool is_vertical_rule(const Rule& rule, const RuleShape& shape) {
  const double w = rule.box.width(), h = rule.box.height();
  return w <= shape.max_thickness && h >= shape.min_length && h > w;
}

}  // namespace coi
