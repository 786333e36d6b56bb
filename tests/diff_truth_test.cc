// The diff engine on the fixture pair france-cin-v2.0 -> v2.1 (model JSONs, kCorpus), checked
// against the truth.json written by fixtures/make-v2.1/make_v21.py: every paragraph's and
// heading's class and counterparts, every table and source change, and nothing else.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "diff/diff.h"
#include "pipeline/model_json.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using nlohmann::json;
using testing::source_path;

constexpr const char* kNewModel = "fixtures/france-cin-v2.1/note.json";
constexpr const char* kTruth = "fixtures/france-cin-v2.1/truth.json";

Doc load(const std::string& relative) {
  Result<Doc> doc = load_model_json(source_path(relative), JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

json truth() {
  std::ifstream in(source_path(kTruth));
  return json::parse(in);
}

// "class counterpart,counterpart" of each unit key of one side, as the engine sees it.
std::map<std::string, std::string> engine_paragraphs(const DiffReport& r, bool old_side) {
  std::map<std::string, std::string> out;
  for (const ParagraphChange& c : r.paragraphs) {
    const std::vector<int>& mine = old_side ? c.old_units : c.new_units;
    const std::vector<int>& theirs = old_side ? c.new_units : c.old_units;
    const std::vector<DiffUnit>& other = old_side ? r.new_units : r.old_units;
    std::string value = change_name(c.change);
    for (size_t k = 0; k < theirs.size(); ++k) value += (k ? "," : " ") + other[theirs[k]].key;
    for (int u : mine) out[(old_side ? r.old_units : r.new_units)[u].key] = value;
  }
  return out;
}

std::map<std::string, std::string> truth_entries(const json& side) {
  std::map<std::string, std::string> out;
  for (const json& e : side) {
    std::string value = e.at("class").get<std::string>();
    const auto& parts = e.at("counterparts");
    for (size_t k = 0; k < parts.size(); ++k)
      value += (k ? "," : " ") + parts[k].get<std::string>();
    out[e.at("key").get<std::string>()] = value;
  }
  return out;
}

std::map<std::string, std::string> engine_headings(const DiffReport& r, bool old_side) {
  std::map<std::string, std::string> out;
  for (const HeadingChange& h : r.headings) {
    const int mine = old_side ? h.old_block : h.new_block;
    const int theirs = old_side ? h.new_block : h.old_block;
    if (mine < 0) continue;
    std::string value = change_name(h.kind);
    if (theirs >= 0) value += " b" + std::to_string(theirs);
    out["b" + std::to_string(mine)] = value;
  }
  return out;
}

class DiffTruthTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    old_doc_ = new Doc(load("fixtures/france-cin-v2.0/note.json"));
    new_doc_ = new Doc(load(kNewModel));
    report_ = new DiffReport(diff_docs(*old_doc_, *new_doc_, DiffConfig{}));
    truth_ = new json(truth());
  }
  static void TearDownTestSuite() {
    delete old_doc_;
    delete new_doc_;
    delete report_;
    delete truth_;
  }
  static Doc* old_doc_;
  static Doc* new_doc_;
  static DiffReport* report_;
  static json* truth_;
};

Doc* DiffTruthTest::old_doc_ = nullptr;
Doc* DiffTruthTest::new_doc_ = nullptr;
DiffReport* DiffTruthTest::report_ = nullptr;
json* DiffTruthTest::truth_ = nullptr;

TEST_F(DiffTruthTest, EveryOldParagraphClassifiedAsInTruth) {
  EXPECT_TRUE(testing::same_map(truth_entries(truth_->at("paragraphs").at("old")),
                                engine_paragraphs(*report_, true)));
}

TEST_F(DiffTruthTest, EveryNewParagraphClassifiedAsInTruth) {
  EXPECT_TRUE(testing::same_map(truth_entries(truth_->at("paragraphs").at("new")),
                                engine_paragraphs(*report_, false)));
}

TEST_F(DiffTruthTest, EveryHeadingClassifiedAsInTruth) {
  EXPECT_TRUE(testing::same_map(truth_entries(truth_->at("headings").at("old")),
                                engine_headings(*report_, true)));
  EXPECT_TRUE(testing::same_map(truth_entries(truth_->at("headings").at("new")),
                                engine_headings(*report_, false)));
}

TEST_F(DiffTruthTest, TableChangesAreExactlyTheScriptedOnes) {
  std::set<std::string> expected, found;
  for (const json& t : truth_->at("tables")) {
    expected.insert(t.at("table").get<std::string>() + " " + t.at("change").get<std::string>() +
                    " " + t.at("row").get<std::string>() + " | " + t.value("column", "") + " | " +
                    t.value("old", "") + " -> " + t.value("new", ""));
  }
  for (const TableChange& t : report_->tables) {
    found.insert(t.table + " " + change_name(t.kind) + " " + t.row + " | " + t.column + " | " +
                 t.old_text + " -> " + t.new_text);
  }
  EXPECT_TRUE(testing::same_set(expected, found));
}

TEST_F(DiffTruthTest, SourceChangesAreExactlyTheScriptedOnes) {
  std::set<std::string> expected, found;
  for (const json& s : truth_->at("sources")) {
    expected.insert(s.at("change").get<std::string>() + " " + s.at("id").get<std::string>() + " " +
                    s.value("old", "") + " -> " + s.value("new", ""));
  }
  for (const SourceChange& s : report_->sources) {
    const std::string id = s.new_id.empty() ? s.old_id : s.new_id;
    found.insert(std::string(change_name(s.kind)) + " " + id + " " + s.old_value + " -> " +
                 s.new_value);
  }
  EXPECT_TRUE(testing::same_set(expected, found));
}

TEST_F(DiffTruthTest, MetaChangesAreTheVersionAndDate) {
  std::set<std::string> expected, found;
  for (const json& m : truth_->at("meta")) {
    expected.insert(m.at("field").get<std::string>() + " " + m.at("old").get<std::string>() +
                    " -> " + m.at("new").get<std::string>());
  }
  for (const MetaChange& m : report_->meta)
    found.insert(m.field + " " + m.old_value + " -> " + m.new_value);
  EXPECT_TRUE(testing::same_set(expected, found));
}

TEST_F(DiffTruthTest, CitationsAddedAndRemovedAreReported) {
  std::map<std::string, std::string> cites;  // new number -> "+S..-S.."
  for (const ParagraphChange& c : report_->paragraphs) {
    std::string v;
    for (const std::string& s : c.cites_added) v += "+" + s;
    for (const std::string& s : c.cites_removed) v += "-" + s;
    if (!v.empty() && !c.new_units.empty()) cites[report_->new_units[c.new_units[0]].number] = v;
  }
  EXPECT_EQ(cites["13.1.2"], "+S196");
  EXPECT_EQ(cites["6.2.3"], "+S228");
  EXPECT_EQ(cites.count("10.1.1"), 1u);
  EXPECT_EQ(cites["10.1.1"].substr(0, 1), "-");
}

TEST_F(DiffTruthTest, SameVersionHasNoChange) {
  const DiffReport same = diff_docs(*old_doc_, *old_doc_, DiffConfig{});
  EXPECT_TRUE(same.same());
  EXPECT_TRUE(same.tables.empty());
  EXPECT_TRUE(same.sources.empty());
}

}  // namespace
}  // namespace coi
