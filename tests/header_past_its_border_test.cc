// A repeated header whose cell prints its last letters under the header's border
// (stages/tables/overflowed_header.h; fixtures/tables-once/header-past-its-border-libreoffice*,
// fixtures/README.md): a "Year" cell spanning a two-row header in a column a letter wide is
// taller than the rows LibreOffice draws when it repeats the header on the next page, so its "r"
// prints in the first body row, on the line of the row the page break cut ("r" over "9" of
// "2009"). The continuation's header read "Yea", no repeat of "Year", and the table was found in
// two parts, the cut row's "200" and "r9" apart.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/overflowed_header.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

using tables::Fragment;
using tables::GridCell;
using tables::restore_overflowed_header;

// `id` of the model, cell for cell on the expanded grid, is one table of `ours`, its header the
// model's.
void expect_whole_table(const Doc& model, const Doc& ours, const std::string& id) {
  const std::vector<std::vector<std::string>> want = testing::table_grid(model, id);
  ASSERT_GT(want.size(), 5u);
  ASSERT_EQ(testing::tables_of(ours).size(), 1u);
  const Block& got = *testing::tables_of(ours).front();
  EXPECT_EQ(testing::grid_texts(got.table), want);
  EXPECT_EQ(got.table.header_rows, 2);
}

struct LibreOfficeRender {
  static constexpr const char* kFolder = "fixtures/tables-once/header-past-its-border-libreoffice";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderPastItsBorder = testing::FixtureRenderSuite<LibreOfficeRender>;

// Pages 27 to 29 of seed 2124's LibreOffice rendering (TeX Gyre Heros 12 pt): t6, "2009" cut
// over pages 28 and 29 under the repeated header's "r". One table, cell for cell, "2009" whole.
TEST_F(HeaderPastItsBorder, TheHeaderLetterUnderTheBorderJoinsTheTwoPages) {
  expect_whole_table(*model_, *ours_, "t6");
}

struct SerifRender {
  static constexpr const char* kFolder =
      "fixtures/tables-once/header-past-its-border-libreoffice-2125";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "tables";
};

using HeaderPastItsBorderSerif = testing::FixtureRenderSuite<SerifRender>;

// Pages 41 to 43 of seed 2125's rendering (another template, DejaVu Serif 11 pt): t14, "2023"
// cut over pages 42 and 43, the page after holding nothing of the table but its header and "3".
TEST_F(HeaderPastItsBorderSerif, TheHeaderLetterUnderTheBorderJoinsTheTwoPages) {
  expect_whole_table(*model_, *ours_, "t14");
}

// Hand-built: a page whose words are `texts`, in order.
Page page_of(const std::vector<std::string>& texts) {
  Page page;
  page.number = 2;
  for (const std::string& t : texts) {
    Word word;
    word.text = t;
    page.words.push_back(word);
  }
  return page;
}

GridCell cell(int row, int col, int rowspan, const std::string& text,
              const std::vector<std::vector<int>>& lines) {
  GridCell c;
  c.row = row, c.col = col, c.rowspan = rowspan;
  if (!text.empty()) c.inlines.push_back(Inline{InlineKind::kText, text, "", "", 0});
  for (const std::vector<int>& line : lines) {
    TextLine printed;
    for (int w : line) printed.push_back(WordRef{2, w}), c.words.push_back(w);
    c.lines.push_back(printed);
  }
  return c;
}

// A fragment of two columns: a header of two rows ("Year" spanning both over `label`) and one
// body row.
Fragment fragment(const GridCell& year, const GridCell& label, const GridCell& body_year,
                  const GridCell& body_value) {
  Fragment f;
  f.page = 2;
  f.xs = {0, 20, 100};
  f.ys = {0, 10, 20, 30};
  f.header_rows = 2;
  f.cells = {year, cell(0, 1, 1, "2019", {}), label, body_year, body_value};
  return f;
}

TEST(OverflowedHeader, TheLettersACellLacksTakenFromTheBodyCellUnderIt) {
  // Page 2's words: Yea, Total, r, 9, 123.
  const Page page = page_of({"Yea", "Total", "r", "9", "123"});
  const Fragment prev = fragment(cell(0, 0, 2, "Year", {}), cell(1, 1, 1, "Total", {}),
                                 cell(2, 0, 1, "2008", {}), cell(2, 1, 1, "12", {}));
  Fragment next = fragment(cell(0, 0, 2, "Yea", {{0}}), cell(1, 1, 1, "Total", {{1}}),
                           cell(2, 0, 1, "r9", {{2, 3}}), cell(2, 1, 1, "123", {{4}}));
  ASSERT_TRUE(restore_overflowed_header(page, prev, next));
  EXPECT_EQ(plain_text(next.cells[0].inlines), "Year");
  EXPECT_EQ(next.cells[0].words, (std::vector<int>{0, 2}));
  EXPECT_EQ(plain_text(next.cells[3].inlines), "9");
  EXPECT_EQ(next.cells[3].words, (std::vector<int>{3}));
  ASSERT_EQ(next.cells[3].lines.size(), 1u);
  EXPECT_EQ(next.cells[3].lines[0].size(), 1u);
  EXPECT_EQ(plain_text(next.cells[4].inlines), "123");
}

TEST(OverflowedHeader, ABodyCellNotStartingWithTheMissingLettersIsLeftAlone) {
  const Page page = page_of({"Yea", "Total", "2", "9", "123"});
  const Fragment prev = fragment(cell(0, 0, 2, "Year", {}), cell(1, 1, 1, "Total", {}),
                                 cell(2, 0, 1, "2008", {}), cell(2, 1, 1, "12", {}));
  Fragment next = fragment(cell(0, 0, 2, "Yea", {{0}}), cell(1, 1, 1, "Total", {{1}}),
                           cell(2, 0, 1, "29", {{2, 3}}), cell(2, 1, 1, "123", {{4}}));
  EXPECT_FALSE(restore_overflowed_header(page, prev, next));
  EXPECT_EQ(plain_text(next.cells[0].inlines), "Yea");
  EXPECT_EQ(plain_text(next.cells[3].inlines), "29");
}

TEST(OverflowedHeader, AHeaderThatRepeatsItsMatchIsLeftAlone) {
  const Page page = page_of({"Year", "Total", "r", "9", "123"});
  const Fragment prev = fragment(cell(0, 0, 2, "Year", {}), cell(1, 1, 1, "Total", {}),
                                 cell(2, 0, 1, "2008", {}), cell(2, 1, 1, "12", {}));
  Fragment next = fragment(cell(0, 0, 2, "Year", {{0}}), cell(1, 1, 1, "Total", {{1}}),
                           cell(2, 0, 1, "r9", {{2, 3}}), cell(2, 1, 1, "123", {{4}}));
  EXPECT_FALSE(restore_overflowed_header(page, prev, next));
  EXPECT_EQ(plain_text(next.cells[3].inlines), "r9");
}

}  // namespace
}  // namespace coi
