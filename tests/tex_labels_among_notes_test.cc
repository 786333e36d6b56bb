// End to end on XeLaTeX renders where a \multirow row label, centred on rows the page does not
// hold, is printed below its grid among the footnotes (fixtures/generated-classes/,
// fixtures/README.md). The label is set in the table's size, larger than the notes': between two
// note lines it joined both into one line with it, and note 42 was lost; on a note's line it was
// parted from it but lay below the footnote area's top, so the grid never took it in and the
// label's span was lost. Now a note line under a larger label is a line of its own, not
// superscripts (stages/layout/layout_lines.cc, overprinted_groups), parted words are joined into
// lines again (build_lines), and a grid open below takes in a body line printed among the notes
// as its label (stages/tables/grid_escaped_label.cc, stages/tables/cell_grid.cc). Expected notes,
// cells and spans come from the model.
#include <gtest/gtest.h>

#include "tests/support/fixture_doc.h"
#include "tests/support/fixture_notes.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

constexpr const char* kBetween = "fixtures/generated-classes/tex-label-between-two-note-lines";
constexpr const char* kAmong = "fixtures/generated-classes/tex-label-among-the-notes";

// Seed 2118, pages 12 to 14 (Latin Modern, table 10.9 pt, notes 8 pt): "Mayotte" (baseline
// 707.8) between note 42's line (702.4) and note 43's (714.0), over both numbers; once
// "^43 ^42 Norwegian ..." and "Mayotte ^Forum ...", note 42 lost and the label a paragraph.
// The model's t4 comes out whole, "Mayotte" spanning its four rows over the page break.
void expect_label_between_two_note_lines(const char* producer) {
  const Doc ours = testing::expect_notes_as_model(kBetween, producer, 36, 51);
  testing::expect_table_and_spans(testing::load_fixture_model(kBetween), ours, "t4");
}

TEST(TexLabelsAmongNotes, LabelBetweenTwoNoteLinesIsTheTables) {
  expect_label_between_two_note_lines("latex");
}

// The second and third shapes of input: the same pages re-printed by cairo and by Ghostscript's
// pdfwrite (fixtures/generate/drivers.py), fonts re-subset and text redrawn.
TEST(TexLabelsAmongNotes, LabelBetweenTwoNoteLinesReprintedByCairoIsTheTables) {
  expect_label_between_two_note_lines("cairo-latex");
}

TEST(TexLabelsAmongNotes, LabelBetweenTwoNoteLinesReprintedByGhostscriptIsTheTables) {
  expect_label_between_two_note_lines("gs-latex");
}

// Seed 2116, pages 19 to 21 (TeX Gyre Termes, table 10 pt, notes 8 pt): "Occitanie" printed
// over note 78's first line on page 20, below the open grid and below the footnote rule; the
// model's t5 comes out whole, "Occitanie" spanning its three rows over the break (once lost).
void expect_label_on_a_note_line(const char* producer) {
  const Doc ours = testing::expect_notes_as_model(kAmong, producer, 75, 84);
  testing::expect_table_and_spans(testing::load_fixture_model(kAmong), ours, "t5");
}

TEST(TexLabelsAmongNotes, LabelOnANoteLineIsTheTables) { expect_label_on_a_note_line("latex"); }

TEST(TexLabelsAmongNotes, LabelOnANoteLineReprintedByCairoIsTheTables) {
  expect_label_on_a_note_line("cairo-latex");
}

TEST(TexLabelsAmongNotes, LabelOnANoteLineReprintedByGhostscriptIsTheTables) {
  expect_label_on_a_note_line("gs-latex");
}

}  // namespace
}  // namespace coi
