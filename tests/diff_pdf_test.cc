// End to end: `coi diff` from the fixture PDFs (v2.0 and v2.1 rendered by fixtures/render),
// checked against truth.json change by change. The truth names units and headings by their
// index in the model's blocks, which a PDF's conversion does not share, so both sides are
// compared by content: a paragraph by its number, an unnumbered one (or a list item or quote)
// by its text, a heading by level, number and text, a source by its title.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/config.h"
#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using nlohmann::json;
using testing::source_path;

std::string squash(const std::string& text) {
  std::istringstream in(text);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

// A paragraph unit by content: its number, else "“its text”". `item` < 0 for a paragraph or
// quote, else the list item's index.
std::string unit_name(const Doc& doc, size_t block, int item) {
  const Block& b = doc.blocks.at(block);
  if (!b.number.empty() && item < 0) return b.number;
  const Inlines& text = item < 0 ? b.inlines : b.items.at(static_cast<size_t>(item)).inlines;
  return "“" + squash(plain_text(text)) + "”";
}

// The same for a truth key: "b49" (block 49) or "b94.2" (item 2 of block 94).
std::string unit_name(const Doc& doc, const std::string& key) {
  const size_t dot = key.find('.');
  const size_t block = std::stoul(key.substr(1, dot));
  return unit_name(doc, block, dot == std::string::npos ? -1 : std::stoi(key.substr(dot + 1)));
}

std::string heading_name(const Doc& doc, size_t block) {
  const Block& b = doc.blocks.at(block);
  return std::to_string(b.level) + " [" + b.number + "] " + squash(plain_text(b.inlines));
}

// "class old, old -> new" for every unit of the new side, "deleted old -> " for every unit the
// new side lost; the same shape serves headings.
using KeyName = std::function<std::string(bool old_side, const std::string& key)>;

std::set<std::string> truth_changes(const json& side_old, const json& side_new,
                                    const KeyName& name) {
  std::set<std::string> out;
  for (const json& e : side_new) {
    std::string olds;
    for (const json& k : e.at("counterparts")) {
      olds += (olds.empty() ? "" : ", ") + name(true, k.get<std::string>());
    }
    out.insert(e.at("class").get<std::string>() + " " + olds + " -> " +
               name(false, e.at("key").get<std::string>()));
  }
  for (const json& e : side_old) {
    if (e.at("counterparts").empty()) {
      out.insert(e.at("class").get<std::string>() + " " +
                 name(true, e.at("key").get<std::string>()) + " -> ");
    }
  }
  return out;
}

std::set<std::string> engine_paragraphs(const DiffReport& r, const Doc& old_doc,
                                        const Doc& new_doc) {
  std::set<std::string> out;
  for (const ParagraphChange& p : r.paragraphs) {
    std::string olds;
    for (int i : p.old_units) {
      const DiffUnit& u = r.old_units[i];
      olds += (olds.empty() ? "" : ", ") + unit_name(old_doc, u.block, u.item);
    }
    const std::string change = change_name(p.change);
    if (p.new_units.empty()) out.insert(change + " " + olds + " -> ");
    for (int j : p.new_units) {
      const DiffUnit& u = r.new_units[j];
      out.insert(change + " " + olds + " -> " + unit_name(new_doc, u.block, u.item));
    }
  }
  return out;
}

std::set<std::string> engine_headings(const DiffReport& r, const Doc& old_doc,
                                      const Doc& new_doc) {
  std::set<std::string> out;
  for (const HeadingChange& h : r.headings) {
    const std::string old_name = h.old_block < 0 ? "" : heading_name(old_doc, h.old_block);
    const std::string new_name = h.new_block < 0 ? "" : heading_name(new_doc, h.new_block);
    out.insert(std::string(change_name(h.kind)) + " " + old_name + " -> " + new_name);
  }
  return out;
}

std::set<std::string> truth_tables(const json& truth) {
  std::set<std::string> out;
  for (const json& t : truth.at("tables")) {
    out.insert(t.at("table").get<std::string>() + " " + t.at("change").get<std::string>() + " " +
               t.at("row").get<std::string>() + " | " + t.value("column", "") + " | " +
               t.value("old", "") + " -> " + t.value("new", ""));
  }
  return out;
}

std::set<std::string> engine_tables(const DiffReport& r) {
  std::set<std::string> out;
  for (const TableChange& t : r.tables) {
    out.insert(t.table + " " + change_name(t.kind) + " " + t.row + " | " + t.column + " | " +
               t.old_text + " -> " + t.new_text);
  }
  return out;
}

// Sources by title: the truth's IDs are the models' (S001...), a PDF's are coi's own.
std::set<std::string> truth_sources(const json& truth, const Doc& old_model,
                                    const Doc& new_model) {
  const auto title = [](const Doc& doc, const std::string& id) {
    for (const Source& s : doc.sources) {
      if (s.id == id) return s.title;
    }
    return "<no source " + id + ">";
  };
  std::set<std::string> out;
  for (const json& s : truth.at("sources")) {
    const std::string change = s.at("change").get<std::string>();
    const std::string id = s.at("id").get<std::string>();
    out.insert(change + " " + title(change == "removed" ? old_model : new_model, id) + ": " +
               s.value("old", "") + " -> " + s.value("new", ""));
  }
  return out;
}

std::set<std::string> engine_sources(const DiffReport& r) {
  std::set<std::string> out;
  for (const SourceChange& s : r.sources) {
    out.insert(std::string(change_name(s.kind)) + " " + s.title + ": " + s.old_value + " -> " +
               s.new_value);
  }
  return out;
}

std::set<std::string> truth_meta(const json& truth) {
  std::set<std::string> out;
  for (const json& m : truth.at("meta")) {
    out.insert(m.at("field").get<std::string>() + " " + m.at("old").get<std::string>() + " -> " +
               m.at("new").get<std::string>());
  }
  return out;
}

std::set<std::string> engine_meta(const DiffReport& r) {
  std::set<std::string> out;
  for (const MetaChange& m : r.meta) out.insert(m.field + " " + m.old_value + " -> " + m.new_value);
  return out;
}

Doc load_model(const std::string& relative) {
  Result<Doc> doc = load_model_json(source_path(relative), JsonFlavor::kCorpus);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

TEST(DiffPdfTest, FixturePdfsDiffAsTheTruthSays) {
  const Config config = default_config().value();
  Diagnostics diag;
  Result<Doc> old_doc =
      convert_pdf(source_path("fixtures/france-cin-v2.0/note.pdf"), config, RunOptions{}, diag);
  Result<Doc> new_doc =
      convert_pdf(source_path("fixtures/france-cin-v2.1/note.pdf"), config, RunOptions{}, diag);
  ASSERT_TRUE(old_doc.is_ok()) << old_doc.status().to_string();
  ASSERT_TRUE(new_doc.is_ok()) << new_doc.status().to_string();
  const DiffReport report = diff_docs(old_doc.value(), new_doc.value(), config.diff);
  const Doc old_model = load_model("fixtures/france-cin-v2.0/note.json");
  const Doc new_model = load_model("fixtures/france-cin-v2.1/note.json");
  std::ifstream in(source_path("fixtures/france-cin-v2.1/truth.json"));
  const json truth = json::parse(in);

  const auto paragraph = [&](bool old_side, const std::string& key) {
    return unit_name(old_side ? old_model : new_model, key);
  };
  EXPECT_TRUE(testing::same_set(
      truth_changes(truth.at("paragraphs").at("old"), truth.at("paragraphs").at("new"), paragraph),
      engine_paragraphs(report, old_doc.value(), new_doc.value())));
  const auto heading = [&](bool old_side, const std::string& key) {
    return heading_name(old_side ? old_model : new_model, std::stoul(key.substr(1)));
  };
  EXPECT_TRUE(testing::same_set(
      truth_changes(truth.at("headings").at("old"), truth.at("headings").at("new"), heading),
      engine_headings(report, old_doc.value(), new_doc.value())));
  EXPECT_TRUE(testing::same_set(truth_tables(truth), engine_tables(report)));
  EXPECT_TRUE(
      testing::same_set(truth_sources(truth, old_model, new_model), engine_sources(report)));
  EXPECT_TRUE(testing::same_set(truth_meta(truth), engine_meta(report)));
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

// The same note in DejaVu Serif with 3 cm margins (note-serif.pdf, 130 pages): other line and
// page breaks everywhere, 14.1.8 ending in ":" at the foot of a page with the figure after it
// opening the next. The note is the same in substance. The one text that differs is the cell
// "Revocation/withdrawal" wrapped after its slash, which converts as "Revocation/ withdrawal"
// (the page cannot tell a break at a slash from one at a space after it; the note itself writes
// both "services/support" and "services/ support"): the diff compares texts by their words, as
// the paragraph diff does, so that spacing around a slash is no change.
TEST(DiffPdfTest, SerifRenderOfTheSameNoteIsTheSameInSubstance) {
  const Config config = default_config().value();
  Diagnostics diag;
  Result<Doc> a4 = convert_pdf(source_path("fixtures/france-cin-v2.0/note.pdf"), config,
                               RunOptions{}, diag);
  Result<Doc> serif = convert_pdf(source_path("fixtures/france-cin-v2.0/note-serif.pdf"), config,
                                  RunOptions{}, diag);
  ASSERT_TRUE(a4.is_ok()) << a4.status().to_string();
  ASSERT_TRUE(serif.is_ok()) << serif.status().to_string();
  const DiffReport report = diff_docs(a4.value(), serif.value(), config.diff);
  for (const ParagraphChange& p : report.paragraphs) {
    EXPECT_EQ(p.change, Change::kUnchanged) << render_diff_text(report, false);
  }
  for (const HeadingChange& h : report.headings) EXPECT_EQ(h.kind, HeadingChange::Kind::kUnchanged);
  EXPECT_TRUE(report.tables.empty()) << render_diff_text(report, false);
  EXPECT_TRUE(report.sources.empty());
  EXPECT_TRUE(report.meta.empty());
  EXPECT_TRUE(report.same());
  EXPECT_NE(render_diff_text(report, false).find("same in substance"), std::string::npos);
}

}  // namespace
}  // namespace coi
