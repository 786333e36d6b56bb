// Glyph names a driver cut short (stages/extract/cut_glyph_names.h; fixtures/cut-glyph-names,
// fixtures/README.md): Ghostscript re-printing LibreOffice's TeX Gyre Heros names the pound sign
// "/sterlin" in a font with no Unicode map, and Poppler read its code instead ("\30,780",
// "]930"). The name is read as the one it was cut from; the model's paragraphs come back whole.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/model.h"
#include "stages/extract/cut_glyph_names.h"
#include "stages/extract/extract_config.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/note_text.h"

namespace coi {
namespace {

using extract::unicode_of_cut_name;

// The shipped default of [extract] cut_glyph_name_min_chars.
const size_t kMinChars = static_cast<size_t>(ExtractConfig{}.cut_glyph_name_min_chars);

TEST(CutGlyphNames, ANameCutShortReadsAsTheNameItBegins) {
  EXPECT_EQ(unicode_of_cut_name("sterlin", kMinChars), std::optional<Unicode>(0x00a3));  // "£"
  EXPECT_EQ(unicode_of_cut_name("quoteri", kMinChars), std::optional<Unicode>(0x2019));  // "’"
}

TEST(CutGlyphNames, AKnownNameIsNoCutName) {
  EXPECT_EQ(unicode_of_cut_name("sterling", kMinChars), std::nullopt);
  EXPECT_EQ(unicode_of_cut_name("quoteright", kMinChars), std::nullopt);
}

TEST(CutGlyphNames, ANameBeginningTwoFamiliesOrTooShortIsLeftAlone) {
  // quotedbl..., quoteleft, quoteright...
  EXPECT_EQ(unicode_of_cut_name("quot", kMinChars), std::nullopt);
  EXPECT_EQ(unicode_of_cut_name("ste", kMinChars), std::nullopt);     // shorter than the minimum
  EXPECT_EQ(unicode_of_cut_name("zzzzzz", kMinChars), std::nullopt);  // begins no known name
}

// The minimum is the config's: "sterlin" (7 letters) is read under a minimum of 7, not of 8.
TEST(CutGlyphNames, TheMinimumLengthIsTheConfigs) {
  EXPECT_EQ(unicode_of_cut_name("sterlin", 7), std::optional<Unicode>(0x00a3));
  EXPECT_EQ(unicode_of_cut_name("sterlin", 8), std::nullopt);
}

// Every paragraph of the model is one of coi's, word for word.
void expect_the_models_paragraphs(const Doc& model, const Doc& ours) {
  const std::vector<std::string> want = testing::block_texts(model, BlockKind::kParagraph);
  const std::vector<std::string> got = testing::block_texts(ours, BlockKind::kParagraph);
  ASSERT_FALSE(want.empty());
  for (const std::string& paragraph : want) {
    EXPECT_NE(std::find(got.begin(), got.end(), paragraph), got.end()) << paragraph;
  }
}

struct Seed1873 {
  static constexpr const char* kFolder = "fixtures/cut-glyph-names/pound-sign-named-sterlin";
  static constexpr const char* kProducer = "gs-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using PoundSignNamedSterlin = testing::FixtureRenderSuite<Seed1873>;

// Pages 10, 13 and 36 of seed 1873's LibreOffice rendering re-printed by Ghostscript (pdfwrite,
// /default, PDF 1.5): three paragraphs with an amount in pounds, "£" code 92 ("\").
TEST_F(PoundSignNamedSterlin, ThePoundSignReadsAsPrinted) {
  expect_the_models_paragraphs(*model_, *ours_);
}

struct Seed1564 {
  static constexpr const char* kFolder = "fixtures/cut-glyph-names/pound-sign-named-sterlin-1564";
  static constexpr const char* kProducer = "gs-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using PoundSignNamedSterlin1564 = testing::FixtureRenderSuite<Seed1564>;

// Pages 48, 62, 67 and 77 of seed 1564's, another template (/default, PDF 1.7): four
// paragraphs, "£" code 93 ("]").
TEST_F(PoundSignNamedSterlin1564, ThePoundSignReadsAsPrinted) {
  expect_the_models_paragraphs(*model_, *ours_);
}

}  // namespace
}  // namespace coi
