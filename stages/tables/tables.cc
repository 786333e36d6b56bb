// The tables stage: per page, fragments from rules (ruled_grid.h), from horizontal rules and text
// alignment (hrule_tables.h) and, failing those, from text alignment alone (aligned_tables.h),
// pages whose tables' rows only the note's line step can tell apart read again with it
// (row_pitch.h, step 1d),
// pages whose labels were read as set on their first rows read again with labels centred where
// some table of the note prints a label between two rows (hrule_tables.h, step 4b);
// their cells filled (cell_text.h), a header printed twice read once (repeated_header.h);
// labels over a table's first body rows centred where the note centres its labels
// (opening_labels.h); fragments joined over page breaks (table_join.h); values typed
// (typed_values.h). Then the model is written: the lines inside table regions become
// LineRole::kTable (segment leaves them alone) and one kTable block per logical table is
// appended to doc.blocks, in document order.
//
// Block IDs are "t1", "t2"... by order in the document. They are not stable when a table is
// added before them; the CLI names CSV files by ID and the nearest preceding paragraph number,
// which segment fills in later (blocks are interleaved by position there).
#include "stages/tables/tables.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stages/tables/aligned_tables.h"
#include "stages/tables/cell_text.h"
#include "stages/tables/grid_glued_words.h"
#include "stages/text/hyphenation.h"
#include "stages/tables/hrule_tables.h"
#include "stages/tables/opening_labels.h"
#include "stages/tables/repeated_header.h"
#include "stages/tables/rule_segments.h"
#include "stages/tables/ruled_grid.h"
#include "stages/tables/table_join.h"
#include "stages/tables/typed_values.h"
#include "stages/tables/unruled_pages.h"
#include "stages/tables/whole_words.h"

namespace coi {

namespace {

using tables::Fragment;
using tables::LogicalTable;

bool has_text(const Fragment& f) {
  for (const tables::GridCell& cell : f.cells) {
    if (!cell.empty()) return true;
  }
  return false;
}

// True when some fragment of `found` has the flag `flag` set.
bool any_fragment(const std::vector<Fragment>& found, bool Fragment::*flag) {
  return std::any_of(found.begin(), found.end(), [&](const Fragment& f) { return f.*flag; });
}

// Lines of the main flow whose centre lies in a table region are the table's.
void mark_table_lines(Doc& doc, const std::vector<LogicalTable>& found) {
  for (const LogicalTable& t : found) {
    for (size_t i = 0; i < t.pages.size(); ++i) {
      Page& page = doc.pages[t.pages[i] - 1];
      for (Line& line : page.lines) {
        if (line.role != LineRole::kBody) continue;
        const double cx = line.box.centre_x(), cy = line.box.centre_y();
        if (t.regions[i].contains(cx, cy)) line.role = LineRole::kTable;
      }
    }
  }
}

// The largest line step, in font sizes, that the cells of some fragment in `found_on_page`
// show (row_pitch.h, step 1c), or 0: a note's padded tables share one style.
double note_cell_line_em(const std::vector<std::vector<Fragment>>& found_on_page) {
  double em = 0;
  for (const std::vector<Fragment>& found : found_on_page) {
    for (const Fragment& f : found) em = std::max(em, f.cell_line_em);
  }
  return em;
}

// The fragments of `page` found from its own rules and alignment (ruled grids, horizontal rules,
// aligned columns), their cells not yet filled. `centred_labels`: the note's tables centre their
// labels; `note_line_em`: the note's cells' line step, or 0 (hrule_tables.h); `footer`, the
// note's running footer, is no table's text.
std::vector<Fragment> find_fragments(Page& page, const TablesConfig& config, bool centred_labels,
                                     double note_line_em, const tables::RunningFooter& footer,
                                     bool notes_unruled) {
  std::vector<Fragment> found = tables::find_ruled_fragments(page, config);
  tables::cut_grid_glued_words(page, found, config.grid_glued_tolerance);
  if (config.hrules.enabled) {
    for (Fragment& f : tables::find_hrule_fragments(page, found, config, centred_labels,
                                                    note_line_em, footer, notes_unruled)) {
      found.push_back(std::move(f));
    }
  }
  if (config.borderless.enabled) {
    for (Fragment& f : tables::find_aligned_fragments(page, found, config)) {
      found.push_back(std::move(f));
    }
  }
  return found;
}

}  // namespace

Result<Doc> run_tables(Doc doc, const TablesConfig& config, Diagnostics& diag) {
  std::vector<Fragment> fragments;
  Vocabulary vocabulary(doc);
  // The words as counted, so that the count can follow the words this stage cuts and joins and
  // be handed on to segment and footnotes without their counting the note again.
  const RunningWords counted(doc);
  // Line-end hyphens in cells are judged as in paragraphs: by the note's own words and habit.
  const Hyphenation hyphenation(doc, vocabulary);
  // Every page's tables are found before any is filled, so that a word a later table prints
  // whole is known as a word when an earlier one breaks it (whole_words.h).
  const tables::RunningFooter footer = tables::running_footer(doc);
  const bool notes_unruled = tables::notes_unruled(doc, config);
  std::vector<std::vector<Fragment>> found_on_page;
  for (Page& page : doc.pages) {
    found_on_page.push_back(find_fragments(page, config, false, 0, footer, notes_unruled));
  }
  const double note_line_em = note_cell_line_em(found_on_page);
  // Reads again the pages holding a fragment that `flag` marks, with what the whole note showed.
  const auto read_again = [&](bool Fragment::*flag, bool centred_labels) {
    for (size_t p = 0; p < doc.pages.size(); ++p) {
      if (any_fragment(found_on_page[p], flag)) {
        found_on_page[p] = find_fragments(doc.pages[p], config, centred_labels, note_line_em,
                                          footer, notes_unruled);
      }
    }
  };
  // A table whose rows lie under `row_pitch_min` apart and whose cells wrap no line is read
  // again with the line step of the note's other tables (row_pitch.h, step 1d).
  if (note_line_em > 0) read_again(&Fragment::rows_by_note_step, false);
  // A producer that centres a label between two rows centres every label of the note: a page
  // whose labels, each on a row's line, were read as set on their first rows is read again.
  if (std::any_of(found_on_page.begin(), found_on_page.end(), [](const std::vector<Fragment>& f) {
        return any_fragment(f, &Fragment::labels_between_rows);
      })) {
    read_again(&Fragment::labels_top_aligned, true);
  }
  // The running words as finding the fragments left them (it cuts words glued across a grid's
  // borders).
  Vocabulary running = vocabulary;
  counted.update(running, doc);
  const tables::CellWords cell_words =
      tables::read_cell_words(doc, found_on_page, std::move(running), footer, hyphenation,
                              config);
  const tables::NoteWords words{vocabulary, cell_words.whole, cell_words.alone,
                                cell_words.words_overflow, footer};
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    Page& page = doc.pages[p];
    std::vector<Fragment> found = std::move(found_on_page[p]);
    if (config.unruled_pages && !fragments.empty()) {
      if (std::optional<Fragment> f = tables::find_unruled_continuation(
              doc, page, fragments.back(), found, config, notes_unruled)) {
        found.push_back(std::move(*f));
      }
    }
    for (const Fragment& f : found) tables::mark_superscripts(page, f, config);
    tables::fill_cells(doc, page, found, words, hyphenation, config, diag);
    for (Fragment& f : found) tables::drop_repeated_header_rows(page, f);
    std::sort(found.begin(), found.end(),
              [](const Fragment& a, const Fragment& b) { return a.box.y0 < b.box.y0; });
    tables::drop_header_copies(page, found);
    for (Fragment& f : found) {
      if (has_text(f)) fragments.push_back(std::move(f));
    }
  }
  tables::centre_opening_labels(doc, fragments, config);
  std::vector<LogicalTable> found = tables::join_fragments(doc, fragments, words, hyphenation, config, diag);
  mark_table_lines(doc, found);
  for (size_t i = 0; i < found.size(); ++i) {
    Block block;
    block.kind = BlockKind::kTable;
    block.id = "t" + std::to_string(i + 1);
    block.table = std::move(found[i].table);
    tables::type_table(block.table, config.values);
    block.where = found[i].where;
    if (found[i].pages.size() > 1) {
      diag.info("table-joined",
                "table " + block.id + " continues over " + std::to_string(found[i].pages.size()) +
                    " pages",
                found[i].pages.front(), block.id);
    }
    doc.blocks.push_back(std::move(block));
  }
  // No stage after this one changes a word but segment, which cuts a paragraph number from the
  // word it was printed glued to and brings the count up to date (the validator checks it).
  counted.update(vocabulary, doc);
  doc.vocabulary = std::make_shared<const Vocabulary>(std::move(vocabulary));
  return doc;
}

}  // namespace coi
