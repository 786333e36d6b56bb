#include "stages/text/inline_runs.h"

#include <gtest/gtest.h>

#include "tests/support/doc_builder.h"

namespace coi {
namespace {

using testing::DocBuilder;
using testing::WordStyle;

// All words of page 1, one TextLine per distinct word top.
std::vector<TextLine> lines_of(const Doc& doc) {
  std::vector<TextLine> lines;
  double top = -1;
  for (int i = 0; i < static_cast<int>(doc.pages[0].words.size()); ++i) {
    const Word& w = doc.pages[0].words[i];
    if (w.raised || (!lines.empty() && w.box.y0 == top)) {
      lines.back().push_back(WordRef{1, i});
      continue;
    }
    lines.push_back({WordRef{1, i}});
    top = w.box.y0;
  }
  return lines;
}

std::string describe(const Inlines& inlines) {
  std::string out;
  for (const Inline& r : inlines) {
    switch (r.kind) {
      case InlineKind::kText: out += "[" + r.text + "]"; break;
      case InlineKind::kStrong: out += "**" + r.text + "**"; break;
      case InlineKind::kLink: out += "<" + r.text + "|" + r.url + ">"; break;
      case InlineKind::kXref: out += "<" + r.text + "#" + r.target + ">"; break;
      case InlineKind::kFootnoteRef: out += "^" + std::to_string(r.footnote); break;
    }
  }
  return out;
}

TEST(InlineRuns, BoldWordsBecomeStrongWithSpacesOutside) {
  DocBuilder b;
  auto& p = b.page();
  WordStyle bold;
  bold.bold = true;
  double x = p.word("Decision", 72, 100);
  x = p.word("makers", x + 3, 100);
  x = p.word("must", x + 3, 100, bold);
  p.word("consider", x + 3, 100);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[Decision makers ]**must**[ consider]");
}

TEST(InlineRuns, RaisedDigitsAreFootnoteMarksEvenSideBySide) {
  DocBuilder b;
  auto& p = b.page();
  double x = p.word("claims", 72, 100);
  p.page().words.back().space_after = false;
  WordStyle small;
  small.size = 8;
  x = p.word("7", x, 97, small);
  p.page().words.back().raised = true;
  p.page().words.back().space_after = false;
  p.word("8", x, 97, small);
  p.page().words.back().raised = true;
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})), "[claims]^7^8");
}

// Six adjacent marks printed as one raised word are too long for one note number: the run of
// consecutive notes they spell (once std::stoi threw on it and the process ended). A raised
// run of digits spelling no such run is text.
TEST(InlineRuns, RaisedDigitsTooLongForOneNumberAreTheConsecutiveNotesTheySpell) {
  DocBuilder b;
  auto& p = b.page();
  double x = p.word("this.", 72, 100);
  p.page().words.back().space_after = false;
  WordStyle small;
  small.size = 8;
  x = p.word("161718192021", x, 97, small);
  p.page().words.back().raised = true;
  x = p.word("and", x + 3, 100);
  p.page().words.back().space_after = false;
  p.word("98765432101234", x, 97, small);
  p.page().words.back().raised = true;
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[this.]^16^17^18^19^20^21[ and98765432101234]");
}

// A mark set before the punctuation: the gap after the raised "7" is no space.
TEST(InlineRuns, MarkBeforePunctuationLeavesNoSpaceBeforeIt) {
  DocBuilder b;
  auto& p = b.page();
  double x = p.word("claims", 72, 100);
  p.page().words.back().space_after = false;
  WordStyle small;
  small.size = 8;
  x = p.word("7", x, 97, small);
  p.page().words.back().raised = true;
  p.word(".", x + 3, 100);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})), "[claims]^7[.]");
}

TEST(InlineRuns, LinkAreaMakesOneLinkRun) {
  DocBuilder b;
  auto& p = b.page();
  p.line("see the Treaty now", 72, 100);
  Doc doc = b.build();
  doc.pages[0].links.push_back(LinkArea{Box{0, 0, 1, 1}, "https://example.org/t", 0, -1, ""});
  doc.pages[0].words[1].link = 0;
  doc.pages[0].words[2].link = 0;
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[see ]<the Treaty|https://example.org/t>[ now]");
}

// XeTeX's link areas may cover only a URL's first line (seeds 126, 1001): the plain words that
// print the rest of it continue it without a space and join its link, a last word that closes the
// URL with punctuation ("&id=7,") too, less its punctuation, so that the link's text is the whole
// URL (once "&id=7," stayed text). A word that is not the URL's rest keeps its space.
TEST(InlineRuns, URLWhoseLinkCoversItsFirstLineOnlyGoesOnWithoutASpace) {
  DocBuilder b;
  b.page()
      .line("see https://x.org/docs/", 72, 100)
      .line("2016/report?lang=en", 72, 114)
      .line("&id=7, 2014 and https://x.org/a", 72, 128)
      .line("today", 72, 142);
  Doc doc = b.build();
  const std::string url = "https://x.org/docs/2016/report?lang=en&id=7";
  doc.pages[0].links.push_back(LinkArea{Box{0, 0, 1, 1}, url, 0, -1, ""});
  doc.pages[0].links.push_back(LinkArea{Box{0, 0, 1, 1}, "https://x.org/a", 0, -1, ""});
  doc.pages[0].words[1].link = 0;
  doc.pages[0].words[6].link = 1;
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[see ]<" + url + "|" + url + ">[, 2014 and ]" +
                "<https://x.org/a|https://x.org/a>[ today]");
}

// A URL printed with no link area over it (LibreOffice, seed 129: note 101's rectangle was placed
// by another pagination) broken after its query's "?": the next line's word goes on without a
// space. A URL line ending on a character a URL may end on ("/") keeps the space, as does a
// word that only looks like a query ("why?"). Each address printed under no link is a link to
// itself, the punctuation after it text (a driver re-printing a note may drop every link).
TEST(InlineRuns, UnlinkedURLBrokenInsideItsQueryGoesOnWithoutASpace) {
  DocBuilder b;
  b.page()
      .line("Guidance, https://x.org/documents/2018/guidance?", 72, 100)
      .line("lang=en&format=html&id=86386, 2016 and https://x.org/a/", 72, 114)
      .line("today, why?", 72, 128)
      .line("Because", 72, 142);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[Guidance, ]<https://x.org/documents/2018/guidance?lang=en&format=html&id=86386|"
            "https://x.org/documents/2018/guidance?lang=en&format=html&id=86386>[, 2016 and ]"
            "<https://x.org/a/|https://x.org/a/>[ today, why? Because]");
}

// An address printed under no link broken inside its scheme, as XeTeX's url package breaks one
// ("https:/" / "/www.ofpra.gouv.fr/...", Cairo re-printing seeds 1871 and 1873; "https://" /
// "www.unocha.org/...", seeds 1901, 1909, 1911 and 1919): the scheme is no address alone, and the
// next line's word completes it without a space; "http:" / "//x.org" too. A line ending on
// "https:" that the next line does not complete ("https:" / "see") keeps its space and its text.
TEST(InlineRuns, UnlinkedURLBrokenInsideItsSchemeGoesOnWithoutASpace) {
  DocBuilder b;
  b.page()
      .line("OFPRA, Georgia, https:/", 72, 100)
      .line("/www.ofpra.gouv.fr/en/file/a.pdf, May 2024 and http:", 72, 114)
      .line("//x.org/b, or https://", 72, 128)
      .line("www.y.org/c, or https:", 72, 142)
      .line("see below", 72, 156);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[OFPRA, Georgia, ]<https://www.ofpra.gouv.fr/en/file/a.pdf|"
            "https://www.ofpra.gouv.fr/en/file/a.pdf>[, May 2024 and ]"
            "<http://x.org/b|http://x.org/b>[, or ]<https://www.y.org/c|https://www.y.org/c>"
            "[, or https: see below]");
}

// An address set as plain text that TeX hyphenated inside its scheme ("ht-" / "tps://www...",
// XeLaTeX's footnotes in held20 seeds 2406, 2410 and 2414, their links dropped by Cairo's
// re-print): the hyphen is the line break's, the two pieces one address, with or without a
// Hyphenation to judge it, and "http-" / "s://" too. A hyphen before a next line that prints no
// address with the piece ("ht-" / "tps and more") is judged as any other: kept without one.
TEST(InlineRuns, UnlinkedURLHyphenatedInsideItsSchemeGoesOnWithoutTheHyphen) {
  DocBuilder b;
  b.page()
      .line("USSD, Briefing 2025, ht-", 72, 100)
      .line("tps://www.state.gov/a?lang=en&", 72, 114)
      .line("format=html, 2024 and http-", 72, 128)
      .line("s://x.org/b, or ht-", 72, 142)
      .line("tps and more", 72, 156);
  Doc doc = b.build();
  const std::string url = "https://www.state.gov/a?lang=en&format=html";
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[USSD, Briefing 2025, ]<" + url + "|" + url + ">[, 2024 and ]" +
                "<https://x.org/b|https://x.org/b>[, or ht-tps and more]");
}

// An address printed under no link (Cairo and MuPDF's convert drop every link annotation) broken
// after a "." or a "/", as XeTeX's url package and WeasyPrint break long addresses (seeds
// 1561-1572, re-printed): the next line's piece of a path goes on without a space, over as many
// lines as it takes. A line opening with a word of a sentence keeps its space after an address
// ending on "/", and so does a capital after a full stop ending a sentence.
TEST(InlineRuns, UnlinkedURLBrokenAfterASeparatorGoesOnWithoutASpace) {
  DocBuilder b;
  b.page()
      .line("See BBC, https://www.", 72, 100)
      .line("bbc.co.uk/en/file/", 72, 114)
      .line("2016/report-x.pdf, updated 2017 and https://x.org/a/", 72, 128)
      .line("updated 2 May; see https://x.org/b.", 72, 142)
      .line("Courts noted", 72, 156);
  Doc doc = b.build();
  const std::string url = "https://www.bbc.co.uk/en/file/2016/report-x.pdf";
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[See BBC, ]<" + url + "|" + url + ">[, updated 2017 and ]" +
                "<https://x.org/a/|https://x.org/a/>[ updated 2 May; see ]" +
                "<https://x.org/b|https://x.org/b>[. Courts noted]");
}

// Closing punctuation a hair past the word before it (0.12 em: Cairo re-positioning a link's
// title and the ", no date" after it, seed 1561) takes no space though the PDF's word break says
// one; a gap a space wide keeps it.
TEST(InlineRuns, ClosingPunctuationNearerThanASpaceTakesNoSpace) {
  DocBuilder b;
  auto& p = b.page();
  double x = p.word("readmission", 72, 100);
  x = p.word(",", x + 1.2, 100);
  x = p.word("no", x + 3.5, 100);
  x = p.word("date", x + 3.5, 100);
  p.word(";", x + 3.5, 100);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})), "[readmission, no date ;]");
}

// A chained reference broken between its bracket groups (seen in the serif render of the v2.0
// note, LibreOffice breaking "Part 2(3)(1A)" and "(IV(A)(3)(c))" between ")" and "("): joined
// without a space. A bracket group opening its own word stands alone: "(14%)" / "(n=2,972)".
TEST(InlineRuns, ChainedReferenceBrokenBetweenItsBracketsGoesOnWithoutASpace) {
  DocBuilder b;
  b.page()
      .line("under Part 2(3)", 72, 100)
      .line("(1A) and (IV(A)(3)", 72, 114)
      .line("(c)) for the child (14%)", 72, 128)
      .line("(n=2,972) in all", 72, 142);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[under Part 2(3)(1A) and (IV(A)(3)(c)) for the child (14%) (n=2,972) in all]");
}

TEST(InlineRuns, InternalLinkBecomesXrefThroughTheResolver) {
  DocBuilder b;
  b.page().line("see Medication below", 72, 100);
  Doc doc = b.build();
  doc.pages[0].links.push_back(LinkArea{Box{0, 0, 1, 1}, "", 40, 300, ""});
  doc.pages[0].words[1].link = 0;
  InlineRunOptions options;
  options.xref_target = [](const LinkArea& area) -> std::optional<std::string> {
    return area.dest_page == 40 ? std::optional<std::string>("13.3") : std::nullopt;
  };
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), options)),
            "[see ]<Medication#13.3>[ below]");
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})), "[see Medication below]");
}

TEST(InlineRuns, LinesJoinWithOneSpaceAndKeepCompoundHyphens) {
  DocBuilder b;
  b.page().line("asylum-", 72, 100).line("seekers are", 72, 114).line("housed", 72, 128);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})), "[asylum-seekers are housed]");
}

TEST(InlineRuns, SoftHyphenAtLineEndJoinsTheBrokenWord) {
  DocBuilder b;
  b.page().line("infor\xC2\xAD", 72, 100).line("mation", 72, 114);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})), "[information]");
}

TEST(InlineRuns, LineBreakAfterAnAttachedDashAddsNoSpace) {
  DocBuilder b;
  b.page()
      .line("(2017\xE2\x80\x93", 72, 100)  // "(2017–": LibreOffice breaks after the en dash
      .line("2021) and A", 72, 114)
      .line("\xE2\x80\x93", 72, 128)        // a dash between spaces stays one
      .line("B rose 44%-", 72, 142)             // a range broken at its hyphen
      .line("33%", 72, 156);
  Doc doc = b.build();
  EXPECT_EQ(describe(build_inlines(doc, lines_of(doc), {})),
            "[(2017\xE2\x80\x93" "2021) and A \xE2\x80\x93 B rose 44%-33%]");
}

TEST(NormalizeText, LigaturesNfcAndSpaces) {
  EXPECT_EQ(normalize_text("\xEF\xAC\x81nal"), "final");               // U+FB01 fi
  EXPECT_EQ(normalize_text("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // e + U+0301 -> é
  EXPECT_EQ(normalize_text("a\xC2\xA0" "b"), "a b");                     // no-break space
  EXPECT_EQ(normalize_text("\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93"),
            "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93");  // quotes and dashes kept
}

TEST(NormalizeText, TextItDoesNotChangeIsGivenBackWithoutACopy) {
  std::string scratch;
  for (const std::string_view text : {std::string_view("plain"), std::string_view("caf\xC3\xA9"),
                                      std::string_view("\xE2\x80\x98quoted\xE2\x80\x99,")}) {
    EXPECT_EQ(normalize_text(text, scratch).data(), text.data()) << text;
  }
  // What it changes goes through scratch, as normalize_text(text) gives it.
  for (const std::string_view text :
       {std::string_view("tab\there"), std::string_view("\xEF\xAC\x81nal"),
        std::string_view("e\xCC\x81t\xC3\xA9"), std::string_view("soft\xC2\xADhyphen"),
        std::string_view("bad \xFF byte")}) {
    EXPECT_EQ(normalize_text(text, scratch), normalize_text(text)) << text;
    EXPECT_NE(normalize_text(text, scratch).data(), text.data()) << text;
  }
  EXPECT_EQ(normalize_text("bad \xFF byte"), "bad \xEF\xBF\xBD byte");  // U+FFFD, as ICU reads it
}

TEST(TidyWhitespace, CollapsesAcrossRunsAndTrims) {
  Inlines runs = {{InlineKind::kText, "  a  ", "", "", 0},
                  {InlineKind::kStrong, " b ", "", "", 0},
                  {InlineKind::kText, "  c ", "", "", 0}};
  tidy_whitespace(runs);
  EXPECT_EQ(describe(runs), "[a ]**b**[ c]");
}

// No styled run with spaces at its ends, so nothing splits: the runs are tidied where they stand
// (collapse_in_place), by the same rules: spaces collapse across runs (the run of one space after
// "b " goes), a mark neither merges nor ends a space, and runs of one target left side by side
// merge.
TEST(TidyWhitespace, RunsThatDoNotSplitAreTidiedInPlaceByTheSameRules) {
  Inlines runs = {{InlineKind::kText, "  a  b ", "", "", 0},
                  {InlineKind::kText, " ", "", "", 0},
                  {InlineKind::kStrong, "bold", "", "", 0},
                  {InlineKind::kText, "  ", "", "", 0},
                  {InlineKind::kFootnoteRef, "", "", "", 3},
                  {InlineKind::kText, " ", "", "", 0},
                  {InlineKind::kLink, "x.org/a", "https://x.org/a", "", 0},
                  {InlineKind::kLink, "/b", "https://x.org/a", "", 0},
                  {InlineKind::kText, "  c  d  ", "", "", 0}};
  tidy_whitespace(runs);
  EXPECT_EQ(describe(runs),
            "[a b ]**bold**[ ]^3<x.org/a/b|https://x.org/a>[ c d]");
}

}  // namespace
}  // namespace coi
