// Tables ruled with horizontal lines only. Word's plain and simple table styles, many house
// templates and LaTeX's booktabs draw a rule above and below the table, a rule under the header
// (often thinner) and sometimes one between rows, but no vertical line and no shading: the rules
// give the table's top, bottom and width, the text has to give its columns and rows. Borderless
// tables (aligned_tables.h) are the same problem without the rules; here the rules are the
// evidence that lets two columns and multi-line cells count.
//
// Step 1: the page's horizontal rules ([rules] lines, joined where drawn per cell: rule_segments.h)
//         outside grid tables, outside link areas (a link's underline) and not underlining the
//         words of a line (in its descent band, from word to word: a re-print that dropped the
//         link), top to bottom. Rules whose left and right ends agree within
//         `extent_tolerance` form a stack: they could rule one table.
// Step 2: columns of a set of printed lines (words of body lines clustered by baseline): the
//         x-intervals covered by words, merged where less than `column_gap` font-size units
//         apart (raised footnote marks left out: they reach into the padding). A gap is a
//         column border only when no word of any line crosses it, so prose between two rules
//         gives one column and is never a table. Where a long word overflows its narrow cell
//         (LaTeX's p columns print it past the border) and closes the gap (crossing x, or
//         ending short of x on a line that starts nothing there), the columns still
//         split at an x where every line with text right of it starts a word (within
//         `aligned_tolerance`), at least two of them after a gap of `column_gap` (or, where no
//         word crosses x, `narrow_gap_min_lines` after a gap of `narrow_column_gap`: a column
//         too narrow for every one of its cells). A word Poppler glued to the next cell's
//         ("DisproportionatelyUnaccompanied") starts one at x when one of its characters does
//         (Page::char_x); such words are cut there (word_cuts.h) and the page read again. A
//         glued word with a character at x exactly (within `glued_tolerance`: "1994907" in a
//         Year column) counts as a line after a narrow gap, when no word crosses x. A word
//         starting at x over the end of one crossing it (XeLaTeX's overprint: "Applications"
//         over "Applications") starts the column there too, and the word under it is not cut.
// Step 3: regions. Down a stack, the bands between consecutive rules join one region while
//         their lines together still give at least two columns and no fewer than before (a
//         paragraph or another table's text below the bottom rule loses columns). A band whose
//         figures overflow a narrow column up to the next column's text (LaTeX's p columns)
//         closes a gap the header above kept open: it still joins when, read alone as step 2
//         reads a table, it splits into as many columns (a paragraph gives its number and its
//         text, fewer than any table it follows). A table that a
//         page break cuts is closed by a rule on one side only (LibreOffice draws the top rule on
//         the first row, the bottom rule on the last): the first or last rule of a stack opens
//         onto the page's edge when every body line between them lies within its width and keeps
//         the columns, with at least `open_min_columns` of them (a heading's rule over numbered
//         paragraphs gives two).
// Step 3b: a header printed twice, each copy between its own rules (longtable breaking the page
//         under its first header: repeated_header.h), is read once: the repeat's lines and the
//         rules around it drop out, and its words belong to no cell.
// Step 4a: a printed line whose words sit on two baselines more than `label_line_gap` font sizes
//         apart, one of them a cell alone in a column blank on the lines above and below, is
//         two lines: a label \multirow centres over rows, read with the line it brushes (a
//         wrapped cell's second line), would start a row there (step 4) and cut the cell in two;
//         on a line of its own it lies between the two and step 4b spans it.
// Step 4: rows. Each cell's lines start on the row's first line (text is top-aligned), so a
//         printed line starts a new row when a rule lies above it (and under the middle of the
//         line above, which a header word overflowing its row may reach down across; a rule
//         under some columns only, booktabs' \cmidrule, over a word of the line), when it
//         has text in a column that was empty on the line above, or when the first word of one
//         of its columns would have fitted at the end of that column on the line above (a
//         producer wraps only a word that does not fit, so a fit must leave `wrap_slack` to
//         spare; the word is measured with the footnote marks glued to it, which wrap with it;
//         a line ending in a hyphen was wrapped), or when one of its columns holds a figure
//         under a figure that the two cannot be one of, broken ("55,643,618" over "19.1%": no
//         cell wraps onto a second
//         figure, stacked_figures.h; this tells rows of one-line cells apart where each next
//         word is too wide to have fitted and, as in TeX, no padding parts the rows). Where
//         rules separate the rows (two or more across the table),
//         each band between rules is one row and the text is not asked. A column's right edge is
//         the next column's start less twice the padding seen between the rule's left end and
//         the first column, or the rule's right end less that padding.
// Step 4b: LaTeX's \multirow centres a spanning cell's text over its rows: a line nearer than
//         `centred_max_pitch` of the usual line distance (between consecutive lines that share a
//         column: where labels lie between most rows, every other step is half a line) to the line
//         on one side and within twice that of the other (a rule's spacing widens one side), with
//         text only where both are empty, spans the rows on both sides, or the row whose two lines
//         it lies between. In a column of such labels every label is centred: each label (one
//         centred between lines, or one on a row's line) spans rows, blank there, that centre it
//         where it is printed (over their height, or, as \multirow does, over as many lines as
//         rows, which a wrapped row takes off the symmetry of rows: centred_extent.h; in padded
//         rows, which Word, CSS and a TeX template's \arraystretch all print, both ways are
//         tried for the column and the one leaving fewer blank rows kept, then the one that
//         sets every label alike off its centre), chosen down
//         the column so that the fewest blank rows between two labels go to none and the fewest
//         labels sit on rows that do not centre them (a label of one-line rows is centred over one
//         row more on each side as much as over its own). Blank rows at the table's top and foot
//         may carry on labels of the pages before and after, unless the page prints text above or
//         below the table; the last label of a table with no text below it may span rows past the
//         page (longtable breaks the rows of a \multirow, which stays centred on all). The line
//         under a centred line starts a row when it has text in every column of the line above it,
//         none opening in lower case. In a column of such labels, text where the line above had
//         none does not start a row by itself when the line has text elsewhere: a label may fall on
//         a wrapped row's second line. Elsewhere, text centred on one row's line cannot be told
//         from a cell with empty cells above and below, and stays in that row. A footnote mark
//         raised over its row stays on its row's line, not on a label's centred between rows.
//         Where another table of the note prints a label between rows (or below its bottom
//         rule: step 4d), the producer centres every label, and a column of leading labels is
//         read so too, though none of its labels lies between rows (tables.cc); so is the first
//         column there when a line leaves it blank with text right of it, so that a label on a
//         wrapped row's second line starts no row ("Guadeloupe" beside "Nord-1" of "PRAHDA" /
//         "Nord-1", centred over three rows' first three lines).
// Step 4e (before 4c): a row blank where the row above, which fills every column, stopped above
//         its last line, and with text where that row reaches it, in columns every other row
//         fills, is the next paragraph of the row's tall cells, not a row of its own
//         (paragraph_rows.h: XeLaTeX's parts of a row broken between sentences, a row's step
//         apart).
// Step 4c: a cell set top-aligned over the rows it spans (Word, LibreOffice, CSS) prints its
//         text on its first row and leaves the rows below blank where no rule can say so: a
//         row whose leading cells are blank while a cell right of them has text continues the
//         cell above each blank (a label grouping the rows under it, as a printed pandas index
//         leaves repeats blank), unless a rule crosses that column between the two rows or the
//         two rows differ in weight (a plain body row under a bold header row). A leading cell
//         whose text opens with a lower-case letter is the rest of the label above, too long for
//         its first row ("Ye" / "ar" in a narrow column), and continues it alike. A blank in the
//         middle or at the end of a row is an empty cell. In a column where step 4b saw a label
//         centred between rows, the producer centres its labels (\multirow): a label on one row's
//         line that step 4b left on its own row takes as many blanks above it as below, and the
//         blanks left then continue the label above them. With `leading_blank_spans` off, every
//         blank is an empty cell.
// Step 4d: a \multirow label over rows that a page break cuts is centred over all of them, so
//         LaTeX prints it below the page's bottom rule (longtable breaks rows, not labels). The
//         page's last body line, alone below a table's bottom rule within its width and within
//         `escaped_label_max_drop` font sizes of it, is the last row's text when that row is blank
//         in its columns; the rows of the next page then continue it (cut_rows.h). A line whose
//         words run over a column's text start (step 2's glued words) is a paragraph's first line
//         under the table, no label: the region is read without it, its words left whole.
// Step 5: the fragment: column borders one padding left of each column's leftmost word, row borders
//         on the rules or halfway between rows. Fewer than `min_rows` rows, or a first column of
//         paragraph numbers ("4.1.1"), is no table; but a region open onto the page's foot (step 3)
//         may hold a single row, a table's first, cut by the break and carried on overleaf, and so
//         may a region closed by rules above and below whose row fills `single_row_min_columns`
//         columns and is not all bold (a source, its type and a sentence about it; a bold row
//         alone between two rules is a header whose body lies elsewhere, as LibreOffice and
//         WeasyPrint repeat the header between its rules atop each page the table runs onto),
//         except at the foot of the page's text: a header row that Word or LibreOffice does not
//         keep with the next prints alone there, its body overleaf (table_join.h joins the two,
//         or drops the row when no table carries it on). Rows
//         above the first rule that spans the table are its header by the rule when some row below
//         is not ruled off (booktabs' \midrule; a style ruling every row says nothing of the
//         header), else bold decides (cell_text.h).
//
//   ────────────────────────────────────     top rule
//   Year    Claims     Outcome               header: above the first full inner rule
//   ────────────────────────────────────
//   2021    68,403     Most were refused     "after" fits on the line above: no, so this
//                      after appeal          line continues row 1
//   2022    67,142     Granted               "2022" in a column empty above: a new row
//           70,310     Pending               leading blank: "2022" spans rows 3 and 4
//   ────────────────────────────────────     bottom rule
//
// The steps' files: hrule_regions.h (1 and 3), hrule_lines.h and hrule_columns.h (2),
// repeated_header.h (3b), hrule_rows.h (4, 4a, 4b, 4d), centred_extent.h (4b), interleaved_lines.h
// (4 and 4b where a tall spanning cell's lines fall between the next row's), leading_blanks.h
// (4c), paragraph_rows.h (4e); this file makes the fragment (5).
#include "stages/tables/hrule_tables.h"

#include <algorithm>

#include "pipeline/word_cuts.h"
#include "stages/tables/hrule_columns.h"
#include "stages/tables/hrule_lines.h"
#include "stages/tables/hrule_regions.h"
#include "stages/tables/hrule_rows.h"
#include "stages/tables/leading_blanks.h"
#include "stages/tables/paragraph_rows.h"
#include "stages/tables/repeated_header.h"

namespace coi::tables {

namespace hrule {
namespace {

// Step 5: the cells of the fragment's grid, one per position except where a span covers several.
std::vector<GridCell> grid_cells(const Fragment& f, const std::vector<Span>& spans) {
  std::vector<int> owner(static_cast<size_t>(f.row_count() * f.column_count()), -1);
  auto at = [&](int r, int c) -> int& { return owner[static_cast<size_t>(r * f.column_count() + c)]; };
  for (size_t k = 0; k < spans.size(); ++k) {
    for (int r = spans[k].r0; r <= spans[k].r1; ++r) at(r, spans[k].c) = static_cast<int>(k);
  }
  std::vector<GridCell> cells;
  for (int r = 0; r < f.row_count(); ++r) {
    for (int c = 0; c < f.column_count(); ++c) {
      const int k = at(r, c);
      if (k >= 0 && spans[static_cast<size_t>(k)].r0 != r) continue;  // covered from above
      GridCell cell;
      cell.row = r, cell.col = c;
      cell.rowspan = k >= 0 ? spans[static_cast<size_t>(k)].r1 - r + 1 : 1;
      cell.box = Box{f.xs[c], f.ys[r], f.xs[c + 1], f.ys[r + cell.rowspan]};
      cells.push_back(cell);
    }
  }
  return cells;
}

// Step 5: every word of `lines` is bold, footnote marks aside: a table's header, which a row of
// its own never is.
bool all_bold(const Page& page, const std::vector<TextLine>& lines) {
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[static_cast<size_t>(w)];
      if (!word.raised && !word.bold) return false;
    }
  }
  return true;
}

// Step 5: true when a line of the page's text (no running header or footer, no footnote) lies
// below y, by its centre.
bool text_below(const Page& page, double y) {
  return std::any_of(page.lines.begin(), page.lines.end(), [&](const Line& line) {
    const double cy = line.box.centre_y();
    return line.role == LineRole::kBody && cy > y && page.above_footnotes(cy);
  });
}

// Step 5: the grid's right border: the rules' right end x1, or where the last column's text ends
// when some word of `lines` is centred past x1 (XeLaTeX prints a word wider than its p column past it: "Reconsiderations"
// heading the last column); the grid reaches that far, so that the word falls in its cell.
double overflow_end(const Page& page, const std::vector<TextLine>& lines, double x1) {
  double end = x1;
  for (const TextLine& line : lines) {
    for (int w : line.words) {
      const Word& word = page.words[static_cast<size_t>(w)];
      if (centre_x(word) > x1) end = std::max(end, word.box.x1);
    }
  }
  return end;
}

// Steps 4 and 5 for one region; false when it is no table, or when words glued across its
// columns are to be cut first (added to `cuts`). The columns come from the text, or from
// `borders` when given.
bool make_fragment(const Finder& finder, const std::vector<Segment>& rules, const Region& region,
                   const std::vector<double>& borders, Fragment& out, std::vector<Cut>& cuts) {
  const Page& page = finder.page;
  const TablesConfig& config = finder.config;
  std::vector<TextLine> lines = finder.lines(region);
  std::vector<Segment> inner = inner_rules(rules, region, config.hrules.extent_tolerance);
  const RepeatedHeader repeat =
      repeated_header(page, lines, inner, region.x0, region.x1, config.hrules.extent_tolerance);
  drop_repeat(repeat, lines, inner);
  const std::vector<Column> columns = borders.size() >= 2
                                          ? columns_within(page, lines, borders, finder.text.em)
                                          : finder.table_columns(lines);
  if (columns.size() < 2 || lines.empty()) return false;
  const std::vector<Cut> glued = glued_words(page, lines, columns, config.hrules.aligned_tolerance);
  if (!glued.empty()) {
    // Step 4d's line under the bottom rule is a label only within its first column: one whose
    // words run over a column's text start is a paragraph's line under the table ("2.1.7" over
    // the first column's start), no label, and none of its words is cut.
    const bool label_glued =
        region.label_bottom > 0 && std::any_of(glued.begin(), glued.end(), [&](const Cut& cut) {
          return centre_y(page.words[static_cast<size_t>(cut.word)]) > region.bottom;
        });
    if (!label_glued) cuts.insert(cuts.end(), glued.begin(), glued.end());
    return false;
  }
  const double em = finder.text.em;
  lines = part_brushed_labels(page, std::move(lines), columns, config.hrules.label_line_gap * em);
  const double pad = std::clamp(columns.front().x0 - region.x0, 0.0, em);
  std::vector<double> right_edge;
  for (size_t c = 0; c < columns.size(); ++c) {
    right_edge.push_back(c + 1 < columns.size() ? columns[c + 1].x0 - 2 * pad : region.x1 - pad);
  }
  const std::vector<LineColumns> split_lines = split_all(page, lines, columns);
  Rows rows = group_rows(finder, region, lines, split_lines, inner, right_edge);
  if (region.label_bottom > 0 && !label_joins_last_row(lines.size() - 1, split_lines, rows)) {
    return false;
  }
  join_paragraph_rows(page, lines, split_lines, inner, region.open_bottom, config.hrules, rows);
  if (config.hrules.leading_blank_spans) {
    span_leading_blanks(page, lines, split_lines, columns, inner, rows);
  }
  // A page carrying on a table (`borders` given) may show a single row of it, and so may a table
  // open onto the page's foot (step 3: at least `open_min_columns` columns), its first row
  // running on past the break, or a table of one row ruled off above and below.
  // A bold row alone between rules is a table's header, and so a fragment only where it ends
  // the page's text: its body follows overleaf (table_join.h, step 1 (g)).
  const bool bold = all_bold(page, lines);
  const bool header_at_foot = bold && !region.open_bottom && !text_below(page, region.bottom);
  const bool one_row_table =
      static_cast<int>(columns.size()) >= config.hrules.single_row_min_columns &&
      (!bold || header_at_foot);
  const int min_rows = borders.size() >= 2 || region.open_bottom || one_row_table
                           ? 1
                           : config.hrules.min_rows;
  if (static_cast<int>(rows.lines.size()) < min_rows) return false;
  int numbered = 0;
  for (const std::vector<size_t>& row : rows.lines) {
    const int first = split_lines[row.front()].first[0];
    if (first >= 0 && paragraph_number(page.words[first].text)) ++numbered;
  }
  if (2 * numbered >= static_cast<int>(rows.lines.size())) return false;
  // Step 5: the grid.
  out = Fragment{};
  out.page = page.number;
  out.ruled = false;
  if (repeat.found()) out.repeat_top = repeat.top, out.repeat_bottom = repeat.bottom;
  // A column's border lies one padding left of its text, where the cell's border would be, so
  // that cell_text.h measures the cell's text width right; pushed right of the text of the
  // column before it, but never past its own column's start: a word overflowing into it
  // ("Subsidiary" over the next column's "–") belongs left by its centre anyway.
  out.xs.push_back(region.x0);
  for (size_t c = 1; c < columns.size(); ++c) {
    out.xs.push_back(std::min(
        std::max(columns[c].x0 - std::max(pad, 1.0), columns[c - 1].x1 + 0.5), columns[c].x0));
  }
  out.xs.push_back(overflow_end(page, lines, region.x1));
  if (borders.size() >= 2) out.xs = borders;
  for (const Column& col : columns) out.starts.push_back(col.x0);
  out.ys.push_back(region.open_top ? lines.front().top - 1 : region.top);
  std::vector<bool> ruled_off;  // per inner row border: a rule lies on it
  for (size_t r = 1; r < rows.lines.size(); ++r) {
    const double above = lines[rows.lines[r - 1].back()].bottom;
    const double below = lines[rows.lines[r].front()].top;
    const Segment* rule = rule_between(inner, above, below);
    out.ys.push_back(rule != nullptr ? rule->at : (above + below) / 2);
    ruled_off.push_back(rule != nullptr);
  }
  out.ys.push_back(region.open_bottom ? lines.back().bottom + 1
                                      : std::max(region.bottom, region.label_bottom));
  out.box = Box{out.xs.front(), out.ys.front(), out.xs.back(), out.ys.back()};
  out.cells = grid_cells(out, rows.spans);
  out.labels_top_aligned = rows.top_aligned;
  out.cell_line_em = rows.pitch_seen.line_step_em;
  out.rows_by_note_step = rows.pitch_seen.by_note_step;
  // The header by the rule: rows above the first rule spanning the table, when a row border
  // below it is not ruled.
  const double tol = config.hrules.extent_tolerance;
  for (size_t k = 0; k < ruled_off.size(); ++k) {
    if (!ruled_off[k]) continue;
    const Segment* rule = rule_between(inner, out.ys[k + 1] - 0.01, out.ys[k + 1] + 0.01);
    if (rule == nullptr || rule->lo > region.x0 + tol || rule->hi < region.x1 - tol) continue;
    const bool body_unruled =
        std::find(ruled_off.begin() + static_cast<long>(k) + 1, ruled_off.end(), false) !=
        ruled_off.end();
    if (body_unruled) out.rule_header_rows = static_cast<int>(k) + 1;
    break;
  }
  // A header row alone at the page's foot is a header by its weight: no body row shows it.
  if (header_at_foot && rows.lines.size() == 1) out.rule_header_rows = 1;
  // A header cell centred over two header rows ("Year") says nothing of the body's labels: Word
  // and LibreOffice may centre the one and set the others on their first rows.
  out.labels_between_rows = out.rule_header_rows > 0 && rows.label_between >= out.rule_header_rows;
  return true;
}

// Steps 1 to 5 on the page as it is; `cuts` gets the words glued across a table's columns.
std::vector<Fragment> fragments_of(const Page& page, const std::vector<Fragment>& ruled,
                                   const TablesConfig& config, bool centred_labels,
                                   double note_line_em, const RunningFooter& footer,
                                   bool notes_unruled, std::vector<Cut>& cuts) {
  const std::vector<Segment> rules = horizontal_rules(page, ruled, config, notes_unruled);
  if (rules.empty()) return {};
  const PageText text = body_text(page, &footer);
  const Finder finder{page, text, config, centred_labels, note_line_em};
  std::vector<Fragment> out;
  for (const std::vector<Segment>& stack : stacks_of(rules, config.hrules.extent_tolerance)) {
    for (const Region& region : finder.regions(stack)) {
      Fragment f;
      Region labelled;
      const bool found = (finder.with_label_below(region, labelled) &&
                          make_fragment(finder, rules, labelled, {}, f, cuts)) ||
                         make_fragment(finder, rules, region, {}, f, cuts);
      if (!found) continue;
      // Stacks of different widths may rule overlapping regions: the first found keeps it.
      const bool taken = std::any_of(out.begin(), out.end(), [&](const Fragment& o) {
        return overlap_area(o.box, f.box) > 0;
      });
      if (!taken) out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace
}  // namespace hrule

std::vector<Fragment> find_hrule_fragments(Page& page, const std::vector<Fragment>& ruled,
                                           const TablesConfig& config, bool centred_labels,
                                           double note_line_em, const RunningFooter& footer,
                                           bool notes_unruled) {
  std::vector<hrule::Cut> cuts;
  std::vector<Fragment> out =
      hrule::fragments_of(page, ruled, config, centred_labels, note_line_em, footer,
                          notes_unruled, cuts);
  if (cuts.empty()) return out;
  // Each word's cuts from its last character back, so that the earlier ones still fall in it;
  // then the tables are found again on the words as printed.
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  for (const hrule::Cut& cut : cuts) cut_word(page, cut.word, cut.at);
  std::vector<hrule::Cut> none;
  return hrule::fragments_of(page, ruled, config, centred_labels, note_line_em, footer,
                             notes_unruled, none);
}

bool find_open_fragment(const Page& page, const Box& region, const std::vector<double>& borders,
                        const std::vector<Segment>& rules, const TablesConfig& config,
                        Fragment& out) {
  const hrule::PageText text = hrule::body_text(page, nullptr);
  const hrule::Finder finder{page, text, config};
  std::vector<hrule::Cut> cuts;  // words glued across the carried columns leave the page as it is
  const hrule::Region open{region.x0, region.x1, region.y0, region.y1, true, true};
  return hrule::make_fragment(finder, rules, open, borders, out, cuts);
}

}  // namespace coi::tables
