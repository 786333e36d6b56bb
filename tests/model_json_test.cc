#include "pipeline/model_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using nlohmann::json;

Doc load_truth() {
  Result<Doc> doc = load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

// The same file parsed by nlohmann alone: the expectation the reader is checked against.
json raw_truth() {
  std::ifstream in(testing::source_path(testing::kFranceModel));
  return json::parse(in);
}

size_t count_blocks(const json& raw, const char* type, bool numbered) {
  size_t n = 0;
  for (const json& b : raw.at("blocks")) {
    n += b.at("type") == type && numbered == (b.contains("number") && !b.at("number").is_null());
  }
  return n;
}

TEST(ModelJson, ReadsTheCorpusModel) {
  const Doc doc = load_truth();
  const json raw = raw_truth();
  EXPECT_EQ(doc.blocks.size(), raw.at("blocks").size());
  EXPECT_EQ(doc.footnotes.size(), raw.at("footnotes").size());
  const json& bibliography = raw.at("bibliography");
  EXPECT_EQ(doc.sources.size(),
            bibliography.at("cited").size() + bibliography.at("consulted").size());
  EXPECT_EQ(doc.meta.title, raw.at("meta").at("title").get<std::string>());
  size_t numbered = 0, unnumbered = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kParagraph) continue;
    ++(b.number.empty() ? unnumbered : numbered);
  }
  EXPECT_EQ(numbered, count_blocks(raw, "paragraph", true));
  EXPECT_EQ(unnumbered, count_blocks(raw, "paragraph", false));
}

// Every key of `want` with its value in `got` (objects key by key, arrays element by element;
// a null string reads as "", docs/MODEL.md); each difference as "JSON pointer: want ..., got ...".
void collect_differences(const json& want, const json& got, const std::string& path,
                         std::vector<std::string>& out) {
  if (want.is_object() && got.is_object()) {
    for (const auto& [key, value] : want.items()) {
      if (!got.contains(key)) {
        out.push_back(path + "/" + key + ": missing");
      } else {
        collect_differences(value, got.at(key), path + "/" + key, out);
      }
    }
  } else if (want.is_array() && got.is_array() && want.size() == got.size()) {
    for (size_t i = 0; i < want.size(); ++i) {
      collect_differences(want[i], got[i], path + "/" + std::to_string(i), out);
    }
  } else if (want != got && !(want.is_null() && got == "")) {
    out.push_back(path + ": want " + want.dump() + ", got " + got.dump());
  }
}

// Written from the corpus model, coi's JSON holds every key and value of the corpus file (it adds
// IDs, provenance and the like); read back and written again, it is byte-identical.
TEST(ModelJson, RoundTripKeepsTheCorpusFileAndIsByteIdentical) {
  Doc doc = load_truth();
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].id.empty()) doc.blocks[i].id = "b" + std::to_string(i);
  }
  Diagnostics findings;
  findings.set_stage("tables");
  findings.warn("ragged-table", "table t1 row 3 has 2 columns, the table 3", 40, "t1");
  const std::string first = write_model_json(doc, findings, true);
  json want = raw_truth();
  want.erase("stats");  // the corpus's own counts; coi writes its own under the same key
  std::vector<std::string> differences;
  collect_differences(want, json::parse(first), "", differences);
  EXPECT_TRUE(differences.empty()) << differences.size() << " differences, first: "
                                   << differences.front();
  Diagnostics read;
  Result<Doc> again = read_model_json(first, "first.json", JsonFlavor::kCoi, &read);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  EXPECT_TRUE(testing::same_text(first, write_model_json(again.value(), read, true)));
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
