// Typed cell values and column types.
#include <gtest/gtest.h>

#include "stages/tables/typed_values.h"

namespace coi {
namespace {

using tables::parse_value;
using Type = TypedValue::Type;

struct Expected {
  const char* text;
  Type type;
  double value;
  double high;
  const char* unit;
  bool marked;
};

TEST(TablesValuesTest, ParsesTheValuesOfStatisticsTables) {
  const Expected cases[] = {
      {"153,715", Type::kInteger, 153715, 0, "", false},
      {"1044", Type::kInteger, 1044, 0, "", false},
      {"0", Type::kInteger, 0, 0, "", false},
      {"-12", Type::kInteger, -12, 0, "", false},
      {"6.80", Type::kDecimal, 6.8, 0, "", false},
      {"100.1", Type::kDecimal, 100.1, 0, "", false},
      {"38.8%", Type::kPercent, 38.8, 0, "", false},
      {"45 %", Type::kPercent, 45, 0, "", false},
      {"\u20ac150,000", Type::kCurrency, 150000, 0, "\u20ac", false},
      {"\u20ac1.5 million", Type::kCurrency, 1500000, 0, "\u20ac", false},
      {"\u00a3300", Type::kCurrency, 300, 0, "\u00a3", false},
      {"150 EUR", Type::kCurrency, 150, 0, "EUR", false},
      {"66%-34%", Type::kRange, 66, 34, "%", false},
      {"2-3", Type::kRange, 2, 3, "", false},
      {"2\u20133", Type::kRange, 2, 3, "", false},
      {"N/A", Type::kMissing, 0, 0, "", false},
      {"-", Type::kMissing, 0, 0, "", false},
      {"\u2013", Type::kMissing, 0, 0, "", false},
      {"65*", Type::kInteger, 65, 0, "", true},
      {" 1,219 ", Type::kInteger, 1219, 0, "", false},
  };
  for (const Expected& e : cases) {
    SCOPED_TRACE(e.text);
    const TypedValue v = parse_value(e.text, false, TableValueConfig{});
    EXPECT_EQ(v.type, e.type);
    EXPECT_DOUBLE_EQ(v.value, e.value);
    EXPECT_DOUBLE_EQ(v.high, e.high);
    EXPECT_EQ(v.unit, e.unit);
    EXPECT_EQ(v.marked, e.marked);
  }
}

TEST(TablesValuesTest, CodesWordsAndBadGroupingAreText) {
  for (const char* text : {"225-4-1", "225-13", "225-13 225-14", "224-1-A", "7 months, 8 days",
                           "Total (n=588)", "1,22", "12,3456", "2,024.5.1", "", "Year", "\u20ac",
                           "7 years imprisonment and a \u20ac150,000 fine"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_value(text, false, TableValueConfig{}).type, Type::kNone);
  }
}

TEST(TablesValuesTest, AFootnoteRefMarksTheNumber) {
  const TypedValue v = parse_value("2021", /*footnote_marked=*/true, TableValueConfig{});
  EXPECT_EQ(v.type, Type::kInteger);
  EXPECT_TRUE(v.marked);
}

Cell cell(const std::string& text, int colspan = 1, int rowspan = 1) {
  Cell c;
  if (!text.empty()) c.inlines.push_back(Inline{InlineKind::kText, text, "", "", 0});
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

TEST(TablesValuesTest, ColumnTypeIsTheTypeMostBodyCellsShare) {
  Table t;
  t.header_rows = 1;
  t.rows = {{cell("Country"), cell("Number"), cell("%"), cell("Note")},
            {cell("Morocco"), cell("180"), cell("14.8"), cell("a")},
            {cell("China"), cell("N/A"), cell("5.7"), cell("12")},
            {cell("Total"), cell("1,219"), cell("100.1"), cell("b")}};
  tables::type_table(t, TableValueConfig{});
  EXPECT_EQ(t.column_types,
            (std::vector<Type>{Type::kNone, Type::kInteger, Type::kDecimal, Type::kNone}));
  EXPECT_EQ(t.rows[0][1].value.type, Type::kNone);  // header cells are labels
  EXPECT_EQ(t.rows[2][1].value.type, Type::kMissing);
  EXPECT_DOUBLE_EQ(t.rows[3][1].value.value, 1219);
}

TEST(TablesValuesTest, ColumnsFollowRowspansAndColspans) {
  Table t;
  t.header_rows = 0;
  t.rows = {{cell("Labour", 1, 2), cell("5"), cell("10%")},
            {cell("6"), cell("11%")},
            {cell("Total"), cell("11 and 21%", 2)}};
  tables::type_table(t, TableValueConfig{});
  EXPECT_EQ(t.column_types, (std::vector<Type>{Type::kNone, Type::kInteger, Type::kPercent}));
}

TEST(TablesValuesTest, ATieBelowTheShareIsText) {
  Table t;
  t.rows = {{cell("1")}, {cell("2.5")}, {cell("x")}};
  TableValueConfig config;
  config.column_type_min_share = 0.5;
  tables::type_table(t, config);
  EXPECT_EQ(t.column_types, (std::vector<Type>{Type::kNone}));
}

}  // namespace
}  // namespace coi
