// Bold read from the font program when a driver renames the fonts
// (stages/extract/font_program_names.h). Ghostscript's pdfwrite re-printing WeasyPrint's PDFs
// names every font "Anonymous" and sets no bold flag, so the bold headings of level 4, which
// only their weight tells from a paragraph, read as paragraphs (held16 seeds 2006 and 2013,
// gs-weasyprint: "Key findings", "Clearance"). The CFF program's Font DICT still names the font
// "TeXGyreHeros-Bold": now that name is matched as the PDF's own is.
#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/model.h"
#include "stages/extract/font_program_names.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/note_text.h"

namespace coi {
namespace {

using extract::cff_font_names;
using Bytes = std::vector<unsigned char>;

// A CFF INDEX of `items` with one-byte offsets.
Bytes index_of(const std::vector<Bytes>& items) {
  Bytes out = {0, static_cast<unsigned char>(items.size())};
  if (items.empty()) return out;
  out.push_back(1);  // offSize
  unsigned char offset = 1;
  out.push_back(offset);
  for (const Bytes& item : items) out.push_back(offset += static_cast<unsigned char>(item.size()));
  for (const Bytes& item : items) out.insert(out.end(), item.begin(), item.end());
  return out;
}

Bytes text(const std::string& s) { return Bytes(s.begin(), s.end()); }

// A CID-keyed CFF as Ghostscript writes it: the Name INDEX's name "Anonymous", the Top DICT's
// ROS (Adobe, Identity, 0) and FDArray, one Font DICT whose FontName is string 393.
Bytes ghostscript_cff() {
  const Bytes header = {1, 0, 4, 1};
  const Bytes names = index_of({text("Anonymous")});
  const Bytes strings = index_of({text("Adobe"), text("Identity"), text("TeXGyreHeros-Bold")});
  // 391 and 392 as two-byte operands (247 + ...), 0, ROS (12 30); FDArray (12 36) at an offset
  // filled in below, as a 5-byte integer so its size is known beforehand.
  Bytes top = {248, 27, 248, 28, 139, 12, 30, 29, 0, 0, 0, 0, 12, 36};
  const Bytes font_dict = {248, 29, 12, 38};  // FontName 393
  const size_t top_index_size = index_of({top}).size();
  const size_t fd_array_at = header.size() + names.size() + top_index_size + strings.size();
  top[10] = static_cast<unsigned char>(fd_array_at >> 8);
  top[11] = static_cast<unsigned char>(fd_array_at);
  Bytes cff = header;
  for (const Bytes& part : {names, index_of({top}), strings, index_of({font_dict})}) {
    cff.insert(cff.end(), part.begin(), part.end());
  }
  return cff;
}

TEST(CffFontNames, TheFontDictNamesTheFontWhereTheNameIndexSaysAnonymous) {
  EXPECT_EQ(cff_font_names(ghostscript_cff()),
            (std::vector<std::string>{"Anonymous", "TeXGyreHeros-Bold"}));
}

// A name-keyed CFF's Top DICT: FullName (2) string 391, Weight (4) the standard string "Bold".
TEST(CffFontNames, ANameKeyedFontsFullNameAndStandardWeight) {
  Bytes cff = {1, 0, 4, 1};
  for (const Bytes& part : {index_of({text("ABCDEF+Font")}), index_of({{248, 27, 2, 248, 20, 4}}),
                            index_of({text("Font Bold")})}) {
    cff.insert(cff.end(), part.begin(), part.end());
  }
  EXPECT_EQ(cff_font_names(cff), (std::vector<std::string>{"ABCDEF+Font", "Font Bold", "Bold"}));
}

// A program cut short gives the names read before the cut, and no read past its end (the
// sanitizer build would catch one); no CFF at all gives none.
TEST(CffFontNames, AProgramCutShortOrNoCffGivesWhatItHolds) {
  const Bytes whole = ghostscript_cff();
  for (size_t size = 0; size < whole.size(); ++size) {
    const std::vector<std::string> names =
        cff_font_names(std::span<const unsigned char>(whole.data(), size));
    EXPECT_LE(names.size(), 1u) << size;  // the Name INDEX's at most: the FDArray is last
  }
  EXPECT_TRUE(cff_font_names(text("%!PS-AdobeFont-1.0: Font")).empty());
}

// Every heading of the cut's model is one of coi's, and each of level 4 (a named sub-subsection,
// which only its weight tells from a paragraph: its size is the text's) has its level; the
// re-print names every font "Anonymous", so the weight came from the program. (A cut of a few
// pages gives the levels a note's size scale gives a whole note only there: seed 2013's
// "Feedback to the Home Office", level 2, reads 1 from WeasyPrint's own PDF cut too.)
void expect_the_models_headings(const Doc& model, const Doc& ours) {
  std::vector<std::pair<std::string, int>> got;
  for (const Block& b : ours.blocks) {
    if (b.kind == BlockKind::kHeading) got.emplace_back(plain_text(b.inlines), b.level);
  }
  int named = 0;
  for (const Block& b : model.blocks) {
    if (b.kind != BlockKind::kHeading) continue;
    const std::string text = plain_text(b.inlines);
    const auto found = std::find_if(got.begin(), got.end(),
                                    [&](const auto& heading) { return heading.first == text; });
    ASSERT_NE(found, got.end()) << text;
    if (b.level == 4) {
      EXPECT_EQ(found->second, 4) << text;
      ++named;
    }
  }
  EXPECT_EQ(named, 1);  // "Key findings" in seed 2006's cut, "Clearance" in seed 2013's
  for (const Page& page : ours.pages) {
    EXPECT_EQ(page.fonts, std::vector<std::string>{"Anonymous"}) << "page " << page.number;
  }
}

struct Seed2006 {
  static constexpr const char* kFolder = "fixtures/generated-classes/bold-in-renamed-fonts";
  static constexpr const char* kProducer = "gs-weasyprint";
  static constexpr const char* kStopAfter = "";
};

using BoldInRenamedFonts = testing::FixtureRenderSuite<Seed2006>;

// Pages 13 and 14 of seed 2006's WeasyPrint rendering (TeX Gyre Heros), re-printed by
// Ghostscript (/prepress, PDF 1.7): "Key findings" (level 4) between paragraphs 5.8 and 5.9.
TEST_F(BoldInRenamedFonts, BoldHeadingsReadAsHeadings) {
  expect_the_models_headings(*model_, *ours_);
}

struct Seed2013 {
  static constexpr const char* kFolder = "fixtures/generated-classes/bold-in-renamed-fonts-2013";
  static constexpr const char* kProducer = "gs-weasyprint";
  static constexpr const char* kStopAfter = "";
};

using BoldInRenamedFonts2013 = testing::FixtureRenderSuite<Seed2013>;

// Pages 10 and 15 of seed 2013's (another template, /default, PDF 1.5): "Clearance" (level 4)
// under "Version control and feedback".
TEST_F(BoldInRenamedFonts2013, BoldHeadingsReadAsHeadings) {
  expect_the_models_headings(*model_, *ours_);
}

}  // namespace
}  // namespace coi
