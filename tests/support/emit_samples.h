// Models for the emitter and schema tests: the ground truth with IDs and citing blocks filled in
// (as the segment and footnotes stages would), and a small hand-built note that uses every block
// kind, inline kind, table feature and footnote/source field once.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/model_json.h"
#include "tests/support/paths.h"

namespace coi::testing {

/// Gives each block without an ID one: "sec-4" / "para-4.1.1" from a number, else "b<index>".
inline void assign_test_ids(Doc& doc) {
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    if (!b.id.empty()) continue;
    if (!b.number.empty()) {
      b.id = (b.kind == BlockKind::kHeading ? "sec-" : "para-") + b.number;
    } else {
      b.id = "b" + std::to_string(i);
    }
  }
}

/// Fills each footnote's cited_by from the marks in blocks, items and cells.
inline void fill_cited_by(Doc& doc) {
  std::vector<std::vector<std::string>*> by_number;
  for (Footnote& f : doc.footnotes) {
    if (f.number >= static_cast<int>(by_number.size())) by_number.resize(f.number + 1);
    by_number[f.number] = &f.cited_by;
  }
  const auto scan = [&](const Inlines& runs, const std::string& id) {
    for (const Inline& run : runs) {
      if (run.kind != InlineKind::kFootnoteRef || run.footnote >= static_cast<int>(by_number.size()) ||
          by_number[run.footnote] == nullptr) {
        continue;
      }
      auto& list = *by_number[run.footnote];
      if (list.empty() || list.back() != id) list.push_back(id);
    }
  };
  for (const Block& b : doc.blocks) {
    scan(b.inlines, b.id);
    for (const ListItem& item : b.items) scan(item.inlines, b.id);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) scan(cell.inlines, b.id);
    }
  }
}

/// fixtures/france-cin-v2.0/note.json with IDs and citing blocks (fails the test if unreadable).
inline Doc truth_with_ids() {
  Result<Doc> loaded = load_model_json(source_path(kFranceModel), JsonFlavor::kCorpus);
  EXPECT_TRUE(loaded.is_ok()) << loaded.status().to_string();
  if (!loaded.is_ok()) return Doc{};
  Doc doc = std::move(loaded).value();
  doc.source_name = "note.pdf";
  assign_test_ids(doc);
  fill_cited_by(doc);
  return doc;
}

inline Inline text(const std::string& v) { return Inline{InlineKind::kText, v, "", "", 0}; }
inline Inline strong(const std::string& v) { return Inline{InlineKind::kStrong, v, "", "", 0}; }
inline Inline link(const std::string& v, const std::string& url) {
  return Inline{InlineKind::kLink, v, url, "", 0};
}
inline Inline xref(const std::string& v, const std::string& target) {
  return Inline{InlineKind::kXref, v, "", target, 0};
}
inline Inline fnref(int n) { return Inline{InlineKind::kFootnoteRef, "", "", "", n}; }
inline Places at(int page, double x0, double y0, double x1, double y1) {
  return Places{Place{page, Box{x0, y0, x1, y1}}};
}

inline Block heading(const std::string& id, const std::string& part, int level,
                     const std::string& number, Inlines inlines, Places where) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.id = id, b.part = part, b.level = level, b.number = number;
  b.inlines = std::move(inlines), b.where = std::move(where);
  return b;
}

inline Block block(BlockKind kind, const std::string& id, const std::string& part,
                   Inlines inlines, Places where) {
  Block b;
  b.kind = kind;
  b.id = id, b.part = part;
  b.inlines = std::move(inlines), b.where = std::move(where);
  return b;
}

inline Cell cell(const std::string& v, int colspan = 1, int rowspan = 1, bool header = false) {
  Cell c;
  c.inlines = {text(v)};
  c.colspan = colspan, c.rowspan = rowspan, c.header = header;
  return c;
}

/// A 2-header-row table: a corner cell spanning both header rows, a year spanning two columns,
/// a row header, typed values of every type, a marked number and a footnote mark in a cell.
inline Table sample_table() {
  Table t;
  t.header_rows = 2;
  t.column_types = {TypedValue::Type::kNone, TypedValue::Type::kInteger,
                    TypedValue::Type::kPercent};
  t.rows.push_back({cell("Status", 1, 2, true), cell("2023", 2, 1, true)});
  t.rows.push_back({cell("Number", 1, 1, true), cell("Share", 1, 1, true)});
  Cell granted = cell("65*");
  granted.value = TypedValue{TypedValue::Type::kInteger, 65, 0, "", true};
  Cell share = cell("12.5%");
  share.value = TypedValue{TypedValue::Type::kPercent, 12.5, 0, "", false};
  share.inlines.push_back(fnref(2));
  share.where = at(2, 400, 300, 450, 312);
  t.rows.push_back({cell("Granted", 1, 1, true), granted, share});
  Cell range = cell("€10–20");
  range.value = TypedValue{TypedValue::Type::kRange, 10, 20, "€", false};
  Cell missing = cell("-");
  missing.value = TypedValue{TypedValue::Type::kMissing, 0, 0, "", false};
  t.rows.push_back({cell("Refused"), range, missing});
  return t;
}

/// A small note using every block kind, inline kind and footnote/source field.
inline Doc sample_doc() {
  Doc doc;
  doc.source_name = "sample.pdf";
  doc.meta = Meta{"Country Information Note", "Testland: Example", "Testland", "Home Office",
                  "1.0", "March 2026", "1 March 2026", "20 February 2026"};
  Block toc;
  toc.kind = BlockKind::kToc;
  toc.id = "toc", toc.part = "contents", toc.where = at(1, 72, 80, 523, 200);
  toc.toc = {{"Executive summary", "", 1, 1}, {"Law", "4", 2, 2}, {"Courts", "4.1", 2, 3}};
  doc.blocks.push_back(toc);
  doc.blocks.push_back(heading("exec", "executive-summary", 1, "", {text("Executive summary")},
                               at(1, 72, 220, 300, 240)));
  doc.blocks.push_back(block(BlockKind::kParagraph, "b2", "executive-summary",
                             {text("See "), link("the law", "https://example.org/law?a=1&b=2"),
                              text(" and "), strong("note"), text(".")},
                             at(1, 72, 250, 523, 280)));
  doc.blocks.push_back(block(BlockKind::kBackToContents, "b3", "executive-summary", {},
                             at(1, 72, 290, 160, 300)));
  doc.blocks.push_back(heading("ci", "country-information", 1, "", {text("Country information")},
                               at(2, 72, 60, 300, 80)));
  doc.blocks.push_back(heading("sec-4", "country-information", 2, "4", {text("Law"), fnref(1)},
                               at(2, 72, 90, 300, 105)));
  Block para = block(BlockKind::kParagraph, "para-4.0.1", "country-information",
                     {text("As set out in "), xref("Courts", "4.1"), text(", courts decide."),
                      fnref(1), text(" Also "), xref("Elsewhere", "99.9"), text(".")},
                     Places{Place{2, Box{72, 110, 523, 140}}, Place{3, Box{72, 60, 523, 75.125}}});
  para.number = "4.0.1";
  para.signal = Signal::kStructTree;
  doc.blocks.push_back(para);
  doc.blocks.push_back(heading("sec-4.1", "country-information", 3, "4.1", {text("Courts")},
                               at(3, 72, 90, 300, 105)));
  Block list = block(BlockKind::kList, "b8", "country-information", {}, at(3, 90, 110, 523, 170));
  list.ordered = true;
  list.items = {ListItem{{text("first")}, 1, at(3, 90, 110, 523, 125)},
                ListItem{{text("first, a"), fnref(3)}, 2, at(3, 108, 126, 523, 140)},
                ListItem{{text("first, b")}, 2, at(3, 108, 141, 523, 155)},
                ListItem{{text("second")}, 1, at(3, 90, 156, 523, 170)}};
  doc.blocks.push_back(list);
  doc.blocks.push_back(block(BlockKind::kQuote, "b9", "country-information",
                             {text("“A quoted passage.”")}, at(3, 100, 180, 500, 200)));
  doc.blocks.push_back(heading("b10", "country-information", 4, "", {text("a. PASS")},
                               at(3, 72, 210, 200, 222)));
  Block figure = block(BlockKind::kFigure, "b11", "country-information", {}, at(3, 72, 230, 523, 400));
  figure.alt = "Flow chart of the procedure";
  doc.blocks.push_back(figure);
  Block table = block(BlockKind::kTable, "t1", "country-information", {}, at(4, 72, 60, 523, 300));
  table.table = sample_table();
  doc.blocks.push_back(table);
  Footnote f1{1, {text("Court, "), link("Judgment", "https://example.org/j")},
              at(2, 72, 780, 523, 790), "S1", ResolveMethod::kUrl, 0.95,
              {"sec-4", "para-4.0.1"}};
  Footnote f2{2, {text("Correspondence, available on request")}, at(4, 72, 780, 523, 790), "",
              ResolveMethod::kNone, 0, {"t1"}};
  Footnote f3{3, {text("Court, Judgment")}, at(3, 72, 780, 523, 790), "S1", ResolveMethod::kTitle,
              0.8, {"b8"}};
  f3.signal = Signal::kStructTree;  // a tagged PDF's Note element confirmed it
  doc.footnotes = {f1, f2, f3};
  Source s1;
  s1.id = "S1", s1.list = SourceList::kCited, s1.group = "Court", s1.author = "Court", s1.title = "Judgment";
  s1.url = "https://example.org/j", s1.detail = "(page 7)", s1.date = "1 May 2024";
  s1.accessed = "2 June 2025";
  s1.inlines = {text("Court, "), link("Judgment", "https://example.org/j"),
                text(" (page 7), 1 May 2024. Accessed: 2 June 2025")};
  s1.where = at(5, 72, 100, 523, 120);
  Source s2;
  s2.id = "S2", s2.list = SourceList::kConsulted, s2.title = "Expert report", s2.date = "no date";
  s2.inlines = {text("Expert report, no date")};
  s2.where = at(5, 72, 130, 523, 140);
  doc.sources = {s1, s2};
  return doc;
}

/// The findings of the run that made sample_doc(): one warning, stamped with its stage.
inline Diagnostics sample_findings() {
  Diagnostics findings;
  findings.add(Diagnostic{Severity::kWarning, "ragged-table", "row 3 is short", "tables", 4, "t1"});
  return findings;
}

}  // namespace coi::testing
