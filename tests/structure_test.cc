// The structure stage's rules on hand-built documents: one page, one word per block, each word
// tied to a structure element, so every rule is exercised without a PDF.
#include "stages/structure/structure.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace coi {
namespace {

// A one-page document whose blocks each hold one word tagged with a chosen element.
class TaggedDoc {
 public:
  TaggedDoc() {
    Page page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    doc_.pages.push_back(page);
  }
  /// Adds a structure element; returns its index.
  int node(const std::string& type, int parent = -1) {
    doc_.structure.push_back(StructNode{type, parent, {1}});
    return static_cast<int>(doc_.structure.size()) - 1;
  }
  /// Adds one word at `top` tagged `node` (-1: untagged) on a body line; returns its place.
  Place word(const std::string& text, int node, LineRole role = LineRole::kBody) {
    Word w;
    w.text = text;
    w.box = Box{72, top_, 72 + 6.0 * static_cast<double>(text.size()), top_ + 12};
    w.struct_node = node;
    Page& page = doc_.pages[0];
    page.words.push_back(w);
    Line line;
    line.words = {static_cast<int>(page.words.size()) - 1};
    line.box = w.box;
    line.role = role;
    page.lines.push_back(line);
    top_ += 20;
    return Place{1, w.box};
  }
  /// Adds a heading block of one word tagged `node`.
  Block& heading(const std::string& text, int level, int node, const std::string& number = "") {
    Block b;
    b.kind = BlockKind::kHeading;
    b.level = level;
    b.number = number;
    b.id = "h-" + text;
    b.inlines = {Inline{InlineKind::kText, text, "", "", 0}};
    b.where = {word(text, node)};
    doc_.blocks.push_back(b);
    return doc_.blocks.back();
  }
  /// Adds a paragraph block of one word tagged `node`.
  Block& paragraph(const std::string& id, int node) {
    Block b;
    b.kind = BlockKind::kParagraph;
    b.id = id;
    b.where = {word("text", node)};
    doc_.blocks.push_back(b);
    return doc_.blocks.back();
  }
  /// Adds a footnote of one word tagged `node`, printed in the footnote area.
  void footnote(int number, int node) {
    Footnote f;
    f.number = number;
    f.where = {word("note", node, LineRole::kFootnote)};
    doc_.footnotes.push_back(f);
  }
  /// Adds a one-row table: one cell per (header, node) pair.
  void table(const std::vector<std::pair<bool, int>>& cells) {
    Block b;
    b.kind = BlockKind::kTable;
    b.id = "table-1";
    b.table.rows.emplace_back();
    for (const auto& [header, node] : cells) {
      Cell cell;
      cell.header = header;
      cell.where = {word("cell", node, LineRole::kTable)};
      b.table.rows.back().push_back(cell);
    }
    doc_.blocks.push_back(b);
  }
  Doc& doc() { return doc_; }

 private:
  Doc doc_;
  double top_ = 72;
};

struct Judged {
  Doc doc;
  std::vector<Diagnostic> diagnostics;
};

Judged judge(Doc doc) {
  Diagnostics diag;
  Result<Doc> out = run_structure(std::move(doc), StructureConfig{}, diag);
  EXPECT_TRUE(out.is_ok());
  return Judged{std::move(out).value(), diag.take()};
}

TEST(StructureStage, UntaggedDocumentIsLeftAlone) {
  TaggedDoc t;
  t.heading("Scope", 2, -1);
  t.doc().structure.clear();
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(StructureStage, MatchingHeadingLevelIsConfirmed) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.heading("Scope", 2, t.node("H2", doc));
  t.paragraph("para-1", t.node("P", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  EXPECT_EQ(r.doc.blocks[0].level, 2);
  EXPECT_EQ(r.doc.blocks[1].signal, Signal::kLayout);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(StructureStage, HeadingTaggedAsParagraphKeepsLayout) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.heading("Scope", 2, t.node("P", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "structure-disagreement");
  EXPECT_EQ(r.diagnostics[0].message, "heading \"Scope\" tagged P; layout kept");
  EXPECT_EQ(r.diagnostics[0].page, 1);
  EXPECT_EQ(r.diagnostics[0].block, "h-Scope");
}

TEST(StructureStage, SoundTreeDecidesAnUnnumberedHeadingLevel) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.heading("Background", 3, t.node("H2", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].level, 2);
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "heading \"Background\" at level 3 tagged H2; tree wins");
}

TEST(StructureStage, PrintedNumberKeepsTheLayoutLevel) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.heading("Law", 3, t.node("H2", doc), "5.1");
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].level, 3);
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "heading \"Law\" at level 3 tagged H2; layout kept");
}

TEST(StructureStage, DeepHeadingTagsMapToTheDeepestModelLevel) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.heading("Detail", 4, t.node("H6", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(StructureStage, ParagraphTaggedAsHeadingIsReported) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.paragraph("para-2", t.node("H3", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].kind, BlockKind::kParagraph);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "paragraph tagged H3; layout kept");
  EXPECT_EQ(r.diagnostics[0].block, "para-2");
}

TEST(StructureStage, TreeOutOfReadingOrderDecidesNothing) {
  TaggedDoc t;
  const int doc = t.node("Document");
  const int late = t.node("P", doc);
  const int early = t.node("H2", doc);
  const int later = t.node("P", doc);
  t.heading("Scope", 2, early);  // the heading's element comes after the paragraph's
  t.paragraph("para-1", late);
  t.paragraph("para-2", later);
  // blocks in layout order: node 2, node 1, node 3 -> one of two pairs out of order
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "structure-unsound");
  EXPECT_EQ(r.diagnostics[0].message,
            "structure tree not trusted (elements out of reading order: 100% of words tagged, "
            "50% of blocks in reading order); layout decides");
}

TEST(StructureStage, HalfTaggedTreeDecidesNothing) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.heading("Background", 3, t.node("H2", doc));
  t.paragraph("para-1", -1);
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].level, 3);
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].message,
            "structure tree not trusted (too few words tagged: 50% of words tagged, "
            "100% of blocks in reading order); layout decides");
  EXPECT_EQ(r.diagnostics[1].message,
            "heading \"Background\" at level 3 tagged H2; layout kept");
}

TEST(StructureStage, FootnotesInNoteElementsAreConfirmed) {
  TaggedDoc t;
  const int doc = t.node("Document");
  const int para = t.node("P", doc);
  t.paragraph("para-1", para);
  t.footnote(1, t.node("P", t.node("Note", para)));
  t.footnote(2, t.node("P", para));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.footnotes[0].signal, Signal::kStructTree);
  EXPECT_EQ(r.doc.footnotes[1].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "footnote 2 is not in a Note element (tagged P); layout kept");
  EXPECT_EQ(r.diagnostics[0].block, "fn2");
}

TEST(StructureStage, TreeWithoutNotesIsReportedOnce) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.paragraph("para-1", t.node("P", doc));
  t.footnote(1, t.node("P", doc));
  t.footnote(2, t.node("P", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.footnotes[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "2 footnotes but no Note element in the tree; layout kept");
}

TEST(StructureStage, TableHeaderCellsMatchingThAreConfirmed) {
  TaggedDoc t;
  const int row = t.node("TR", t.node("Table", t.node("Document")));
  t.table({{true, t.node("TH", row)}, {false, t.node("TD", row)}});
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(StructureStage, TableHeaderDisagreementKeepsLayout) {
  TaggedDoc t;
  const int row = t.node("TR", t.node("Table", t.node("Document")));
  t.table({{true, t.node("TD", row)}, {true, t.node("TD", row)}});
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  EXPECT_TRUE(r.doc.blocks[0].table.rows[0][0].header);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "table: 2 of 2 cells disagree with their TH/TD tags; layout kept");
  EXPECT_EQ(r.diagnostics[0].block, "table-1");
}

TEST(StructureStage, DisagreementsBeyondTheCapAreSummarised) {
  TaggedDoc t;
  const int doc = t.node("Document");
  for (int i = 0; i < 3; ++i) t.paragraph("para-" + std::to_string(i), t.node("H3", doc));
  StructureConfig config;
  config.max_disagreements = 2;
  Diagnostics diag;
  Result<Doc> out = run_structure(t.doc(), config, diag);
  ASSERT_TRUE(out.is_ok());
  ASSERT_EQ(diag.items().size(), 3u);
  EXPECT_EQ(diag.items()[2].message,
            "1 more disagreements not listed (structure.max_disagreements)");
}

}  // namespace
}  // namespace coi
