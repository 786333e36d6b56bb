// Words broken inside narrow table cells (stages/tables/cell_text.cc, steps 2, 3 and 3b) on
// fixtures/narrow-cells: a short generated note whose tables have many narrow columns
// (fixtures/README.md), rendered by LibreOffice and WeasyPrint. Words and numbers wider than their
// column are broken between two characters with no hyphen ("Reconsiderati" / "ons", "199" / "2"),
// in every column, not only the last; two words a column merely wrapped stay two ("US$1.8" /
// "billion"; WeasyPrint's "Unac-" / "com-" / "panied" / "mi-" / "nors").
//
// Each cell coi prints is held against the model's cells: none may be a model cell's text with a
// space added or lost. Cells cut or merged otherwise (rows of tables ruled with horizontal lines
// only, which the tables stage joins) are another class and are not judged here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/narrow-cells";

// "got (want)" for each printed cell whose text is a model cell's but for its spaces.
std::vector<std::string> cells_with_spaces_wrong(const std::string& producer) {
  Result<Doc> model =
      load_model_json(testing::source_path(std::string(kFolder) + "/note.json"), JsonFlavor::kCorpus);
  EXPECT_TRUE(model.is_ok()) << model.status().to_string();
  Diagnostics diag;
  RunOptions options;
  options.stop_after = "tables";
  Result<Doc> ours = convert_pdf(testing::source_path(std::string(kFolder) + "/" + producer + ".pdf"),
                                 default_config().value(), options, diag);
  EXPECT_TRUE(ours.is_ok()) << ours.status().to_string();
  if (!model.is_ok() || !ours.is_ok()) return {"not converted"};
  EXPECT_GT(testing::cell_texts(model.value()).size(), 100u);
  return testing::judge_cell_spaces(model.value(), ours.value()).wrong;
}

TEST(TableCellWords, LibreOfficeWordsBrokenInNarrowCellsAreRejoined) {
  EXPECT_EQ(cells_with_spaces_wrong("libreoffice"), std::vector<std::string>{});
}

TEST(TableCellWords, WeasyPrintWordsBrokenInNarrowCellsAreRejoined) {
  EXPECT_EQ(cells_with_spaces_wrong("weasyprint"), std::vector<std::string>{});
}

// WeasyPrint cuts t2's row of 1993 at the page break, its narrow Year column printing "1" / "9"
// at the foot of page 4 and "9" / "3" at the top of page 5, the other cells whole on page 4: the
// row carries on over the break (cut_rows.h: not even a digit more would have fitted), the year
// with no space, and the table comes out cell for cell as the model's.
TEST(TableCellWords, WeasyPrintYearCutByThePageBreakBetweenTwoDigitsRunsOn) {
  Result<Doc> model =
      load_model_json(testing::source_path(std::string(kFolder) + "/note.json"), JsonFlavor::kCorpus);
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  Diagnostics diag;
  RunOptions options;
  options.stop_after = "tables";
  Result<Doc> ours = convert_pdf(testing::source_path(std::string(kFolder) + "/weasyprint.pdf"),
                                 default_config().value(), options, diag);
  ASSERT_TRUE(ours.is_ok()) << ours.status().to_string();
  const std::vector<const Block*> want = testing::tables_of(model.value());
  const std::vector<const Block*> got = testing::tables_of(ours.value());
  ASSERT_GE(want.size(), 2u);
  ASSERT_EQ(got.size(), want.size());
  EXPECT_EQ(testing::grid_texts(got[1]->table), testing::grid_texts(want[1]->table));
}

}  // namespace
}  // namespace coi
