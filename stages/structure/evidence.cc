// What the structure tree says about a printed box, and whether the tree can be trusted.
//
// 1. Words of a box: the words of its page whose centre lies in the box (grown by box_slack).
//    Blocks, cells and footnotes record their boxes (Places), not their words, so geometry is
//    the join; the boxes were built from these very words, so the centre test is exact enough.
// 2. A word's label climbs from its element to the first ancestor that names what we judge:
//    the block-level type for blocks (a footnote mark's Link inside a P counts as P), TH/TD for
//    cells, and for footnotes whether any ancestor is a Note (Word and LibreOffice nest the
//    note's paragraph, often styled "Footnote" and role-mapped to P, inside Note).
// 3. The label carried by most tagged words wins, with its share.
// 4. Soundness: a tree that covers too few words (a half-tagged export), or whose body
//    elements come out of the layout's reading order (a reordered or broken tree), is not
//    trusted to decide anything: tags then only yield diagnostics.
// Example: a heading box holding "5.1 Legal" with both words under an H2 gives {H2, 1.0}.
#include <algorithm>
#include <map>

#include "stages/structure/structure_parts.h"

namespace coi::structure {

namespace {

bool is_heading_type(const std::string& t) {
  return t.size() == 2 && t[0] == 'H' && t[1] >= '1' && t[1] <= '6';
}

bool is_block_type(const std::string& t) {
  static const char* const kTypes[] = {"P", "H", "LI", "LBody", "Lbl", "TH", "TD", "Caption",
                                       "BlockQuote", "TOCI", "Note", "Figure", "Formula"};
  if (is_heading_type(t)) return true;
  return std::any_of(std::begin(kTypes), std::end(kTypes), [&](const char* k) { return t == k; });
}

// The label of `node` through `lens`, "" when no ancestor qualifies.
std::string label_of(const Doc& doc, int node, Lens lens) {
  constexpr int kMaxDepth = 64;  // no real tree nests deeper; a guard against hostile files
  std::string nearest_block;
  for (int n = node, depth = 0; n >= 0 && depth < kMaxDepth; ++depth) {
    const StructNode& s = doc.structure[static_cast<size_t>(n)];
    if (lens == Lens::kCell && (s.type == "TH" || s.type == "TD")) return s.type;
    if (lens == Lens::kNote && s.type == "Note") return s.type;
    if (lens == Lens::kBlock && is_block_type(s.type)) return s.type;
    if (lens == Lens::kNote && nearest_block.empty() && is_block_type(s.type)) {
      nearest_block = s.type;
    }
    n = s.parent;
  }
  return nearest_block;
}

bool inside(const Box& b, double x, double y, double slack) {
  return x >= b.x0 - slack && x <= b.x1 + slack && y >= b.y0 - slack && y <= b.y1 + slack;
}

bool text_line(LineRole role) {
  return role == LineRole::kBody || role == LineRole::kTable || role == LineRole::kFootnote;
}

}  // namespace

Evidence evidence(const Doc& doc, const Places& where, Lens lens, const StructureConfig& config) {
  Evidence ev;
  std::map<std::string, int> counts;
  for (const Place& place : where) {
    if (place.page < 1 || place.page > static_cast<int>(doc.pages.size())) continue;
    for (const Word& w : doc.pages[static_cast<size_t>(place.page - 1)].words) {
      const double cx = (w.box.x0 + w.box.x1) / 2, cy = (w.box.y0 + w.box.y1) / 2;
      if (!inside(place.box, cx, cy, config.box_slack)) continue;
      ++ev.words;
      if (w.struct_node < 0 || w.struct_node >= static_cast<int>(doc.structure.size())) continue;
      ++ev.tagged;
      ev.first_node = ev.first_node < 0 ? w.struct_node : std::min(ev.first_node, w.struct_node);
      ++counts[label_of(doc, w.struct_node, lens)];
    }
  }
  int best = 0;
  for (const auto& [label, count] : counts) {
    if (count > best) best = count, ev.label = label;
  }
  if (ev.tagged > 0) ev.share = static_cast<double>(best) / ev.tagged;
  return ev;
}

Soundness judge_tree(const Doc& doc, const StructureConfig& config) {
  Soundness s;
  for (const StructNode& node : doc.structure) {
    s.has_headings = s.has_headings || is_heading_type(node.type);
    s.has_notes = s.has_notes || node.type == "Note";
  }
  long words = 0, tagged = 0;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (!text_line(line.role)) continue;
      for (int w : line.words) {
        ++words;
        tagged += page.words[static_cast<size_t>(w)].struct_node >= 0;
      }
    }
  }
  s.tagged_share = words ? static_cast<double>(tagged) / static_cast<double>(words) : 0;
  // Consecutive body blocks whose first elements come in tree order agree with the layout.
  int pairs = 0, agreeing = 0, previous = -1;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kHeading && b.kind != BlockKind::kParagraph &&
        b.kind != BlockKind::kList && b.kind != BlockKind::kQuote) {
      continue;
    }
    const int first = evidence(doc, b.where, Lens::kBlock, config).first_node;
    if (first < 0) continue;
    if (previous >= 0) ++pairs, agreeing += first > previous;
    previous = first;
  }
  s.order_agreement = pairs ? static_cast<double>(agreeing) / pairs : 1.0;
  if (s.tagged_share < config.min_tagged_share) {
    s.reason = "too few words tagged";
  } else if (s.order_agreement < config.min_order_agreement) {
    s.reason = "elements out of reading order";
  }
  s.sound = s.reason.empty();
  return s;
}

int heading_level(const std::string& label, const StructureConfig& config) {
  if (!is_heading_type(label)) return 0;
  return std::min(label[1] - '0', config.max_heading_level);
}

}  // namespace coi::structure
