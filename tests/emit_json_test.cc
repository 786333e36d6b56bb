#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline/model_json.h"
#include "stages/emit/emit.h"
#include "tests/support/emit_samples.h"

namespace coi::testing {
namespace {

// The JSON rendering of `doc` and the run's `findings`.
std::string emit_json(Doc doc, Diagnostics findings = {}, const EmitConfig& config = {}) {
  const size_t before = findings.items().size();
  Result<Doc> out = run_emit_json(std::move(doc), config, findings);
  EXPECT_TRUE(out.is_ok()) << out.status().to_string();
  EXPECT_EQ(findings.items().size(), before);  // writing JSON finds nothing
  if (!out.is_ok() || out.value().renderings.empty()) return {};
  EXPECT_EQ(out.value().renderings.back().format, "json");
  return out.value().renderings.back().text;
}

TEST(EmitJson, ReadsBackToTheSameJson) {
  const std::string first = emit_json(sample_doc(), sample_findings());
  Diagnostics findings;
  Result<Doc> again = read_model_json(first, "sample.json", JsonFlavor::kCoi, &findings);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  EXPECT_EQ(emit_json(again.value(), findings), first);
  ASSERT_EQ(findings.items().size(), 1u);
  EXPECT_EQ(findings.items()[0].code, "ragged-table");
  EXPECT_EQ(findings.items()[0].stage, "tables");
  EXPECT_EQ(findings.items()[0].block, "t1");
  const Doc& doc = again.value();
  ASSERT_EQ(doc.footnotes.size(), 3u);
  EXPECT_EQ(doc.footnotes[0].method, ResolveMethod::kUrl);
  EXPECT_EQ(doc.footnotes[0].cited_by, (std::vector<std::string>{"sec-4", "para-4.0.1"}));
  EXPECT_EQ(doc.blocks[6].signal, Signal::kStructTree);
  const Cell& range = doc.blocks[12].table.rows[3][1];
  EXPECT_EQ(range.value.type, TypedValue::Type::kRange);
  EXPECT_EQ(range.value.high, 20);
  EXPECT_EQ(range.value.unit, "€");
}

TEST(EmitJson, IsByteIdenticalAcrossRuns) {
  EXPECT_EQ(emit_json(sample_doc()), emit_json(sample_doc()));
  Doc truth = truth_with_ids();
  EXPECT_EQ(emit_json(truth), emit_json(truth));
}

TEST(EmitJson, CompactWhenPrettyIsOff) {
  EmitConfig config;
  config.pretty_json = false;
  const std::string json = emit_json(sample_doc(), sample_findings(), config);
  EXPECT_EQ(std::count(json.begin(), json.end(), '\n'), 1);
  EXPECT_EQ(json.rfind("{\"coi_format\":1,\"source\":\"sample.pdf\",", 0), 0u);
}

}  // namespace
}  // namespace coi::testing
