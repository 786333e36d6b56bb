// Tables ruled with horizontal lines only (hrule_tables.h), steps 1 and 3: the page's rules,
// stacked by extent, and the regions between them that hold a table's text.
#pragma once

#include <cstddef>
#include <deque>
#include <utility>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/hrule_columns.h"
#include "stages/tables/hrule_lines.h"
#include "stages/tables/rule_segments.h"
#include "stages/tables/tables_config.h"

namespace coi::tables::hrule {

// Step 1: the page's horizontal rules outside grid tables, top to bottom.
// `notes_unruled`: the note's notes open under no separator (rule_segments.h).
std::vector<Segment> horizontal_rules(const Page& page, const std::vector<Fragment>& ruled,
                                      const TablesConfig& config, bool notes_unruled);

// Step 1: rules of the same extent, each stack top to bottom.
std::vector<std::vector<Segment>> stacks_of(const std::vector<Segment>& rules, double tolerance);

// One page's text and settings, and the regions its rules close.
struct Finder {
  const Page& page;
  const PageText& text;
  const TablesConfig& config;
  // The note's tables centre their labels over the rows they span (some label lies between two
  // rows' lines: step 4b), so a label on a row's line is centred too (tables.cc).
  bool centred_labels = false;
  // The note's cells' line step in font sizes, for a table that shows none (row_pitch.h, step
  // 1d; tables.cc); 0 when unknown.
  double note_line_em = 0;
  // The regions read so far with their lines. Step 3 asks for the same band several times (its
  // paragraph-number test, its columns, then step 5's fragment), and a region's lines depend on
  // the region alone. A deque, so that a reference handed out stays valid as it grows.
  mutable std::deque<std::pair<Region, std::vector<TextLine>>> lines_read = {};

  // Step 2's lines of `r`, read once per region.
  const std::vector<TextLine>& lines(const Region& r) const;
  // Step 3's columns of a region: gaps only, no split at aligned word starts.
  std::vector<Column> columns(const Region& r) const {
    return columns_of(page, lines(r), config.hrules.column_gap * text.em, NarrowGap{}, -1);
  }
  // Step 2's columns of a table's lines: gaps, narrow gaps, and splits at aligned word starts.
  std::vector<Column> table_columns(const std::vector<TextLine>& table_lines) const {
    const NarrowGap narrow{config.hrules.narrow_column_gap, config.hrules.narrow_gap_min_lines,
                           config.hrules.glued_tolerance};
    return columns_of(page, table_lines, config.hrules.column_gap * text.em, narrow,
                      config.hrules.aligned_tolerance);
  }

  // Step 3 for one stack.
  std::vector<Region> regions(const std::vector<Segment>& stack) const;

  // Step 4d: `r` with the page's last printed line below its bottom rule taken in, when that line
  // is the only body text below the rule, lies within the rule's width and starts within
  // `escaped_label_max_drop` font sizes of it; false when there is no such line.
  bool with_label_below(const Region& r, Region& out) const;

 private:
  // Step 3: the page's text edge beyond a rule at y (below or above it), when every body word
  // there lies within the rule's width; false when some word lies outside or there is none.
  bool open_edge(const Segment& rule, bool below, double& edge) const;

  // Step 3: extends `region` through the open page edge beyond `rule` when the columns hold
  // and some line there fills two of them (a closing "Source: ..." line fills one).
  bool try_open(const Segment& rule, bool below, Region& region, size_t had_columns) const;

  // Step 3: `band` holds numbered paragraphs, not rows: every line opening in its first column
  // opens with a paragraph number ("2.1", "2.1.1") or a section's number ("9.") followed by its
  // first paragraph's ("9.1"), as a heading and its paragraphs between a
  // table carried over from the page before and the next table do (the first table's bottom
  // rule and the second's top rule close them, and the number column reads as a first column).
  bool numbered_prose(const Region& band) const;

  // Step 3: the band of `joined` below y, read alone as step 2 reads a table's lines (split
  // where they start words in a column though an overflowing figure closed the gap), gives at
  // least `had` columns: the table's body, whose narrow columns' figures reach the next
  // column's text. Prose under a table's bottom rule gives fewer (a paragraph's number and its
  // text), though the table's lines above it would split it.
  bool band_keeps_columns(double y, const Region& joined, size_t had) const;
};

}  // namespace coi::tables::hrule
