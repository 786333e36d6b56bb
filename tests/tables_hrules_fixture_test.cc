// Tables ruled with horizontal lines only, end to end: fixtures/hrules/ (five tables of the v2.0
// note, two of them over a page break) rendered by LibreOffice in Word's plain style (a rule
// between every two rows: note-rows.pdf) and in the booktabs-like style (a top rule, a thinner
// rule under the header, a bottom rule: note-rules.pdf), each against its model.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "pipeline/table_grid.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

const char* kModel = "fixtures/hrules/note.json";

class TablesHRulesFixtureTest : public ::testing::TestWithParam<const char*> {
 protected:
  static void SetUpTestSuite() {
    Result<Doc> model = load_model_json(testing::source_path(kModel), JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = new Doc(std::move(model).value());
  }
  static void TearDownTestSuite() { delete model_; }

  void SetUp() override {
    Result<Config> config = default_config();
    ASSERT_TRUE(config.is_ok());
    RunOptions options;
    options.stop_after = "segment";
    Diagnostics diag;
    Result<Doc> doc = convert_pdf(testing::source_path(GetParam()), config.value(), options, diag);
    ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
    doc_ = std::move(doc).value();
  }

  static Doc* model_;
  Doc doc_;
};

Doc* TablesHRulesFixtureTest::model_ = nullptr;

TEST_P(TablesHRulesFixtureTest, EveryTableIsFoundOnceWithItsHeaderRows) {
  const auto found = testing::tables_of(doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  int over_pages = 0;
  for (size_t i = 0; i < found.size(); ++i) {
    SCOPED_TRACE(expected[i]->id);
    EXPECT_EQ(found[i]->table.header_rows, expected[i]->table.header_rows);
    EXPECT_EQ(found[i]->table.rows.size(), expected[i]->table.rows.size());
    over_pages += found[i]->where.size() > 1;
  }
  EXPECT_GE(over_pages, 1) << "t15 runs over two page breaks: the joins were not tested";
}

TEST_P(TablesHRulesFixtureTest, EveryCellHasTheModelsTextOnTheExpandedGrid) {
  const auto found = testing::tables_of(doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    const auto got = testing::grid_texts(found[i]->table);
    const auto want = testing::grid_texts(expected[i]->table);
    ASSERT_EQ(got.size(), want.size()) << expected[i]->id;
    for (size_t r = 0; r < want.size(); ++r) {
      ASSERT_EQ(got[r].size(), want[r].size()) << expected[i]->id << " row " << r + 1;
      for (size_t c = 0; c < want[r].size(); ++c) {
        EXPECT_EQ(got[r][c], want[r][c]) << expected[i]->id << " row " << r + 1 << " col " << c + 1;
      }
    }
  }
}

// A lost table shows as its bold header made a heading and its rows made paragraphs: every
// heading and paragraph of the output is one of the model's, and none is a cell's text.
TEST_P(TablesHRulesFixtureTest, NoHeadingOrParagraphIsMadeOfTableText) {
  std::set<std::string> cells;
  for (const Block* t : testing::tables_of(*model_)) {
    for (const auto& row : testing::grid_texts(t->table)) cells.insert(row.begin(), row.end());
  }
  std::vector<std::string> want, got;
  for (const Block& b : model_->blocks) {
    if (b.kind == BlockKind::kParagraph) want.push_back(b.number);
  }
  for (const Block& b : doc_.blocks) {
    if (b.kind == BlockKind::kTable) continue;
    const std::string text = testing::squash_spaces(plain_text(b.inlines));
    EXPECT_EQ(cells.count(text), 0u) << "block made of table text: " << text;
    if (b.kind == BlockKind::kParagraph) got.push_back(b.number);
  }
  EXPECT_EQ(got, want);
}

INSTANTIATE_TEST_SUITE_P(Renders, TablesHRulesFixtureTest,
                         ::testing::Values("fixtures/hrules/note-rows.pdf",
                                           "fixtures/hrules/note-rules.pdf"));

}  // namespace
}  // namespace coi
