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
    doc_.structure.push_back(StructNode{type, parent, {1}, {}});
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
  /// Adds a paragraph block of one word per entry of `nodes`, each tagged with it.
  Block& paragraph_of(const std::string& id, const std::vector<int>& nodes) {
    Block b;
    b.kind = BlockKind::kParagraph;
    b.id = id;
    for (int node : nodes) {
      const Place place = word("text", node);
      add_place(b.where, place.page, place.box);
    }
    doc_.blocks.push_back(b);
    return doc_.blocks.back();
  }
  /// Adds a list block: one item of one word per (node, layout level) pair.
  void list(const std::vector<std::pair<int, int>>& items) {
    Block b;
    b.kind = BlockKind::kList;
    b.id = "list-1";
    for (const auto& [node, level] : items) {
      ListItem item;
      item.level = level;
      item.where = {word("item", node)};
      add_place(b.where, 1, item.where[0].box);
      b.items.push_back(item);
    }
    doc_.blocks.push_back(b);
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
  /// Adds a Figure element marking `page` with alternative text `alt`.
  void figure_element(int page, const std::string& alt) {
    doc_.structure.push_back(StructNode{"Figure", -1, {page}, alt});
  }
  /// Adds a figure block printed on `page`.
  void figure(int page) {
    Block b;
    b.kind = BlockKind::kFigure;
    b.id = "fig-" + std::to_string(doc_.blocks.size());
    b.where = {Place{page, Box{100, 100, 300, 300}}};
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
  return Judged{std::move(out).value(), diag.items()};
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
  t.paragraph("para-1", t.node("H2", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  EXPECT_EQ(r.doc.blocks[0].level, 2);
  EXPECT_EQ(r.doc.blocks[1].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);  // the paragraph, not the heading
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
            "50% of element changes in reading order); layout decides");
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
            "100% of element changes in reading order); layout decides");
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

// Document > L > [LI > LBody > P, LI > LBody > L > [LI]], the tree of two bullets and one nested
// under the second, its elements numbered in depth-first order as in a real tree (soundness
// reads that order); returns the three LI elements and the P of the first.
std::vector<int> nested_list(TaggedDoc& t) {
  const int list = t.node("L", t.node("Document"));
  const int first = t.node("LI", list);
  const int first_p = t.node("P", t.node("LBody", first));
  const int second = t.node("LI", list);
  const int inner = t.node("LI", t.node("L", t.node("LBody", second)));
  return {first, second, inner, first_p};
}

TEST(StructureStage, ListItemsMatchingTheirOwnLiAreConfirmed) {
  TaggedDoc t;
  const std::vector<int> li = nested_list(t);
  t.list({{li[3], 1}, {li[1], 1}, {li[2], 2}});
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(StructureStage, SoundTreeDecidesListNesting) {
  TaggedDoc t;
  const std::vector<int> li = nested_list(t);
  t.list({{li[0], 1}, {li[1], 1}, {li[2], 1}});
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].items[2].level, 2);
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "list item 3 at level 1 nests at level 2 in the tree; "
                                      "tree wins");
  EXPECT_EQ(r.diagnostics[0].block, "list-1");
}

TEST(StructureStage, ListItemTaggedAsParagraphKeepsLayout) {
  TaggedDoc t;
  const std::vector<int> li = nested_list(t);
  const int list = t.doc().structure[static_cast<size_t>(li[0])].parent;
  t.list({{li[0], 1}, {t.node("P", list), 1}});
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "list item 2 tagged P; layout kept");
}

TEST(StructureStage, ListItemsSharingOneLiAreReported) {
  TaggedDoc t;
  const std::vector<int> li = nested_list(t);
  t.list({{li[0], 1}, {li[0], 1}});
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "list item 2 continues the LI element of list item 1 (the tree joins them); "
            "layout kept");
}

TEST(StructureStage, ListItemHoldingTwoLiIsReported) {
  TaggedDoc t;
  const std::vector<int> li = nested_list(t);
  Block b;
  b.kind = BlockKind::kList;
  b.id = "list-1";
  ListItem item;
  item.where = {t.word("one", li[0]), t.word("two", li[1])};
  b.items.push_back(item);
  b.where = item.where;
  t.doc().blocks.push_back(b);
  Judged r = judge(t.doc());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "list item 1 holds 2 LI elements (the tree splits it); layout kept");
}

TEST(StructureStage, ParagraphsEachTheirOwnPAreConfirmed) {
  TaggedDoc t;
  const int doc = t.node("Document");
  const int first = t.node("P", doc);
  t.paragraph_of("para-1", {first, t.node("Link", first)});  // a footnote mark's Link
  t.paragraph("para-2", t.node("P", doc));
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kStructTree);
  EXPECT_EQ(r.doc.blocks[1].signal, Signal::kStructTree);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(StructureStage, ParagraphSplitByTheLayoutIsReported) {
  TaggedDoc t;
  const int p = t.node("P", t.node("Document"));
  t.paragraph("para-1", p);
  t.paragraph("para-2", p);
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  EXPECT_EQ(r.doc.blocks[1].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "paragraph continues the P element of the paragraph before it (the tree joins "
            "them); layout kept");
  EXPECT_EQ(r.diagnostics[0].block, "para-2");
}

TEST(StructureStage, ParagraphJoiningTwoPElementsIsReported) {
  TaggedDoc t;
  const int doc = t.node("Document");
  t.paragraph_of("para-1", {t.node("P", doc), t.node("P", doc)});
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message,
            "paragraph holds 2 P elements (the tree splits it); layout kept");
}

TEST(StructureStage, ParagraphTaggedAsListItemIsReported) {
  TaggedDoc t;
  const std::vector<int> li = nested_list(t);
  t.paragraph("para-1", li[0]);
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[0].signal, Signal::kLayout);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].message, "paragraph tagged LI; layout kept");
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

TEST(StructureStage, FiguresTakeTheAltTextOfTheFigureOnTheirPage) {
  TaggedDoc t;
  t.heading("Scope", 2, t.node("H2"));  // a tagged word, so the tree is judged sound
  t.figure_element(1, "Map of reception centres");
  t.figure_element(1, "Flow chart - Flow chart");  // LibreOffice's title - description
  t.figure(1);
  t.figure(1);
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[1].alt, "Map of reception centres");
  EXPECT_EQ(r.doc.blocks[2].alt, "Flow chart");
  EXPECT_EQ(r.doc.blocks[1].signal, Signal::kStructTree);
}

TEST(StructureStage, AFigureElementWithNoFigureOnItsPageIsSkippedAndReported) {
  TaggedDoc t;
  t.doc().pages.push_back(t.doc().pages[0]);
  t.doc().pages[1].number = 2;
  t.heading("Scope", 2, t.node("H2"));
  t.figure_element(1, "Lost chart");  // the layout found no image on page 1
  t.figure_element(2, "Map - of France");  // a real " - " inside one text stays
  t.figure(2);
  Judged r = judge(t.doc());
  EXPECT_EQ(r.doc.blocks[1].alt, "Map - of France");
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics.back().message, "Figure element with no figure printed on its page");
  EXPECT_EQ(r.diagnostics.back().page, 1);
}

}  // namespace
}  // namespace coi
