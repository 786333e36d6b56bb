// The rest of a long note carried over to the next page reaches above its lower part
// (fixtures/README.md "long-note-rest-above-mid-page"): LibreOffice splits note 75 of seed 2336
// (paras8's render of own seed 2336) after its second line on p. 16 and sets the other eleven on
// p. 17 from 0.497 of the page down, over note 76, with no separator. The page before's note ran
// on into the rest's first line (no room left for "most"), so the rest is the area's top
// (layout_footnotes.cc, mark_top), not a paragraph of the body. The cut (pages 1, 16 and 17) and
// its re-print through pdftocairo; note 75's text and paragraph 5.3's first words are the model's.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli/config.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using testing::source_path;

// Note 75 of the model (note.json of seed 2336), whole.
constexpr const char* kNote75 =
    "According to Austrian Centre for Country of Origin and Asylum Research and "
    "Documentation, the security forces explained that interpreters were available "
    "for most languages, including Tigrinya and Kurmanji. The ombudsperson considered "
    "that cross-border co-operation improved after the French-Italian agreement. By 2 "
    "September 2023, the ombudsperson noted that applications from Côte d’Ivoire, "
    "Guinea-Bissau and São Tomé rose sharply – especially in Nouvelle-Aquitaine. "
    "Local officials indicated that the co-ordinating body met quarterly under § 13 "
    "of the decree. The courts acknowledged that access to legal aid remained limited "
    "in rural areas. In its 2012 report, international observers highlighted that "
    "unaccompanied minors were placed with child-protection services within 46 days – "
    "notably in Hauts-de-France. See Office for the Coordination of Humanitarian "
    "Affairs, Viet Nam: reception conditions – trafficking in persons report "
    "(December 2018), 13 October 2025";
// Paragraph 5.3 of the model, as far as p. 17 prints it.
constexpr const char* kPara53OnPage17 =
    "The security forces noted that the number of applications rose by 18.9% compared with the "
    "previous year. Returnees highlighted that";

class LongNoteRest : public ::testing::TestWithParam<const char*> {};

TEST_P(LongNoteRest, RestStaysWithItsNote) {
  RunOptions options;
  options.validate_between = true;
  Diagnostics diag;
  Result<Doc> doc = convert_pdf(source_path(GetParam()), default_config().value(), options, diag);
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  const auto note = std::find_if(doc.value().footnotes.begin(), doc.value().footnotes.end(),
                                 [](const Footnote& f) { return f.number == 75; });
  ASSERT_NE(note, doc.value().footnotes.end());
  EXPECT_EQ(plain_text(note->inlines), kNote75);
  const auto para = std::find_if(doc.value().blocks.begin(), doc.value().blocks.end(),
                                 [](const Block& b) { return b.number == "5.3"; });
  ASSERT_NE(para, doc.value().blocks.end());
  EXPECT_EQ(plain_text(para->inlines), kPara53OnPage17);
  for (const Block& block : doc.value().blocks) {
    EXPECT_EQ(plain_text(block.inlines).find("most languages, including Tigrinya"),
              std::string::npos)
        << "note 75's rest read as body: " << block.id;
  }
}

INSTANTIATE_TEST_SUITE_P(
    LibreOffice, LongNoteRest,
    ::testing::Values(
        "fixtures/generated-classes/long-note-rest-above-mid-page-libreoffice/libreoffice.pdf",
        "fixtures/generated-classes/long-note-rest-above-mid-page-libreoffice/"
        "cairo-libreoffice.pdf"));

}  // namespace
}  // namespace coi
