// A heading and its numbered paragraphs between two tables ruled with horizontal lines only
// (fixtures/prose-between-rules): a table carried over from the page before ends under its
// bottom rule, then come "2.1 Appeals", 2.1.1 and 2.1.2, then the next table's top rule. The two
// rules, both as wide as the text, close the prose, and its number column read as a table's
// first column: the heading became the first table's last row and the second table lost its
// header (stages/tables/hrule_regions.cc, step 3: a band of numbered prose is no table's).
// The expected headings, paragraphs and tables come from the model.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "tests/support/compare.h"
#include "tests/support/fixture_doc.h"
#include "tests/support/note_text.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/prose-between-rules";

// Every numbered heading and paragraph as "kind number text".
std::set<std::string> numbered_blocks(const Doc& doc) {
  std::set<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.number.empty()) continue;
    if (b.kind == BlockKind::kHeading) out.insert("heading " + b.number + " " + plain_text(b.inlines));
    if (b.kind == BlockKind::kParagraph) out.insert("paragraph " + b.number + " " + plain_text(b.inlines));
  }
  return out;
}

// LibreOffice, Liberation Serif 12 pt on A4: page 5 opens with the rest of table t1 (no rule
// above it), the prose, then t2.
TEST(ProseBetweenRules, NumberedProseBetweenTwoRuledTablesStaysProse) {
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "libreoffice", "");
  ASSERT_FALSE(numbered_blocks(model).empty());
  EXPECT_TRUE(testing::same_set(numbered_blocks(model), numbered_blocks(ours)));
  const std::vector<const Block*> want = testing::tables_of(model);
  const std::vector<const Block*> got = testing::tables_of(ours);
  ASSERT_EQ(got.size(), want.size());
  for (size_t t = 0; t < want.size(); ++t) {
    EXPECT_EQ(testing::grid_texts(got[t]->table), testing::grid_texts(want[t]->table))
        << "table " << want[t]->id;
  }
}

}  // namespace
}  // namespace coi
