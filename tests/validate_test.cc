// The model validator's table invariant (pipeline/validate.h), which reads the table's grid, its
// check that the vocabulary segment counted into the model still counts the model's words, and
// its check that every word's font is one of its page's.
#include "pipeline/validate.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/vocabulary.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

Cell cell(int colspan = 1, int rowspan = 1) {
  Cell c;
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

Doc with_table(std::vector<std::vector<Cell>> rows) {
  Block b;
  b.kind = BlockKind::kTable;
  b.id = "t1";
  b.table.rows = std::move(rows);
  Doc doc;
  doc.blocks.push_back(std::move(b));
  return doc;
}

TEST(ValidateTable, SpansCountedRowsAgree) {
  const Doc doc = with_table({{cell(1, 2), cell(2)}, {cell(), cell()}});
  EXPECT_TRUE(validate_model(doc, "tables").is_ok());
}

TEST(ValidateTable, ARaggedRowIsAViolation) {
  const Status s = validate_model(with_table({{cell(), cell(), cell()}, {cell(2)}}), "tables");
  EXPECT_EQ(s.to_string(),
            "model invariant broken after stage tables: table t1 row 2 covers 2 columns, row 1 "
            "covers 3");
}

// Row 2's colspan runs into row 1's rowspan: both rows cover two slots, but two cells claim one.
TEST(ValidateTable, OverlappingSpansAreAViolation) {
  const Status s = validate_model(with_table({{cell(), cell(1, 2)}, {cell(2)}}), "tables");
  EXPECT_EQ(s.to_string(),
            "model invariant broken after stage tables: table t1 has cells whose spans overlap");
}

TEST(ValidateVocabulary, WordsAsCountedAreValid) {
  Doc doc = testing::body_lines_note({"the court heard the appeal", "the court allowed it"});
  doc.vocabulary = std::make_shared<const Vocabulary>(doc);
  EXPECT_TRUE(validate_model(doc, "footnotes").is_ok());
}

// A later stage that changes a word would leave footnotes judging hyphens by stale counts.
TEST(ValidateVocabulary, AWordChangedAfterSegmentCountedIsAViolation) {
  Doc doc = testing::body_lines_note({"the court heard the appeal", "the court allowed it"});
  doc.vocabulary = std::make_shared<const Vocabulary>(doc);
  doc.pages[0].words[1].text = "tribunal";
  EXPECT_EQ(validate_model(doc, "footnotes").to_string(),
            "model invariant broken after stage footnotes: the words changed after the segment "
            "stage counted them");
}

TEST(ValidateFonts, WordsOfTheirPagesFontsAreValid) {
  const Doc doc = testing::body_lines_note({"the court heard the appeal"});
  ASSERT_FALSE(doc.pages[0].fonts.empty());
  EXPECT_TRUE(validate_model(doc, "extract").is_ok());
}

// A word's font is an index into its own page's table: one past it names no font.
TEST(ValidateFonts, AFontPastItsPagesTableIsAViolation) {
  Doc doc = testing::body_lines_note({"the court heard the appeal"});
  doc.pages[0].words[1].font = static_cast<int>(doc.pages[0].fonts.size());
  EXPECT_EQ(validate_model(doc, "extract").to_string(),
            "model invariant broken after stage extract: word \"court\" on page 1 has font 1 of 1");
}

}  // namespace
}  // namespace coi
