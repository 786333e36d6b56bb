#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "pipeline/model_json.h"
#include "stages/emit/emit.h"
#include "tests/support/compare.h"
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

// Places as text, coordinates rounded to 0.01 pt as the JSON keeps them (docs/FORMAT.md).
std::string places(const Places& where) {
  std::string out;
  char box[128];
  for (const Place& p : where) {
    const auto r = [](double v) { return std::round(v * 100) / 100; };
    std::snprintf(box, sizeof box, "p%d %.2f %.2f %.2f %.2f; ", p.page, r(p.box.x0), r(p.box.y0),
                  r(p.box.x1), r(p.box.y1));
    out += box;
  }
  return out;
}

// Written, read back and written again: the same bytes, and the model read back is the sample's
// (checked against the sample itself, not only against the writer's own output).
TEST(EmitJson, ReadsBackToTheSameJson) {
  const Doc sample = sample_doc();
  const std::string first = emit_json(sample, sample_findings());
  Diagnostics findings;
  Result<Doc> again = read_model_json(first, "sample.json", JsonFlavor::kCoi, &findings);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  EXPECT_TRUE(same_text(first, emit_json(again.value(), findings)));
  ASSERT_EQ(findings.items().size(), 1u);
  EXPECT_EQ(findings.items()[0].code, "ragged-table");
  EXPECT_EQ(findings.items()[0].stage, "tables");
  EXPECT_EQ(findings.items()[0].block, "t1");
  const Doc& doc = again.value();
  EXPECT_EQ(doc.source_name, sample.source_name);
  EXPECT_EQ(doc.meta.title, sample.meta.title);
  ASSERT_EQ(doc.blocks.size(), sample.blocks.size());
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block &got = doc.blocks[i], &want = sample.blocks[i];
    EXPECT_EQ(got.kind, want.kind) << want.id;
    EXPECT_EQ(got.id, want.id);
    EXPECT_EQ(got.part, want.part) << want.id;
    EXPECT_EQ(got.number, want.number) << want.id;
    EXPECT_EQ(got.level, want.level) << want.id;
    EXPECT_EQ(plain_text(got.inlines), plain_text(want.inlines)) << want.id;
    EXPECT_EQ(got.inlines.size(), want.inlines.size()) << want.id;
    EXPECT_EQ(got.items.size(), want.items.size()) << want.id;
    EXPECT_EQ(got.table.rows.size(), want.table.rows.size()) << want.id;
    EXPECT_EQ(got.signal, want.signal) << want.id;
    EXPECT_EQ(places(got.where), places(want.where)) << want.id;
  }
  ASSERT_EQ(doc.footnotes.size(), sample.footnotes.size());
  for (size_t i = 0; i < doc.footnotes.size(); ++i) {
    const Footnote &got = doc.footnotes[i], &want = sample.footnotes[i];
    EXPECT_EQ(got.number, want.number);
    EXPECT_EQ(plain_text(got.inlines), plain_text(want.inlines)) << want.number;
    EXPECT_EQ(got.source_id, want.source_id) << want.number;
    EXPECT_EQ(got.confidence, want.confidence) << want.number;
    EXPECT_EQ(got.cited_by, want.cited_by) << want.number;
  }
  ASSERT_EQ(doc.sources.size(), sample.sources.size());
  for (size_t i = 0; i < doc.sources.size(); ++i) {
    EXPECT_EQ(doc.sources[i].id, sample.sources[i].id);
    EXPECT_EQ(doc.sources[i].list, sample.sources[i].list) << sample.sources[i].id;
    EXPECT_EQ(doc.sources[i].url, sample.sources[i].url) << sample.sources[i].id;
    EXPECT_EQ(doc.sources[i].title, sample.sources[i].title) << sample.sources[i].id;
    EXPECT_EQ(doc.sources[i].detail, sample.sources[i].detail) << sample.sources[i].id;
    EXPECT_EQ(doc.sources[i].date, sample.sources[i].date) << sample.sources[i].id;
  }
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
  EXPECT_TRUE(same_text(emit_json(sample_doc()), emit_json(sample_doc())));
  Doc truth = truth_with_ids();
  EXPECT_TRUE(same_text(emit_json(truth), emit_json(truth)));
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
