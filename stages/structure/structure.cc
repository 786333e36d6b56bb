// The structure stage: a tagged PDF's structure tree as a second signal beside the layout.
//
// Word and LibreOffice write a tree of headings (H1..H6), paragraphs (P), lists, tables
// (Table/TR/TH/TD) and footnotes (Note) when exporting tagged PDF. The layout stages decide
// everything without it, except that the segment stage lets a sound tree say where paragraphs
// and list items end; this stage reads what the tree says about each of their results:
// 1. Untagged PDF (no elements): nothing happens, every signal stays "layout".
// 2. Judge the tree as a whole (stages/tree/soundness.cc, as the segment stage did): sound when
//    enough words are tagged and the body lines' elements follow the layout's reading order.
//    An unsound tree decides nothing; the stage then only reports (one "structure-unsound"
//    warning plus the disagreements).
// 3. Headings: a heading whose words are tagged Hn with the same level is confirmed
//    (signal "structure-tree"). Hn maps to level n (H5, H6 to max_heading_level). On a level
//    disagreement the tree wins for an unnumbered heading when the tree is sound; a printed
//    number ("5.1") keeps the layout's level, since the number is printed evidence. A heading
//    tagged as anything else (P) is reported and the layout kept.
// 4. Tables: a table whose header cells are exactly its TH cells is confirmed (its signal
//    speaks for its header cells); otherwise the layout's header rows stay and the mismatching
//    cells are reported.
// 5. Lists and paragraphs (text_blocks.cc): items against LI elements (boundaries and nesting;
//    a sound tree decides nesting), paragraphs against P elements (a paragraph tagged Hn or LI,
//    or one spanning or sharing a P, is reported). Where the page prints no break, a sound
//    tree's P and LI elements already drew the boundaries in the segment stage.
// 6. Figures (figures.cc): each takes the alternative text (/Alt) of the Figure element on its
//    page, which the page itself cannot show.
// 7. Footnotes: a footnote whose words lie in a Note element is confirmed; one outside any
//    Note is reported (a tree without any Note element is reported once, as missing notes).
// Every disagreement is a "structure-disagreement" warning with its page and block, reported in
// the order headings and tables, lists, paragraphs, figures, footnotes (so the cap keeps the
// weightiest).
// Example: layout heading "Scope" at level 2 whose words are tagged H2 -> signal structure-tree;
// the same heading tagged P -> warning "heading tagged P; layout kept", signal layout.
#include "stages/structure/structure.h"

#include <string>

#include "stages/structure/structure_parts.h"

namespace coi {

namespace {

using structure::Evidence;
using structure::Lens;
using structure::Soundness;

using structure::first_page;
using structure::Reporter;
using structure::speaks;
using structure::TreeView;

std::string quoted(const Block& b) {
  std::string text = plain_text(b.inlines);
  constexpr size_t kShown = 40;  // characters of the heading shown in a message
  if (text.size() > kShown) text = text.substr(0, kShown) + "...";
  return "\"" + text + "\"";
}

void judge_heading(Block& b, const Soundness& tree, const StructureConfig& config,
                   const Evidence& ev, Reporter& report) {
  if (!speaks(ev, config)) return;
  const int tagged_level = structure::heading_level(ev.label, config);
  const int page = first_page(b.where);
  if (tagged_level == 0) {
    report.disagree("heading " + quoted(b) + " tagged " + ev.label + "; layout kept", page, b.id);
    return;
  }
  if (tagged_level == b.level) {
    if (tree.sound) b.signal = Signal::kStructTree;
    return;
  }
  const bool tree_wins = tree.sound && b.number.empty();
  report.disagree("heading " + quoted(b) + " at level " + std::to_string(b.level) + " tagged " +
                      ev.label + (tree_wins ? "; tree wins" : "; layout kept"),
                  page, b.id);
  if (tree_wins) b.level = tagged_level, b.signal = Signal::kStructTree;
}

void judge_table(const TreeView& view, Block& b, const Soundness& tree,
                 const StructureConfig& config, Reporter& report) {
  int tagged = 0, mismatched = 0, page = 0;
  for (const std::vector<Cell>& row : b.table.rows) {
    for (const Cell& cell : row) {
      const Evidence ev = view.evidence(cell.where, Lens::kCell);
      if (!speaks(ev, config) || (ev.label != "TH" && ev.label != "TD")) continue;
      ++tagged;
      if ((ev.label == "TH") != cell.header) {
        if (mismatched++ == 0) page = first_page(cell.where);
      }
    }
  }
  if (tagged == 0) return;
  if (mismatched == 0) {
    if (tree.sound) b.signal = Signal::kStructTree;
    return;
  }
  report.disagree("table: " + std::to_string(mismatched) + " of " + std::to_string(tagged) +
                      " cells disagree with their TH/TD tags; layout kept",
                  page, b.id);
}

// Headings and tables, in reading order (their disagreements are reported first).
void judge_headings_and_tables(const TreeView& view, std::vector<Block>& blocks,
                               const Soundness& tree, const StructureConfig& config,
                               Reporter& report) {
  for (Block& b : blocks) {
    if (b.kind == BlockKind::kTable) {
      judge_table(view, b, tree, config, report);
    } else if (b.kind == BlockKind::kHeading) {
      judge_heading(b, tree, config, view.evidence(b.where, Lens::kBlock), report);
    }
  }
}

void judge_footnotes(const TreeView& view, std::vector<Footnote>& footnotes,
                     const Soundness& tree, const StructureConfig& config, Reporter& report) {
  if (footnotes.empty()) return;
  if (!tree.has_notes) {
    report.disagree(std::to_string(footnotes.size()) +
                        " footnotes but no Note element in the tree; layout kept",
                    0, "");
    return;
  }
  for (Footnote& f : footnotes) {
    const Evidence ev = view.evidence(f.where, Lens::kNote);
    if (ev.tagged == 0) continue;
    if (ev.label == "Note" && ev.share >= config.min_element_share) {
      if (tree.sound) f.signal = Signal::kStructTree;
      continue;
    }
    report.disagree("footnote " + std::to_string(f.number) + " is not in a Note element" +
                        (ev.label.empty() ? "" : " (tagged " + ev.label + ")") + "; layout kept",
                    first_page(f.where), "fn" + std::to_string(f.number));
  }
}

}  // namespace

Result<Doc> run_structure(Doc doc, const StructureConfig& config, Diagnostics& diag) {
  if (doc.structure.empty()) return doc;
  const TreeView view(doc, config);
  const Soundness tree = structure::judge_tree(view, config);
  if (!tree.sound) {
    diag.warn("structure-unsound",
              "structure tree not trusted (" + tree.reason + ": " +
                  std::to_string(static_cast<int>(tree.tagged_share * 100 + 0.5)) +
                  "% of words tagged, " +
                  std::to_string(static_cast<int>(tree.order_agreement * 100 + 0.5)) +
                  "% of element changes in reading order); layout decides");
  }
  Reporter report(config, diag);
  judge_headings_and_tables(view, doc.blocks, tree, config, report);
  for (Block& b : doc.blocks) {
    if (b.kind == BlockKind::kList) structure::judge_list(view, b, tree, config, report);
  }
  structure::judge_paragraphs(view, doc.blocks, tree, config, report);
  structure::judge_figures(doc.structure, doc.blocks, tree, report);
  judge_footnotes(view, doc.footnotes, tree, config, report);
  report.finish();
  return doc;
}

}  // namespace coi
