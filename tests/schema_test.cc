// The shipped schemas (docs/coi.rng, docs/coi.schema.json) against what the emitters write: the
// outputs validate, and typical mistakes are rejected.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/emit/emit.h"
#include "stages/stage_list.h"
#include "tests/support/emit_samples.h"
#include "tests/support/schema_check.h"

namespace coi::testing {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;

// The rendering of `doc` with the sample run's findings, so the schemas see a diagnostic too.
std::string rendering(Doc doc, Result<Doc> (*emit)(Doc, const EmitConfig&, Diagnostics&)) {
  Diagnostics diag = sample_findings();
  Result<Doc> out = emit(std::move(doc), EmitConfig{}, diag);
  EXPECT_TRUE(out.is_ok()) << out.status().to_string();
  return out.is_ok() && !out.value().renderings.empty() ? out.value().renderings.back().text : "";
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

TEST(XmlSchema, SampleNoteValidates) {
  EXPECT_THAT(relaxng_errors(rendering(sample_doc(), run_emit_xml)), IsEmpty());
}

TEST(XmlSchema, GroundTruthValidates) {
  EXPECT_THAT(relaxng_errors(rendering(truth_with_ids(), run_emit_xml)), IsEmpty());
}

TEST(XmlSchema, RejectsAnUnknownElement) {
  std::string xml = rendering(sample_doc(), run_emit_xml);
  replace_once(xml, "<figDesc>Flow chart of the procedure</figDesc>", "<caption>Flow</caption>");
  // libxml2 reports the invalid element and then each ancestor it invalidates.
  EXPECT_THAT(relaxng_errors(xml), Contains("line 56: Did not expect element caption there"));
}

TEST(XmlSchema, RejectsABlockWithoutId) {
  Doc doc = sample_doc();
  doc.blocks[9].id.clear();
  EXPECT_THAT(relaxng_errors(rendering(doc, run_emit_xml)),
              Contains("line 52: Element quote failed to validate attributes"));
}

TEST(XmlSchema, RejectsAnUnknownValueType) {
  std::string xml = rendering(sample_doc(), run_emit_xml);
  replace_once(xml, R"(valueType="missing")", R"(valueType="unknown")");
  EXPECT_THAT(relaxng_errors(xml), Contains("line 83: Invalid attribute valueType for element td"));
}

TEST(JsonSchema, SampleNoteValidates) {
  JsonCheck check = json_schema_check(rendering(sample_doc(), run_emit_json), "sample.json");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_EQ(check.output, "");
}

TEST(JsonSchema, GroundTruthValidates) {
  JsonCheck check = json_schema_check(rendering(truth_with_ids(), run_emit_json), "truth.json");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_EQ(check.output, "");
}

TEST(JsonSchema, RejectsAnUnknownBlockType) {
  std::string json = rendering(sample_doc(), run_emit_json);
  replace_once(json, R"("type": "figure")", R"("type": "picture")");
  JsonCheck check = json_schema_check(json, "picture.json");
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_EQ(check.output,
            "picture.json: /blocks/11/type: 'picture' is not one of ['heading', 'paragraph', "
            "'quote', 'list', 'table', 'figure', 'back_to_contents', 'toc']\n");
}

TEST(JsonSchema, RejectsMissingAndMistypedFields) {
  Doc doc = sample_doc();
  doc.blocks[9].id.clear();
  doc.footnotes[1].confidence = 1.5;
  JsonCheck check = json_schema_check(rendering(doc, run_emit_json), "mistakes.json");
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_EQ(check.output,
            "mistakes.json: /blocks/9/id: '' does not match '^\\\\S+$'\n"
            "mistakes.json: /footnotes/1/confidence: 1.5 is greater than the maximum of 1\n");
}

TEST(JsonSchema, RejectsAnotherFormatVersion) {
  std::string json = rendering(sample_doc(), run_emit_json);
  replace_once(json, R"("coi_format": 1,)", R"("coi_format": 2,)");
  JsonCheck check = json_schema_check(json, "v2.json");
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_EQ(check.output, "v2.json: /coi_format: 1 was expected\n");
}

// The real pipeline on the fixture PDF: both outputs validate against their schemas.
TEST(Schemas, FixturePdfOutputsValidate) {
  const std::string pdf = source_path(kFrancePdf);
  Result<Config> config = default_config();
  ASSERT_TRUE(config.is_ok()) << config.status().to_string();
  Diagnostics diag;
  Result<Doc> doc = convert_pdf(pdf, config.value(), RunOptions{}, diag);
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  int checked = 0;
  for (const Rendering& r : doc.value().renderings) {
    if (r.format == "xml") {
      EXPECT_THAT(relaxng_errors(r.text), IsEmpty());
      ++checked;
    } else if (r.format == "json") {
      JsonCheck check = json_schema_check(r.text, "fixture.json");
      EXPECT_EQ(check.exit_code, 0) << check.output;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2);
}

}  // namespace
}  // namespace coi::testing
