// The tables stage end to end on the France v2.0 fixture PDF against its ground-truth model.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <map>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "stages/tables/typed_values.h"
#include "tests/support/paths.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// Number of the nearest numbered paragraph before each table of the model.
std::vector<std::string> model_paragraph_before(const Doc& model) {
  std::vector<std::string> out;
  std::string last;
  for (const Block& b : model.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) last = b.number;
    if (b.kind == BlockKind::kTable) out.push_back(last);
  }
  return out;
}

// The same from the converted PDF: from segment's blocks when it ran, else from the last body
// line above the table that starts with a paragraph number.
std::vector<std::string> found_paragraph_before(const Doc& doc) {
  bool segmented = false;
  for (const Block& b : doc.blocks) segmented |= b.kind == BlockKind::kParagraph;
  if (segmented) return model_paragraph_before(doc);
  static const RE2 kNumber(R"((\d+\.\d+\.\d+))");
  std::vector<std::string> out;
  for (const Block* t : testing::tables_of(doc)) {
    std::string last;
    const Place& at = t->where.front();
    for (int p = 1; p <= at.page; ++p) {
      const Page& page = doc.pages[p - 1];
      for (const Line& line : page.lines) {
        if (line.role != LineRole::kBody || line.words.empty()) continue;
        if (p == at.page && line.box.y0 >= at.box.y0) continue;
        std::string number;
        if (RE2::FullMatch(page.words[line.words[0]].text, kNumber, &number)) last = number;
      }
    }
    out.push_back(last);
  }
  return out;
}

class TablesFixtureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Config> config = default_config();
    ASSERT_TRUE(config.is_ok());
    RunOptions options;
    options.stop_after = "segment";
    Diagnostics diag;
    Result<Doc> doc = convert_pdf(testing::source_path(testing::kFrancePdf), config.value(),
                                  options, diag);
    ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
    doc_ = new Doc(std::move(doc).value());
    Result<Doc> model =
        load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = new Doc(std::move(model).value());
  }
  static void TearDownTestSuite() {
    delete doc_;
    delete model_;
  }
  static Doc* doc_;
  static Doc* model_;
};

Doc* TablesFixtureTest::doc_ = nullptr;
Doc* TablesFixtureTest::model_ = nullptr;

TEST_F(TablesFixtureTest, EveryTableIsFoundOnceInItsPlace) {
  const auto found = testing::tables_of(*doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  EXPECT_EQ(found_paragraph_before(*doc_), model_paragraph_before(*model_));
  for (size_t i = 0; i < found.size(); ++i) EXPECT_EQ(found[i]->id, expected[i]->id);
}

TEST_F(TablesFixtureTest, HeaderRowsRowsAndSpansAreAsInTheModel) {
  const auto found = testing::tables_of(*doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    SCOPED_TRACE(expected[i]->id);
    const Table &f = found[i]->table, &e = expected[i]->table;
    EXPECT_EQ(f.header_rows, e.header_rows);
    ASSERT_EQ(f.rows.size(), e.rows.size());
    for (size_t r = 0; r < e.rows.size(); ++r) {
      ASSERT_EQ(f.rows[r].size(), e.rows[r].size()) << "row " << r + 1;
      for (size_t c = 0; c < e.rows[r].size(); ++c) {
        EXPECT_EQ(f.rows[r][c].colspan, e.rows[r][c].colspan) << "row " << r + 1 << " cell " << c + 1;
        EXPECT_EQ(f.rows[r][c].rowspan, e.rows[r][c].rowspan) << "row " << r + 1 << " cell " << c + 1;
      }
    }
  }
}

// Every cell of the model, named by table, row and cell (its index in the row), with its text.
TEST_F(TablesFixtureTest, EveryCellHasTheModelsText) {
  const auto found = testing::tables_of(*doc_), expected = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), expected.size());
  for (size_t i = 0; i < found.size(); ++i) {
    const Table &f = found[i]->table, &e = expected[i]->table;
    for (size_t r = 0; r < e.rows.size(); ++r) {
      for (size_t c = 0; c < e.rows[r].size(); ++c) {
        const bool present = r < f.rows.size() && c < f.rows[r].size();
        EXPECT_EQ(present ? testing::squash_spaces(plain_text(f.rows[r][c].inlines)) : "<absent>",
                  testing::squash_spaces(plain_text(e.rows[r][c].inlines)))
            << expected[i]->id << " row " << r + 1 << " cell " << c + 1;
      }
    }
  }
}

TEST_F(TablesFixtureTest, TablesSplitOverPagesHaveNoRepeatedHeaderOrCutRow) {
  const auto found = testing::tables_of(*doc_), model = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), model.size());
  int split = 0;
  for (size_t i = 0; i < found.size(); ++i) {
    if (found[i]->where.size() < 2) continue;
    ++split;
    SCOPED_TRACE(found[i]->id);
    const Table &f = found[i]->table, &m = model[i]->table;
    EXPECT_EQ(f.rows.size(), m.rows.size());
    // A repeated header or a cut row left in place would show as a row whose first cell reads
    // differently from the model's (the header text, or nothing).
    for (size_t r = 0; r < f.rows.size() && r < m.rows.size(); ++r) {
      if (f.rows[r].empty() || m.rows[r].empty()) continue;
      EXPECT_EQ(testing::squash_spaces(plain_text(f.rows[r][0].inlines)),
                testing::squash_spaces(plain_text(m.rows[r][0].inlines)))
          << "row " << r + 1;
    }
  }
  EXPECT_GT(split, 0) << "no table of this rendering continues over a page: nothing was checked";
}

struct ExpectedValue {
  const char* table;
  size_t row, cell;
  TypedValue::Type type;
  double value, high;
  bool marked;
};

TEST_F(TablesFixtureTest, NumericCellsHaveTheirTypedValues) {
  using Type = TypedValue::Type;
  const ExpectedValue expected[] = {
      {"t3", 1, 1, Type::kInteger, 153715, 0, false},
      {"t3", 4, 1, Type::kPercent, 38.8, 0, false},
      {"t3", 10, 1, Type::kPercent, 49.4, 0, false},
      {"t4", 1, 0, Type::kInteger, 2021, 0, true},
      {"t4", 1, 1, Type::kInteger, 68403, 0, false},
      {"t4", 1, 3, Type::kPercent, 22.1, 0, false},
      {"t4", 1, 4, Type::kRange, 66, 34, false},
      {"t5", 4, 6, Type::kInteger, 101219, 0, false},
      {"t6", 1, 1, Type::kDecimal, 6.8, 0, false},
      {"t6", 10, 2, Type::kDecimal, 44.8, 0, false},
      {"t9", 4, 1, Type::kMissing, 0, 0, false},
      {"t9", 4, 3, Type::kInteger, 65, 0, true},
      {"t10", 6, 1, Type::kPercent, 100, 0, false},
      {"t13", 4, 3, Type::kInteger, 1044, 0, false},
      {"t14", 13, 1, Type::kInteger, 1219, 0, false},
      {"t14", 13, 2, Type::kDecimal, 100.1, 0, false},
      {"t17", 2, 1, Type::kInteger, 15, 0, false},
  };
  std::map<std::string, const Block*> by_id;
  for (const Block* t : testing::tables_of(*doc_)) by_id[t->id] = t;
  for (const ExpectedValue& e : expected) {
    SCOPED_TRACE(std::string(e.table) + " row " + std::to_string(e.row + 1) + " cell " +
                 std::to_string(e.cell + 1));
    ASSERT_TRUE(by_id.count(e.table));
    const Table& t = by_id[e.table]->table;
    ASSERT_LT(e.row, t.rows.size());
    ASSERT_LT(e.cell, t.rows[e.row].size());
    const TypedValue& v = t.rows[e.row][e.cell].value;
    EXPECT_EQ(v.type, e.type);
    EXPECT_DOUBLE_EQ(v.value, e.value);
    EXPECT_DOUBLE_EQ(v.high, e.high);
    EXPECT_EQ(v.marked, e.marked);
  }
  // Every body cell of the model whose text is a number, percentage, range or missing mark
  // has a value of that kind here.
  const auto found = testing::tables_of(*doc_), model = testing::tables_of(*model_);
  ASSERT_EQ(found.size(), model.size());
  static const RE2 kNumeric(R"(^[0-9][0-9,.]*%?\*?$|^[0-9.]+%-[0-9.]+%$|^N/A$)");
  int numeric = 0;
  for (size_t i = 0; i < model.size(); ++i) {
    const Table &f = found[i]->table, &m = model[i]->table;
    for (size_t r = static_cast<size_t>(m.header_rows); r < m.rows.size() && r < f.rows.size(); ++r) {
      for (size_t c = 0; c < m.rows[r].size() && c < f.rows[r].size(); ++c) {
        const std::string text = testing::squash_spaces(plain_text(m.rows[r][c].inlines));
        if (!RE2::FullMatch(text, kNumeric)) continue;
        ++numeric;
        EXPECT_NE(f.rows[r][c].value.type, TypedValue::Type::kNone)
            << model[i]->id << " row " << r + 1 << " cell " << c + 1 << " \"" << text << "\"";
      }
    }
  }
  EXPECT_GT(numeric, 0) << "no numeric cell in the model: nothing was checked";
}

}  // namespace
}  // namespace coi
