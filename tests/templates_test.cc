// A short generated note printed in other templates than the Home Office's (fixtures/templates/,
// fixtures/render/template.py): each rendering changes one thing a house style sets, and coi
// must give the model back whatever the template. Expected values come from the model.
#include <gtest/gtest.h>

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

Doc model() {
  Result<Doc> doc = load_model_json(testing::source_path(std::string(kFolder) + "note.json"),
                                    JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

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
