#include "stages/footnotes/footnotes.h"

#include <gtest/gtest.h>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/footnotes/footnotes_parts.h"
#include "tests/support/doc_builder.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::PageBuilder;
using testing::WordStyle;

WordStyle note_style() {
  WordStyle s;
  s.size = 10;
  return s;
}

// A footnote line "N text..." with N raised, as Word and LibreOffice print it.
void note_line(PageBuilder& p, const std::string& text, double top) {
  p.role_line(text, 72, top, LineRole::kFootnote, note_style());
  const int first = p.page().lines.back().words.front();
  p.page().words[first].raised = true;
}

// A new page whose body line raises marks 1 to `last`, 10 pt apart.
PageBuilder& body_raising_marks(DocBuilder& b, int last) {
  PageBuilder& p = b.page();
  p.role_line("Body text", 72, 100, LineRole::kBody);
  for (int n = 1; n <= last; ++n) {
    p.raised(std::to_string(n), 120 + 10 * n, 100);
    p.raise_last();
  }
  return p;
}

Inline text(const std::string& t) { return Inline{InlineKind::kText, t, "", "", 0}; }
Inline mark(int n) { return Inline{InlineKind::kFootnoteRef, "", "", "", n}; }

Block paragraph(const std::string& id, Inlines inlines, int page = 1) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.id = id;
  b.number = id;
  b.inlines = std::move(inlines);
  add_place(b.where, page, Box{72, 100, 500, 120});
  return b;
}

FootnotesConfig defaults() { return default_config().value().footnotes; }

Doc run(Doc doc, Diagnostics& diag) {
  Result<Doc> result = run_footnotes(std::move(doc), defaults(), diag);
  EXPECT_TRUE(result.is_ok());
  return std::move(result).value();
}

std::vector<std::string> messages(const Diagnostics& diag, Severity severity = Severity::kWarning) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diag.items()) {
    if (d.severity == severity) out.push_back(d.code + ": " + d.message);
  }
  return out;
}

TEST(Footnotes, ReadsNumberAndTextOfEachNote) {
  DocBuilder b;
  auto& p = b.page();
  p.role_line("Body text", 72, 100, LineRole::kBody);
  note_line(p, "1 UNHCR, States Parties, updated 17 April 2015", 700);
  note_line(p, "2 Conseil Constitutionnel, Constitution, 4 October 1958", 712);
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("4.1.1", {text("France"), mark(1), text(" and"), mark(2)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[0].number, 1);
  EXPECT_EQ(plain_text(doc.footnotes[0].inlines), "UNHCR, States Parties, updated 17 April 2015");
  EXPECT_EQ(doc.footnotes[1].number, 2);
  ASSERT_EQ(doc.footnotes[1].where.size(), 1u);
  EXPECT_EQ(doc.footnotes[1].where[0].page, 1);
  EXPECT_EQ(doc.footnotes[0].cited_by, std::vector<std::string>{"4.1.1"});
  EXPECT_TRUE(messages(diag).empty());
}

// A note's number names it: a raised number that an earlier note has opens no second note (the
// model would hold two footnotes 2); the line stays text and is reported. Found by fuzzing.
TEST(Footnotes, ARepeatedNumberOpensNoSecondNote) {
  DocBuilder b;
  auto& p = b.page();
  p.role_line("Body text", 72, 100, LineRole::kBody);
  note_line(p, "1 UNHCR, States Parties", 700);
  note_line(p, "2 Conseil Constitutionnel", 712);
  note_line(p, "2 Constitution, 4 October 1958", 724);
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("4.1.1", {text("France"), mark(1), text(" and"), mark(2)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(plain_text(doc.footnotes[1].inlines),
            "Conseil Constitutionnel 2 Constitution, 4 October 1958");
  EXPECT_EQ(messages(diag), std::vector<std::string>{
                                "footnote-number-repeated: footnote number 2 appears again; read "
                                "as text of note 2"});
}

TEST(Footnotes, RaisedNumberAloneOnItsLineOpensTheNote) {
  DocBuilder b;
  auto& p = b.page();
  p.role_line("1", 72, 696, LineRole::kFootnote, note_style()).raise_last();
  p.role_line("OFPRA, Accelerated Procedure, no date", 83, 700, LineRole::kFootnote, note_style());
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("5.2.1", {text("x"), mark(1)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(plain_text(doc.footnotes[0].inlines), "OFPRA, Accelerated Procedure, no date");
}

TEST(Footnotes, NoteRunningOverThePageBreakIsOneNote) {
  DocBuilder b;
  auto& p1 = b.page();
  note_line(p1, "1 Forum Réfugiés, Asylum Procedure, 11 June", 700);
  p1.role_line("2025", 72, 712, LineRole::kFootnote, note_style());  // not raised, not 2: text
  note_line(p1, "2 EUAA, Information on procedural elements", 724);
  auto& p2 = b.page();
  p2.role_line("and rights of applicants, 2024", 72, 700, LineRole::kFootnote, note_style());
  note_line(p2, "3 OFPRA, Home, no date", 712);
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("1.1", {text("a"), mark(1), mark(2)}));
  doc.blocks.push_back(paragraph("1.2", {text("b"), mark(3)}, 2));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 3u);
  EXPECT_EQ(plain_text(doc.footnotes[0].inlines), "Forum Réfugiés, Asylum Procedure, 11 June 2025");
  EXPECT_EQ(plain_text(doc.footnotes[1].inlines),
            "EUAA, Information on procedural elements and rights of applicants, 2024");
  ASSERT_EQ(doc.footnotes[1].where.size(), 2u);
  EXPECT_EQ(doc.footnotes[1].where[1].page, 2);
  EXPECT_TRUE(messages(diag).empty());
}

// XeLaTeX, held-out seed 507: note 3's text "... under §" / "4 of the decree" wraps the number
// the sequence expects next to the margin. Where every note so far opened with a raised number,
// that baseline "4" is text; the raised 4 below opens note 4.
TEST(Footnotes, WhereNotesOpenRaisedABaselineNumberAtTheMarginIsText) {
  DocBuilder b;
  auto& p1 = b.page();
  note_line(p1, "1 EC, Pact, 2024", 688);
  note_line(p1, "2 EC, Files, 2024", 700);
  note_line(p1, "3 The body met quarterly under §", 712);
  p1.role_line("4 of the decree. See UNHCR, Returns, 2023", 72, 724, LineRole::kFootnote,
               note_style());
  note_line(p1, "4 OFPRA, Home, no date", 736);
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("1.1", {text("a"), mark(1), mark(2), mark(3), mark(4)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 4u);
  EXPECT_EQ(plain_text(doc.footnotes[2].inlines),
            "The body met quarterly under § 4 of the decree. See UNHCR, Returns, 2023");
  EXPECT_EQ(plain_text(doc.footnotes[3].inlines), "OFPRA, Home, no date");
  EXPECT_TRUE(messages(diag).empty());
}

// LibreOffice held-out note 1229: note 2 wraps "... updated" / "3 September 2021" to the margin,
// the number expected next, when only two notes have opened raised (fewer than
// raised_habit_notes). Mark 3 is printed overleaf, neither on this page nor the one before: a
// producer that raises its numbers prints a note under its mark, so the "3" is note 2's text and
// the raised 3 of the next page opens note 3.
TEST(Footnotes, BeforeTheRaisedHabitABaselineNumberWhoseMarkThePageLacksIsText) {
  DocBuilder b;
  auto& p1 = body_raising_marks(b, 2);
  p1.page().footnote_top = 680;
  note_line(p1, "1 EC, Pact, 2024", 688);
  note_line(p1, "2 Freedom House, Exit procedures, updated", 700);
  p1.role_line("3 September 2021", 72, 712, LineRole::kFootnote, note_style());
  auto& p2 = b.page();
  p2.role_line("Body text", 72, 100, LineRole::kBody);
  p2.raised("3", 130, 100);
  p2.raise_last();
  p2.page().footnote_top = 680;
  note_line(p2, "3 Bertelsmann, World Report, 2020", 700);
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("1.1", {text("a"), mark(1), mark(2)}));
  doc.blocks.push_back(paragraph("1.2", {text("b"), mark(3)}, 2));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 3u);
  EXPECT_EQ(plain_text(doc.footnotes[1].inlines),
            "Freedom House, Exit procedures, updated 3 September 2021");
  EXPECT_EQ(doc.footnotes[2].number, 3);
  EXPECT_EQ(plain_text(doc.footnotes[2].inlines), "Bertelsmann, World Report, 2020");
  EXPECT_TRUE(messages(diag).empty());
}

// The same page with mark 3 printed on it: the baseline 3 at the margin opens note 3, the
// producer's look not yet known (two raised numbers may be a mixed producer's first notes).
TEST(Footnotes, BeforeTheRaisedHabitABaselineNumberMarkedOnThePageOpensItsNote) {
  DocBuilder b;
  auto& p1 = body_raising_marks(b, 3);
  p1.page().footnote_top = 680;
  note_line(p1, "1 EC, Pact, 2024", 688);
  note_line(p1, "2 Freedom House, Exit procedures, 2021", 700);
  p1.role_line("3 Bertelsmann, World Report, 2020", 72, 712, LineRole::kFootnote, note_style());
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("1.1", {text("a"), mark(1), mark(2), mark(3)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 3u);
  EXPECT_EQ(plain_text(doc.footnotes[2].inlines), "Bertelsmann, World Report, 2020");
}

TEST(Footnotes, PlainNumberThatFollowsOpensTheNextNote) {
  DocBuilder b;
  auto& p = b.page();
  p.role_line("1 EC, Pact, 2024", 72, 700, LineRole::kFootnote, note_style());
  p.role_line("2 EC, Files, 2024", 72, 712, LineRole::kFootnote, note_style());
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("1.1", {mark(1), mark(2)}));
  Diagnostics diag;
  const std::vector<Footnote> notes = run(std::move(doc), diag).footnotes;
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(plain_text(notes[1].inlines), "EC, Files, 2024");
}

// Notes numbered "N." on the baseline (a Word template's endnote-like style; WeasyPrint prints
// its numbers on the baseline too). Page 2's area was lost: notes 3 and 4 are missing, and the
// sequence resumes at note 5, since note 6 follows it. A line of note 5's text that starts with
// a number ("12 people") opens nothing: what follows it is 6, not 13.
TEST(Footnotes, NotesAfterALostAreaResumeTheSequence) {
  DocBuilder b;
  auto& p1 = b.page();
  p1.role_line("1. EC, Pact, 2024", 72, 700, LineRole::kFootnote, note_style());
  p1.role_line("2. EC, Files, 2024", 72, 712, LineRole::kFootnote, note_style());
  b.page();  // notes 3 and 4: their area not found
  auto& p3 = b.page();
  p3.role_line("5. UNHCR, Returns of", 72, 700, LineRole::kFootnote, note_style());
  p3.role_line("12 people, 2023", 72, 712, LineRole::kFootnote, note_style());
  p3.role_line("6. OFPRA, Home, no date", 72, 724, LineRole::kFootnote, note_style());
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("1.1", {mark(1), mark(2)}));
  doc.blocks.push_back(paragraph("1.2", {mark(3), mark(4), mark(5), mark(6)}, 3));
  Diagnostics diag;
  const std::vector<Footnote> notes = run(std::move(doc), diag).footnotes;
  ASSERT_EQ(notes.size(), 4u);
  EXPECT_EQ(notes[2].number, 5);
  EXPECT_EQ(plain_text(notes[2].inlines), "UNHCR, Returns of 12 people, 2023");
  EXPECT_EQ(notes[3].number, 6);
  EXPECT_EQ(plain_text(notes[3].inlines), "OFPRA, Home, no date");
  EXPECT_EQ(messages(diag), (std::vector<std::string>{
                                "footnote-out-of-sequence: footnote 5 follows footnote 2",
                                "orphan-footnote-mark: mark 3 has no footnote",
                                "footnote-mark-out-of-sequence: mark 4 follows mark 2",
                                "orphan-footnote-mark: mark 4 has no footnote",
                                "footnote-mark-out-of-sequence: mark 5 follows mark 2"}));
}

// A number past the expected one that what follows does not continue is text: "5" cannot
// resume a sequence that goes on with note 3.
TEST(Footnotes, ANumberOutOfSequenceWithWhatFollowsStaysText) {
  DocBuilder b;
  auto& p = b.page();
  p.role_line("1. EC, Pact, 2024", 72, 688, LineRole::kFootnote, note_style());
  p.role_line("2. UNHCR, Returns of", 72, 700, LineRole::kFootnote, note_style());
  p.role_line("5 people in 2023", 72, 712, LineRole::kFootnote, note_style());
  p.role_line("3. OFPRA, Home, no date", 72, 724, LineRole::kFootnote, note_style());
  Doc doc = b.build();
  Diagnostics diag;
  const std::vector<Footnote> notes = run(std::move(doc), diag).footnotes;
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_EQ(plain_text(notes[1].inlines), "UNHCR, Returns of 5 people in 2023");
  EXPECT_EQ(notes[2].number, 3);
}

TEST(Footnotes, TextBeforeAnyNumberIsReported) {
  DocBuilder b;
  auto& p = b.page();
  p.role_line("7 EC, Pact, 2024", 72, 700, LineRole::kFootnote, note_style());
  Doc doc = b.build();
  Diagnostics diag;
  EXPECT_TRUE(run(std::move(doc), diag).footnotes.empty());  // "7" is neither raised nor 1
  EXPECT_EQ(messages(diag),
            std::vector<std::string>{"footnote-without-number: footnote text without a number at "
                                     "the top of the footnote area"});
}

// XeLaTeX held-out note 1235: a table run down over page 10's footnote area hid note 32's first
// line from the layout, and its second line, carried over to the top of page 11's area, was read
// as the end of note 31, the last note read, on page 9. A producer carries a note over onto the
// next page only: text opening an area continues the last note when that note has a line on the
// page before, and is otherwise reported.
TEST(Footnotes, TextOpeningAnAreaContinuesNoNoteEndingPagesBack) {
  DocBuilder b;
  note_line(b.page(), "31 The Guardian, Factsheet, 1 April 2016", 700);
  b.page().role_line("Body text", 72, 100, LineRole::kBody);
  auto& p3 = b.page();
  p3.role_line("Principe, 2018, updated 2 December 2021", 72, 700, LineRole::kFootnote,
               note_style());
  note_line(p3, "33 UNHCR, Returns, 2023", 712);
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("1.1", {text("a"), mark(31)}));
  doc.blocks.push_back(paragraph("1.2", {text("b"), mark(33)}, 3));
  Diagnostics diag;
  const std::vector<Footnote> notes = run(std::move(doc), diag).footnotes;
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(plain_text(notes[0].inlines), "The Guardian, Factsheet, 1 April 2016");
  EXPECT_EQ(plain_text(notes[1].inlines), "UNHCR, Returns, 2023");
  const std::vector<std::string> reported = messages(diag);
  ASSERT_FALSE(reported.empty());
  EXPECT_EQ(reported.front(),
            "footnote-without-number: footnote text without a number at the top of the footnote "
            "area; the last note read, 31, ends on page 1");
}

TEST(Footnotes, LinkInNoteTextBecomesALinkRun) {
  DocBuilder b;
  auto& p = b.page();
  note_line(p, "1 EC, Pact on Migration, 21 May 2024", 700);
  p.link(Box{100, 700, 200, 710}, "https://home-affairs.ec.europa.eu/pact");
  p.page().words[2].link = 0;  // "Pact"
  p.page().words[3].link = 0;  // "on"
  p.page().words[4].link = 0;  // "Migration,": the comma is printed under the link too
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("4.1.2", {mark(1)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  ASSERT_EQ(doc.footnotes.size(), 1u);
  const Inlines& runs = doc.footnotes[0].inlines;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].text, "EC, ");
  EXPECT_EQ(runs[1].kind, InlineKind::kLink);
  EXPECT_EQ(runs[1].text, "Pact on Migration,");
  EXPECT_EQ(runs[1].url, "https://home-affairs.ec.europa.eu/pact");
}

// Notes 1..n on one page, for mark tests.
Doc doc_with_notes(int n) {
  DocBuilder b;
  auto& p = b.page();
  for (int i = 1; i <= n; ++i) note_line(p, std::to_string(i) + " Source " + std::to_string(i), 600 + 12 * i);
  return b.build();
}

TEST(Footnotes, AdjacentMarksReadAsOneNumberAreSplitBySequence) {
  Doc doc = doc_with_notes(9);
  doc.blocks.push_back(paragraph("4.1.4", {mark(1), mark(2), mark(3), mark(4), mark(5), mark(6)}));
  doc.blocks.push_back(paragraph("4.1.5", {text("signatory"), mark(78), text(" CESEDA"), mark(9)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  const Inlines& runs = doc.blocks[1].inlines;
  ASSERT_EQ(runs.size(), 5u);
  EXPECT_EQ(runs[1].footnote, 7);
  EXPECT_EQ(runs[2].footnote, 8);
  EXPECT_EQ(doc.footnotes[7].cited_by, std::vector<std::string>{"4.1.5"});
  EXPECT_TRUE(messages(diag).empty());
  EXPECT_EQ(messages(diag, Severity::kInfo),
            std::vector<std::string>{"footnote-marks-split: mark 78 read as marks 7 and 8"});
}

// Marks 1..n, each in its own paragraph "1.k", for the sequence tests below.
Doc doc_marked_up_to(int notes, int marked) {
  Doc doc = doc_with_notes(notes);
  for (int i = 1; i <= marked; ++i) {
    doc.blocks.push_back(paragraph("1." + std::to_string(i), {mark(i)}));
  }
  return doc;
}

// The marks of the last block, in order.
std::vector<int> last_marks(const Doc& doc) {
  std::vector<int> out;
  for (const Inline& run : doc.blocks.back().inlines) {
    if (run.kind == InlineKind::kFootnoteRef) out.push_back(run.footnote);
  }
  return out;
}

TEST(Footnotes, AdjacentMarksCitingAnEarlierNoteAreSplit) {
  Doc doc = doc_marked_up_to(76, 74);
  doc.blocks.push_back(paragraph("2.1", {text("as stated"), mark(7551), mark(76)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(last_marks(doc), (std::vector<int>{75, 51, 76}));
  EXPECT_TRUE(messages(diag).empty()) << messages(diag).front();
}

TEST(Footnotes, AdjacentMarksAfterALostMarkAreSplit) {
  Doc doc = doc_marked_up_to(130, 122);  // the mark of note 123 was lost
  doc.blocks.push_back(paragraph("2.1", {text("into domestic law"), mark(124125)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(last_marks(doc), (std::vector<int>{124, 125}));
}

TEST(Footnotes, MarkSkippingALostOneIsANoteNotEarlierNotes) {
  Doc doc = doc_marked_up_to(60, 46);  // the mark of note 47 was lost
  doc.blocks.push_back(paragraph("2.1", {text("at the border"), mark(48)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(last_marks(doc), std::vector<int>{48});
}

TEST(Footnotes, MarkWithoutANoteDoesNotMoveTheSequence) {
  Doc doc = doc_marked_up_to(12, 2);
  doc.blocks.push_back(paragraph("2.1", {text("misread"), mark(999)}));
  doc.blocks.push_back(paragraph("2.2", {text("then"), mark(34)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(last_marks(doc), (std::vector<int>{3, 4}));
}

TEST(Footnotes, MarkThatIsTheNextNumberIsNotSplit) {
  Doc doc = doc_with_notes(12);
  Inlines runs;
  for (int i = 1; i <= 12; ++i) runs.push_back(mark(i));
  doc.blocks.push_back(paragraph("1.1", runs));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.blocks[0].inlines.size(), 12u);
  EXPECT_TRUE(messages(diag).empty());
}

TEST(Footnotes, LinksFromMarkToNotesSplitWhatTheSequenceCannot) {
  // Note 2 is never marked, so after mark 1 the sequence expects 2 and cannot read "34"; the
  // two internal links over the word point at notes 3 and 4.
  Doc doc = doc_with_notes(4);
  Page& page = doc.pages[0];
  Word w;
  w.text = "34";
  w.box = Box{200, 100, 210, 108};
  w.raised = true;
  w.font_size = 8;
  page.words.push_back(w);
  Line line;
  line.words = {static_cast<int>(page.words.size()) - 1};
  line.box = w.box;
  page.lines.push_back(line);
  const double note3_top = doc.pages[0].lines[2].box.y0;
  const double note4_top = doc.pages[0].lines[3].box.y0;
  page.links.push_back(LinkArea{Box{200, 100, 205, 108}, "", 1, note3_top, ""});
  page.links.push_back(LinkArea{Box{205, 100, 210, 108}, "", 1, note4_top, ""});
  doc.blocks.push_back(paragraph("2.1", {mark(1), text(" x"), mark(34)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  const Inlines& runs = doc.blocks[0].inlines;
  ASSERT_EQ(runs.size(), 4u);
  EXPECT_EQ(runs[2].footnote, 3);
  EXPECT_EQ(runs[3].footnote, 4);
  EXPECT_EQ(messages(diag), (std::vector<std::string>{
                                "footnote-mark-out-of-sequence: mark 3 follows mark 1",
                                "unmarked-footnote: footnote 2 has no mark in the body"}));
}

TEST(Footnotes, MarkedTwiceIsNotOutOfSequence) {
  Doc doc = doc_with_notes(3);
  doc.blocks.push_back(paragraph("6.4.1", {mark(1), mark(2)}));
  doc.blocks.push_back(paragraph("6.4.2", {mark(3), text(" again"), mark(2)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_TRUE(messages(diag).empty());
  EXPECT_EQ(doc.footnotes[1].cited_by, (std::vector<std::string>{"6.4.1", "6.4.2"}));
}

TEST(Footnotes, MarksInListsTablesAndHeadingsAreLinked) {
  Doc doc = doc_with_notes(3);
  Block heading;
  heading.kind = BlockKind::kHeading;
  heading.id = "h-5";
  heading.inlines = {text("Status"), mark(1)};
  Block list;
  list.kind = BlockKind::kList;
  list.id = "l-1";
  list.items.push_back(ListItem{{text("item"), mark(2)}, 1, {}});
  Block table;
  table.kind = BlockKind::kTable;
  table.id = "t1";
  Cell cell;
  cell.inlines = {text("cell"), mark(3)};
  table.table.rows = {{cell}};
  doc.blocks = {heading, list, table};
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(doc.footnotes[0].cited_by, std::vector<std::string>{"h-5"});
  EXPECT_EQ(doc.footnotes[1].cited_by, std::vector<std::string>{"l-1"});
  EXPECT_EQ(doc.footnotes[2].cited_by, std::vector<std::string>{"t1"});
  EXPECT_TRUE(messages(diag).empty());
}

TEST(Footnotes, ReportsOrphanMarksUnmarkedNotesAndNotesOutOfSequence) {
  DocBuilder b;
  auto& p = b.page();
  note_line(p, "1 A, T, 2020", 700);
  note_line(p, "2 B, T, 2020", 712);
  note_line(p, "4 C, T, 2020", 724);
  Doc doc = b.build();
  doc.blocks.push_back(paragraph("3.1", {mark(1), mark(2), text(" and"), mark(3)}));
  Diagnostics diag;
  doc = run(std::move(doc), diag);
  EXPECT_EQ(messages(diag), (std::vector<std::string>{
                                "footnote-out-of-sequence: footnote 4 follows footnote 2",
                                "orphan-footnote-mark: mark 3 has no footnote",
                                "unmarked-footnote: footnote 4 has no mark in the body"}));
  EXPECT_EQ(diag.items()[1].block, "3.1");
  EXPECT_EQ(diag.items()[1].page, 1);
}

// The model's own blocks and notes, with every pair of adjacent marks merged as a PDF reader sees
// them ("7" "8" -> "78"): linking must split them back and find every note's blocks.
TEST(FootnotesOnModel, MarksOfTheModelLinkedAndMergedMarksSplitBack) {
  Result<Doc> loaded = load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  ASSERT_TRUE(loaded.is_ok()) << loaded.status().to_string();
  Doc doc = std::move(loaded).value();
  std::vector<int> want;
  int merged = 0;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    b.id = "b" + std::to_string(i);
    auto merge = [&](Inlines& inlines) {
      Inlines out;
      for (const Inline& run : inlines) {
        if (run.kind == InlineKind::kFootnoteRef) want.push_back(run.footnote);
        if (run.kind == InlineKind::kFootnoteRef && !out.empty() &&
            out.back().kind == InlineKind::kFootnoteRef && out.back().footnote < 1000) {
          out.back().footnote = std::stoi(std::to_string(out.back().footnote) + std::to_string(run.footnote));
          ++merged;
          continue;
        }
        out.push_back(run);
      }
      inlines = out;
    };
    merge(b.inlines);
    for (ListItem& item : b.items) merge(item.inlines);
    for (auto& row : b.table.rows) {
      for (Cell& cell : row) merge(cell.inlines);
    }
  }
  ASSERT_GT(merged, 0);
  Diagnostics diag;
  link_marks(doc, {}, defaults(), diag);
  std::vector<int> got;
  for (const Block& b : doc.blocks) {
    auto take = [&](const Inlines& inlines) {
      for (const Inline& run : inlines) {
        if (run.kind == InlineKind::kFootnoteRef) got.push_back(run.footnote);
      }
    };
    take(b.inlines);
    for (const ListItem& item : b.items) take(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) take(cell.inlines);
    }
  }
  ASSERT_FALSE(want.empty());
  EXPECT_EQ(got, want);
  for (const Footnote& f : doc.footnotes) EXPECT_FALSE(f.cited_by.empty()) << f.number;
  // 43 is marked twice, both times in 6.4.2: one block cites it.
  EXPECT_EQ(doc.footnotes[42].cited_by.size(), 1u);
  EXPECT_TRUE(messages(diag).empty()) << messages(diag).front();
}

}  // namespace
}  // namespace coi
