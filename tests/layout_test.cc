#include "stages/layout/layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "cli/config.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::PageBuilder;
using testing::WordStyle;

LayoutConfig defaults() { return default_config().value().layout; }

Doc layout(Doc doc, const LayoutConfig& config = defaults()) {
  Diagnostics diag;
  Result<Doc> result = run_layout(std::move(doc), config, diag);
  EXPECT_TRUE(result.is_ok()) << result.status().to_string();
  return std::move(result).value();
}

std::string text_of(const Page& page, const Line& line) {
  std::string text;
  for (int i : line.words) {
    if (!text.empty()) text += ' ';
    text += page.words[static_cast<size_t>(i)].text;
  }
  return text;
}

// "role: text" for every line of the page, in order.
std::vector<std::string> roles(const Page& page) {
  static const char* names[] = {"body",  "header",   "footer",   "back",
                                "cover", "contents", "footnote", "table"};
  std::vector<std::string> out;
  for (const Line& line : page.lines) {
    out.push_back(std::string(names[static_cast<int>(line.role)]) + ": " + text_of(page, line));
  }
  return out;
}

// A page of body text: `n` full-width 12 pt lines from y = 72, 14 pt apart.
PageBuilder& body_page(DocBuilder& b, int n = 5, double width = 595, double height = 842) {
  PageBuilder& page = b.page(width, height);
  for (int i = 0; i < n; ++i) {
    page.line("The quick brown fox jumps over the lazy dog and keeps running far away", 72,
              72 + 14 * i);
  }
  return page;
}

// --- Step 1-2: lines ---------------------------------------------------------------------------

TEST(LayoutLines, WordsOverlappingVerticallyFormOneLineWithTheMarkRaised) {
  DocBuilder b;
  PageBuilder& page = b.page();
  const double x = page.word("signatory", 72, 100);
  const double after = page.raised("7", x, 100);
  page.raised("8", after, 100);
  page.line("next line", 72, 114);
  Doc doc = layout(b.build());
  const Page& p = doc.pages[0];
  ASSERT_EQ(roles(p), (std::vector<std::string>{"body: signatory 7 8", "body: next line"}));
  EXPECT_FALSE(p.words[0].raised);
  EXPECT_TRUE(p.words[1].raised);
  EXPECT_TRUE(p.words[2].raised);
  EXPECT_EQ(p.lines[0].font_size, 12);
  EXPECT_DOUBLE_EQ(p.lines[0].baseline, p.words[0].baseline);
}

// Bug: the last line of a list item, "25)" and its mark "227", was as many characters of mark
// size as of text size, so the line became mark-sized and the mark was read as text.
TEST(LayoutLines, MarkAsLongAsTheTextOfItsLineIsStillRaised) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.raised("227", page.word("25)", 72, 100), 100);
  Doc doc = layout(b.build());
  const Page& p = doc.pages[0];
  EXPECT_EQ(p.lines[0].font_size, 12);
  EXPECT_FALSE(p.words[0].raised);
  EXPECT_TRUE(p.words[1].raised);
}

TEST(LayoutLines, RaisedNeedsTheConfiguredRise) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.raised("7", page.word("signatory", 72, 100), 100);
  LayoutConfig config = defaults();
  config.raised_min_rise = 0.5;  // the builder's marks rise 0.32 em
  EXPECT_FALSE(layout(b.build(), config).pages[0].words[1].raised);
}

TEST(LayoutLines, RaisedNeedsASmallerSize) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.raised("7", page.word("signatory", 72, 100), 100);
  LayoutConfig config = defaults();
  config.raised_max_size_ratio = 0.5;  // the builder's marks are 0.6 of the size
  EXPECT_FALSE(layout(b.build(), config).pages[0].words[1].raised);
}

// A short last line whose mark has as many (or more) characters than its text: "25)" + "227".
TEST(LayoutLines, MarkLongerThanTheTextOfItsLineIsStillRaised) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.raised("2271", page.word("25)", 72, 100), 100);
  Doc doc = layout(b.build());
  const Page& p = doc.pages[0];
  EXPECT_FALSE(p.words[0].raised);
  EXPECT_TRUE(p.words[1].raised);
  EXPECT_EQ(p.lines[0].font_size, 12);
  EXPECT_DOUBLE_EQ(p.lines[0].baseline, p.words[0].baseline);
}

// A line takes the size carrying most of its characters; one set in one size takes it, and one
// whose words carry no characters takes none, as a count of its characters would give.
TEST(LayoutLines, LineSizeIsTheOneCarryingMostCharacters) {
  DocBuilder b;  // each page's builder used before the next is added
  {
    PageBuilder& p = b.page();
    p.word("Big", 72, 100, WordStyle{.size = 14});
    p.word("smaller words", 100, 102, WordStyle{.size = 12});
  }
  {
    PageBuilder& q = b.page();
    q.word("alone", 72, 100, WordStyle{.size = 11});
    q.word("again", 110, 100, WordStyle{.size = 11});
  }
  b.page().word("", 72, 100, WordStyle{.size = 11});
  const Doc doc = layout(b.build());
  ASSERT_EQ(doc.pages[0].lines.size(), 1u);
  EXPECT_EQ(doc.pages[0].lines[0].font_size, 12);
  ASSERT_EQ(doc.pages[1].lines.size(), 1u);
  EXPECT_EQ(doc.pages[1].lines[0].font_size, 11);
  ASSERT_EQ(doc.pages[2].lines.size(), 1u);
  EXPECT_EQ(doc.pages[2].lines[0].font_size, 0);
}

TEST(LayoutLines, MinimumOverlapSeparatesLines) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.word("upper", 72, 100);
  page.word("lower", 200, 106);  // overlaps the first word by half its height
  EXPECT_EQ(layout(b.build()).pages[0].lines.size(), 1u);
  LayoutConfig config = defaults();
  config.line_min_overlap = 0.6;
  EXPECT_EQ(layout(b.build(), config).pages[0].lines.size(), 2u);
}

// A TeX table cell run down over the footnotes: an 11 pt cell word and a 10 pt note line whose
// boxes overlap by more than line_min_overlap, on baselines 3.2 pt apart, are two lines, the
// note's raised mark going with the note. Words of one size so apart stay one line (a row's
// cells centred a half line apart).
TEST(LayoutLines, WordsOfTwoSizesOnBaselinesApartAreTwoLines) {
  WordStyle cell;
  cell.size = 11;
  WordStyle note;
  note.size = 10;
  DocBuilder b;
  PageBuilder& page = b.page();
  page.word("readmission", 360, 100, cell);
  page.word("The", page.raised("96", 95, 104, 10), 104, note);
  const auto texts = [](const Page& p) {
    std::vector<std::string> out;
    for (const Line& line : p.lines) out.push_back(text_of(p, line));
    return out;
  };
  Doc doc = layout(b.build());
  EXPECT_EQ(texts(doc.pages[0]), (std::vector<std::string>{"readmission", "96 The"}));
  EXPECT_TRUE(doc.pages[0].words[1].raised);

  DocBuilder same;
  PageBuilder& row = same.page();
  row.word("Bretagne", 72, 100, note);
  row.word("405", 360, 104, note);
  EXPECT_EQ(texts(layout(same.build()).pages[0]), (std::vector<std::string>{"Bretagne 405"}));
}

// The texts of a page's lines, in order.
std::vector<std::string> line_texts(const Page& page) {
  std::vector<std::string> out;
  for (const Line& line : page.lines) out.push_back(text_of(page, line));
  return out;
}

// A TeX table cell run down among a note's words (seed 1908 p. 63): "returned" at 10.9 pt and
// the note's "report" at 9 pt on about one baseline, one covering the other, are two lines. Two
// sizes side by side on one baseline stay one line.
TEST(LayoutLines, WordsOfTwoSizesCoveringEachOtherOnOneBaselineAreTwoLines) {
  WordStyle cell;
  cell.size = 10.9;
  WordStyle note;
  note.size = 9;
  DocBuilder b;
  PageBuilder& page = b.page();
  page.word("annual", 330, 713.5, note);
  page.word("returned", 363, 711.8, cell);
  page.word("report", 366, 713.5, note);
  Doc doc = layout(b.build());
  EXPECT_EQ(line_texts(doc.pages[0]), (std::vector<std::string>{"returned", "annual report"}));

  DocBuilder apart;
  PageBuilder& side = apart.page();
  side.word("returned", 363, 711.8, cell);
  side.word("report", 410, 713.5, note);
  EXPECT_EQ(line_texts(layout(apart.build()).pages[0]),
            (std::vector<std::string>{"returned report"}));
}

// A TeX row label set below its table on a note's first line in the notes' size (seed 1902 p. 8):
// "Corse" on the baseline of "WHO,", covering the note's raised number, is a line of its own, the
// number going with the words it is not printed over.
TEST(LayoutLines, WordCoveringTheMarkThatOpensItsLineIsALineOfItsOwn) {
  WordStyle text;
  text.size = 9;
  DocBuilder b;
  PageBuilder& page = b.page();
  page.word("Corse", 78.8, 686, text);
  page.raised("18", 80.3, 686, 9);
  page.word("WHO,", 88.1, 686, text);
  Doc doc = layout(b.build());
  EXPECT_EQ(line_texts(doc.pages[0]), (std::vector<std::string>{"Corse", "18 WHO,"}));
  EXPECT_TRUE(doc.pages[0].words[1].raised);
}

// A TeX row label across the footnote rule (seed 1905 p. 24): "Mayotte" and the note's "OECD," in
// one size, on baselines 7 pt apart, joined into one line through the note's raised number, the
// label covering that number, are two lines.
TEST(LayoutLines, WordCoveringTheMarkThatOpensALineBelowIsALineOfItsOwn) {
  WordStyle text;
  text.size = 10;
  WordStyle mark;
  mark.size = 7;
  DocBuilder b;
  PageBuilder& page = b.page();
  page.word("Mayotte", 91, 681, text);
  page.word("55", 95.5, 686.7, mark);
  page.word("OECD,", 103, 688.2, text);
  Doc doc = layout(b.build());
  EXPECT_EQ(line_texts(doc.pages[0]), (std::vector<std::string>{"Mayotte", "55 OECD,"}));
  EXPECT_TRUE(doc.pages[0].words[1].raised);
}

// A TeX row label in the table's size between two note lines (seed 2118 p. 13): "Mayotte"
// (10.9 pt) bridges note 42's line and note 43's (8 pt, 11.6 pt apart) into one line, over both
// numbers. Note 42's words, smaller than the label and above its baseline, are no superscripts:
// a mark stands raised beside them. Parted from the label, the two note lines fall apart.
TEST(LayoutLines, LabelBetweenTwoNoteLinesLeavesBothNoteLines) {
  WordStyle mark, note, label;
  mark.size = 6, note.size = 8, label.size = 10.9;
  DocBuilder b;
  PageBuilder& page = b.page();
  page.word("42", 77.4, 694.7, mark);
  page.word("Forum", 85.2, 695.9, note);
  page.word("Refugies,", 112.1, 695.9, note);
  page.word("Mayotte", 77.1, 699, label);
  page.word("43", 77.4, 706.4, mark);
  page.word("Norwegian", 85.2, 707.6, note);
  page.word("Country", 127.6, 707.6, note);
  Doc doc = layout(b.build());
  EXPECT_EQ(line_texts(doc.pages[0]), (std::vector<std::string>{"42 Forum Refugies,", "Mayotte",
                                                                "43 Norwegian Country"}));
  EXPECT_TRUE(doc.pages[0].words[0].raised);
  EXPECT_FALSE(doc.pages[0].words[1].raised);
  EXPECT_TRUE(doc.pages[0].words[4].raised);
}

TEST(LayoutLines, ReadingOrderIsTopThenLeft) {
  DocBuilder b;
  b.page().line("third", 72, 300).line("right", 300, 100).line("left", 72, 100);
  EXPECT_EQ(roles(layout(b.build()).pages[0]),
            (std::vector<std::string>{"body: left right", "body: third"}));
}

TEST(LayoutLines, WordsWithNonFiniteGeometryAreLeftOut) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.line("kept", 72, 100).word("lost", 120, 100);
  page.page().words.back().box.y1 = std::nan("");
  EXPECT_EQ(roles(layout(b.build()).pages[0]), (std::vector<std::string>{"body: kept"}));
}

// --- Step 2b: body font size ------------------------------------------------------------------

TEST(LayoutBodySize, IsTheLineSizeCarryingTheMostCharacters) {
  DocBuilder b;
  PageBuilder& page = body_page(b, 2);  // 2 x 70 characters at 12 pt
  page.line("Country information", 72, 40, 18);
  page.line("UNHCR, States Parties to the 1951 Convention, 2015", 72, 700, 10);
  page.line("Conseil Constitutionnel, Constitution of 4 October 1958", 72, 712, 10);
  EXPECT_EQ(layout(b.build()).body_font_size, 12);
}

// Footnote marks count at their line's size, as the text they belong to.
TEST(LayoutBodySize, RaisedMarksCountAtTheSizeOfTheirLine) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.raised("1234567", page.word("abc", 72, 100, WordStyle{}), 100);  // 3 + 7 at 12 pt
  page.line("abcdefgh", 72, 200, 10);                                   // 8 at 10 pt
  EXPECT_EQ(layout(b.build()).body_font_size, 12);
}

TEST(LayoutBodySize, SizesAreToldApartToAHundredthOfAPoint) {
  DocBuilder b;
  PageBuilder& page = b.page();
  page.line("abcd", 72, 100, 11.999).line("efgh", 72, 120, 12.001).line("ijklmn", 72, 140, 10);
  EXPECT_EQ(layout(b.build()).body_font_size, 12);
}

TEST(LayoutBodySize, TieGoesToTheSmallerSize) {
  DocBuilder b;
  b.page().line("abcd", 72, 100, 12).line("efgh", 72, 120, 10);
  EXPECT_EQ(layout(b.build()).body_font_size, 10);
}

// A note citing heavily sets more characters in its footnotes than in its paragraphs; the body is
// the larger of the two sizes its prose is set in (fixtures/table-heavy shows it in a render).
TEST(LayoutBodySize, FootnotesOutweighingTheParagraphsStaySmallerThanTheBody) {
  DocBuilder b;
  PageBuilder& page = body_page(b, 2);  // 2 x 70 characters at 12 pt
  for (int i = 0; i < 4; ++i) {
    page.line("Home Office, correspondence with the British Embassy in Tirana, 11 September 2023",
              72, 700 + 11 * i, 10);
  }
  EXPECT_EQ(layout(b.build()).body_font_size, 12);
}

// A table's rows (its cells parted by column gaps) are not prose, however much of the text they
// carry.
TEST(LayoutBodySize, TableRowsOutweighingTheParagraphsAreNotProse) {
  DocBuilder b;
  PageBuilder& page = body_page(b, 2);  // 2 x 70 characters at 12 pt
  WordStyle cell;
  cell.size = 11;
  for (int r = 0; r < 8; ++r) {
    const double top = 200 + 14 * r;
    page.word("Nouvelle-Aquitaine", 72, top, cell);
    page.word("33,209", 250, top, cell);
    page.word("428", 350, top, cell);
    page.word("23,599", 450, top, cell);
  }
  EXPECT_EQ(layout(b.build()).body_font_size, 12);
}

TEST(LayoutBodySize, DocumentWithoutTextHasNone) {
  DocBuilder b;
  b.page();
  EXPECT_EQ(layout(b.build()).body_font_size, 0);
}

// --- Step 3: furniture -------------------------------------------------------------------------

TEST(LayoutFurniture, PageNumberLineInTheBottomBandIsAFooter) {
  DocBuilder b;
  body_page(b, 2).line("Page 2 of 3", 260, 800, 10);
  const Page p = layout(b.build()).pages[0];
  EXPECT_EQ(roles(p).back(), "footer: Page 2 of 3");
}

TEST(LayoutFurniture, PageNumberTextOutsideTheBandsIsBody) {
  DocBuilder b;
  body_page(b, 2).line("Page 2 of 3", 260, 400, 10);
  EXPECT_EQ(roles(layout(b.build()).pages[0]).back(), "body: Page 2 of 3");
  DocBuilder narrow;
  body_page(narrow, 2).line("Page 2 of 3", 260, 800, 10);
  LayoutConfig config = defaults();
  config.furniture_band = 0.02;  // 17 pt: the line at 800-810 is outside it
  EXPECT_EQ(roles(layout(narrow.build(), config).pages[0]).back(), "body: Page 2 of 3");
}

TEST(LayoutFurniture, RepeatedBandLinesAreHeadersWithDigitsMasked) {
  DocBuilder b;
  for (int i = 1; i <= 4; ++i) {
    body_page(b, 3).line("France: Safe third country " + std::to_string(i), 72, 30, 9);
  }
  const Doc doc = layout(b.build());
  for (const Page& p : doc.pages) EXPECT_EQ(p.lines.front().role, LineRole::kHeader);
  LayoutConfig config = defaults();
  config.furniture_min_pages = 5;
  EXPECT_EQ(layout(b.build(), config).pages[0].lines.front().role, LineRole::kBody);
}

TEST(LayoutFurniture, RepeatedLinesMustSitAtTheSameHeight) {
  DocBuilder b;
  for (int i = 0; i < 4; ++i) body_page(b, 3).line("OFFICIAL", 72, 20 + 15 * i, 9);
  const Doc doc = layout(b.build());
  EXPECT_EQ(doc.pages[0].lines.front().role, LineRole::kBody);
  LayoutConfig config = defaults();
  config.furniture_y_tolerance = 0.06;  // 50 pt on A4
  EXPECT_EQ(layout(b.build(), config).pages[0].lines.front().role, LineRole::kHeader);
}

TEST(LayoutFurniture, RepetitionNeedsTheConfiguredShareOfPages) {
  DocBuilder b;
  for (int i = 0; i < 10; ++i) {
    PageBuilder& page = body_page(b, 3);
    if (i < 3) page.line("Draft", 72, 800, 9);
  }
  EXPECT_EQ(layout(b.build()).pages[0].lines.back().role, LineRole::kFooter);  // 3 of 10 pages
  LayoutConfig config = defaults();
  config.furniture_min_page_fraction = 0.5;
  EXPECT_EQ(layout(b.build(), config).pages[0].lines.back().role, LineRole::kBody);
}

// A bare page number masks as "#", and so does a footnote's last line holding a year alone
// ("2022", a date wrapped to the margin) in the bottom band above it. The page number is still
// furniture on every page, the year's page too, and the year, at no page number's height, stays
// text (WeasyPrint seed 1557 and LibreOffice seed 1553: fixtures/generated-classes/
// page-number-under-a-wrapped-date*).
TEST(LayoutFurniture, PageNumberBelowAYearAloneInTheBandIsAFooter) {
  DocBuilder b;
  for (int i = 1; i <= 4; ++i) {
    PageBuilder& page = body_page(b, 3);
    if (i == 2) page.line("2022", 72, 760, 9);
    page.line(std::to_string(i), 295, 815, 10);
  }
  const Doc doc = layout(b.build());
  for (const Page& p : doc.pages) EXPECT_EQ(p.lines.back().role, LineRole::kFooter);
  const std::vector<std::string> second = roles(doc.pages[1]);
  EXPECT_EQ(second[second.size() - 2], "body: 2022");
}

TEST(LayoutFurniture, BackToContentsAnywhere) {
  DocBuilder b;
  body_page(b, 2).line("Back to Contents", 430, 300);
  EXPECT_EQ(roles(layout(b.build()).pages[0]).back(), "back: Back to Contents");
}

// --- Step 4: cover -----------------------------------------------------------------------------

TEST(LayoutCover, FirstPageWithoutParagraphTextIsTheCover) {
  DocBuilder b;
  b.page().line("Home Office", 72, 70, 20).line("Country Information Note", 72, 220, 26)
      .line("Version 2.0", 72, 330, 14);
  body_page(b);
  const Doc doc = layout(b.build());
  for (const Line& line : doc.pages[0].lines) EXPECT_EQ(line.role, LineRole::kCover);
  EXPECT_EQ(doc.pages[1].lines[0].role, LineRole::kBody);
}

TEST(LayoutCover, FirstPageWithAParagraphIsNotACover) {
  DocBuilder b;
  body_page(b, 3);
  body_page(b);
  EXPECT_EQ(layout(b.build()).pages[0].lines[0].role, LineRole::kBody);
}

TEST(LayoutCover, ParagraphWidthIsConfigured) {
  DocBuilder b;
  b.page().line("Home Office", 72, 70, 20).line("A short body-size line", 72, 300);
  body_page(b);
  EXPECT_EQ(layout(b.build()).pages[0].lines[0].role, LineRole::kCover);
  LayoutConfig config = defaults();
  config.cover_paragraph_min_width = 0.1;  // the 12 pt line is 0.13 of the page wide
  EXPECT_EQ(layout(b.build(), config).pages[0].lines[0].role, LineRole::kBody);
}

TEST(LayoutCover, FirstPageWithTheContentsIsNotACover) {
  DocBuilder b;
  b.page().line("Contents", 72, 70, 18).line("Summary..........2", 72, 110);
  body_page(b);
  EXPECT_EQ(layout(b.build()).pages[0].lines[0].role, LineRole::kBody);
}

// --- Step 5: contents --------------------------------------------------------------------------

Doc contents_doc() {
  DocBuilder b;
  body_page(b, 3);
  b.page()
      .line("Contents", 72, 70, 18)
      .line("Executive summary..........................2", 72, 110)
      .line("1. Purpose.................................3", 84, 125)
      .line("5.1 Refugee status and subsidiary", 96, 140)
      .line("protection.................................3", 96, 155)
      .line("Bibliography 3", 72, 170)
      .line("Page 2 of 3", 260, 800, 10);
  b.page().line("About this note", 72, 70, 18).line("Section updated: 16 February 2026", 72, 100);
  return b.build();
}

TEST(LayoutContents, EntriesBecomeOneTocBlock) {
  Doc doc = layout(contents_doc());
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& toc = doc.blocks[0];
  EXPECT_EQ(toc.kind, BlockKind::kToc);
  EXPECT_EQ(toc.id, "toc");
  EXPECT_EQ(toc.part, "contents");
  ASSERT_EQ(toc.toc.size(), 4u);
  auto entry = [&](size_t i) {
    const TocEntry& e = toc.toc[i];
    return e.number + "|" + e.text + "|" + std::to_string(e.page) + "|" + std::to_string(e.level);
  };
  EXPECT_EQ(entry(0), "|Executive summary|2|1");
  EXPECT_EQ(entry(1), "1|Purpose|3|2");
  EXPECT_EQ(entry(2), "5.1|Refugee status and subsidiary protection|3|3");
  EXPECT_EQ(entry(3), "|Bibliography|3|1");
  ASSERT_EQ(toc.where.size(), 1u);
  EXPECT_EQ(toc.where[0].page, 2);
  const Page& page = doc.pages[1];
  EXPECT_EQ(roles(page)[0], "body: Contents");
  EXPECT_EQ(std::count_if(page.lines.begin(), page.lines.end(),
                          [](const Line& l) { return l.role == LineRole::kContents; }),
            5);
  EXPECT_EQ(roles(doc.pages[2]),
            (std::vector<std::string>{"body: About this note",
                                      "body: Section updated: 16 February 2026"}));
}

// A title that fills its line pushes its leaders and page number onto the next line.
TEST(LayoutContents, LeadersWrappedOntoTheirOwnLineEndTheEntryAbove) {
  DocBuilder b;
  body_page(b, 3);
  b.page()
      .line("Contents", 72, 70, 18)
      .line("10.1 Accommodation type and eligibility...........2", 84, 110)
      .line("10.2 Accommodation for those granted international protection", 84, 125)
      .line("......................................................3", 120, 140)
      .line("10.3 Humanitarian and financial assistance........3", 84, 155)
      .line("Page 2 of 3", 260, 800, 10);
  b.page().line("About this note", 72, 70, 18).line("Section updated: 16 February 2026", 72, 100);
  Doc doc = layout(b.build());
  ASSERT_EQ(doc.blocks.size(), 1u);
  std::vector<std::string> entries;
  for (const TocEntry& e : doc.blocks[0].toc) {
    entries.push_back(e.number + "|" + e.text + "|" + std::to_string(e.page));
  }
  EXPECT_EQ(entries, (std::vector<std::string>{
                         "10.1|Accommodation type and eligibility|2",
                         "10.2|Accommodation for those granted international protection|3",
                         "10.3|Humanitarian and financial assistance|3"}));
}

std::vector<std::string> entry_rows(const Doc& doc) {
  std::vector<std::string> rows;
  for (const Block& block : doc.blocks) {
    for (const TocEntry& e : block.toc) {
      rows.push_back(std::to_string(e.level) + "|" + e.number + "|" + e.text + "|" +
                     std::to_string(e.page));
    }
  }
  return rows;
}

// Word's contents without leaders, four levels deep: a title that fills its line(s) pushes its
// page number alone onto the next line; leaders may fill the first line only. The title is set
// at body size, as some templates do, so only the entries' own titles show where the list ends.
Doc shapes_doc() {
  DocBuilder b;
  body_page(b, 3);
  b.page()
      .line("Contents", 72, 70)
      .line("Executive summary 2", 72, 90)
      .line("6. Refugee status determination (RSD) process 2", 84, 104)
      .line("6.8 Detention for the purpose of the asylum procedure", 96, 118)
      .line("3", 500, 132)
      .line("6.9 Border controls and the identification of claimants at", 96, 146)
      .line("the external frontiers of the Schengen area", 140, 160)
      .line("3", 500, 174)
      .line("a. Number and characteristics of victims supported by NGOs ..........", 108, 188)
      .line("3", 500, 202)
      .line("About this note 3", 72, 216)
      .line("Page 2 of 3", 260, 800, 10);
  b.page().line("About this note", 72, 70).line("Section updated: 16 February 2026", 72, 100);
  return b.build();
}

TEST(LayoutContents, EveryEntryShapeUpToTheNextPartIsAnEntry) {
  Doc doc = layout(shapes_doc());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(entry_rows(doc),
            (std::vector<std::string>{
                "1||Executive summary|2", "2|6|Refugee status determination (RSD) process|2",
                "3|6.8|Detention for the purpose of the asylum procedure|3",
                "3|6.9|Border controls and the identification of claimants at the external "
                "frontiers of the Schengen area|3",
                "4||a. Number and characteristics of victims supported by NGOs|3",
                "1||About this note|3"}));
  const Page& contents = doc.pages[1];
  EXPECT_EQ(std::count_if(contents.lines.begin(), contents.lines.end(),
                          [](const Line& l) { return l.role == LineRole::kContents; }),
            10);
  // The heading the last entry names is the next part: body again.
  EXPECT_EQ(roles(doc.pages[2])[0], "body: About this note");
}

// Where the next part's heading repeats no entry and is set like the entries, the PDF outline
// says where it is.
TEST(LayoutContents, TheOutlineShowsWhereTheNextPartStarts) {
  DocBuilder b;
  body_page(b, 3);
  b.page()
      .line("Contents", 72, 70)
      .line("Executive summary 2", 72, 90)
      .line("Terms of Reference 3", 72, 104)
      .line("Page 2 of 3", 260, 800, 10);
  b.page().line("Introduction 3", 72, 70).line("The note is short.", 72, 100);
  Doc doc = b.build();
  doc.outline = {OutlineEntry{"Contents", 1, 2, 68}, OutlineEntry{"Introduction", 1, 3, 68}};
  doc = layout(std::move(doc));
  EXPECT_EQ(entry_rows(doc),
            (std::vector<std::string>{"1||Executive summary|2", "1||Terms of Reference|3"}));
  EXPECT_EQ(roles(doc.pages[2])[0], "body: Introduction 3");
}

// Without outline, size or repeated title, more lines in a row without a page number than a
// title has end the list before them.
TEST(LayoutContents, LinesWithoutPageNumbersBeyondATitlesLengthEndTheList) {
  DocBuilder b;
  body_page(b, 3);
  b.page()
      .line("Contents", 72, 70)
      .line("Executive summary 2", 72, 90)
      .line("Introduction", 72, 120)
      .line("The note is short and its paragraphs", 72, 134)
      .line("run over more lines than any title", 72, 148)
      .line("of the contents list would.", 72, 162)
      .line("Page 2 of 3", 260, 800, 10);
  body_page(b, 3);
  Doc doc = layout(b.build());
  EXPECT_EQ(entry_rows(doc), (std::vector<std::string>{"1||Executive summary|2"}));
  EXPECT_EQ(roles(doc.pages[1])[2], "body: Introduction");
}

TEST(LayoutContents, IndentToleranceMergesLevels) {
  LayoutConfig config = defaults();
  config.toc_indent_tolerance = 2.0;  // 24 pt: all three indents are one level
  Doc doc = layout(contents_doc(), config);
  ASSERT_EQ(doc.blocks.size(), 1u);
  // One indent cluster: levels fall back to the depth of the numbers.
  EXPECT_EQ(doc.blocks[0].toc[1].level, 1);
  EXPECT_EQ(doc.blocks[0].toc[2].level, 2);
}

TEST(LayoutContents, OnlyTheFirstPagesAreSearched) {
  LayoutConfig config = defaults();
  config.contents_search_pages = 1;
  EXPECT_TRUE(layout(contents_doc(), config).blocks.empty());
}

// --- Step 6: footnote area ---------------------------------------------------------------------

// A body page whose bottom holds a separator rule (optional) and two 10 pt footnotes.
DocBuilder footnote_doc(bool with_rule, bool with_marks) {
  DocBuilder b;
  PageBuilder& page = body_page(b, 5);
  if (with_rule) page.rule(72, 700, 216, 700.5);
  double x = 72;
  if (with_marks) x = page.raised("1", 72, 710, 10);
  page.line("UNHCR, States Parties to the 1951 Convention, 2015", x + 3, 710, 10);
  x = 72;
  if (with_marks) x = page.raised("2", 72, 722, 10);
  page.line("Conseil Constitutionnel, Constitution of 4 October 1958", x + 3, 722, 10);
  page.line("Page 1 of 2", 260, 800, 10);
  body_page(b, 5);
  return b;
}

int count_role(const Page& page, LineRole role) {
  return static_cast<int>(std::count_if(page.lines.begin(), page.lines.end(),
                                        [&](const Line& l) { return l.role == role; }));
}

TEST(LayoutFootnotes, SeparatorRuleStartsTheArea) {
  Doc doc = layout(footnote_doc(true, false).build());
  const Page& page = doc.pages[0];
  EXPECT_DOUBLE_EQ(page.footnote_top, 700);
  EXPECT_EQ(count_role(page, LineRole::kFootnote), 2);
  EXPECT_EQ(roles(page).back(), "footer: Page 1 of 2");
  EXPECT_EQ(doc.pages[1].footnote_top, -1);
}

TEST(LayoutFootnotes, SeparatorMustBeShort) {
  LayoutConfig config = defaults();
  config.footnote_rule_max_width = 0.2;  // the rule is 0.24 of the page wide
  const Page page = layout(footnote_doc(true, false).build(), config).pages[0];
  EXPECT_EQ(page.footnote_top, -1);
  EXPECT_EQ(count_role(page, LineRole::kFootnote), 0);
}

// A short rule above footnote_rule_min_y (here: the rule at 700 of 842, the limit at 0.9) with
// small type below it is no separator by its place alone ...
TEST(LayoutFootnotes, SeparatorHighOnThePageNeedsTheExpectedNoteBelowIt) {
  LayoutConfig config = defaults();
  config.footnote_rule_min_y = 0.9;
  EXPECT_EQ(layout(footnote_doc(true, false).build(), config).pages[0].footnote_top, -1);
}

// ... but is one when the line below it opens the note expected next, whose mark the body
// printed above: notes filling more than the page's lower part.
TEST(LayoutFootnotes, SeparatorHighOnThePageOverTheMarkedNoteStartsTheArea) {
  LayoutConfig config = defaults();
  config.footnote_rule_min_y = 0.9;
  DocBuilder b;
  PageBuilder& page = body_page(b, 5);
  page.raised("1", page.word("claims.", 72, 142), 142);
  page.rule(72, 700, 216, 700.5);
  const double x = page.raised("1", 72, 710, 10);
  page.line("UNHCR, States Parties to the 1951 Convention, 2015", x + 3, 710, 10);
  page.line("Page 1 of 2", 260, 800, 10);
  body_page(b, 5);
  const Page laid = layout(b.build(), config).pages[0];
  EXPECT_DOUBLE_EQ(laid.footnote_top, 700);
  EXPECT_EQ(count_role(laid, LineRole::kFootnote), 1);
}

TEST(LayoutFootnotes, FirstFootnoteMustBeCloseBelowTheSeparator) {
  LayoutConfig config = defaults();
  config.footnote_rule_max_gap = 0.5;  // 6 pt; the first note starts 9.5 pt below the rule
  EXPECT_EQ(layout(footnote_doc(true, false).build(), config).pages[0].footnote_top, -1);
}

// The separator is a line as [rules] defines it: thin and long enough.
TEST(LayoutFootnotes, SeparatorMustBeThinnerThanTheRuleThicknessLimit) {
  LayoutConfig config = defaults();
  config.rules.max_thickness = 0.4;  // the rule is 0.5 pt thick
  EXPECT_EQ(layout(footnote_doc(true, false).build(), config).pages[0].footnote_top, -1);
}

TEST(LayoutFootnotes, SeparatorMustBeLongerThanTheRuleMinimumLength) {
  LayoutConfig config = defaults();
  config.rules.min_length = 150;  // the rule is 144 pt long
  EXPECT_EQ(layout(footnote_doc(true, false).build(), config).pages[0].footnote_top, -1);
}

// A vertical rule 1.5 pt right of the separator's end: apart at the default 1 pt, touching at 2.
TEST(LayoutFootnotes, SeparatorMeetsNoVerticalRuleWithinTheIsolationDistance) {
  DocBuilder b = footnote_doc(true, false);
  Doc doc = b.build();
  doc.pages[0].rules.push_back(Rule{Box{217.5, 690, 218, 710}, false});
  EXPECT_DOUBLE_EQ(layout(doc).pages[0].footnote_top, 700);
  LayoutConfig config = defaults();
  config.footnote_rule_isolation = 2.0;
  EXPECT_EQ(layout(doc, config).pages[0].footnote_top, -1);
}

TEST(LayoutFootnotes, WithoutARuleTheAreaStartsAtTheFirstRaisedNumber) {
  Doc doc = layout(footnote_doc(false, true).build());
  const Page& page = doc.pages[0];
  EXPECT_DOUBLE_EQ(page.footnote_top, 710);
  EXPECT_EQ(count_role(page, LineRole::kFootnote), 2);
  EXPECT_TRUE(page.words[page.lines[5].words[0]].raised);
}

TEST(LayoutFootnotes, SmallTypeWithoutRuleOrMarksStaysBody) {
  const Page page = layout(footnote_doc(false, false).build()).pages[0];
  EXPECT_EQ(page.footnote_top, -1);
  EXPECT_EQ(count_role(page, LineRole::kFootnote), 0);
}

TEST(LayoutFootnotes, FootnoteTypeMustBeSmallerThanTheConfiguredRatio) {
  LayoutConfig config = defaults();
  config.footnote_max_size_ratio = 0.8;  // 10 pt notes are 0.83 of the 12 pt body
  EXPECT_EQ(layout(footnote_doc(true, true).build(), config).pages[0].footnote_top, -1);
}

TEST(LayoutFootnotes, PageBottomTableIsNotAFootnoteArea) {
  DocBuilder b;
  PageBuilder& page = body_page(b, 5);
  // A small-type table at the bottom: short horizontal borders meeting vertical ones.
  for (double y : {700.0, 714.0, 728.0}) page.rule(72, y, 216, y + 0.5);
  page.rule(72, 700, 72.5, 728).rule(144, 700, 144.5, 728).rule(216, 700, 216.5, 728);
  page.line("1 Paris", 75, 702, 10).line("2 Lyon", 75, 716, 10);
  body_page(b, 5);
  const Page p = layout(b.build()).pages[0];
  EXPECT_EQ(p.footnote_top, -1);
  EXPECT_EQ(count_role(p, LineRole::kFootnote), 0);
}

TEST(LayoutFootnotes, WorksOnLetterPages) {
  DocBuilder b;
  PageBuilder& page = body_page(b, 5, 612, 792);
  page.rule(72, 650, 216, 650.5);
  page.line("UNHCR, States Parties, 2015", page.raised("1", 72, 660, 10) + 3, 660, 10);
  page.line("Page 1 of 2", 260, 760, 10);
  body_page(b, 5, 612, 792);
  const Page p = layout(b.build()).pages[0];
  EXPECT_DOUBLE_EQ(p.footnote_top, 650);
  EXPECT_EQ(roles(p).back(), "footer: Page 1 of 2");
  EXPECT_EQ(count_role(p, LineRole::kFootnote), 1);
}

// A CSS engine's footnote area: a border as wide as the text, numbers on the baseline. `first`
// is the number the first note line opens with; mark "1" is printed in the body when `marked`.
DocBuilder wide_border_doc(const std::string& first, bool marked) {
  DocBuilder b;
  PageBuilder& page = body_page(b, 5);
  if (marked) page.raised("1", 500, 72);
  page.rule(72, 700, 523, 700.5);
  page.line(first + " UNHCR, States Parties to the 1951 Convention, 2015", 72, 710, 10);
  page.line("Page 1 of 2", 260, 800, 10);
  body_page(b, 5);
  return b;
}

TEST(LayoutFootnotes, WideSeparatorOverTheExpectedMarkedNote) {
  const Page page = layout(wide_border_doc("1", true).build()).pages[0];
  EXPECT_DOUBLE_EQ(page.footnote_top, 700);
  EXPECT_EQ(count_role(page, LineRole::kFootnote), 1);
}

// A table's top rule is as wide: below it, the lines must open the note the sequence expects,
// and its mark must be printed above.
TEST(LayoutFootnotes, WideRuleIsNoSeparatorWithoutTheExpectedMarkedNote) {
  EXPECT_EQ(layout(wide_border_doc("7", true).build()).pages[0].footnote_top, -1);
  EXPECT_EQ(layout(wide_border_doc("1", false).build()).pages[0].footnote_top, -1);
}

// An underlined link in the notes is a short isolated rule with small type below it.
TEST(LayoutFootnotes, UnderlineIsNoSeparator) {
  DocBuilder b = footnote_doc(false, false);
  Doc doc = b.build();
  doc.pages[0].rules.push_back(Rule{Box{80, 718, 200, 718.5}, false});  // inside the 710 line
  EXPECT_EQ(layout(doc).pages[0].footnote_top, -1);
}

// A table's rule drawn cell by cell: each segment is short and meets no vertical rule, but runs
// on into the next cell's.
TEST(LayoutFootnotes, RuleRunningOnIntoAnotherIsNoSeparator) {
  Doc doc = footnote_doc(true, false).build();
  doc.pages[0].rules.push_back(Rule{Box{216, 700, 300, 700.5}, false});
  EXPECT_EQ(layout(doc).pages[0].footnote_top, -1);
}

}  // namespace
}  // namespace coi
