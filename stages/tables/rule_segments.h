// The page's rules as axis-parallel segments, for the table finders that read rules: the ruled
// grid (ruled_grid.h) and the tables ruled with horizontal lines only (hrule_tables.h).
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// An axis-parallel segment: `at` is its y (horizontal) or x (vertical); lo..hi its extent.
struct Segment {
  double at = 0, lo = 0, hi = 0;
};

/// A page's line rules, split by direction.
struct Segments {
  std::vector<Segment> horizontal, vertical;
};

/// Whether the note's template draws no footnote separator: at most half of the pages with a
/// footnote area, those under a table's rule left out, open it on a rule (rule_segments.cc). Where
/// one does, layout took a table's bottom rule with the notes right under it for their separator.
bool notes_unruled(const Doc& doc, const TablesConfig& config);

/// The rules of `page` that can be borders, as segments: lines as [rules] defines them
/// (stages/rules/rule_shape.h), outside the footnote area (its separator is a rule too). In a
/// note whose notes are `unruled` (notes_unruled), a horizontal rule at the area's top is a
/// table's bottom rule that the notes follow directly when rules above it span its width (within
/// [hrules] extent_tolerance).
Segments border_segments(const Page& page, const TablesConfig& config, bool unruled = false);

/// Joins touching collinear segments (producers often draw one per cell side) into whole lines:
/// pieces on the same line (within `snap`) that meet or overlap become one.
std::vector<Segment> join_collinear(std::vector<Segment> segments, double snap);

/// The share of [lo, hi] on the line at `at` (within `snap`) that `segments` cover (they do not
/// overlap each other much); 1 when the interval is empty.
double cover(const std::vector<Segment>& segments, double at, double lo, double hi, double snap);

}  // namespace coi::tables
