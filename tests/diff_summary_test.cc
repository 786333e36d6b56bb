// `coi diff --format summary` on the v2.0 -> v2.1 fixtures, checked against the truth file of
// what changed (fixtures/france-cin-v2.1/truth.json, written when v2.1 was made): every changed
// section is named, and no other; every table and source change is listed.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/model_json.h"
#include "tests/support/command.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using nlohmann::json;

constexpr const char* kNewModel = "fixtures/france-cin-v2.1/note.json";

Doc load(const std::string& relative) {
  Result<Doc> doc = load_model_json(testing::source_path(relative), JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

json truth() {
  std::ifstream in(testing::source_path("fixtures/france-cin-v2.1/truth.json"));
  return json::parse(in);
}

const std::string& summary() {
  static const std::string text = render_diff_summary(
      diff_docs(load(testing::kFranceModel), load(kNewModel), DiffConfig{}));
  return text;
}

// The block index a truth key names: "b94.2" is item 2 of block 94.
int block_of(const std::string& key) { return std::stoi(key.substr(1)); }

// For every block, the heading above it (the heading itself for a heading), as printed.
std::vector<int> heading_above(const Doc& doc) {
  std::vector<int> out(doc.blocks.size(), -1);
  int current = -1;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind == BlockKind::kHeading) current = static_cast<int>(i);
    out[i] = current;
  }
  return out;
}

std::string heading_name(const Doc& doc, int block) {
  if (block < 0) return "(before the first heading)";
  const Block& b = doc.blocks[static_cast<size_t>(block)];
  const std::string text = plain_text(b.inlines);
  return b.number.empty() ? text : b.number + " " + text;
}

// The sections the truth file says changed, named as the new version prints them.
std::set<std::string> changed_sections() {
  const Doc old_doc = load(testing::kFranceModel), new_doc = load(kNewModel);
  const std::vector<int> old_heading = heading_above(old_doc), new_heading = heading_above(new_doc);
  const json t = truth();
  std::map<int, int> heading_counterpart;  // old heading block -> new heading block
  for (const json& h : t.at("headings").at("old")) {
    if (!h.at("counterparts").empty()) {
      heading_counterpart[block_of(h.at("key"))] = block_of(h.at("counterparts")[0]);
    }
  }
  std::set<std::string> out;
  for (const json& side : {t.at("paragraphs").at("old"), t.at("headings").at("old")}) {
    for (const json& p : side) {
      if (p.at("class") == "unchanged") continue;
      const int heading = old_heading[static_cast<size_t>(block_of(p.at("key")))];
      auto it = heading_counterpart.find(heading);
      out.insert(it == heading_counterpart.end() ? heading_name(old_doc, heading)
                                                 : heading_name(new_doc, it->second));
    }
  }
  for (const json& side : {t.at("paragraphs").at("new"), t.at("headings").at("new")}) {
    for (const json& p : side) {
      if (p.at("class") == "unchanged") continue;
      out.insert(heading_name(new_doc, new_heading[static_cast<size_t>(block_of(p.at("key")))]));
    }
  }
  return out;
}

// The indented lines under a part of the summary ("Sections", "Tables", "Sources").
std::vector<std::string> part(const std::string& name) {
  std::istringstream in(summary());
  std::vector<std::string> lines;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  ", 0) != 0) {
      inside = line == name;
    } else if (inside) {
      lines.push_back(line.substr(2));
    }
  }
  return lines;
}

TEST(DiffSummary, NamesEveryChangedSectionAndNothingElse) {
  const std::set<std::string> want = changed_sections();
  std::set<std::string> got;
  for (const std::string& line : part("Sections")) {
    std::string name;
    for (const std::string& section : want) {
      if (line.rfind(section + ": ", 0) == 0 && section.size() > name.size()) name = section;
    }
    got.insert(name.empty() ? line : name);  // an unexpected line shows whole
  }
  EXPECT_TRUE(testing::same_set(want, got));
}

TEST(DiffSummary, FirstLineGivesBothVersions) {
  EXPECT_EQ(summary().substr(0, summary().find('\n')),
            "France: Safe third country: version 2.0 (February 2026) -> 2.1 (May 2026)");
}

// A run of paragraphs renumbered by one step reads as one range; a deletion that caused it is
// named first.
TEST(DiffSummary, ARunOfRenumberingIsOneRange) {
  bool found = false;
  for (const std::string& line : part("Sections")) {
    if (line.rfind("6.8 ", 0) != 0) continue;
    found = true;
    EXPECT_NE(line.find(": 6.8.1 deleted; 6.8.2 to 6.8.6 renumbered 6.8.1 to 6.8.5"),
              std::string::npos)
        << line;
  }
  EXPECT_TRUE(found) << summary();
}

TEST(DiffSummary, ListsEveryTableAndSourceChangeOfTheTruth) {
  const json t = truth();
  const std::vector<std::string> tables = part("Tables"), sources = part("Sources");
  for (const json& change : t.at("tables")) {
    const std::string table = change.at("table");
    bool named = false;
    for (const std::string& line : tables) named = named || line.rfind(table + " ", 0) == 0;
    EXPECT_TRUE(named) << table << " not in\n" << summary();
  }
  const std::map<std::string, std::string> heading = {
      {"added", "added: "}, {"removed", "removed: "}, {"url", "URL changed: "},
      {"title", "title changed: "}};
  size_t listed = 0;
  for (const json& change : t.at("sources")) {
    const std::string prefix = heading.at(change.at("change"));
    const std::string id = change.at("id");
    bool named = false;
    for (const std::string& line : sources) {
      named = named || (line.rfind(prefix, 0) == 0 && line.find(id + " \"") != std::string::npos);
    }
    listed += named;
    EXPECT_TRUE(named) << id << " not listed as " << prefix << "in\n" << summary();
  }
  EXPECT_EQ(listed, t.at("sources").size());
}

// From the rendered PDFs (converted by the pipeline) the sections and tables read the same as
// from the models; only the sources' IDs differ (the models' S001, coi's content hashes).
TEST(DiffSummary, FromThePdfsTheSectionsAndTablesAreTheModels) {
  const testing::CommandRun run = testing::run_command_status(
      testing::coi_binary() + " diff --format summary " +
      testing::source_path(testing::kFrancePdf) + " " +
      testing::source_path("fixtures/france-cin-v2.1/note.pdf"));
  EXPECT_EQ(run.code, 1);
  const std::string& want = summary();
  const auto up_to_sources = [](const std::string& text) { return text.substr(0, text.find("Sources\n")); };
  EXPECT_TRUE(testing::same_text(up_to_sources(want), up_to_sources(run.output)));
}

TEST(DiffSummary, SameNoteIsSameInSubstance) {
  const Doc doc = load(testing::kFranceModel);
  const std::string text = render_diff_summary(diff_docs(doc, doc, DiffConfig{}));
  EXPECT_EQ(text.substr(text.find('\n') + 1), "same in substance\n");
}

TEST(DiffSummary, IsAFormatOfTheDiffCommand) {
  const testing::CommandRun run = testing::run_command_status(
      testing::coi_binary() + " diff --format summary " +
      testing::source_path(testing::kFranceModel) + " " + testing::source_path(kNewModel));
  EXPECT_EQ(run.code, 1);  // versions differ
  EXPECT_TRUE(testing::same_text(summary(), run.output));
}

}  // namespace
}  // namespace coi
