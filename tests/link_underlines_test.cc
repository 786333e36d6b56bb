// Link underlines are no table rules (fixtures/tables-once/link-underlines*, fixtures/README.md):
// a justified reference whose linked title fills its line is underlined as wide as the text,
// and two such lines once closed the lines between them as a table ruled above and below, its
// columns the justified gaps (stages/tables/hrule_regions.h, step 1); re-prints that drop the
// links keep the underlines. Each render's tables are held against its model: the model's
// tables, row for row, and no other.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// `ours` has the model's tables and no other, each with the model's rows and first column (the
// years and regions whose pieces a narrow column cut, once read with a space: "1 9 9 7").
void expect_the_models_tables(const Doc& model, const Doc& ours) {
  const std::vector<const Block*> want = testing::tables_of(model);
  const std::vector<const Block*> got = testing::tables_of(ours);
  ASSERT_FALSE(want.empty());
  ASSERT_EQ(got.size(), want.size());
  for (size_t t = 0; t < want.size(); ++t) {
    const std::vector<std::vector<std::string>> want_grid = testing::grid_texts(want[t]->table);
    const std::vector<std::vector<std::string>> got_grid = testing::grid_texts(got[t]->table);
    ASSERT_EQ(got_grid.size(), want_grid.size()) << want[t]->id;
    for (size_t r = 0; r < want_grid.size(); ++r) {
      EXPECT_EQ(got_grid[r].front(), want_grid[r].front()) << want[t]->id << " row " << r + 1;
    }
  }
}

struct LibreOfficeRender {
  static constexpr const char* kFolder = "fixtures/tables-once/link-underlines";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "";
};

using LinkUnderlinesLibreOffice = testing::FixtureRenderSuite<LibreOfficeRender>;

// Pages 10 to 12 and 23 of seed 1547's LibreOffice rendering: t2 and t3 on pages 10 to 12, the
// bibliography on page 23, where "Guinea-Bissau: religious freedom – observations (August
// 2022)" and "Press release 2022: asylum procedures and housing for refugees", justified and
// linked, are underlined from margin to margin. The two underlines read as a table of the line
// between them; its justified words, wider than the cells guessed for them, then said that
// the note's cells let words overflow, so every number and word t2's narrow columns cut was read
// with a space ("1 9 9 7", "Tran sferr ed"). Two tables, the model's, row for row, their years
// and regions whole.
TEST_F(LinkUnderlinesLibreOffice, AReferenceBetweenTwoUnderlinedTitlesIsNoTable) {
  expect_the_models_tables(*model_, *ours_);
}

struct WeasyPrintRender {
  static constexpr const char* kFolder = "fixtures/tables-once/link-underlines-weasyprint";
  static constexpr const char* kProducer = "weasyprint";
  static constexpr const char* kStopAfter = "";
};

using LinkUnderlinesWeasyPrint = testing::FixtureRenderSuite<WeasyPrintRender>;

// Pages 52, 53, 85 and 89 of seed 1550's WeasyPrint rendering: t7 on pages 52 and 53, the
// bibliography on pages 85 and 89, where three references' lines between two underlined,
// justified titles read as tables of two rows. One table, the model's t7, row for row.
TEST_F(LinkUnderlinesWeasyPrint, ReferencesBetweenUnderlinedTitlesAreNoTables) {
  expect_the_models_tables(*model_, *ours_);
}

struct UnlinkedRender {
  static constexpr const char* kFolder = "fixtures/tables-once/link-underlines-unlinked";
  static constexpr const char* kProducer = "cairo-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using LinkUnderlinesUnlinked = testing::FixtureRenderSuite<UnlinkedRender>;

// Pages 6, 7 and 18 of seed 2001's LibreOffice rendering (held16) re-printed by Cairo, which
// keeps a link's blue underline and drops its annotation, so no link area explains it: on page
// 18 "Observations 2019: internally displaced persons and police" and "Response to information
// request: the labour market in", justified and linked, are underlined from margin to margin,
// and the reference between them read as a table of two rows that swallowed two sources. The
// underlines lie in their lines' descent band, from word to word (stages/tables/hrule_regions.cc,
// step 1). One table, the model's t1, row for row.
TEST_F(LinkUnderlinesUnlinked, AReferenceBetweenUnderlinesWithoutLinksIsNoTable) {
  expect_the_models_tables(*model_, *ours_);
}

struct UnlinkedSecondSeedRender {
  static constexpr const char* kFolder = "fixtures/tables-once/link-underlines-unlinked-2005";
  static constexpr const char* kProducer = "cairo-libreoffice";
  static constexpr const char* kStopAfter = "";
};

using LinkUnderlinesUnlinkedSecondSeed = testing::FixtureRenderSuite<UnlinkedSecondSeedRender>;

// Pages 4, 6 and 20 of seed 2005's LibreOffice rendering (held16, another template and font)
// re-printed by Cairo: the same class on page 20, references between underlined, justified
// titles read as a table of three rows. One table, the model's t1 (the list of acronyms).
TEST_F(LinkUnderlinesUnlinkedSecondSeed, ReferencesBetweenUnderlinesWithoutLinksAreNoTables) {
  expect_the_models_tables(*model_, *ours_);
}

struct MuPdfRender {
  static constexpr const char* kFolder = "fixtures/tables-once/link-underlines-weasyprint";
  static constexpr const char* kProducer = "mupdf-weasyprint";
  static constexpr const char* kStopAfter = "";
};

using LinkUnderlinesMuPdf = testing::FixtureRenderSuite<MuPdfRender>;

// The WeasyPrint pages above re-printed by MuPDF (`mutool convert -F pdf`), which redraws every
// page and drops the link annotations: the class of the Cairo re-prints from a second driver and
// a second producer. Without the underline rule (`underline_max_drop = 0`) the three references
// on pages 85 and 89 read as tables again (four tables); with it, one, the model's t7.
TEST_F(LinkUnderlinesMuPdf, ReferencesBetweenUnderlinesWithoutLinksAreNoTables) {
  expect_the_models_tables(*model_, *ours_);
}

}  // namespace
}  // namespace coi
