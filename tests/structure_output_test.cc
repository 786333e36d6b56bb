// How the structure stage's verdicts reach the outputs: the JSON key and XML attribute "signal"
// (blocks always carry theirs in JSON; footnotes, and XML elements, only "structure-tree").
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

// The opening tag of the XML element with eId `id`.
std::string tag_of(const std::string& xml, const std::string& id) {
  const size_t at = xml.find("eId=\"" + id + "\"");
  if (at == std::string::npos) return "";
  const size_t open = xml.rfind('<', at);
  return xml.substr(open, xml.find('>', at) - open);
}

// A table's signal says its header cells (th) are the tree's TH cells; a list's, that its
// items are the tree's LI elements.
TEST(StructureOutput, TableAndListSignalsAreXmlAttributes) {
  Doc doc = sample_doc();
  for (Block& b : doc.blocks) {
    b.signal = b.id == "t1" || b.id == "b8" ? Signal::kStructTree : Signal::kLayout;
  }
  Diagnostics diag;
  const std::string xml = rendering(run_emit_xml(doc, EmitConfig{}, diag));
  EXPECT_NE(tag_of(xml, "t1").find(" signal=\"structure-tree\""), std::string::npos)
      << tag_of(xml, "t1");
  EXPECT_NE(tag_of(xml, "b8").find(" signal=\"structure-tree\""), std::string::npos)
      << tag_of(xml, "b8");
  EXPECT_EQ(tag_of(xml, "b9").find("signal"), std::string::npos) << tag_of(xml, "b9");
  const std::string json = rendering(run_emit_json(doc, EmitConfig{}, diag));
  Result<Doc> again = read_model_json(json, "sample.json", JsonFlavor::kCoi);
  ASSERT_TRUE(again.is_ok()) << again.status().to_string();
  for (const Block& b : again.value().blocks) {
    const bool tree = b.id == "t1" || b.id == "b8";
    EXPECT_EQ(b.signal, tree ? Signal::kStructTree : Signal::kLayout) << b.id;
  }
}

}  // namespace
}  // namespace coi::testing
