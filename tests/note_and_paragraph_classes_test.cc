// Failure classes of footnotes, resolution, paragraph ends and quotes that scripts/fidelity found
// on held-out notes, each in a few pages cut from its rendering (fixtures/generated-classes/,
// fixtures/README.md), converted and held against the whole note's model.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/stage_list.h"
#include "tests/support/cited_sources.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

// A generated note: its model and coi's conversion of pages cut from one producer's rendering.
struct Pair {
  Doc model;
  Doc ours;
};

Pair load(const std::string& folder, const std::string& producer,
          const Config& config = default_config().value()) {
  Pair pair;
  const std::string dir = "fixtures/generated-classes/" + folder;
  Result<Doc> model =
      load_model_json(testing::source_path(dir + "/note.json"), JsonFlavor::kCorpus);
  EXPECT_TRUE(model.is_ok()) << model.status().to_string();
  if (model.is_ok()) pair.model = std::move(model).value();
  Diagnostics diag;
  RunOptions options;
  options.validate_between = true;
  Result<Doc> ours = convert_pdf(testing::source_path(dir + "/" + producer + ".pdf"),
                                 config, options, diag);
  EXPECT_TRUE(ours.is_ok()) << ours.status().to_string();
  if (ours.is_ok()) pair.ours = std::move(ours).value();
  return pair;
}

const Footnote* footnote(const Doc& doc, int number) {
  for (const Footnote& note : doc.footnotes) {
    if (note.number == number) return &note;
  }
  return nullptr;
}

// Every note read holds its text in the model.
void expect_notes_as_in_model(const Pair& pair) {
  for (const Footnote& got : pair.ours.footnotes) {
    const Footnote* want = footnote(pair.model, got.number);
    ASSERT_NE(want, nullptr) << got.number;
    EXPECT_TRUE(testing::same_text(plain_text(want->inlines), plain_text(got.inlines)))
        << "note " << got.number;
  }
}

// LibreOffice, held-out seed 1229, pages 4 and 5: note 2 wraps "... updated" / "3 September
// 2021" to the margin, the number the sequence expects, after only two notes opened raised; mark
// 3 is printed on page 5. Once "3 September 2021" opened note 3, note 2 cut short and the real
// note 3 repeated. Every note read holds the model's text, notes 2 and 3 among them.
TEST(NoteAndParagraphClasses, LibreOfficeNoteTextWrappingTheNextNumberToTheMarginStaysText) {
  const Pair pair = load("libreoffice-number-wrapped-to-margin", "libreoffice");
  ASSERT_NE(footnote(pair.ours, 2), nullptr);
  ASSERT_NE(footnote(pair.ours, 3), nullptr);
  expect_notes_as_in_model(pair);
}

// The class from a second producer: XeLaTeX held-out seed 507 wraps note 32's text "under §" /
// "33 of the decree" to the margin on page 9 (generated-classes/tex-number-wrapped-to-margin),
// its mark 33 printed on page 10. With the raised habit out of reach (raised_habit_notes past
// the page's notes), the number's own mark, missing from pages 9 and 8, keeps it text.
TEST(NoteAndParagraphClasses, TexNumberWrappedToTheMarginWithoutItsMarkStaysTextBeforeTheHabit) {
  Config config = default_config().value();
  config.footnotes.raised_habit_notes = 1000;
  const Pair pair = load("tex-number-wrapped-to-margin", "latex", config);
  ASSERT_NE(footnote(pair.ours, 32), nullptr);
  ASSERT_NE(footnote(pair.ours, 33), nullptr);
  expect_notes_as_in_model(pair);
}

// XeLaTeX, held-out seed 1235, pages 9 to 11: a table cell run down over page 10's footnote
// area hides note 32's first line from the layout, and its second line, carried over to the top
// of page 11's area, was read as the end of note 31, on page 9. A producer carries a note over
// onto the next page only, so that line continues no note read (it is reported). Every note read
// holds its model text, note 31 among them.
TEST(NoteAndParagraphClasses, TexNoteCarriedOverFromAHiddenAreaRunsIntoNoEarlierNote) {
  const Pair pair = load("tex-note-area-hidden-by-a-table", "latex");
  ASSERT_NE(footnote(pair.ours, 31), nullptr);
  expect_notes_as_in_model(pair);
}

// LibreOffice, held-out seed 1248, page 57 and the bibliography: the page's footnote link
// rectangles are drawn off their notes, giving note 295 the URL of another Le Monde source.
// The publisher agreed with the URL's source, so it was resolved to it at confidence 1.0; its
// printed title names its own source. No note is resolved confidently to a source the model's
// note does not cite, and note 295 resolves to its own.
TEST(NoteAndParagraphClasses, AMisplacedLinkOfTheSamePublisherIsNoConfidentResolution) {
  const Pair pair = load("misplaced-link-same-publisher", "libreoffice");
  const double high = default_config().value().resolve.high_confidence;
  const std::map<int, std::string> want = testing::cited_sources(pair.model);
  const std::map<int, std::string> got = testing::cited_sources(pair.ours);
  ASSERT_TRUE(got.count(295) && want.count(295));
  EXPECT_EQ(got.at(295), want.at(295));
  for (const Footnote& note : pair.ours.footnotes) {
    ASSERT_TRUE(want.count(note.number)) << note.number;
    if (got.at(note.number) == want.at(note.number)) continue;
    EXPECT_LT(note.confidence, high) << "note " << note.number << " wrong but sure";
  }
}

// The model's paragraph texts (numbered ones by number too), for finding one in a conversion.
std::map<std::string, std::string> numbered_texts(const Doc& doc) {
  std::map<std::string, std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) out[b.number] = plain_text(b.inlines);
  }
  return out;
}

std::multiset<std::string> texts_of(const Doc& doc, BlockKind kind) {
  std::multiset<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == kind) out.insert(plain_text(b.inlines));
  }
  return out;
}

// WeasyPrint, held-out seed 1118, pages 23 and 24: paragraph 6.9's closing mark 108 broke onto
// the page's last line, alone; page 24 opens an unnumbered paragraph. The full line above the
// mark seemed to leave no room for its first word, and the two were joined. Paragraph 6.9 and
// the paragraph after it in the model are both printed whole.
TEST(NoteAndParagraphClasses, AMarkBrokenOffAloneAtAPageFootEndsItsParagraph) {
  const Pair pair = load("marks-broken-off-at-page-foot", "weasyprint");
  const std::map<std::string, std::string> numbered = numbered_texts(pair.model);
  ASSERT_TRUE(numbered.count("6.9"));
  std::string after;  // the model's paragraph after 6.9
  for (size_t i = 0; i + 1 < pair.model.blocks.size(); ++i) {
    if (pair.model.blocks[i].number == "6.9") after = plain_text(pair.model.blocks[i + 1].inlines);
  }
  ASSERT_FALSE(after.empty());
  const std::multiset<std::string> ours = texts_of(pair.ours, BlockKind::kParagraph);
  EXPECT_EQ(ours.count(numbered.at("6.9")), 1u);
  EXPECT_EQ(ours.count(after), 1u);
}

// How many of the model's quotes the pages print, each a quote and none a paragraph; every quote
// coi reads is one of them.
int quotes_as_model(const Pair& pair) {
  const std::multiset<std::string> want = texts_of(pair.model, BlockKind::kQuote);
  const std::multiset<std::string> quotes = texts_of(pair.ours, BlockKind::kQuote);
  const std::multiset<std::string> paragraphs = texts_of(pair.ours, BlockKind::kParagraph);
  int printed = 0;
  for (const std::string& text : std::set<std::string>(want.begin(), want.end())) {
    EXPECT_EQ(paragraphs.count(text), 0u) << text;
    printed += static_cast<int>(quotes.count(text));
  }
  EXPECT_EQ(printed, static_cast<int>(quotes.size()));
  return printed;
}

// LibreOffice, held-out seed 1237, pages 9, 14 and 16: the quote of page 9 follows a numbered
// paragraph (its text 28 pt left of the quote), those of pages 14 and 16 paragraphs at the
// margin (78 pt); all three start at one x, the quote style's indent from the margin. Page 9's
// quote shows no right indent of its own and was a paragraph. Every model quote the pages print
// is a quote, none a paragraph.
TEST(NoteAndParagraphClasses, AQuoteAtTheNotesQuoteIndentFromTheMarginIsAQuote) {
  // pages 9, 14 and 16 each print one
  EXPECT_GE(quotes_as_model(load("quote-indent-from-margin", "libreoffice")), 3);
}

// LibreOffice, seed 1531 (Liberation Sans 12 pt), pages 28 to 30, and seed 925 (11 pt), pages 3
// to 5: each note's one quote, 1 cm past the numbered paragraph's text on both sides, wraps
// words wider than its right indent ("highlighted", "co-operation"), so no line shows the indent,
// and the note has no other quote to show it: both were paragraphs. The numbered paragraphs'
// text they are set past is the evidence now (step 3c). Every model quote the pages print is a
// quote, none a paragraph.
TEST(NoteAndParagraphClasses, ANotesOneQuoteWithARightIndentNarrowerThanItsWordsIsAQuote) {
  for (const char* folder : {"quote-alone-right-indent-narrower-than-words",
                             "quote-alone-right-indent-narrower-than-words-11pt"}) {
    SCOPED_TRACE(folder);
    const Pair pair = load(folder, "libreoffice");
    // the note's one quote is on these pages
    const auto want = static_cast<int>(texts_of(pair.model, BlockKind::kQuote).size());
    EXPECT_EQ(quotes_as_model(pair), want);
  }
}

// XeLaTeX, seed 1758 (TeX Gyre Heros 12 pt, ragged), pages 9, 10, 13 and 14: Word's Quote
// style's 0.63 cm on each side, past numbered text hanging 1.27 cm, is 17.9 pt, under
// quote_indent's 1.5 times the body (18 pt), so none of the note's quotes showed step 3's
// indent and all were paragraphs. Pages 9 and 14 set bulleted items' wrapped lines at the
// quotes' x. Every model quote the pages print is a quote (steps 3b and 3c, quote_min_indent),
// and every quote read is the model's.
TEST(NoteAndParagraphClasses, AQuoteAtWordsShallowQuoteIndentIsAQuote) {
  // page 9's quote runs on to page 10; pages 13 and 14 each print one
  EXPECT_EQ(quotes_as_model(load("quote-shallow-indent", "latex")), 3);
}

// The class from LibreOffice, seed 1728 (Liberation Serif 12 pt, ragged), pages 5, 29, 30 and
// 32: the annexes' quotes, 0.63 cm short of the page's text edge, which the ragged note's
// lines, unhyphenated, reach only to within a point or two. Page 32's line "March 2012, ... this
// right" ends some 16 pt short of the column they show, under 1.5 body sizes, so that quote
// showed no right indent; the quote of pages 29 and 30, at its x, does. Page 5's list items wrap
// their lines past the quotes' x.
TEST(NoteAndParagraphClasses, LibreOfficeQuoteShortOfTheColumnByWordsShallowIndentIsAQuote) {
  EXPECT_EQ(quotes_as_model(load("quote-shallow-indent-libreoffice", "libreoffice")), 2);
}

// XeLaTeX, seed 1730 (Latin Modern 12 pt, justified), pages 20 and 31: the note's quotes are
// its annexes', after paragraphs at the margin, set past them by the hanging indent and 0.63 cm
// more (54 pt) and justified to a measure 0.63 cm (17.9 pt) short of the column: under 1.5 body
// sizes, so no right indent was seen and the quote of page 31 was a paragraph. The left indent
// past quote_indent, the right one past quote_min_indent is a quote (step 3).
TEST(NoteAndParagraphClasses, AJustifiedQuoteAtWordsShallowRightIndentIsAQuote) {
  EXPECT_EQ(quotes_as_model(load("quote-shallow-indent-justified", "latex")), 1);
}

}  // namespace
}  // namespace coi
