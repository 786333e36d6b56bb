// What makes a drawn rule a horizontal or vertical line: one definition for every stage that
// reads the page's rules (the layout stage's footnote separator, the tables stage's grid). The
// settings are section [rules] of config/coi.toml, in points: Word and LibreOffice draw borders
// and separators in points whatever the size of the text.
#pragma once

#include "pipeline/config_section.h"
#include "pipeline/model.h"

namespace coi {

/// The shape of a rule that is a line rather than shading or a speck; every field is documented
/// with its default in config/coi.toml.
struct RuleShape {
  /// Rules thicker than this (points) are cell shading, not lines. Default 2.0.
  double max_thickness = 2.0;
  /// Rules shorter than this (points) are glyph fragments or dots, not lines. Default 4.0.
  double min_length = 4.0;

  /// Reads the [rules] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("max_thickness", max_thickness);
    s.read("min_length", min_length);
  }
};

/// True when `rule` is a horizontal line: at most max_thickness high, at least min_length wide,
/// and no higher than wide (a square speck is horizontal, never both).
bool is_horizontal_rule(const Rule& rule, const RuleShape& shape);
/// True when `rule` is a vertical line: at most max_thickness wide, at least min_length high,
/// and higher than wide.
bool is_vertical_rule(const Rule& rule, const RuleShape& shape);

}  // namespace coi
