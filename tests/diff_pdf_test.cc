// End to end: `coi diff` from the fixture PDFs (v2.0 and v2.1 rendered by fixtures/render),
// checked against truth.json by paragraph numbers (block indices differ between a PDF's model
// and the ground truth).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/config.h"
#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using nlohmann::json;
using testing::source_path;

// "class old-numbers -> new-numbers" of the changed groups that involve a numbered paragraph.
std::set<std::string> truth_changes(const json& truth) {
  std::map<std::string, std::string> old_numbers;
  for (const json& e : truth.at("paragraphs").at("old")) {
    old_numbers[e.at("key").get<std::string>()] =
        e.at("number").is_null() ? "" : e.at("number").get<std::string>();
  }
  std::set<std::string> out;
  for (const json& e : truth.at("paragraphs").at("new")) {
    const std::string cls = e.at("class").get<std::string>();
    const std::string number = e.at("number").is_null() ? "" : e.at("number").get<std::string>();
    std::string olds;
    for (const json& k : e.at("counterparts")) olds += old_numbers[k.get<std::string>()] + ";";
    if (cls != "unchanged" && !number.empty()) out.insert(cls + " " + olds + " -> " + number);
  }
  for (const json& e : truth.at("paragraphs").at("old")) {
    if (e.at("class") == "deleted" && !e.at("number").is_null()) {
      out.insert("deleted " + e.at("number").get<std::string>() + "; -> ");
    }
  }
  return out;
}

std::set<std::string> engine_changes(const DiffReport& r) {
  std::set<std::string> out;
  for (const ParagraphChange& p : r.paragraphs) {
    if (p.change == Change::kUnchanged) continue;
    std::string olds;
    for (int i : p.old_units) olds += r.old_units[i].number + ";";
    if (p.new_units.empty()) {
      if (!r.old_units[p.old_units[0]].number.empty()) out.insert("deleted " + olds + " -> ");
      continue;
    }
    for (int j : p.new_units) {
      if (!r.new_units[j].number.empty()) {
        out.insert(std::string(change_name(p.change)) + " " + olds + " -> " +
                   r.new_units[j].number);
      }
    }
  }
  return out;
}

TEST(DiffPdfTest, FixturePdfsDiffAsTheTruthSays) {
  const std::string old_pdf = source_path("fixtures/france-cin-v2.0/note.pdf");
  const std::string new_pdf = source_path("fixtures/france-cin-v2.1/note.pdf");
  const Config config = default_config().value();
  Diagnostics diag;
  Result<Doc> old_doc = convert_pdf(old_pdf, config, RunOptions{}, diag);
  Result<Doc> new_doc = convert_pdf(new_pdf, config, RunOptions{}, diag);
  ASSERT_TRUE(old_doc.is_ok()) << old_doc.status().to_string();
  ASSERT_TRUE(new_doc.is_ok()) << new_doc.status().to_string();
  const DiffReport report = diff_docs(old_doc.value(), new_doc.value(), config.diff);
  std::ifstream in(source_path("fixtures/france-cin-v2.1/truth.json"));
  const json truth = json::parse(in);
  EXPECT_EQ(engine_changes(report), truth_changes(truth));
  EXPECT_EQ(report.sources.size(), truth.at("sources").size());
  EXPECT_EQ(report.tables.size(), truth.at("tables").size());
}

TEST(DiffPdfTest, NoteAgainstItselfIsTheSameInSubstance) {
  const Config config = default_config().value();
  Diagnostics diag;
  Result<Doc> doc = convert_pdf(source_path("fixtures/france-cin-v2.0/note.pdf"), config,
                                RunOptions{}, diag);
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  const DiffReport report = diff_docs(doc.value(), doc.value(), config.diff);
  EXPECT_TRUE(report.same());
  EXPECT_TRUE(report.tables.empty());
  EXPECT_TRUE(report.sources.empty());
}

// The same note rendered on US Letter with other margins breaks every page elsewhere: paragraphs
// and table rows cut at other places must come out the same, so nothing of any kind differs.
TEST(DiffPdfTest, LetterRenderOfTheSameNoteIsNoChange) {
  const Config config = default_config().value();
  Diagnostics diag;
  Result<Doc> a4 = convert_pdf(source_path("fixtures/france-cin-v2.0/note.pdf"), config,
                               RunOptions{}, diag);
  Result<Doc> letter = convert_pdf(source_path("fixtures/france-cin-v2.0/note-letter.pdf"), config,
                                   RunOptions{}, diag);
  ASSERT_TRUE(a4.is_ok()) << a4.status().to_string();
  ASSERT_TRUE(letter.is_ok()) << letter.status().to_string();
  const DiffReport report = diff_docs(a4.value(), letter.value(), config.diff);
  for (const ParagraphChange& p : report.paragraphs) {
    EXPECT_EQ(p.change, Change::kUnchanged) << render_diff_text(report, false);
  }
  EXPECT_TRUE(report.same());
  EXPECT_TRUE(report.tables.empty());
  EXPECT_TRUE(report.sources.empty());
  EXPECT_TRUE(report.meta.empty());
  for (const HeadingChange& h : report.headings) EXPECT_EQ(h.kind, HeadingChange::Kind::kUnchanged);
  EXPECT_NE(render_diff_text(report, false).find("same in substance"), std::string::npos);
}

}  // namespace
}  // namespace coi
