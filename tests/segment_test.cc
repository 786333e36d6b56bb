#include "stages/segment/segment.h"

#include <gtest/gtest.h>

#include "cli/config.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::PageBuilder;
using testing::WordStyle;

// Writes lines down a page: 14 pt between the baselines of one paragraph's lines, 6 pt more
// between paragraphs (Word's "space after"). 12 pt text advances 6 pt per character. The line
// pitch is measured from the document, so tests that rely on paragraph spacing include at least
// one paragraph of two lines, as every real note does.
class Flow {
 public:
  explicit Flow(PageBuilder& page, double top = 72) : page_(&page), y_(top) {}
  Flow& line(const std::string& text, double x = 72, const WordStyle& style = {}) {
    page_->line(text, x, y_, style);
    y_ += style.size + 2;
    return *this;
  }
  Flow& role(LineRole role) {
    page_->role(role);
    return *this;
  }
  Flow& gap(double points = 6) {
    y_ += points;
    return *this;
  }
  double y() const { return y_; }

 private:
  PageBuilder* page_;
  double y_;
};

WordStyle bold(double size = 12) {
  WordStyle s;
  s.bold = true;
  s.size = size;
  return s;
}

// A line that fills the text column (72..~500 pt), so the paragraph visibly goes on. Its last
// word is one a paragraph may end on, neither a sentence's end nor a lower-case word (which runs
// on over a page break whatever else the page shows), so that the rule under test decides.
const char* kFull = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm NNNN";
// A line ending well short of the column, as a paragraph's last line does.
const char* kShort = "aaaa bbbb cccc dddd EEEE";

// Most hand-made pages hold a single rule's worth of text, not a whole note.
// The hand-built pages end every full line exactly at the column's edge, as only a justified
// note does, and the rest well short: read by the lines that reach the column's last ems (the
// shipped justified_reach), every page would be justified. They are ragged or justified by their
// share of all their lines, as most tests here mean them (those reading the shipped reach say so).
constexpr double kEveryLineReaches = 1e6;

SegmentConfig config() {
  SegmentConfig c = default_config().value().segment;
  c.require_numbered_paragraphs = false;
  c.justified_reach = kEveryLineReaches;
  return c;
}

Doc segment(const Doc& doc, Diagnostics& diag) {
  Result<Doc> out = run_segment(doc, config(), diag);
  EXPECT_TRUE(out.is_ok());
  return std::move(out).value();
}

Doc segment(const Doc& doc) {
  Diagnostics diag;
  return segment(doc, diag);
}

std::string describe(const Block& b) {
  switch (b.kind) {
    case BlockKind::kHeading:
      return "H" + std::to_string(b.level) + "[" + b.number + "] " + plain_text(b.inlines);
    case BlockKind::kParagraph:
      return "P[" + b.number + "] " + plain_text(b.inlines);
    case BlockKind::kQuote: return "Q " + plain_text(b.inlines);
    case BlockKind::kList: {
      std::string out = b.ordered ? "OL" : "UL";
      for (const ListItem& item : b.items) {
        out += " {" + std::to_string(item.level) + " " + plain_text(item.inlines) + "}";
      }
      return out;
    }
    case BlockKind::kTable: return "TABLE";
    case BlockKind::kFigure: return "FIG";
    case BlockKind::kBackToContents: return "BTC";
    case BlockKind::kToc: return "TOC";
  }
  return "?";
}

std::vector<std::string> describe(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(describe(b));
  return out;
}

std::vector<std::string> ids(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.id);
  return out;
}

// A part title, a numbered section, two numbered paragraphs with hanging text.
void numbered_section(PageBuilder& page) {
  Flow f(page);
  f.line("Country information", 72, bold(18)).gap(18);
  f.line("4. Asylum law", 72, bold(14)).gap();
  page.line("4.1.1", 72, f.y());
  f.line("France is a signatory to the 1951 Convention and the 1967", 122);
  f.line("Protocol.", 122).gap();
  page.line("4.1.2", 72, f.y());
  f.line("The Pact entered into force.", 122).gap();
}

TEST(Segment, PartsSectionsAndNumberedParagraphs) {
  DocBuilder b;
  numbered_section(b.page());
  Doc doc = segment(b.build_with_lines());
  EXPECT_EQ(describe(doc), (std::vector<std::string>{
                               "H1[] Country information",
                               "H2[4] Asylum law",
                               "P[4.1.1] France is a signatory to the 1951 Convention and the "
                               "1967 Protocol.",
                               "P[4.1.2] The Pact entered into force.",
                           }));
  EXPECT_EQ(ids(doc), (std::vector<std::string>{"country-information", "sec-4", "para-4.1.1",
                                                "para-4.1.2"}));
  for (const Block& block : doc.blocks) EXPECT_EQ(block.part, "country-information");
}

// "4.1.10" leaves its tab little room: the gap is a space's width, but the text starts at the
// numbered paragraphs' tab stop and the number follows 4.1.9. A wrapped "4.1.3" stays text.
TEST(Segment, LongNumberWithLittleRoomForItsTabStillOpensAParagraph) {
  DocBuilder b;
  PageBuilder& page = b.page();
  Flow f(page);
  f.line("4. Asylum law", 72, bold(14)).gap();
  page.line("4.1.9", 72, f.y());
  f.line("France is a signatory to the 1951 Convention and the 1967", 112);
  f.line("Protocol.", 72).gap();
  page.line("4.1.10", 72, f.y());
  f.line("The Pact entered into force.", 112).gap();
  f.line("4.1.3 is cited again here, on a line of its own.", 72).gap();
  Doc doc = segment(b.build_with_lines());
  EXPECT_EQ(describe(doc), (std::vector<std::string>{
                               "H2[4] Asylum law",
                               "P[4.1.9] France is a signatory to the 1951 Convention and the "
                               "1967 Protocol.",
                               "P[4.1.10] The Pact entered into force.",
                               "P[] 4.1.3 is cited again here, on a line of its own.",
                           }));
}

// A note numbered two levels deep: "1." opens a section, "1.1" a paragraph. A bold body-sized
// "1.2" that ends a sentence is a bold paragraph, not a subsection heading.
TEST(Segment, TwoLevelNumbersOpenParagraphs) {
  DocBuilder b;
  PageBuilder& page = b.page();
  Flow f(page);
  f.line("1. Detention", 72, bold(14)).gap();
  page.line("1.1", 72, f.y());
  f.line("Journalists confirmed that many claimants were detained at the", 122);
  f.line("border.", 122).gap();
  page.line("1.2", 72, f.y(), bold());
  f.line("The courts agreed.", 122, bold()).gap();
  f.line("2. Housing", 72, bold(14)).gap();
  page.line("2.1", 72, f.y());
  f.line("Places were short.", 122).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{
                "H2[1] Detention",
                "P[1.1] Journalists confirmed that many claimants were detained at the border.",
                "P[1.2] The courts agreed.", "H2[2] Housing", "P[2.1] Places were short."}));
}

// Three levels deep: a bold body-sized "1.1" that reads as a title is a subsection heading.
TEST(Segment, BodySizedNumberedTitleIsASubsectionHeading) {
  DocBuilder b;
  PageBuilder& page = b.page();
  Flow f(page);
  f.line("1. Detention", 72, bold(14)).gap();
  page.line("1.1", 72, f.y(), bold());
  f.line("Avenues of redress", 122, bold()).gap();
  page.line("1.1.1", 72, f.y());
  f.line("Journalists confirmed that many claimants were detained at the", 122);
  f.line("border.", 122).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{
                "H2[1] Detention", "H3[1.1] Avenues of redress",
                "P[1.1.1] Journalists confirmed that many claimants were detained at the border."}));
}

TEST(Segment, SubsectionsAndMinorHeadings) {
  DocBuilder b;
  Flow f(b.page());
  f.line("5.1 Legal framework", 72, bold(13)).gap();
  f.line("a. PASS", 72, bold()).gap();
  f.line("Two key aims:", 72, bold()).gap();
  f.line(kFull).line("Plain text.").gap();
  Doc doc = segment(b.build_with_lines());
  EXPECT_EQ(describe(doc),
            (std::vector<std::string>{"H3[5.1] Legal framework", "H4[] a. PASS",
                                      "P[] Two key aims:",
                                      std::string("P[] ") + kFull + " Plain text."}));
  EXPECT_EQ(doc.blocks[1].id, "sec-a-pass");
  EXPECT_EQ(doc.blocks[0].part, "front-matter");
}

// Headings of fixed sizes over a 10 pt body, as XeLaTeX and LibreOffice templates set them: an
// unnumbered 14 pt heading is at the numbered sections' size (level 2), not a part title though
// it is 1.4 times the body; an unnumbered 12 pt heading, larger than the body but smaller than
// the numbered ones, is a named sub-subsection (level 4).
TEST(Segment, UnnumberedHeadingLevelsFollowTheNumberedHeadingsSizes) {
  DocBuilder b;
  b.body_font_size(10);
  WordStyle body;
  body.size = 10;
  Flow f(b.page());
  f.line("Country information", 72, bold(18)).gap(18);
  f.line("About the country information", 72, bold(14)).gap();
  f.line("4. Asylum law", 72, bold(14)).gap();
  f.line("4.1 Legal framework", 72, bold(13)).gap();
  f.line("Regional variation", 72, bold(12)).gap();
  f.line(kFull, 72, body).line("Plain text.", 72, body).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{"H1[] Country information",
                                      "H2[] About the country information", "H2[4] Asylum law",
                                      "H3[4.1] Legal framework", "H4[] Regional variation",
                                      std::string("P[] ") + kFull + " Plain text."}));
}

TEST(Segment, UnnumberedHeadingNamedByTheContentsListIsLevelTwo) {
  DocBuilder b;
  Flow f(b.page());
  f.line("About the country information", 72, bold()).gap();
  f.line(kFull).line("This section contains information.").gap();
  Doc doc = b.build_with_lines();
  Block toc;
  toc.kind = BlockKind::kToc;
  toc.id = "toc";
  toc.toc.push_back(TocEntry{"About the country information", "", 10, 2});
  add_place(toc.where, 1, Box{72, 700, 500, 712});
  doc.blocks.push_back(toc);
  Doc out = segment(doc);
  EXPECT_EQ(describe(out), (std::vector<std::string>{"H2[] About the country information",
                                                     std::string("P[] ") + kFull +
                                                         " This section contains information.",
                                                     "TOC"}));
  EXPECT_EQ(out.blocks[2].id, "toc");
}

TEST(Segment, ParagraphsSplitOnSpaceAfter) {
  DocBuilder b;
  Flow f(b.page());
  f.line(kFull).line("first ends.").gap();
  f.line("Second.").gap();
  f.line("Third.");
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{std::string("P[] ") + kFull + " first ends.", "P[] Second.",
                                      "P[] Third."}));
}

// The paragraphs of ParagraphsSplitOnSpaceAfter: 14 pt within a paragraph, 20 pt between.
std::vector<std::string> spaced_paragraphs(const SegmentConfig& c) {
  DocBuilder b;
  Flow f(b.page());
  f.line(kFull).line("first ends.").gap();
  f.line("Second.").gap();
  f.line("Third.");
  Diagnostics diag;
  Result<Doc> out = run_segment(b.build_with_lines(), c, diag);
  EXPECT_TRUE(out.is_ok());
  return describe(out.value());
}

const std::vector<std::string> kOneParagraph = {std::string("P[] ") + kFull +
                                                " first ends. Second. Third."};

// The highest of the distances (20 pt) taken as the pitch: the space after splits nothing.
TEST(Segment, PitchIsTheConfiguredPercentileOfTheDistances) {
  SegmentConfig c = config();
  c.pitch_percentile = 1;
  EXPECT_EQ(spaced_paragraphs(c), kOneParagraph);
}

TEST(Segment, PitchWindowLeavesOutCloserDistances) {
  SegmentConfig c = config();
  c.pitch_min = 1.5;  // 18 pt: only the 20 pt distances count
  EXPECT_EQ(spaced_paragraphs(c), kOneParagraph);
}

TEST(Segment, PitchWindowLeavesOutFartherDistances) {
  SegmentConfig c = config();
  c.pitch_percentile = 1;
  c.pitch_max = 1.5;  // 18 pt: only the 14 pt distance counts
  EXPECT_EQ(spaced_paragraphs(c).size(), 3u);
}

// Lines 40 pt apart give no distance within the window: the pitch falls back to 1.2 x 12 pt, and
// 40 pt is a paragraph break; at 3.5 x 12 pt it is not.
TEST(Segment, WithoutConsecutiveLinesThePitchFallsBack) {
  DocBuilder b;
  b.page().line("First.", 72, 72).line("Second.", 72, 112);
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{"P[] First.", "P[] Second."}));
  SegmentConfig c = config();
  c.fallback_pitch = 3.5;
  Diagnostics diag;
  Result<Doc> out = run_segment(b.build_with_lines(), c, diag);
  ASSERT_TRUE(out.is_ok());
  EXPECT_EQ(describe(out.value()), (std::vector<std::string>{"P[] First. Second."}));
}

// A bold "4. Asylum law" 38 pt right of the one paragraph at the page's left edge (x = 72) and
// left of the indented text (x = 122) that fills most of the page: a section heading only when
// the margin is taken at the median of the line starts, where it stands.
TEST(Segment, MarginIsTheConfiguredPercentileOfLineStarts) {
  auto blocks = [](double column_percentile) {
    DocBuilder b;
    Flow f(b.page());
    f.line(kFull).line("Opening ends.").gap();
    f.line("4. Asylum law", 110, bold()).gap();
    for (int i = 0; i < 6; ++i) f.line(kFull, 122);
    SegmentConfig c = config();
    c.column_percentile = column_percentile;
    Diagnostics diag;
    Result<Doc> out = run_segment(b.build_with_lines(), c, diag);
    EXPECT_TRUE(out.is_ok());
    return describe(out.value());
  };
  EXPECT_EQ(blocks(0.02)[1], "H4[] 4. Asylum law");
  EXPECT_EQ(blocks(0.5)[1], "H2[4] Asylum law");
}

// Sizes are measured against the layout stage's body font size, not measured again: at a 14 pt
// body, the 18 pt title is under part_size_ratio (1.3) times the body, a heading but no part.
TEST(Segment, BodySizeIsTheLayoutStages) {
  DocBuilder b;
  numbered_section(b.page());
  b.body_font_size(14);
  EXPECT_EQ(describe(segment(b.build_with_lines()))[0], "H3[] Country information");
}

TEST(Segment, ParagraphCutByAPageBreakIsOneBlockWithTwoPlaces) {
  DocBuilder b;
  auto& p1 = b.page();
  p1.line("4.1.1", 72, 686);
  Flow(p1, 686).line(kFull, 122).line(kFull, 122);
  p1.line("Page 1 of 2", 260, 800, 10).role(LineRole::kFooter);
  Flow(b.page()).line(kFull, 122).line("goes on here.", 122).gap().line(kFull, 122).line(
      "Next paragraph.", 122);
  Doc doc = segment(b.build_with_lines());
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(plain_text(doc.blocks[0].inlines),
            std::string(kFull) + " " + kFull + " " + kFull + " goes on here.");
  ASSERT_EQ(doc.blocks[0].where.size(), 2u);
  EXPECT_EQ(doc.blocks[0].where[1].page, 2);
}

TEST(Segment, ShortLastLineBeforeAPageBreakEndsTheParagraph) {
  DocBuilder b;
  auto& p1 = b.page();
  p1.line("4.1.4", 72, 700);
  Flow(p1, 700).line(kFull, 122).line("Asylum:", 122);
  Flow(b.page()).line("Asylum Procedure Regulation - establishes a procedure.", 122);
  Doc doc = segment(b.build_with_lines());
  EXPECT_EQ(doc.blocks.size(), 2u);
}

// The second line ends 54 pt short of the column: "Ab" and a space (12 pt and the note's own
// space, measured between its words, plus the fit slack) would have fitted there, so the page
// break ended the paragraph; with a slack of 4 em it would not have, and the paragraph goes on.
// (A capital: the note's lines mostly fill the column, so it reads as justified, where a
// lower-case word after no sentence end runs on whatever the room.)
TEST(Segment, FitSlackDecidesWhetherTheNextWordWouldHaveFitted) {
  DocBuilder b;
  auto& p1 = b.page();
  p1.line("4.1.1", 72, 686);
  Flow(p1, 686).line(kFull, 122).line("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk LLLL",
                                       122);
  Flow(b.page()).line("Ab cd", 122).line(kFull, 122);
  EXPECT_EQ(describe(segment(b.build_with_lines())).size(), 2u);
  SegmentConfig c = config();
  c.fit_slack = 4;
  Diagnostics diag;
  Result<Doc> out = run_segment(b.build_with_lines(), c, diag);
  ASSERT_TRUE(out.is_ok());
  EXPECT_EQ(describe(out.value()).size(), 1u);
}

TEST(Segment, HyphenatedCompoundAcrossAPageJoinsWithoutSpace) {
  DocBuilder b;
  Flow(b.page(), 700).line("The asylum-", 72);
  Flow(b.page()).line("seekers wait.", 72);
  Doc doc = segment(b.build_with_lines());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(plain_text(doc.blocks[0].inlines), "The asylum-seekers wait.");
}

TEST(Segment, FootnoteAreaBetweenPartsOfAParagraphIsSkipped) {
  DocBuilder b;
  auto& p1 = b.page();
  Flow(p1, 666).line(kFull, 72).line(kFull, 72);
  p1.line("1 UNHCR, States Parties, 2015", 72, 760, 10).role(LineRole::kFootnote);
  p1.page().footnote_top = 750;
  Flow(b.page()).line(kFull, 72).line("continued.", 72);
  Doc doc = segment(b.build_with_lines());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(plain_text(doc.blocks[0].inlines),
            std::string(kFull) + " " + kFull + " " + kFull + " continued.");
}

TEST(Segment, ParagraphCutByATableStaysOneBlockBeforeTheTable) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p, 100);
  f.line(kFull);
  p.line("Cell one", 80, 130).role(LineRole::kTable);
  f.gap(40).line("after the table.");
  Doc doc = b.build_with_lines();
  Block table;
  table.kind = BlockKind::kTable;
  table.id = "t1";
  add_place(table.where, 1, Box{72, 128, 500, 145});
  doc.blocks.push_back(table);
  Doc out = segment(doc);
  EXPECT_EQ(describe(out), (std::vector<std::string>{
                               std::string("P[] ") + kFull + " after the table.", "TABLE"}));
}

// Bug: the note printed under a table ("*Change in methodology...") was joined to paragraph
// 17.7.7, which had ended "...in the table below:" before the table.
TEST(Segment, TableNoteAfterASentenceEndIsItsOwnParagraph) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p, 100);
  // The last line is full: only its colon tells that the paragraph ended.
  const std::string last = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll below:";
  f.line(kFull).line(last);
  p.line("Cell one", 80, 140).role(LineRole::kTable);
  f.gap(40).line("*Change in methodology from 2022 onwards");
  Doc doc = b.build_with_lines();
  Block table;
  table.kind = BlockKind::kTable;
  table.id = "t1";
  add_place(table.where, 1, Box{72, 138, 500, 155});
  doc.blocks.push_back(table);
  EXPECT_EQ(describe(segment(doc)),
            (std::vector<std::string>{
                std::string("P[] ") + kFull + " " + last, "TABLE",
                "P[] *Change in methodology from 2022 onwards"}));
}

// Bug: a one-line bibliography entry that filled the last line of a page was joined to the
// entry at the top of the next page; widow/orphan control never leaves a first line alone there.
TEST(Segment, OrphanLineBeforeAPageBreakEndsTheParagraph) {
  DocBuilder b;
  Flow(b.page(), 660).line(kFull).line("ends.").gap().line(kFull, 100);
  Flow(b.page()).line("Prostitution, no date.", 100).gap().line("Home, no date.", 100);
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{std::string("P[] ") + kFull + " ends.",
                                      std::string("P[] ") + kFull, "P[] Prostitution, no date.",
                                      "P[] Home, no date."}));
}

// A line of running text ending on a word no paragraph ends on (a lower-case word with no
// punctuation, or a comma) runs on over a page break whatever opens the next page: XeLaTeX
// leaves a paragraph's first line alone at a page's foot, "...a lawyer in" / "Besançon,
// described ..." (fixtures/generated-classes/tex-orphan-ending-mid-sentence), where widow control
// alone would end the paragraph. A word that is no running text ("www.gov.uk/guidance") ends
// nothing visibly, and widow control stands.
TEST(Segment, OrphanLineEndingMidSentenceRunsOnOverAPageBreak) {
  const std::string full_in = std::string(kFull).substr(0, std::string(kFull).size() - 4) + "in";
  const std::string full_comma = std::string(kFull) + ",";
  const std::string full_address = std::string(kFull).substr(0, 59) + " www.gov.uk/guidance";
  for (const std::string& last : {full_in, full_comma, full_address}) {
    DocBuilder b;
    Flow(b.page(), 660).line(kFull).line("ends.").gap().line(last, 100);
    Flow(b.page()).line("Besançon, no date.", 100).gap().line("Home, no date.", 100);
    const std::vector<std::string> want =
        last == full_address
            ? std::vector<std::string>{std::string("P[] ") + kFull + " ends.", "P[] " + last,
                                       "P[] Besançon, no date.", "P[] Home, no date."}
            : std::vector<std::string>{std::string("P[] ") + kFull + " ends.",
                                       "P[] " + last + " Besançon, no date.",
                                       "P[] Home, no date."};
    EXPECT_EQ(describe(segment(b.build_with_lines())), want) << last;
  }
}

// A line of running text leading in with a colon runs on over a page break to a line at its own
// indent: XeLaTeX leaves a paragraph's first line alone at a page's foot, "...reform states:" /
// "Humanitarian agencies explained ..." (fixtures/generated-classes/
// tex-lead-in-alone-at-a-page-foot), where widow control alone would end the paragraph. A line
// opening a quotation after it is another paragraph (a quotation's), and widow control stands.
TEST(Segment, OrphanLineLeadingInWithAColonRunsOnOverAPageBreak) {
  const std::string lead_in = std::string(kFull) + " states:";
  for (const std::string& next : {std::string("Humanitarian, no date."),
                                  std::string("\u2018Humanitarian, no date.")}) {
    DocBuilder b;
    Flow(b.page(), 660).line(kFull).line("ends.").gap().line(lead_in, 100);
    Flow(b.page()).line(next, 100).gap().line("Home, no date.", 100);
    const std::vector<std::string> want =
        next[0] == 'H' ? std::vector<std::string>{std::string("P[] ") + kFull + " ends.",
                                                  "P[] " + lead_in + " " + next,
                                                  "P[] Home, no date."}
                       : std::vector<std::string>{std::string("P[] ") + kFull + " ends.",
                                                  "P[] " + lead_in, "P[] " + next,
                                                  "P[] Home, no date."};
    EXPECT_EQ(describe(segment(b.build_with_lines())), want) << next;
  }
}

TEST(Segment, OrphanLineContinuesWhenWidowControlIsOff) {
  DocBuilder b;
  Flow(b.page(), 660).line(kFull).line("ends.").gap().line(kFull, 100);
  Flow(b.page()).line("Prostitution, no date.", 100).gap().line("Home, no date.", 100);
  SegmentConfig c = config();
  c.widow_control = false;
  Diagnostics diag;
  Result<Doc> out = run_segment(b.build_with_lines(), c, diag);
  ASSERT_TRUE(out.is_ok());
  EXPECT_EQ(describe(out.value()),
            (std::vector<std::string>{std::string("P[] ") + kFull + " ends.",
                                      std::string("P[] ") + kFull + " Prostitution, no date.",
                                      "P[] Home, no date."}));
}

// A paragraph's last line alone atop a page, after a full line ending a sentence, then `next`
// (a plain paragraph or a bold heading); with `lone_first_line`, a later page break where a
// paragraph's first line stands alone at a page's foot, its sentence running on ("...a lawyer
// in" / "Besançon, ...").
Doc widow_case(const std::string& next, const WordStyle& next_style, bool lone_first_line,
               const std::string& ends = std::string(kFull) + ".") {
  DocBuilder b;
  Flow(b.page(), 660).line(kFull).line(ends);
  Flow p2(b.page());
  p2.line(next, 72, next_style).gap().line("Home, no date.").gap();
  if (lone_first_line) p2.gap(540).line("aaaa bbbb cccc dddd eeee ffff gggg hhhh in");
  Flow(b.page()).line("Besançon, no date.").gap().line("Home, no date.");
  return b.build_with_lines();
}

// Step 0 of stages/segment/chunks.cc: XeLaTeX leaves a paragraph's last line alone atop a page
// after a full line (fixtures/generated-classes/tex-widow-after-a-full-line). Widow control
// (rule 5e) reads the lone line as a paragraph of its own; where the note shows lone lines
// elsewhere (a first line alone at a page's foot, its sentence running on), it is not assumed
// and the line goes on. A bold line there is a heading in the body's size: it begins anew.
TEST(Segment, WidowAfterAFullLineGoesOnWhereTheNoteLeavesLoneLines) {
  const std::string ends = std::string("P[] ") + kFull + " " + kFull + ".";
  const std::string local = "Local officials, no date.";
  EXPECT_EQ(describe(segment(widow_case(local, {}, false))),
            (std::vector<std::string>{ends, "P[] " + local, "P[] Home, no date.",
                                      "P[] Besançon, no date.", "P[] Home, no date."}));
  const std::vector<std::string> lone = {
      "P[] aaaa bbbb cccc dddd eeee ffff gggg hhhh in Besançon, no date.", "P[] Home, no date."};
  EXPECT_EQ(describe(segment(widow_case(local, {}, true))),
            (std::vector<std::string>{ends + " " + local, "P[] Home, no date.", lone[0],
                                      lone[1]}));
  EXPECT_EQ(describe(segment(widow_case("Data limitations", bold(), true))),
            (std::vector<std::string>{ends, "H4[] Data limitations", "P[] Home, no date.",
                                      lone[0], lone[1]}));
}

// Rule 5k: a contents list the layout stage left to this one (a note cut from its first pages,
// fixtures/generated-classes/addresses-broken-at-separators), its entry "Sources cited . . . 19"
// filling page 3's last line, "Sources consulted but not cited . . . 21" opening page 4, in a note
// leaving lone lines (rule 5e silent): the leaders fill the line whatever follows, and the entry
// ends with its page number (the line above it, plain text, is no entry of the list).
TEST(Segment, ContentsEntryEndsWithItsPageNumberOverAPageBreak) {
  std::string leaders;
  for (int i = 0; i < 26; ++i) leaders += " .";
  const std::string cited = "Sources cited" + leaders + " 19";
  const std::string consulted = "Sources consulted" + leaders.substr(0, 12) + " 21";
  EXPECT_EQ(describe(segment(widow_case(consulted, {}, true, cited))),
            (std::vector<std::string>{std::string("P[] ") + kFull + " " + cited,
                                      "P[] " + consulted, "P[] Home, no date.",
                                      "P[] aaaa bbbb cccc dddd eeee ffff gggg hhhh in Besançon, no date.",
                                      "P[] Home, no date."}));
}

// Rule 5i, a piece of the word: a sentence ends page 2's last line 39 pt short of the column,
// and "Between" (42 pt, 45.6 with its space) opens page 3. When the note prints "Be-" /
// "tween" elsewhere (page 1), a hyphenating typesetter running the paragraph on would have put
// "Be-" (21.6 pt with its space) on page 2: the paragraph had ended (stages/segment/lines.cc,
// step 1c; WeasyPrint seed 2125, fixtures/generated-classes/hyphen-piece-fitted-weasyprint).
Doc piece_case(bool broken_elsewhere) {
  DocBuilder b;
  Flow p1(b.page(), 660);
  p1.line(kFull);
  if (broken_elsewhere) {
    p1.line("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm Be-");
    p1.line("tween them, no date.");
  }
  Flow(b.page(), 660).line(kFull).line(
      "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll m.");
  Flow(b.page())
      .line("Between aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll")
      .line("Home, no date.");
  return b.build_with_lines();
}

TEST(Segment, SentenceEndingWhereAPieceOfTheNextWordFittedEndsItsParagraph) {
  const std::string ends =
      std::string(kFull) + " aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll m.";
  const std::string next =
      "Between aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll Home, no date.";
  EXPECT_EQ(describe(segment(piece_case(false))),
            (std::vector<std::string>{std::string("P[] ") + kFull + " " + ends + " " + next}));
  EXPECT_EQ(describe(segment(piece_case(true))),
            (std::vector<std::string>{std::string("P[] ") + kFull +
                                          " aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk "
                                          "llll mmmm Between them, no date.",
                                      "P[] " + ends, "P[] " + next}));
}

// Bug: a publisher line at the top of a page ("European Court of Human Rights (ECtHR),") was
// joined to the entry that ended the page before: it would be a widow, alone on its page. The
// entry's last line ends short of the column, as a paragraph's last line does.
TEST(Segment, WidowLineAfterAPageBreakIsItsOwnParagraph) {
  DocBuilder b;
  Flow(b.page(), 686).line(kFull).line(kShort);
  Flow f(b.page());
  f.line("European Court of Human Rights (ECtHR),").gap();
  f.line("European Convention on Human Rights", 100);
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{std::string("P[] ") + kFull + " " + kShort,
                                      "P[] European Court of Human Rights (ECtHR),",
                                      "P[] European Convention on Human Rights"}));
}

// Bug: on a Letter render, paragraph 16.1.4 ended a sentence at the foot of a page with room for
// three more lines above the footnotes, and the two-line paragraph opening the next page was
// joined to it. Word fills a page before breaking a paragraph, so those lines would have fitted.
void page_fill_case(DocBuilder& b, bool mark_in_tail) {
  auto& p1 = b.page();
  Flow(p1, 660).line(kFull).line(kFull);  // a full page: 4 pt above its footnote area
  p1.line("1 A note.", 72, 700, 10).role(LineRole::kFootnote);
  p1.page().footnote_top = 690;
  auto& p2 = b.page();
  const std::string last = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll 33 days.";
  Flow(p2, 606).line(kFull).line(last);  // ends 58 pt above the footnote area
  p2.line("2 A note.", 72, 700, 10).role(LineRole::kFootnote);
  p2.page().footnote_top = 690;
  auto& p3 = b.page();
  Flow f(p3);
  f.line("See also the section on detention for the");
  if (mark_in_tail) {
    p3.raised("3", 330, 72);
    p3.raise_last();
  }
  // Ragged, as Word's notes are by default (fewer than justified_share of the lines end at the
  // column's edge): in a justified note rule 5j ends the paragraph whatever the tail.
  f.line("purpose of the procedure.").gap().line(kShort).line("Next.");
}

TEST(Segment, LinesThatWouldHaveFittedOnThePageBeforeStartANewParagraph) {
  DocBuilder b;
  page_fill_case(b, /*mark_in_tail=*/false);
  const std::vector<std::string> blocks = describe(segment(b.build_with_lines()));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1], "P[] See also the section on detention for the purpose of the procedure.");
}

// The page-fill case with a footnote mark in the tail, the mark on page 3's first line.
Doc page_fill_doc_with_mark() {
  DocBuilder b;
  page_fill_case(b, /*mark_in_tail=*/true);
  Doc doc = b.build_with_lines();
  Page& p3 = doc.pages[2];
  for (int w = 0; w < static_cast<int>(p3.words.size()); ++w) {
    if (p3.words[static_cast<size_t>(w)].raised) p3.lines[0].words.push_back(w);
  }
  return doc;
}

// A footnote mark in those lines would have needed room for its note too: no evidence then.
TEST(Segment, LinesWithAFootnoteMarkMayHaveBeenPushedOver) {
  Doc doc = page_fill_doc_with_mark();
  const std::vector<std::string> blocks = describe(segment(doc));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].substr(blocks[0].size() - 14), "the procedure.");
}

// The same pages read as justified (most lines at the column's edge): page 2's last line ends
// a sentence short of the column, which justification leaves only a paragraph's last line
// doing, so the paragraph had ended there even with a footnote mark in the tail (rule 5j).
TEST(Segment, JustifiedSentenceEndingShortOfTheColumnEndsItsParagraphAcrossAPage) {
  Doc doc = page_fill_doc_with_mark();
  SegmentConfig c = config();
  c.justified_share = 0.3;  // 3 of the 8 lines end at the edge
  Diagnostics diag;
  Result<Doc> out = run_segment(std::move(doc), c, diag);
  ASSERT_TRUE(out.is_ok());
  const std::vector<std::string> blocks = describe(out.value());
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].substr(0, 20), "P[] See also the sec");
}

// The same pages by the shipped measure: of their lines that reach the column's last
// `justified_reach` ems, all end at its edge, so the note is justified though most of its lines
// end short (paragraphs' last lines), and rule 5j ends the paragraph (WeasyPrint, seed 2224,
// p. 16: fixtures/generated-classes/justified-by-its-full-lines-weasyprint).
TEST(Segment, NoteIsJustifiedByTheLinesThatReachTheColumnsEdge) {
  Doc doc = page_fill_doc_with_mark();
  SegmentConfig c = config();
  c.justified_reach = default_config().value().segment.justified_reach;
  Diagnostics diag;
  Result<Doc> out = run_segment(std::move(doc), c, diag);
  ASSERT_TRUE(out.is_ok());
  const std::vector<std::string> blocks = describe(out.value());
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].substr(0, 20), "P[] See also the sec");
}

TEST(Segment, PageFillEvidenceCanBeTurnedOff) {
  DocBuilder b;
  page_fill_case(b, /*mark_in_tail=*/false);
  SegmentConfig c = config();
  c.page_fill_percentile = -1;
  Diagnostics diag;
  Result<Doc> out = run_segment(b.build_with_lines(), c, diag);
  ASSERT_TRUE(out.is_ok());
  EXPECT_EQ(describe(out.value()).size(), 2u);
}

// Bug: two quoted paragraphs of one quotation ("‘... advanced care...." / "‘Accommodation teams
// ...") were joined across a page break: each paragraph of a quotation opens with a quote mark.
TEST(Segment, QuotedParagraphAfterAPageBreakStartsTheNextParagraphOfTheQuote) {
  DocBuilder b;
  const std::string last = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk advanced care....";
  Flow(b.page(), 686).line("\u2018... the current system aaaa bbbb cccc dddd eeee ffff gggg").line(last);
  Flow(b.page()).line("\u2018Accommodation teams are on the front line aaaa bbbb cccc dddd").line(
      "in France.\u2019");
  const std::vector<std::string> blocks = describe(segment(b.build_with_lines()));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1], "P[] \u2018Accommodation teams are on the front line aaaa bbbb cccc dddd "
                       "in France.\u2019");
}

// A paragraph that is no quotation goes on into a quote opening the next page.
TEST(Segment, PlainParagraphContinuesIntoAQuoteAfterAPageBreak) {
  DocBuilder b;
  const std::string last = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk it said so.";
  Flow(b.page(), 686).line(kFull).line(last);
  Flow(b.page()).line("\u2018Accommodation teams are on the front line aaaa bbbb cccc dddd").line(
      "in France.\u2019");
  EXPECT_EQ(describe(segment(b.build_with_lines())).size(), 1u);
}

TEST(Segment, BulletsNestByIndentAndMarkersAreDropped) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  p.line("3.1.1", 72, f.y());
  f.line("Read with:", 122).gap();
  p.line("•", 122, f.y());
  f.line("Inadmissibility cases", 140);
  p.line("o", 150, f.y());
  f.line("Medical claims", 168);
  p.line("•", 122, f.y());
  f.line("Human rights claims", 140).gap();
  f.line("A paragraph after the list.", 122);
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{"P[3.1.1] Read with:",
                                      "UL {1 Inadmissibility cases} {2 Medical claims} "
                                      "{1 Human rights claims}",
                                      "P[] A paragraph after the list."}));
}

// Typeset by TeX or a CSS engine, list markers stand a space's width from their text. A symbol
// bullet ("•") opens an item all the same; a bullet that is also a word ("o", "–") does nested
// under the item before, but not where a wrapped line of an item merely starts with a dash; an
// ordered "1." opens a list when "2." follows at its stops. Three indents are three levels.
TEST(Segment, MarkersASpaceFromTheirTextOpenItemsThreeLevelsDeep) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  p.line("3.1.1", 72, f.y());
  f.line("Read with:", 122).gap();
  p.line("\xE2\x80\xA2", 122, f.y());  // •, 6 pt wide: a 3 pt gap
  f.line("Inadmissibility cases", 131);
  f.line("\xE2\x80\x93 notably in Lyon", 131);
  p.line("o", 140, f.y());
  f.line("Medical claims", 149);
  p.line("\xE2\x80\x93", 158, f.y());
  f.line("Article 3 claims", 167);
  p.line("\xE2\x80\xA2", 122, f.y());
  f.line("Human rights claims", 131).gap();
  p.line("1.", 122, f.y());
  f.line("First step.", 137).gap();
  p.line("2.", 122, f.y());
  f.line("Second step.", 137).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{"P[3.1.1] Read with:",
                                      "UL {1 Inadmissibility cases \xE2\x80\x93 notably in Lyon} "
                                      "{2 Medical claims} {3 Article 3 claims} "
                                      "{1 Human rights claims}",
                                      "OL {1 First step.} {1 Second step.}"}));
}

// Writes `words` (ASCII, 12 pt) on one line from x, `space` points apart: a justified line's
// stretched spaces.
void spaced_line(PageBuilder& page, const std::vector<std::string>& words, double x, double top,
                 double space) {
  const size_t first = page.page().words.size();
  for (const std::string& w : words) {
    page.line(w, x, top);
    x += 6.0 * static_cast<double>(w.size()) + space;
  }
  std::vector<Word>& all = page.page().words;
  for (size_t i = first; i + 1 < all.size(); ++i) all[i].space_after = true;
}

// XeLaTeX sets a label \labelsep, half an em, from its text, and prints it 0.499 em away as
// often as 0.5: a lone "a)" with nothing after it to follow opens its item all the same, its
// gap past any unstretched space and wider than its line's own spaces (marker_gap_min,
// tab_over_space), not on marker_gap's edge.
TEST(Segment, LabelHalfAnEmFromItsTextOpensItsItem) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  p.line("3.1.1", 72, f.y());
  f.line(kFull, 122).line("Read with:", 122).gap();
  p.line("a)", 122, f.y());  // 12 pt wide, then 0.499 of the 12 pt size
  f.line("The one step it names.", 134 + 0.499 * 12).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{std::string("P[3.1.1] ") + kFull + " Read with:",
                                      "OL {1 The one step it names.}"}));
}

// A sentence that wraps "(a)" to the start of a justified line: the gap after it is as wide as
// the line's other spaces, all stretched past a space to 0.46 em. It is no marker.
TEST(Segment, MarkerLikeWordBeforeStretchedSpacesOpensNoItem) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  p.line("3.1.1", 72, f.y());
  f.line(kFull, 122);
  spaced_line(p, {"(a)", "of", "the", "Act", "applies", "to", "claims", "made", "after", "it"},
              122, f.y(), 0.46 * 12);
  f.gap(14).line("came into force.", 122).gap();
  const std::vector<std::string> got = describe(segment(b.build_with_lines()));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, 9), "P[3.1.1] ");
  EXPECT_NE(got[0].find("NNNN (a) of the Act"), std::string::npos) << got[0];
}

TEST(Segment, OrderedItemWithASecondParagraphIsOneItem) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  p.line("i.", 124, f.y());
  f.line("First item.", 146).gap(3);
  f.line("Its second paragraph.", 146).gap(3);
  p.line("ii.", 122, f.y());
  f.line("Second item.", 146).gap();
  p.line("1.", 122, f.y());
  f.line("A new numbered list.", 146).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{"OL {1 First item. Its second paragraph.} {1 Second item.}",
                                      "OL {1 A new numbered list.}"}));
}

// "iii." (18 pt wide) leaves its tab 2 pt: its text still starts under ii.'s and it follows ii.
// "v." does not follow iii., so the line it opens (gap as tight) goes on with the third item.
TEST(Segment, WideMarkerWithLittleRoomForItsTabStillOpensTheNextItem) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  p.line("i.", 122, f.y());
  f.line("First item.", 142).gap();
  p.line("ii.", 122, f.y());
  f.line("Second item.", 142).gap();
  p.line("iii.", 122, f.y());
  f.line("Third item.", 142).gap();
  p.line("v.", 122, f.y());
  f.line("is not the next one.", 137).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{
                "OL {1 First item.} {1 Second item.} {1 Third item. v. is not the next one.}"}));
}

TEST(Segment, IndentedOnBothSidesIsAQuote) {
  DocBuilder b;
  Flow f(b.page());
  f.line(kFull).line("before.").gap();
  f.line("'Quoted words set apart from the text", 110).line("on both sides.'", 110).gap();
  f.line("After.");
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{std::string("P[] ") + kFull + " before.",
                                      "Q 'Quoted words set apart from the text on both sides.'",
                                      "P[] After."}));
}

TEST(Segment, IndentedSingleLinesStayParagraphs) {
  DocBuilder b;
  Flow f(b.page());
  f.line("Assurance Maladie,").gap();
  f.line(kFull, 100).line("Home, no date. Accessed: 27 November 2025", 100).gap();
  f.line("Rights, no date. Accessed: 27 November 2025", 100).gap();
  Doc doc = segment(b.build_with_lines());
  EXPECT_EQ(describe(doc), (std::vector<std::string>{
                               "P[] Assurance Maladie,",
                               std::string("P[] ") + kFull +
                                   " Home, no date. Accessed: 27 November 2025",
                               "P[] Rights, no date. Accessed: 27 November 2025"}));
  EXPECT_DOUBLE_EQ(doc.blocks[1].where[0].box.x0, 100);
}

// Bug: two-line bibliography entries indented under their publisher became quotes (and so were
// no sources): their first line wrapped at the column edge, which shows no right indent.
TEST(Segment, IndentedEntryWrappedAtTheColumnEdgeIsNoQuote) {
  DocBuilder b;
  Flow f(b.page());
  f.line(kFull).line("before.").gap();
  f.line("Action Emploi,").gap();
  f.line("The service of connecting refugees, no date. Accessed: 27", 110);
  f.line("November 2025", 110).gap();
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{
                std::string("P[] ") + kFull + " before.", "P[] Action Emploi,",
                "P[] The service of connecting refugees, no date. Accessed: 27 November 2025"}));
}

// Held-out seed 1237 (LibreOffice): a quote style's left indent is the margin's, so a quote after
// a numbered paragraph (whose text starts at 122) and one after a paragraph at the margin (72)
// start at one x, 150, though they sit 28 and 78 pt past the text around them. The second
// shows its right indent (its first line leaves room for the next word), the first does not
// (the next word is long): it is a quote by the indent the note's own quote has from the margin.
TEST(Segment, AQuoteAtTheLeftOfTheNotesQuotesIsAQuote) {
  DocBuilder b;
  auto& page = b.page();
  Flow f(page);
  page.line("2.2.3", 72, f.y());
  f.line(kFull, 122).line("shelters.", 122).gap();
  f.line("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjj", 150);
  f.line("counter-trafficking units.", 150).gap();
  f.line(kFull).line("before.").gap();
  f.line("aaaa bbbb cccc dddd eeee ffff", 150).line("ggg hhh.", 150).gap();
  f.line("After.");
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{
                std::string("P[2.2.3] ") + kFull + " shelters.",
                "Q aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjj counter-trafficking units.",
                std::string("P[] ") + kFull + " before.",
                "Q aaaa bbbb cccc dddd eeee ffff ggg hhh.", "P[] After."}));
}

// Seed 1758 (XeLaTeX, 12 pt): Word's Quote style indents 0.63 cm (17.86 pt) on each side, less
// than quote_indent's 1.5 body sizes (18 pt), so no quote of the note showed step 3's indent.
// Set that far past the numbered paragraph's text it is a quote by quote_min_indent (step 3c);
// asked quote_indent's 1.5 there too, a paragraph.
TEST(Segment, AQuoteAtWordsShallowQuoteIndentPastNumberedTextIsAQuote) {
  const auto blocks = [](const SegmentConfig& c) {
    DocBuilder b;
    auto& page = b.page();
    Flow f(page);
    page.line("2.1.1", 72, f.y());
    f.line(kFull, 122).line("shelters.", 122).gap();
    f.line("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjj", 139.86);
    f.line("counter-trafficking units.", 139.86).gap();
    Diagnostics diag;
    Result<Doc> out = run_segment(b.build_with_lines(), c, diag);
    EXPECT_TRUE(out.is_ok());
    return describe(out.value());
  };
  const std::string quote =
      "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjj counter-trafficking units.";
  EXPECT_EQ(blocks(config()), (std::vector<std::string>{
                                  std::string("P[2.1.1] ") + kFull + " shelters.", "Q " + quote}));
  SegmentConfig strict = config();
  strict.quote_min_indent = strict.quote_indent;
  EXPECT_EQ(blocks(strict)[1], "P[] " + quote);
}

// Held-out seed 1118 (WeasyPrint): a CSS engine broke the line before a paragraph's closing
// mark, leaving the mark alone on the page's last line (the layout joins it to the line above,
// raised). The paragraph's last printed line is the mark's, with the column's room after it, so
// the capital opening the next page starts a new paragraph (once joined: the full line above the
// mark left no room for "Next").
TEST(Segment, AMarkBrokenOffAloneAtAPageFootEndsTheParagraph) {
  DocBuilder b;
  auto& p1 = b.page();
  p1.line("6.9", 72, 686);
  const std::string last = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmm nnn.";
  Flow(p1, 686).line(kFull, 122).line(last, 122);
  p1.raised("108", 122, 714);
  p1.raise_last();
  p1.line("Page 1 of 2", 260, 800, 10).role(LineRole::kFooter);
  Flow(b.page()).line("Next paragraph aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii", 122).line(
      "ends here.", 122);
  Doc doc = b.build_with_lines();
  Page& page = doc.pages[0];
  for (int w = 0; w < static_cast<int>(page.words.size()); ++w) {
    if (page.words[static_cast<size_t>(w)].raised) page.lines[1].words.push_back(w);  // 6.9's last
  }
  const std::vector<std::string> blocks = describe(segment(doc));
  ASSERT_EQ(blocks.size(), 2u) << ::testing::PrintToString(blocks);
  EXPECT_EQ(blocks[1], "P[] Next paragraph aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii ends here.");
}

TEST(Segment, InternalLinkToAHeadingIsAnXrefToItsNumber) {
  DocBuilder b;
  auto& p1 = b.page();
  Flow(p1).line("See Medication for more.");
  p1.internal_link(Box{90, 70, 140, 86}, 2, 70);
  auto& p2 = b.page();
  Flow(p2).line("13.3 Affordability of medication", 72, bold(13)).gap();
  Diagnostics diag;
  Doc doc = segment(b.build_with_lines(), diag);
  ASSERT_GE(doc.blocks.size(), 1u);
  const Inlines& runs = doc.blocks[0].inlines;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[1].kind, InlineKind::kXref);
  EXPECT_EQ(runs[1].text, "Medication");
  EXPECT_EQ(runs[1].target, "13.3");
  EXPECT_TRUE(diag.items().empty());
}

TEST(Segment, InternalLinkToNoHeadingIsReportedOnce) {
  DocBuilder b;
  auto& p1 = b.page();
  Flow(p1).line("See this page for more.");
  p1.internal_link(Box{90, 70, 160, 86}, 1, 400);
  Diagnostics diag;
  Doc doc = segment(b.build_with_lines(), diag);
  EXPECT_EQ(plain_text(doc.blocks[0].inlines), "See this page for more.");
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].code, "unresolved-internal-link");
  EXPECT_EQ(diag.items()[0].message,
            "internal link to page 1 (y 400) lands on no heading; kept as text");
}

TEST(Segment, BackToContentsAndAnchoredIds) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  f.line("Executive summary", 72, bold(18)).gap(12);
  f.line(kFull).line("First.").gap().line("Second.").gap();
  p.line("4.1.1", 72, f.y());
  f.line("Numbered.", 122).gap();
  f.line("Unnumbered after it.", 122).gap();
  f.line("Back to Contents", 400).role(LineRole::kBackToContents);
  Doc doc = segment(b.build_with_lines());
  EXPECT_EQ(ids(doc), (std::vector<std::string>{"executive-summary", "executive-summary.p1",
                                                "executive-summary.p2", "para-4.1.1",
                                                "para-4.1.1.p1", "para-4.1.1.btc1"}));
  EXPECT_EQ(describe(doc).back(), "BTC");
}

TEST(Segment, IdsDoNotMoveWhenAnotherSectionGrows) {
  auto build = [](bool extra) {
    DocBuilder b;
    auto& p = b.page();
    Flow f(p);
    p.line("4.1.1", 72, f.y());
    f.line(kFull, 122).line("One.", 122).gap();
    if (extra) f.line("Inserted.", 122).gap();
    p.line("4.1.2", 72, f.y());
    f.line("Two.", 122).gap();
    f.line("Tail.", 122).gap();
    return segment(b.build_with_lines());
  };
  EXPECT_EQ(build(false).blocks.back().id, "para-4.1.2.p1");
  EXPECT_EQ(build(true).blocks.back().id, "para-4.1.2.p1");
}

TEST(Segment, NumberOutOfOrderIsReportedAndKeptAsText) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  p.line("4.1.2", 72, f.y());
  f.line("Two.", 122).gap();
  p.line("4.1.1", 72, f.y());
  f.line("One.", 122).gap();
  Diagnostics diag;
  Doc doc = segment(b.build_with_lines(), diag);
  EXPECT_EQ(describe(doc), (std::vector<std::string>{"P[4.1.2] Two.", "P[] 4.1.1 One."}));
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].message, "paragraph number 4.1.1 follows 4.1.2; kept as text");
}

TEST(Segment, ImagesInTheBodyAreFiguresInPlace) {
  DocBuilder b;
  auto& p = b.page();
  Flow f(p);
  f.line(kFull).line("Before.").gap(200);
  f.line("After.");
  p.image(Box{100, 100, 400, 260});
  p.image(Box{10, 10, 20, 20});  // a decoration
  EXPECT_EQ(describe(segment(b.build_with_lines())),
            (std::vector<std::string>{std::string("P[] ") + kFull + " Before.", "FIG",
                                      "P[] After."}));
}

// A justified note (most lines end at the column's edge) carries one line of a paragraph over to
// the next page, a line opening with a capital ("...Mr José" / "Muñoz of the Ligue..."): the
// line before the break ends no sentence and fills the column, which justification never does
// to a paragraph's last line, so the paragraph runs on though widow control would end it. The
// same widow after a line ending short of the column starts a paragraph of its own.
TEST(Segment, JustifiedLineFillingTheColumnRunsOnOverAPageBreak) {
  for (const char* before_break : {kFull, kShort}) {
    DocBuilder b;
    Flow(b.page(), 672).line(kFull).line(kFull).line(before_break);
    Flow f(b.page());
    f.line("Muñoz of the Ligue des droits.").gap();
    f.line(kFull).line("Next paragraph.");
    const std::vector<std::string> blocks = describe(segment(b.build_with_lines()));
    const std::string first = std::string("P[] ") + kFull + " " + kFull + " " + before_break;
    if (before_break == kFull) {
      EXPECT_EQ(blocks, (std::vector<std::string>{first + " Muñoz of the Ligue des droits.",
                                                  std::string("P[] ") + kFull + " Next paragraph."}));
    } else {
      EXPECT_EQ(blocks, (std::vector<std::string>{first, "P[] Muñoz of the Ligue des droits.",
                                                  std::string("P[] ") + kFull + " Next paragraph."}));
    }
  }
}

// Regression (France, serif render, 14.1.8): a paragraph ending in ":" on a full last line at
// the foot of a full page (its footnote area right below), a figure opening the next page, and
// a paragraph under it. The figure lies between the two as a figure in mid-page does, so the
// colon ends the paragraph; an image too small to be a figure (a decoration) parts nothing, and
// the next word would not have fitted on the full line.
TEST(Segment, FigureOpeningAPageEndsTheParagraphBeforeIt) {
  const std::string last = std::string(kFull).substr(0, std::string(kFull).size() - 1) + ":";
  for (const double side : {200.0, 20.0}) {
    DocBuilder b;
    auto& p1 = b.page();
    p1.line("4.1.1", 72, 686);
    Flow(p1, 686).line(kFull, 122).line(last, 122);
    auto& p2 = b.page();
    p2.image(Box{122, 72, 122 + side, 72 + side});
    Flow(p2, 300).line(kFull, 122).line("the end.", 122);  // two lines: no widow
    Doc doc = b.build_with_lines();
    doc.pages[0].footnote_top = 716;  // the page is full: nothing more fitted below its text
    const std::vector<std::string> blocks = describe(segment(doc));
    if (side >= 36) {
      EXPECT_EQ(blocks,
                (std::vector<std::string>{std::string("P[4.1.1] ") + kFull + " " + last, "FIG",
                                          std::string("P[] ") + kFull + " the end."}));
    } else {
      EXPECT_EQ(blocks, (std::vector<std::string>{std::string("P[4.1.1] ") + kFull + " " + last +
                                                  " " + kFull + " the end."}));
    }
  }
}

TEST(Segment, FootnoteMarksAndBoldRunsComeThroughBuildInlines) {
  DocBuilder b;
  auto& p = b.page();
  double x = p.word("Decision", 72, 72);
  x = p.word("makers", x + 3, 72);
  x = p.word("must", x + 3, 72, bold());
  WordStyle mark;
  mark.raised = true;
  mark.size = 8;
  p.word("12", x + 1, 70, mark);
  Doc doc = b.build();
  Line line;
  line.words = {0, 1, 2, 3};
  line.box = Box{72, 70, x + 10, 84};
  line.font_size = 12;
  line.baseline = 81.6;
  doc.pages[0].lines.push_back(line);
  Doc out = segment(doc);
  ASSERT_EQ(out.blocks.size(), 1u);
  const Inlines& runs = out.blocks[0].inlines;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[1].kind, InlineKind::kStrong);
  EXPECT_EQ(runs[2].kind, InlineKind::kFootnoteRef);
  EXPECT_EQ(runs[2].footnote, 12);
}

}  // namespace
}  // namespace coi

namespace coi {
namespace {

TEST(Segment, DocumentWithoutNumberedParagraphsIsNotANote) {
  testing::DocBuilder b;
  b.page().line("Minutes of the garden committee", 72, 100);
  Doc doc = b.build_with_lines();
  doc.source_path = "minutes.pdf";
  Diagnostics diag;
  Result<Doc> out = run_segment(doc, default_config().value().segment, diag);
  ASSERT_FALSE(out.is_ok());
  EXPECT_EQ(out.status().code(), StatusCode::kNotANote);
  EXPECT_EQ(out.status().to_string(), "minutes.pdf: not a COI note: no numbered paragraphs found");
}

}  // namespace
}  // namespace coi
