// Rows broken across pages and words broken by narrow columns, end to end on the table-rows
// fixture (fixtures/table-rows: its model, and the PDF LibreOffice renders from it with rows
// allowed to break across pages) against its model.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "pipeline/table_grid.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

const char* kPdf = "fixtures/table-rows/note.pdf";
const char* kModel = "fixtures/table-rows/note.json";

class TableRowsFixtureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Config> config = default_config();
    ASSERT_TRUE(config.is_ok());
    RunOptions options;
    options.stop_after = "segment";
    Diagnostics diag;
    Result<Doc> doc = convert_pdf(testing::source_path(kPdf), config.value(), options, diag);
    ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
    doc_ = new Doc(std::move(doc).value());
    Result<Doc> model = load_model_json(testing::source_path(kModel), JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = new Doc(std::move(model).value());
  }
  static void TearDownTestSuite() {
    delete doc_;
    delete model_;
  }
  static const Block& table(const Doc& doc, const std::string& id) {
    for (const Block* b : testing::tables_of(doc)) {
      if (b->id == id) return *b;
    }
    ADD_FAILURE() << "no table " << id;
    static const Block none;
    return none;
  }
  static Doc* doc_;
  static Doc* model_;
};

Doc* TableRowsFixtureTest::doc_ = nullptr;
Doc* TableRowsFixtureTest::model_ = nullptr;

// The render shows what the fixture is for; otherwise the tests below would check nothing.
TEST_F(TableRowsFixtureTest, TheRenderBreaksRowsAndWordsWhereTheFixtureSays) {
  // t1: every cell of the first body row is printed on two pages.
  const Table& ngos = table(*doc_, "t1").table;
  ASSERT_GE(ngos.rows.size(), 2u);
  for (const Cell& cell : ngos.rows[1]) {
    ASSERT_EQ(cell.where.size(), 2u);
    EXPECT_EQ(cell.where[1].page, cell.where[0].page + 1);
  }
  // t2, t4: the tables run over a page break.
  EXPECT_EQ(table(*doc_, "t2").where.size(), 2u);
  EXPECT_EQ(table(*doc_, "t4").where.size(), 2u);
  // t3: the year column is narrower than a year: "2021" is printed "202" / "1".
  const int page = table(*doc_, "t3").where.front().page;
  bool broken = false;
  for (const Word& w : doc_->pages[page - 1].words) broken |= w.text == "202";
  EXPECT_TRUE(broken);
}

TEST_F(TableRowsFixtureTest, EveryTableIsFoundOnceWithTheModelsRowCount) {
  const auto found = testing::tables_of(*doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    SCOPED_TRACE(expected[i]->id);
    EXPECT_EQ(found[i]->id, expected[i]->id);
    EXPECT_EQ(found[i]->table.header_rows, expected[i]->table.header_rows);
    EXPECT_EQ(found[i]->table.rows.size(), expected[i]->table.rows.size());
  }
}

TEST_F(TableRowsFixtureTest, CellsAreExactOnTheExpandedGrid) {
  const auto found = testing::tables_of(*doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    const auto got = testing::grid_texts(found[i]->table), want = testing::grid_texts(expected[i]->table);
    ASSERT_EQ(got.size(), want.size()) << expected[i]->id;
    for (size_t r = 0; r < want.size(); ++r) {
      ASSERT_EQ(got[r].size(), want[r].size()) << expected[i]->id << " row " << r + 1;
      for (size_t c = 0; c < want[r].size(); ++c) {
        EXPECT_EQ(got[r][c], want[r][c]) << expected[i]->id << " row " << r + 1 << " col " << c + 1;
      }
    }
  }
}

TEST_F(TableRowsFixtureTest, SpansAreTheModels) {
  const auto found = testing::tables_of(*doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    const Table &f = found[i]->table, &e = expected[i]->table;
    ASSERT_EQ(f.rows.size(), e.rows.size()) << expected[i]->id;
    for (size_t r = 0; r < e.rows.size(); ++r) {
      ASSERT_EQ(f.rows[r].size(), e.rows[r].size()) << expected[i]->id << " row " << r + 1;
      for (size_t c = 0; c < e.rows[r].size(); ++c) {
        EXPECT_EQ(f.rows[r][c].rowspan, e.rows[r][c].rowspan)
            << expected[i]->id << " row " << r + 1 << " cell " << c + 1;
        EXPECT_EQ(f.rows[r][c].colspan, e.rows[r][c].colspan)
            << expected[i]->id << " row " << r + 1 << " cell " << c + 1;
      }
    }
  }
}

}  // namespace
}  // namespace coi
