// Settings of the tables ruled with horizontal lines only (section [tables.hrules] of
// config/coi.toml; stages/tables/hrule_tables.h).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

/// Tables with horizontal rules and no vertical ones (Word's plain styles, booktabs); every
/// field is documented with its default in config/coi.toml.
struct HRulesConfig {
  /// Look for such tables. Default true.
  bool enabled = true;
  /// Rules whose left ends, and whose right ends, lie within this distance (points) of each other
  /// rule the same table. Default 3.0.
  double extent_tolerance = 3.0;
  /// Smallest empty gap between two columns, in font-size units. Default 0.7 (cell padding on
  /// both sides of a border is about 1 em at table text sizes; a space is about 0.3 em).
  double column_gap = 0.7;
  /// Word starts within this distance (points) of each other are aligned on one column edge: a
  /// column whose cells overflow into the next (LaTeX's p columns) is still split where the
  /// next column's text starts. Default 0.5.
  double aligned_tolerance = 0.5;
  /// A gap narrower than `column_gap` but at least this wide (in units of the font size of the
  /// word after it, whose space it must outgrow) still borders a column where
  /// `narrow_gap_min_lines` lines start a word at one x after it and no word crosses it: a column
  /// too narrow for its text, every cell overflowing into the padding (LaTeX's p columns: "1990"
  /// in a Year column). Default 0.38 (a space is 0.23-0.33 em in the fonts notes use).
  double narrow_column_gap = 0.38;
  /// Fewest lines that start a word at one x after a narrow gap for it to border a column.
  /// Default 3.
  int narrow_gap_min_lines = 3;
  /// A word glued across a column's start (its cell overflowing right up to the next cell's text)
  /// counts as a line after a narrow gap there when one of its characters starts within this
  /// distance (points) of the column's start and no word crosses it: producers place a cell's
  /// text where its column starts, exactly. So does a word starting within this distance of it
  /// less than `narrow_column_gap` after the text before it (Poppler keeps such words apart).
  /// Default 0.1 (0 turns it off).
  double glued_tolerance = 0.1;
  /// A table's bottom rule on a page takes in the one line below it, when it is the page's last
  /// body text and starts within this many font sizes of the rule, as the label of its last row
  /// (LaTeX's \multirow centres a label over rows a page break cut, below the rule); a ruled
  /// grid takes it in as the text of the bottom-row cell its bottom border leaves open
  /// (grid_escaped_label.h). Default 3.0.
  double escaped_label_max_drop = 3.0;
  /// A rule below a line's baseline by at most this many font sizes lies in its descent band,
  /// where a font draws its underline (0.08-0.11 em below the baseline in the notes' fonts, as
  /// measured; their descent reaches 0.21-0.24 em, and a table's rule under a row lies below it).
  /// Default 0.19.
  double underline_max_drop = 0.19;
  /// An underline's ends lie within this many font sizes of the first and last words it runs
  /// under (Cairo draws it up to 0.07 em past the last glyph's box): a table's rule runs out
  /// beyond its text by the cell's side padding, 0.19 cm in Word's and LibreOffice's
  /// defaults (0.5 em at 10 pt). Default 0.15.
  double underline_end_tolerance = 0.15;
  /// Widest gap between two words an underline runs across, in font-size units: a justified
  /// line's stretched space. Default 1.5.
  double underline_max_gap = 1.5;
  /// Fewest rows (header rows included) that make a table. Default 2.
  int min_rows = 2;
  /// Fewest columns of a fragment that a rule closes on one side only, the other side being the
  /// page break (a table running over pages). Default 3: two columns are too often paragraph
  /// numbers and their text under a heading's rule.
  int open_min_columns = 3;
  /// Fewest columns of a table of a single row closed by a rule above and below (a source with
  /// its type and a sentence). Default 3: two columns are too often a number and its text, or a
  /// term and its definition, set off by rules.
  int single_row_min_columns = 3;
  /// A word is taken to have fitted at the end of the line above it in its column (so it starts
  /// a new row) only when it would have ended at least this far (points) inside the column's
  /// right edge, which is an estimate. Default 1.0.
  double wrap_slack = 1.0;
  /// A line nearer than this share of the table's usual line pitch to the lines above and below
  /// it, with text only in columns empty on both, is a cell's text centred over the rows it
  /// spans (LaTeX's \multirow). Default 0.75.
  double centred_max_pitch = 0.75;
  /// A label centred over rows spans the most rows that centre it, over their height (Word,
  /// CSS) or over as many lines as rows (LaTeX's \multirow), within this share of the table's
  /// usual line pitch. Default 0.2 (the ways and counts of rows differ by half a line or more).
  double centred_label_tolerance = 0.2;
  /// A cell spanning rows (a label, a header cell) whose first line lies at least this many
  /// font sizes below the first line of its first row's other cells is centred over its rows,
  /// and shows that the note's tables centre their labels (opening_labels.h). Default 0.4 (a
  /// cell centred over two one-line rows lies half a line, 0.6 font sizes, lower; one set
  /// top-aligned, not at all).
  double centred_label_min_drop = 0.4;
  /// A printed line less than this many font sizes below the line before it is interleaved
  /// with it (two lines of one cell lie at least a line apart): the lines of a cell spanning two
  /// rows falling between the second row's (interleaved_lines.h). Default 0.9.
  double interleaved_max_step = 0.9;
  /// A printed line whose words sit on two baselines more than this many font sizes (the
  /// body's) apart, one of them a cell alone in a column blank on the lines above and below, is
  /// two lines: that cell is a label that LaTeX's \multirow centres over rows' lines, which
  /// beside a wrapped cell or in padded rows lands up to half a line (0.6) off the row line it
  /// is read with ("Corse" 5.4 pt above "Ouest-1", the second line of "PRAHDA" / "Ouest-1"),
  /// and over three one-line rows a strut's offset above the middle row's line (0.8 pt in
  /// 12 pt; 2.1 pt in 10 pt with cells padded 4 pt). Read on that line it started a row there
  /// and cut the wrapped cell in two, or was the middle row's own text, set top-aligned over the
  /// rows below. Default 0.05: the words of one line share their baseline to a hundredth of a
  /// point; the cells of one row may not (a header's "2019" over its columns, a figure set
  /// lower than its row's label), which no blank column says.
  double label_line_gap = 0.05;
  /// Blank leading cells of a row continue the cell above them (a cell set top-aligned over
  /// the rows it spans, with no rule under it). Default true.
  bool leading_blank_spans = true;
  /// A row's cell whose last line lies more than this many font sizes above the row's last line
  /// ended there: a row under it blank in that column and going on in the columns that reach
  /// the row's last line is their next paragraph (paragraph_rows.h). Default 1.5 (more than a
  /// line's step: a name a line shorter than the description beside it says nothing).
  double paragraph_row_min_rise = 1.5;

  /// Reads the [tables.hrules] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("enabled", enabled);
    s.read("extent_tolerance", extent_tolerance);
    s.read("column_gap", column_gap);
    s.read("aligned_tolerance", aligned_tolerance);
    s.read("narrow_column_gap", narrow_column_gap);
    s.read("narrow_gap_min_lines", narrow_gap_min_lines);
    s.read("glued_tolerance", glued_tolerance);
    s.read("escaped_label_max_drop", escaped_label_max_drop);
    s.read("underline_max_drop", underline_max_drop);
    s.read("underline_end_tolerance", underline_end_tolerance);
    s.read("underline_max_gap", underline_max_gap);
    s.read("min_rows", min_rows);
    s.read("open_min_columns", open_min_columns);
    s.read("single_row_min_columns", single_row_min_columns);
    s.read("wrap_slack", wrap_slack);
    s.read("centred_max_pitch", centred_max_pitch);
    s.read("centred_label_tolerance", centred_label_tolerance);
    s.read("centred_label_min_drop", centred_label_min_drop);
    s.read("interleaved_max_step", interleaved_max_step);
    s.read("label_line_gap", label_line_gap);
    s.read("leading_blank_spans", leading_blank_spans);
    s.read("paragraph_row_min_rise", paragraph_row_min_rise);
  }
};

}  // namespace coi
