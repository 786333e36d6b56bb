// Lists and paragraphs against the structure tree's LI and P elements.
//
// The layout finds list items by their printed bullets and indentation, and paragraph
// boundaries by spacing and indentation; a tagged PDF states both: L > LI (> Lbl, LBody) per
// item, lists nested inside an LI for sub-items, one P per paragraph. Rules:
// 1. Each list item's words are read through the item lens (evidence.cc): their LI, or their
//    nearest block element when they are in no LI. An item speaks when min_element_share of its
//    tagged words agree.
//    - tagged other than LI ("P"): the tree lost the item, or the layout invented it;
//    - two LI elements each holding min_part_share of its words: the tree splits the item;
//    - the same LI as an earlier item of the list: the tree joins the items.
//    Each is a disagreement; item boundaries always stay the layout's (the bullets are printed).
// 2. Nesting, once every item matched its own LI: an item's tree level is the number of L
//    elements above its LI, counted from the list's shallowest item (capped at max_list_level).
//    A different layout level is a disagreement; a sound tree wins it, since indentation is the
//    weaker evidence (Word indents some top-level lists as far as nested ones). A list whose
//    items all matched gets signal "structure-tree" when the tree is sound.
// 3. Each paragraph's words are read through the same lens.
//    - tagged Hn: a heading the layout missed (or a tree tagging body text as a heading);
//    - tagged LI: a list item the layout read as a paragraph;
//    - tagged P but two P elements each holding min_part_share of its words: the layout joined
//      two paragraphs;
//    - the same P as the paragraph before it: the layout split one paragraph (neither keeps
//      the tree's signal).
//    Each is a disagreement and the layout is kept here. On a sound tree the segment stage has
//    already let the P and LI elements draw every boundary the page left open (chunks.cc, rule
//    6), so what remains was decided by printed evidence (a paragraph number, a list marker, a
//    change of size), which outranks the tree, or by untagged lines; on an unsound tree the
//    layout drew them all. A paragraph that is its own P gets signal "structure-tree" when the
//    tree is sound.
// Example: a list of three bullets whose words lie in LI 10, 14, 14 -> "list item 3 continues
// the LI element of item 2 (the tree joins them); layout kept", the list keeps signal layout.
#include <algorithm>
#include <string>

#include "stages/structure/structure_parts.h"

namespace coi::structure {

namespace {

std::string item_name(size_t i) { return "list item " + std::to_string(i + 1); }

// Rule 1 for item `i`; the LI it matched, or -1 (after reporting why) when it matched none.
int match_item(const TreeView& view, const Block& list, size_t i, const std::vector<int>& seen,
               const StructureConfig& config, Reporter& report) {
  const ListItem& item = list.items[i];
  const Evidence ev = view.evidence(item.where, Lens::kItem);
  if (!speaks(ev, config)) return -1;
  const int page = first_page(item.where);
  if (ev.label != "LI") {
    report.disagree(item_name(i) + " tagged " + ev.label + "; layout kept", page, list.id);
    return -1;
  }
  if (ev.parts > 1) {
    report.disagree(item_name(i) + " holds " + std::to_string(ev.parts) +
                        " LI elements (the tree splits it); layout kept",
                    page, list.id);
    return -1;
  }
  const auto earlier = std::find(seen.begin(), seen.end(), ev.owner);
  if (earlier != seen.end()) {
    report.disagree(item_name(i) + " continues the LI element of " +
                        item_name(static_cast<size_t>(earlier - seen.begin())) +
                        " (the tree joins them); layout kept",
                    page, list.id);
    return -1;
  }
  return ev.owner;
}

std::string paragraph_name(const Block& b) { return b.id.empty() ? b.number : b.id; }

// Rule 3 for a paragraph whose evidence speaks; its own P, or -1 (reported when it disagrees).
int match_paragraph(const Block& b, const Evidence& ev, const StructureConfig& config,
                    Reporter& report) {
  const int page = first_page(b.where);
  if (heading_level(ev.label, config) > 0 || ev.label == "LI") {
    report.disagree("paragraph tagged " + ev.label + "; layout kept", page, paragraph_name(b));
    return -1;
  }
  if (ev.label != "P") return -1;  // captions, quotes, notes: not compared
  if (ev.parts > 1) {
    report.disagree("paragraph holds " + std::to_string(ev.parts) +
                        " P elements (the tree splits it); layout kept",
                    page, paragraph_name(b));
    return -1;
  }
  return ev.owner;
}

}  // namespace

void judge_list(const TreeView& view, Block& list, const Soundness& tree,
                const StructureConfig& config, Reporter& report) {
  std::vector<int> seen;  // the LI of each item matched so far, in item order
  for (size_t i = 0; i < list.items.size(); ++i) {
    const int li = match_item(view, list, i, seen, config, report);
    if (li < 0) return;  // a list is judged further only when every item matched
    seen.push_back(li);
  }
  if (seen.empty()) return;
  std::vector<int> depths;
  for (int li : seen) depths.push_back(view.list_depth(li));
  const int shallowest = *std::min_element(depths.begin(), depths.end());
  for (size_t i = 0; i < list.items.size(); ++i) {
    ListItem& item = list.items[i];
    const int tree_level = std::min(depths[i] - shallowest + 1, config.max_list_level);
    if (tree_level == item.level) continue;
    report.disagree(item_name(i) + " at level " + std::to_string(item.level) +
                        " nests at level " + std::to_string(tree_level) + " in the tree" +
                        (tree.sound ? "; tree wins" : "; layout kept"),
                    first_page(item.where), list.id);
    if (tree.sound) item.level = tree_level;
  }
  if (tree.sound) list.signal = Signal::kStructTree;
}

void judge_paragraphs(const TreeView& view, std::vector<Block>& blocks, const Soundness& tree,
                      const StructureConfig& config, Reporter& report) {
  Block* previous = nullptr;  // the paragraph before
  int previous_p = -1;        // its own P element, or -1
  for (Block& b : blocks) {
    if (b.kind != BlockKind::kParagraph) continue;
    const Evidence ev = view.evidence(b.where, Lens::kItem);
    const int p = speaks(ev, config) ? match_paragraph(b, ev, config, report) : -1;
    if (p >= 0 && p == previous_p) {
      report.disagree("paragraph continues the P element of the paragraph before it (the tree "
                      "joins them); layout kept",
                      first_page(b.where), paragraph_name(b));
      previous->signal = Signal::kLayout;
    } else if (p >= 0 && tree.sound) {
      b.signal = Signal::kStructTree;
    }
    previous = &b;
    previous_p = p;
  }
}

}  // namespace coi::structure
