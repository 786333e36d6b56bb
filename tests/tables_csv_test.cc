// CSV output of `coi tables`: RFC 4180 quoting, spans, file names.
#include "cli/table_csv.h"

#include <gtest/gtest.h>

namespace coi {
namespace {

Cell cell(const std::string& text, int colspan = 1, int rowspan = 1) {
  Cell c;
  if (!text.empty()) c.inlines.push_back(Inline{InlineKind::kText, text, "", "", 0});
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

TEST(TablesCsvTest, QuotesFieldsWithCommasQuotesAndNewlines) {
  Table t;
  t.rows = {{cell("plain"), cell("153,715"), cell("say \"no\""), cell("two\nlines")}};
  EXPECT_EQ(table_to_csv(t), "plain,\"153,715\",\"say \"\"no\"\"\",\"two\nlines\"\r\n");
}

TEST(TablesCsvTest, SpansLeaveEmptyFieldsSoEveryRowHasTheGridWidth) {
  Table t;
  t.rows = {{cell("Type", 1, 2), cell("2021", 3)},
            {cell("Child"), cell("Adult"), cell("Total")},
            {cell("Begging"), cell(""), cell("0"), cell("25")}};
  EXPECT_EQ(table_to_csv(t), "Type,2021,,\r\n,Child,Adult,Total\r\nBegging,,0,25\r\n");
}

// A ragged row (only a malformed model has one) still has a field for every grid column.
TEST(TablesCsvTest, RaggedRowIsPaddedToTheGridWidth) {
  Table t;
  t.rows = {{cell("a"), cell("b"), cell("c")}, {cell("d")}, {cell("e"), cell("f", 1, 2)}, {}};
  EXPECT_EQ(table_to_csv(t), "a,b,c\r\nd,,\r\ne,f,\r\n,,\r\n");
}

TEST(TablesCsvTest, FootnoteMarksAreLeftOut) {
  Table t;
  Cell year = cell("2021");
  year.inlines.push_back(Inline{InlineKind::kFootnoteRef, "", "", "", 90});
  t.rows = {{year}};
  EXPECT_EQ(table_to_csv(t), "2021\r\n");
}

TEST(TablesCsvTest, FileIsNamedAfterTheNearestPrecedingNumberedParagraph) {
  std::vector<Block> blocks(5);
  blocks[0].kind = BlockKind::kTable, blocks[0].id = "t1";
  blocks[1].kind = BlockKind::kParagraph, blocks[1].number = "9.1.3";
  blocks[2].kind = BlockKind::kParagraph;  // unnumbered: skipped
  blocks[3].kind = BlockKind::kTable, blocks[3].id = "t2";
  blocks[4].kind = BlockKind::kTable, blocks[4].id = "t3";
  EXPECT_EQ(csv_file_name(blocks, 0), "t1.csv");
  EXPECT_EQ(csv_file_name(blocks, 3), "t2-after-9.1.3.csv");
  EXPECT_EQ(csv_file_name(blocks, 4), "t3-after-9.1.3.csv");
}

}  // namespace
}  // namespace coi
