// The diff renderers: JSON and XML parse and carry the report; odd inputs still render.
#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <nlohmann/json.hpp>
#include <string>

#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/model_json.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

Doc load(const std::string& relative) {
  Result<Doc> doc = load_model_json(testing::source_path(relative), JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

const DiffReport& fixture_report() {
  static const DiffReport report = diff_docs(
      load(testing::kFranceModel), load("fixtures/france-cin-v2.1/note.json"), DiffConfig{});
  return report;
}

Block paragraph(const std::string& text) {
  Block b;
  b.inlines = {Inline{InlineKind::kText, text, "", "", 0}};
  return b;
}

TEST(DiffRenderTest, JsonCarriesSummaryAndChanges) {
  const nlohmann::json j = nlohmann::json::parse(render_diff_json(fixture_report()));
  EXPECT_EQ(j.at("coi_diff"), kDiffFormatVersion);
  EXPECT_EQ(j.at("same"), false);
  EXPECT_EQ(j.at("summary").at("paragraphs").at("modified"), 13);
  EXPECT_EQ(j.at("summary").at("paragraphs").at("split"), 1);
  EXPECT_EQ(j.at("tables").size(), 3u);
  EXPECT_EQ(j.at("sources").size(), 5u);
  size_t listed = 0;
  for (const ParagraphChange& p : fixture_report().paragraphs)
    listed += p.change != Change::kUnchanged;
  EXPECT_EQ(j.at("paragraphs").size(), listed);
}

TEST(DiffRenderTest, XmlIsWellFormed) {
  const std::string xml = render_diff_xml(fixture_report());
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "diff.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  ASSERT_NE(doc, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(xmlDocGetRootElement(doc)->name), "coi-diff");
  xmlFreeDoc(doc);
}

TEST(DiffRenderTest, MarkupInTextIsEscaped) {
  Doc a, b;
  a.blocks = {paragraph("Costs <5% & \"rising\"")};
  b.blocks = {paragraph("Costs <6% & \"rising\"")};
  const DiffReport r = diff_docs(a, b, DiffConfig{});
  EXPECT_NE(render_diff_html(r).find("&lt;<del>5</del><ins>6</ins>% &amp; &quot;rising&quot;"),
            std::string::npos);
  const std::string xml = render_diff_xml(r);
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "diff.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  EXPECT_NE(doc, nullptr);
  xmlFreeDoc(doc);
}

TEST(DiffRenderTest, EmptyNotesAreSame) {
  const DiffReport r = diff_docs(Doc{}, Doc{}, DiffConfig{});
  EXPECT_TRUE(r.same());
  EXPECT_NE(render_diff_text(r, false).find("same in substance"), std::string::npos);
  EXPECT_NE(render_diff_html(r).find("Same in substance."), std::string::npos);
}

TEST(DiffRenderTest, EverythingInsertedAgainstAnEmptyNote) {
  const DiffReport r = diff_docs(Doc{}, load(testing::kFranceModel), DiffConfig{});
  ASSERT_FALSE(r.paragraphs.empty());
  for (const ParagraphChange& p : r.paragraphs) EXPECT_EQ(p.change, Change::kInserted);
}

TEST(DiffRenderTest, HugeRewrittenParagraphFallsBackToReplacement) {
  std::string old_text, new_text;
  for (int k = 0; k < 3000; ++k) {
    old_text += "alpha" + std::to_string(k) + " ";
    new_text += "beta" + std::to_string(k) + " ";
  }
  Doc a, b;
  a.blocks = {paragraph(old_text + "end")};
  b.blocks = {paragraph(new_text + "end")};
  DiffConfig config;
  config.gap_min_similarity = 0;  // pair them although they share one word
  config.max_word_cells = 1000;
  const DiffReport r = diff_docs(a, b, config);
  ASSERT_EQ(r.paragraphs.size(), 1u);
  ASSERT_EQ(r.paragraphs[0].words.size(), 3u);
  EXPECT_EQ(r.paragraphs[0].words[0].op, WordOp::Op::kDelete);
  EXPECT_EQ(r.paragraphs[0].words[1].op, WordOp::Op::kInsert);
  EXPECT_EQ(r.paragraphs[0].words[2].text, "end");
}

}  // namespace
}  // namespace coi
