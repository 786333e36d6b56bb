#include "pipeline/model_json.h"

#include <gtest/gtest.h>

#include "tests/support/paths.h"

namespace coi {
namespace {

Doc load_truth() {
  Result<Doc> doc = load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

TEST(ModelJson, ReadsTheCorpusModel) {
  Doc doc = load_truth();
  EXPECT_EQ(doc.blocks.size(), 744u);
  EXPECT_EQ(doc.footnotes.size(), 444u);
  EXPECT_EQ(doc.sources.size(), 227u);
  EXPECT_EQ(doc.meta.title, "France: Safe third country");
  int numbered = 0;
  for (const Block& b : doc.blocks) numbered += b.kind == BlockKind::kParagraph && !b.number.empty();
  EXPECT_EQ(numbered, 311);
}

TEST(ModelJson, RoundTripIsByteIdentical) {
  Doc doc = load_truth();
  for (size_t i = 0; i < doc.blocks.size(); ++i) doc.blocks[i].id = "b" + std::to_string(i);
  Diagnostics findings;
  findings.set_stage("tables");
  findings.warn("ragged-table", "table t1 row 3 has 2 columns, the table 3", 40, "t1");
  const std::string first = write_model_json(doc, findings, true);
  Diagnostics read;
  Result<Doc> again = read_model_json(first, "first.json", JsonFlavor::kCoi, &read);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  EXPECT_EQ(write_model_json(again.value(), read, true), first);
}

TEST(ModelJson, RefusesAnotherFormatVersion) {
  Result<Doc> doc = read_model_json(R"({"coi_format": 99, "blocks": []})", "old.json", JsonFlavor::kCoi);
  ASSERT_FALSE(doc.is_ok());
  EXPECT_EQ(doc.status().to_string(),
            "old.json: coi_format 99 is not supported (this coi reads format 1)");
}

TEST(ModelJson, RefusesJsonWithoutVersion) {
  Result<Doc> doc = read_model_json(R"({"blocks": []})", "bare.json", JsonFlavor::kCoi);
  ASSERT_FALSE(doc.is_ok());
  EXPECT_EQ(doc.status().to_string(), "bare.json: not a coi JSON (no coi_format field)");
}

TEST(ModelJson, ReportsMalformedShape) {
  Result<Doc> doc = read_model_json(R"({"coi_format": 1, "blocks": [{"type": "banana"}]})",
                                    "odd.json", JsonFlavor::kCoi);
  ASSERT_FALSE(doc.is_ok());
  EXPECT_EQ(doc.status().to_string(), "odd.json: malformed note model: unknown block type \"banana\"");
}

TEST(ModelJson, ReportsAnUnknownResolutionMethod) {
  Result<Doc> doc = read_model_json(
      R"({"coi_format": 1, "blocks": [], "footnotes": [{"n": 1, "method": "guess"}]})", "odd.json",
      JsonFlavor::kCoi);
  ASSERT_FALSE(doc.is_ok());
  EXPECT_EQ(doc.status().to_string(),
            "odd.json: malformed note model: unknown resolution method \"guess\"");
}

// A cell without a value has no "value" member; "none" names no value type ("text" does).
TEST(ModelJson, ReportsAValueTypeNamedNone) {
  Result<Doc> doc = read_model_json(
      R"({"coi_format": 1, "blocks": [{"type": "table", "rows": [[{"value": {"type": "none"}}]]}]})",
      "odd.json", JsonFlavor::kCoi);
  ASSERT_FALSE(doc.is_ok());
  EXPECT_EQ(doc.status().to_string(), "odd.json: malformed note model: unknown value type \"none\"");
}

TEST(ModelJson, ReadsColumnTypesByName) {
  Result<Doc> doc = read_model_json(
      R"({"coi_format": 1, "blocks": [{"type": "table", "column_types": ["text", "percent"],
          "rows": []}]})",
      "t.json", JsonFlavor::kCoi);
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  EXPECT_EQ(doc.value().blocks[0].table.column_types,
            (std::vector<TypedValue::Type>{TypedValue::Type::kNone, TypedValue::Type::kPercent}));
}

// A malformed file adds none of its diagnostics to the findings.
TEST(ModelJson, MalformedFileAddsNoFindings) {
  Diagnostics findings;
  Result<Doc> doc = read_model_json(
      R"({"coi_format": 1, "blocks": [{"type": "banana"}],
          "diagnostics": [{"severity": "warning", "code": "x", "message": "y"}]})",
      "odd.json", JsonFlavor::kCoi, &findings);
  ASSERT_FALSE(doc.is_ok());
  EXPECT_TRUE(findings.items().empty());
}

TEST(ModelJson, ReportsInvalidJson) {
  Result<Doc> doc = read_model_json("{not json", "bad.json", JsonFlavor::kCoi);
  ASSERT_FALSE(doc.is_ok());
  EXPECT_EQ(doc.status().to_string(), "bad.json: not valid JSON");
}

}  // namespace
}  // namespace coi
