// Long tables with a two-row repeated header on fixtures/two-row-headers: a short generated note
// whose statistics tables (a "Region" cell spanning both header rows, the years spanning their
// measures) run over several pages with columns narrower than their figures, so rows are two to
// four lines tall and the page breaks cut them. A page in the middle of such a table opens with
// the two header rows and then the rest of the row the page before cut ("Nouvelle-" /
// "Aquitaine", "260,5" / "30"). Expected tables come from the model note.json.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/two-row-headers";

// "t1 r13c2: 260,530" for every slot of the model's tables that `ours` does not print the same
// (the model's table matched with ours by position: each table found once).
std::vector<std::string> cells_differing(const Doc& model, const Doc& ours) {
  std::vector<std::string> out;
  const std::vector<const Block*> want = testing::tables_of(model), got = testing::tables_of(ours);
  for (size_t t = 0; t < want.size() && t < got.size(); ++t) {
    const auto want_grid = testing::grid_texts(want[t]->table), got_grid = testing::grid_texts(got[t]->table);
    for (size_t r = 0; r < want_grid.size(); ++r) {
      for (size_t c = 0; c < want_grid[r].size(); ++c) {
        const bool same = r < got_grid.size() && c < got_grid[r].size() && got_grid[r][c] == want_grid[r][c];
        if (!same) {
          out.push_back(want[t]->id + " r" + std::to_string(r + 1) + "c" + std::to_string(c + 1) + ": " +
                        want_grid[r][c]);
        }
      }
    }
    if (got_grid.size() != want_grid.size()) out.push_back(want[t]->id + ": " + std::to_string(got_grid.size()) + " rows");
  }
  return out;
}

TEST(TwoRowHeaders, LibreOfficeRowsCutUnderARepeatedTwoRowHeaderJoinAcrossThePageBreak) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "libreoffice", "segment");
  ASSERT_EQ(testing::tables_of(model).size(), 4u);
  EXPECT_EQ(testing::tables_of(ours).size(), testing::tables_of(model).size());
  EXPECT_EQ(cells_differing(model, ours), std::vector<std::string>{});
}

}  // namespace
}  // namespace coi
