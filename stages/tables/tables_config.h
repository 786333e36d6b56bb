// Settings of the tables stage (section [tables] of config/coi.toml).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/config_section.h"
#include "stages/rules/rule_shape.h"
#include "stages/tables/hrule_config.h"

namespace coi {

/// How cell text is read as a typed value (stages/tables/typed_values.h).
struct TableValueConfig {
  /// Cell texts that mean "no value" (compared after trimming). Default N/A, n/a, -, dashes, "..".
  std::vector<std::string> missing = {"N/A", "n/a", "NA", "-", "\u2013", "\u2014", ".."};
  /// Currency symbols written before (or after) the amount. Default €, £, $.
  std::vector<std::string> currency_symbols = {"\u20ac", "\u00a3", "$"};
  /// Currency codes written before or after the amount. Default EUR, GBP, USD.
  std::vector<std::string> currency_codes = {"EUR", "GBP", "USD"};
  /// Words scaling an amount ("€1.5 million"), each with its factor written as a number.
  std::map<std::string, std::string> scale_words = {
      {"thousand", "1000"}, {"million", "1000000"}, {"billion", "1000000000"},
      {"m", "1000000"},     {"bn", "1000000000"}};
  /// Characters that mark a number ("65*") without changing it. Default * † ‡.
  std::vector<std::string> marks = {"*", "\u2020", "\u2021"};
  /// A column takes the type most of its non-empty body cells share when at least this fraction
  /// of them (missing values not counted) have it; otherwise "text". Default 0.5.
  double column_type_min_share = 0.5;

  void load(ConfigSection& s) {
    s.read("missing", missing);
    s.read("currency_symbols", currency_symbols);
    s.read("currency_codes", currency_codes);
    s.read("scale_words", scale_words);
    s.read("marks", marks);
    s.read("column_type_min_share", column_type_min_share);
  }
};

/// Borderless tables found from text alignment alone (stages/tables/aligned_tables.h).
struct BorderlessConfig {
  /// Look for tables without rules at all. Default true (the rule is conservative).
  bool enabled = true;
  /// Fewest consecutive aligned lines that make a table. Default 3.
  int min_rows = 3;
  /// Fewest columns each of those lines must have. Default 3 (two columns are too often a
  /// paragraph number and its text).
  int min_columns = 3;
  /// Smallest gap between two columns, in font-size units. Default 2.0.
  double column_gap = 2.0;
  /// Column starts of different lines closer than this (points) are the same column. Default 3.
  double align_tolerance = 3.0;

  void load(ConfigSection& s) {
    s.read("enabled", enabled);
    s.read("min_rows", min_rows);
    s.read("min_columns", min_columns);
    s.read("column_gap", column_gap);
    s.read("align_tolerance", align_tolerance);
  }
};

/// Settings of the tables stage; every field is documented with its default in config/coi.toml.
struct TablesConfig {
  /// What a border is: a horizontal or vertical line ([rules], shared with the layout stage and
  /// set from there by StagesConfig::load).
  RuleShape rules;
  /// Distance (points) within which rule ends meet and rule positions are the same grid line.
  /// Default 2.0.
  double snap_tolerance = 2.0;
  /// A cell edge is drawn when rules cover at least this fraction of its length; a missing edge
  /// joins the cells on both sides into a span. Default 0.5.
  double edge_min_cover = 0.5;
  /// A ruled grid must give at least this many cells (after spans) to be a table; a single box is
  /// a framed paragraph. Default 2.
  int min_cells = 2;
  /// At most this many rows at the top are header rows. Default 3.
  int max_header_rows = 3;
  /// Words of one cell whose baselines differ by less than this (font-size units) are one line.
  /// Default 0.5.
  double line_tolerance = 0.5;
  /// A word at most this size (times the size of the word it follows) is a superscript mark
  /// when raised by at least `superscript_min_rise` font-size units. Default 0.8.
  double superscript_max_size = 0.8;
  /// Rise of a superscript's baseline above the word it follows, in font-size units. Default 0.2.
  double superscript_min_rise = 0.2;
  /// A run of digits in a mark's size under a word, its top at most this many of the word's
  /// heights below the word's bottom, is a piece of its mark wrapped in a column a character
  /// wide (mark_cells.cc, Step 3). Default 2: LibreOffice leaves a line empty before the mark.
  double wrapped_mark_max_gap = 2.0;
  /// Rejoin words that a narrow column broke between two characters ("Ye" / "ar"). Default true.
  bool rejoin_broken_words = true;
  /// A word crossing a ruled grid's inner border is cut where one of its characters starts
  /// within this distance (points) of where the next column's left-aligned text starts: a cell
  /// overflowing its column printed up to the next cell's text, which Poppler glued to it
  /// (grid_glued_words.h). Default 0.1 (producers set a column's text at one x exactly; 0 turns
  /// it off).
  double grid_glued_tolerance = 0.1;
  /// A cell line of one word (two characters or more, opening with a letter) wider than its
  /// cell's text width by more than this (font-size units) shows that the note's producer lets
  /// words overflow their column, and so cuts none between characters (whole_words.h, Step 3;
  /// TeX: "Refugee" 7.5 pt past its column). Words a producer cut to fit overshoot by up to
  /// 0.04 of their size (glyph boxes, the padding estimated from the lines). Default 0.1.
  double overflowing_word = 0.1;
  /// A cell line followed by another was broken at a space when the next line's first character
  /// and this much more (font-size units) would have fitted on it: a word cut to fit its column
  /// leaves no room for its next character, so the words on both sides are whole
  /// (whole_words.h, Step 4). Default 0.1.
  double space_break_room = 0.1;
  /// Gap between two words (font-size units) read as a space when the PDF gives none. Default 0.15.
  double space_gap = 0.15;
  /// A word that a ruled grid's row border crosses with at least this share of its height above
  /// the border is the cell above's: text overflows a row too short for it downwards, never up
  /// (cell_grid.h). Glyph boxes reach above a tight row's top by a fifth of their height at
  /// most. Default 0.35.
  double grid_overflow_share = 0.35;
  /// A word sticking out of its cell by more than this (points) is reported as overflow.
  /// Default 2.0.
  double overflow_tolerance = 2.0;
  /// Two fragments on consecutive pages are one table when their column borders lie within this
  /// distance (points) of each other. Default 3.0.
  double column_tolerance = 3.0;
  /// Merge the first row of a continuation fragment into the last row of the previous one when
  /// it leaves empty a cell that the last row fills (the row was cut by the page break).
  /// Default true.
  bool merge_split_rows = true;
  /// A page that shows no rule but opens with lines keeping to the columns of a table left open
  /// (no rule under it) at the foot of the page before is that table's next fragment
  /// (unruled_pages.h: the middle pages of a table ruled only above, under its header and
  /// below). Default true.
  bool unruled_pages = true;
  /// Rows of a table ruled with horizontal lines only are padded when the shortest step between
  /// two rows' lines is at least this many font sizes (a line is 1.15 to 1.2): two lines of one
  /// row that far apart are then two rows (row_pitch.h). Default 1.35.
  double row_pitch_min = 1.35;
  /// ...that far apart: at least (1 - this) of that shortest step. Default 0.1.
  double row_pitch_tolerance = 0.1;
  /// A cell's text carries on over a page break only when its last line on the first page ends
  /// within this distance (font-size units) of the cell's bottom: a line more did not fit.
  /// Default 1.5 (a line's height and the cell's bottom padding).
  double cut_row_max_gap = 1.5;
  /// The room (font-size units) a cell starting in the cut row may leave below its last line
  /// on top of cut_row_max_gap and still carry on, where the page prints one line of it (else
  /// the step between its last two lines there): a producer's widow control (CSS `widows: 2`,
  /// WeasyPrint's default) moves the line that would have filled it to the next page with the
  /// cell's last. Default 1.3 (one line's pitch); 0 turns the room off.
  double cut_row_widow_gap = 1.3;
  /// The first word of a cell on the next page would have fitted after the last line above it
  /// (so that line did not wrap: the text is fresh) when it fits with this much room (font-size
  /// units) for the space between. Default 0.5.
  double wrap_slack = 0.5;
  /// Body lines below a ruled grid go on with a bottom-row cell's text when each steps from the
  /// line above it by the cell's own line pitch within this many font sizes (LibreOffice prints
  /// a tall cell's last line on a page across or below the bottom border:
  /// grid_overflow_lines.h). Default 0.1 (a producer sets a cell's lines at one pitch; text
  /// after a table is a padding and a paragraph's spacing lower).
  double below_border_pitch_tolerance = 0.1;
  /// A row under a row carried over a page break carries the same cells on when each of its
  /// cells' first line steps from the carried row's last line there by the cell's own line
  /// pitch within this many font sizes (cut_rows.cc, step 3c: XeLaTeX's parts of a tall row,
  /// not padded; a fresh row's padding lies 0.3 font sizes further down at least). Default 0.1.
  double carried_part_pitch_tolerance = 0.1;
  /// Largest share of a note's pages with notes (those whose notes open on a table's rule left
  /// out) whose notes open under a separator of their own, for the note's template to be one that
  /// draws none (rule_segments.h notes_unruled). Default 0.5.
  double separator_page_share = 0.5;
  TableValueConfig values;
  BorderlessConfig borderless;
  HRulesConfig hrules;

  /// Reads the [tables] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("snap_tolerance", snap_tolerance);
    s.read("edge_min_cover", edge_min_cover);
    s.read("min_cells", min_cells);
    s.read("max_header_rows", max_header_rows);
    s.read("line_tolerance", line_tolerance);
    s.read("superscript_max_size", superscript_max_size);
    s.read("superscript_min_rise", superscript_min_rise);
    s.read("wrapped_mark_max_gap", wrapped_mark_max_gap);
    s.read("rejoin_broken_words", rejoin_broken_words);
    s.read("grid_glued_tolerance", grid_glued_tolerance);
    s.read("overflowing_word", overflowing_word);
    s.read("space_break_room", space_break_room);
    s.read("space_gap", space_gap);
    s.read("grid_overflow_share", grid_overflow_share);
    s.read("overflow_tolerance", overflow_tolerance);
    s.read("column_tolerance", column_tolerance);
    s.read("merge_split_rows", merge_split_rows);
    s.read("unruled_pages", unruled_pages);
    s.read("row_pitch_min", row_pitch_min);
    s.read("row_pitch_tolerance", row_pitch_tolerance);
    s.read("cut_row_max_gap", cut_row_max_gap);
    s.read("cut_row_widow_gap", cut_row_widow_gap);
    s.read("wrap_slack", wrap_slack);
    s.read("below_border_pitch_tolerance", below_border_pitch_tolerance);
    s.read("carried_part_pitch_tolerance", carried_part_pitch_tolerance);
    s.read("separator_page_share", separator_page_share);
    ConfigSection v = s.section("values");
    values.load(v);
    v.reject_unknown_keys();
    ConfigSection b = s.section("borderless");
    borderless.load(b);
    b.reject_unknown_keys();
    ConfigSection h = s.section("hrules");
    hrules.load(h);
    h.reject_unknown_keys();
  }
};

}  // namespace coi
