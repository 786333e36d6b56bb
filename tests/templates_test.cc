// A short generated note printed in other templates than the Home Office's (fixtures/templates/,
// fixtures/render/template.py): each rendering changes one thing a house style sets, and coi
// must give the model back whatever the template. Expected values come from the model.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/stage_list.h"
#include "tests/support/note_text.h"
#include "tests/support/paths.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/templates/";

Doc model(const std::string& json) {
  Result<Doc> doc = load_model_json(testing::source_path(kFolder + json), JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

Doc model() { return model("note.json"); }

Doc converted(const std::string& pdf) {
  Diagnostics diag;
  RunOptions options;
  options.validate_between = true;
  Result<Doc> doc = convert_pdf(testing::source_path(kFolder + pdf), default_config().value(),
                                options, diag);
  EXPECT_TRUE(doc.is_ok()) << pdf << ": " << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

// Part titles at 20 pt and section headings at 14 pt in a plain weight over an 11 pt body, as
// Word's built-in heading styles and many house templates set them: once read as paragraphs
// ("Contents", "About this note") and ordered list items ("2. Recent developments"), since a
// heading had to be bold (stages/segment/headings.cc, plain_heading_size_ratio).
TEST(Templates, PlainHeadingsLargerThanTheBodyAreHeadings) {
  const std::vector<std::string> want = testing::heading_lines(model());
  ASSERT_FALSE(want.empty());
  for (const char* pdf : {"plain-headings-latex.pdf", "plain-headings-libreoffice.pdf"}) {
    EXPECT_EQ(testing::heading_lines(converted(pdf)), want) << pdf;
  }
}

// Parts and sections in one size (16 pt and 16 pt, the parts plain in LibreOffice, both bold in
// XeLaTeX): a part title is level 1 where it is larger than the sections, or the contents names
// it, and the contents list does not name its own title, so "Contents" read as a section
// (stages/segment/headings.cc, step 2b).
TEST(Templates, ContentsTitleIsAPartWhenSectionsAreAsLarge) {
  const std::vector<std::string> want = testing::heading_lines(model());
  ASSERT_FALSE(want.empty());
  for (const char* pdf : {"same-size-parts-libreoffice.pdf", "same-size-parts-latex.pdf"}) {
    EXPECT_EQ(testing::heading_lines(converted(pdf)), want) << pdf;
  }
}

// A level-4 heading in the body's size, bold, with less space below it than a paragraph break
// shows (lines 1.5 apart): "Clearance" ran on into the paragraph under it, "Clearance Below is
// information on when this note was cleared:" (stages/segment/chunks.cc, rule 3b). LibreOffice,
// DejaVu Sans 11 pt and Liberation Serif 12 pt.
TEST(Templates, BodySizedHeadingCloseAboveItsTextIsAHeading) {
  const std::vector<std::string> want = testing::heading_lines(model());
  ASSERT_FALSE(want.empty());
  for (const char* pdf : {"body-size-heading-libreoffice.pdf",
                          "body-size-heading-serif-libreoffice.pdf"}) {
    EXPECT_EQ(testing::heading_lines(converted(pdf)), want) << pdf;
  }
}

// Every list's first level marked with a dash, which TeX sets half an em from its text: a dash
// is also a word, so it opened an item only inside a list, and no dashed list ever opened (the
// items read as paragraphs starting "– "). WeasyPrint sets its dash a tab's width away: the same
// lists.
TEST(Templates, ListsOfDashesAreLists) {
  const std::vector<std::string> want = testing::list_lines(model());
  ASSERT_FALSE(want.empty());
  for (const char* pdf : {"dash-bullets-latex.pdf", "dash-bullets-weasyprint.pdf"}) {
    EXPECT_EQ(testing::list_lines(converted(pdf)), want) << pdf;
  }
}

// Every numbered paragraph's number, in order.
std::vector<std::string> paragraph_numbers(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) out.push_back(b.number);
  }
  return out;
}

// A hanging indent of 1 cm, barely wider than "2.1.1" in 12 pt: the tab after a number reaches
// its stop after a space's width or less. LibreOffice, the number printed inline: no number had
// a tab-sized gap, so there was no stop to rescue the tight ones at, no paragraph was numbered
// and the note was refused. XeLaTeX: "1.1.1" and "1.1.2", wider than the indent, a space from
// their text, were the note's first numbers, which followed none (stages/segment/tight_markers.cc).
TEST(Templates, NumbersBarelyNarrowerThanTheirIndentOpenParagraphs) {
  const std::vector<std::string> want = paragraph_numbers(model());
  ASSERT_FALSE(want.empty());
  for (const char* pdf : {"tight-numbers-libreoffice.pdf", "tight-numbers-latex.pdf"}) {
    EXPECT_EQ(paragraph_numbers(converted(pdf)), want) << pdf;
  }
}

// Every numbered paragraph's number and the first words of its text ("6.1.10 The Briefing: asy").
std::vector<std::string> paragraph_openings(const Doc& doc) {
  constexpr size_t kOpening = 24;  // bytes of text compared: the words a glued number took
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kParagraph || b.number.empty()) continue;
    const std::string text = testing::squash_spaces(plain_text(b.inlines));
    out.push_back(b.number + " " + text.substr(0, kOpening));
  }
  return out;
}

// A number about as wide as its hanging indent reaches the tab stop with under a point to spare,
// and Poppler reads it and the first word as one ("2.1.1The", "11.1.10The"): the paragraph was
// not numbered, its text opening "2.1.1The". LibreOffice under a 1 cm indent in 11 pt DejaVu
// Sans: every number glued, the stop known only from the glued words (the note was refused);
// under 1.27 cm, only the two-digit numbers glued ("10.1.1", "11.1.10"), the stop that of the
// others; seed 1542, pages 30-31, the same (stages/segment/glued_numbers.cc).
TEST(Templates, NumbersGluedToTheirTextOpenParagraphs) {
  const std::vector<std::pair<std::string, std::string>> renders = {
      {"note.json", "glued-numbers-libreoffice.pdf"},
      {"long-numbers/note.json", "long-numbers/glued-libreoffice.pdf"},
      {"glued-numbers-1542/note.json", "glued-numbers-1542/libreoffice.pdf"}};
  for (const auto& [json, pdf] : renders) {
    const std::vector<std::string> want = paragraph_openings(model(json));
    ASSERT_FALSE(want.empty()) << json;
    EXPECT_EQ(paragraph_openings(converted(pdf)), want) << pdf;
  }
}

// Numbers printed inline, a tab to the indent: the short ones ("2.1.1") reach it a little less
// than a tab's gap from their text, the long ones ("10.1.1") pass it and tab on to the next
// default stop. Only the long ones had a tab-sized gap, so theirs was the one stop known, and
// every short number was left in its paragraph's text (LibreOffice: DejaVu Serif 12 pt under
// 1.27 cm, TeX Gyre Heros 12 pt under 1 cm; stages/segment/tight_markers.cc, (a)).
TEST(Templates, ShortNumbersTightAtTheIndentLongOnesPastItOpenParagraphs) {
  const std::vector<std::string> want = paragraph_openings(model("long-numbers/note.json"));
  ASSERT_FALSE(want.empty());
  for (const char* pdf : {"long-numbers/second-stop-libreoffice.pdf",
                          "long-numbers/second-stop-heros-libreoffice.pdf"}) {
    EXPECT_EQ(paragraph_openings(converted(pdf)), want) << pdf;
  }
}

// Numbers too wide for a 1 cm indent, which XeLaTeX sets a space from their text: each pushes its
// text as far as it is wide, "11.1.10" two digits past the stop "1.1.1" shows, where no text of
// a number was looked for (Latin Modern Roman 12 pt, DejaVu Sans 11 pt;
// stages/segment/tight_markers.cc, (a)).
TEST(Templates, NumbersWiderThanTheirIndentOpenParagraphs) {
  const std::vector<std::string> want = paragraph_openings(model("long-numbers/note.json"));
  ASSERT_FALSE(want.empty());
  for (const char* pdf :
       {"long-numbers/overrun-latex.pdf", "long-numbers/overrun-dejavu-latex.pdf"}) {
    EXPECT_EQ(paragraph_openings(converted(pdf)), want) << pdf;
  }
}

// "number: text" of each numbered paragraph of `doc` whose number `model` numbers too (a note's
// pages cut from a render print parts of paragraphs beyond the model's), text squashed.
std::map<std::string, std::string> numbered_texts(const Doc& doc, const Doc& model) {
  std::map<std::string, std::string> wanted, out;
  for (const Block& b : model.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) wanted[b.number] = "";
  }
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && wanted.count(b.number) > 0) {
      out[b.number] = testing::squash_spaces(plain_text(b.inlines));
    }
  }
  return out;
}

// Numbers a space from their text, every one wider than the 1 cm indent (DejaVu Sans 12 pt:
// "1.1.1" 30.5 pt), so each width sets its text at its own x: "1.1.1" at one, "10.1.1" at
// another. Where the long numbers' lines outnumber the short ones' (seed 1871, 82 to 69), theirs
// was the one stop looked for, and every short number, left of it, was left in its paragraph's
// text (WeasyPrint, seeds 1871-1880: 69 paragraphs; now each x that tight_number_min_lines
// numbers share is a stop: stages/segment/tight_markers.cc, (a)). The model of seed 1871 cut to
// the first paragraph of sections 1 to 9 and every paragraph of section 10 (9 short numbers, 17
// long), printed by WeasyPrint in that note's template; seed 1917's cut the same way (sections
// 10 and 11: 9 and 12), printed by XeLaTeX in DejaVu Sans 12 pt, numbers inline under 1 cm.
TEST(Templates, NumbersAllWiderThanTheirIndentOpenParagraphsAtEachWidthsStop) {
  for (const char* pdf : {"numbers-over-their-indent-1871/weasyprint.pdf",
                          "numbers-over-their-indent-1917/latex.pdf"}) {
    const std::string folder = std::string(pdf).substr(0, std::string(pdf).find('/') + 1);
    const Doc want = model(folder + "note.json");
    const std::map<std::string, std::string> texts = numbered_texts(want, want);
    ASSERT_GE(texts.size(), 21u) << pdf;
    EXPECT_EQ(numbered_texts(converted(pdf), want), texts) << pdf;
  }
}

// Numbers printed inline, a numbered paragraph's first line alone at a page's foot: its next
// line, at the margin on the next page, was looked for under the number's text, and the
// paragraph ended at the break ("2.1.12 The interior ministry ... throughout 2014." / "Important:
// The security forces ..."; stages/segment/chunks.cc, continuation_x; lines.cc, step 7).
// XeLaTeX, seeds 1548 (pages 6-10) and 1549 (pages 14-18).
TEST(Templates, InlineNumberedLineAtAPageFootGoesOn) {
  for (const char* folder :
       {"inline-number-over-a-page-1548/", "inline-number-over-a-page-1549/"}) {
    const Doc want = model(std::string(folder) + "note.json");
    const std::map<std::string, std::string> texts = numbered_texts(want, want);
    ASSERT_FALSE(texts.empty()) << folder;
    EXPECT_EQ(numbered_texts(converted(std::string(folder) + "latex.pdf"), want), texts) << folder;
  }
}

// The paragraph number printed inline, a tab before its text, the lines below it back at the
// margin, and quotations 1 cm in from the margin on both sides: a quote was measured from where
// the numbered paragraph's first line set its text (1.5 cm in), not from the margin its other
// lines start at, and every quote after a numbered paragraph was a paragraph (XeLaTeX and
// LibreOffice; stages/segment/assemble.cc, numbered_text_edge). Every model quote is a quote.
TEST(Templates, QuotesUnderInlineNumbersAreQuotes) {
  const std::vector<std::string> want = testing::block_texts(model(), BlockKind::kQuote);
  ASSERT_FALSE(want.empty());
  for (const char* pdf : {"inline-numbers-latex.pdf", "inline-numbers-libreoffice.pdf"}) {
    EXPECT_EQ(testing::block_texts(converted(pdf), BlockKind::kQuote), want) << pdf;
  }
}

// No rule over the footnote area. WeasyPrint prints a note's number on the baseline, where the
// area without a separator was found only from a raised number: every note was lost, its text
// read as paragraphs (stages/layout/layout_footnotes.cc, (c)). LibreOffice raises its numbers;
// there a ruled table's bottom rule, the only wide rule above the notes, was taken for a
// separator, the note opening the area below a paragraph continuing the one before, and the
// table's rows, cut off above it, were lost ((b): a continuation is set in the notes' type).
TEST(Templates, NotesUnderNoSeparatorAreNotes) {
  const Doc want = model();
  ASSERT_FALSE(want.footnotes.empty());
  for (const char* pdf : {"no-separator-weasyprint.pdf", "no-separator-libreoffice.pdf"}) {
    const Doc ours = converted(pdf);
    EXPECT_EQ(testing::footnote_lines(ours), testing::footnote_lines(want)) << pdf;
    EXPECT_EQ(testing::cell_texts(ours), testing::cell_texts(want)) << pdf;
  }
}

}  // namespace
}  // namespace coi
