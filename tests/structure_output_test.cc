// How the structure stage's verdict on footnotes reaches the outputs: the JSON key and XML
// attribute "signal" (blocks always carry theirs; footnotes only when it is "structure-tree").
#include <gtest/gtest.h>

#include "pipeline/model_json.h"
#include "stages/emit/emit.h"
#include "tests/support/emit_samples.h"

namespace coi::testing {
namespace {

std::string rendering(Result<Doc> out) {
  EXPECT_TRUE(out.is_ok());
  return out.is_ok() && !out.value().renderings.empty() ? out.value().renderings.back().text : "";
}

TEST(StructureOutput, FootnoteSignalSurvivesTheJson) {
  Diagnostics diag;
  const std::string json = rendering(run_emit_json(sample_doc(), EmitConfig{}, diag));
  Result<Doc> again = read_model_json(json, "sample.json", JsonFlavor::kCoi);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  ASSERT_EQ(again.value().footnotes.size(), 3u);
  EXPECT_EQ(again.value().footnotes[0].signal, Signal::kLayout);
  EXPECT_EQ(again.value().footnotes[2].signal, Signal::kStructTree);
}

TEST(StructureOutput, FootnoteSignalIsAnXmlAttribute) {
  Diagnostics diag;
  const std::string xml = rendering(run_emit_xml(sample_doc(), EmitConfig{}, diag));
  const size_t fn3 = xml.find("<note eId=\"fn3\"");
  ASSERT_NE(fn3, std::string::npos);
  const std::string tag = xml.substr(fn3, xml.find('>', fn3) - fn3);
  EXPECT_NE(tag.find(" signal=\"structure-tree\""), std::string::npos) << tag;
  const size_t fn1 = xml.find("<note eId=\"fn1\"");
  EXPECT_EQ(xml.substr(fn1, xml.find('>', fn1) - fn1).find("signal"), std::string::npos);
}

}  // namespace
}  // namespace coi::testing
